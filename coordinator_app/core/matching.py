"""Matching: for one need, the suitable volunteers ranked, with the reasons shown.

What counts, and how much (points add up; the list is sorted by points):
- activity: preferred +30; neutral 0; a volunteer who excluded it is left out;
- place: serves the client's village or lives there +30; within the distance they accept
  +20 minus half a point per km; farther than they accept −30; distance unknown 0;
- time: available in a slot the need prefers +20; availability recorded but none matches −20;
- transport: own car or a driving licence where there is a distance +5; on foot over 3 km −10;
- load: no current assignment +10; −5 for each current one; planned hours above what the
  volunteer offered −15.
Volunteers the assignment gates would refuse today (no valid agreement, required training
missing, incomplete child-protection vetting where minors are involved) are listed after all
the others, with what is missing, so the coordinator sees who could do it after a step or two.

Everything is read in a fixed number of grouped queries whatever the number of volunteers.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import func, or_, select, tuple_

from coordinator_app.core.clients.times import parse_preferred_times
from coordinator_app.core.enums import SERVING_ASSIGNMENT, VolunteerStatus
from coordinator_app.core.trainings.readiness import readiness_overview
from coordinator_app.core.vetting import VettingStatus, vetting_status_for
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Client,
    Need,
    TrainingRequirement,
    Village,
    VillageDistance,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerVillage,
)
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_hours

DEFAULT_LIMIT = 100


class NeedNotFoundForMatching(LookupError):
    pass


@dataclass(frozen=True)
class Candidate:
    volunteer_id: int
    name: str
    village: str | None
    score: int
    reasons: tuple[str, ...]  # what speaks for the volunteer
    concerns: tuple[str, ...]  # what speaks against, or what is missing
    blocked: bool  # the assignment gates would refuse them today
    distance_km: int | None
    current_assignments: int


@dataclass(frozen=True)
class NeedMatch:
    need_id: int
    client_code: str
    village: str | None
    activity_name: str
    preferred_times: str | None
    involves_minors: bool
    candidates: tuple[Candidate, ...]
    considered: int  # active volunteers looked at (those who excluded the activity included)


def match_need(
    db: Database, need_id: int, *, today: dt.date | None = None, limit: int = DEFAULT_LIMIT
) -> NeedMatch:
    today = today or dt.date.today()
    with db.session() as session:
        need = session.execute(
            select(
                Need.activity_type_id,
                Need.preferred_times,
                Client.code,
                Client.village_id,
                Client.children_in_household,
                ActivityType.code,
                ActivityType.name,
                ActivityType.involves_minors,
                Village.name,
            )
            .join(Client, Client.id == Need.client_id)
            .join(ActivityType, ActivityType.id == Need.activity_type_id)
            .outerjoin(Village, Village.id == Client.village_id)
            .where(Need.id == need_id)
        ).first()
        if need is None:
            raise NeedNotFoundForMatching(need_id)
        activity_id, times, code, village_id, children, act_code, act_name, act_minors, village = need
        minors = bool(act_minors or children)
        volunteers = session.execute(
            select(
                Volunteer.id,
                Volunteer.last_name,
                Volunteer.first_name,
                Volunteer.village_id,
                Volunteer.max_distance_km,
                Volunteer.transport,
                Volunteer.driving_licence,
                Volunteer.hours_per_month,
            ).where(Volunteer.status == VolunteerStatus.ACTIVE.value, Volunteer.archived.is_(False))
        ).all()
        preference = dict(
            session.execute(
                select(VolunteerActivityPreference.volunteer_id, VolunteerActivityPreference.excluded).where(
                    VolunteerActivityPreference.activity_type_id == activity_id
                )
            ).all()
        )
        serves: set[int] = set()
        distance: dict[int, int] = {}
        if village_id is not None:
            serves = set(
                session.scalars(
                    select(VolunteerVillage.volunteer_id).where(VolunteerVillage.village_id == village_id)
                )
            )
            for a, b, road_km in session.execute(
                select(VillageDistance.village_a_id, VillageDistance.village_b_id, VillageDistance.km).where(
                    or_(
                        VillageDistance.village_a_id == village_id, VillageDistance.village_b_id == village_id
                    )
                )
            ):
                distance[b if a == village_id else a] = road_km
            distance[village_id] = 0
        wanted = parse_preferred_times(times)
        recorded = set(session.scalars(select(VolunteerAvailability.volunteer_id).distinct()))
        matching_slots: set[int] = set()
        if wanted:
            matching_slots = set(
                session.scalars(
                    select(VolunteerAvailability.volunteer_id)
                    .where(
                        tuple_(VolunteerAvailability.weekday, VolunteerAvailability.slot).in_(sorted(wanted))
                    )
                    .distinct()
                )
            )
        load = {
            vid: (int(count), int(minutes or 0))
            for vid, count, minutes in session.execute(
                select(Assignment.volunteer_id, func.count(), func.sum(Assignment.planned_minutes_per_month))
                .where(Assignment.status.in_(SERVING_ASSIGNMENT))
                .group_by(Assignment.volunteer_id)
            )
        }
        with_agreement = set(
            session.scalars(
                select(Agreement.volunteer_id)
                .where(
                    Agreement.period_from <= today,
                    or_(Agreement.period_to.is_(None), Agreement.period_to >= today),
                    or_(Agreement.terminated_on.is_(None), Agreement.terminated_on >= today),
                )
                .distinct()
            )
        )
        required = sorted(
            session.scalars(
                select(TrainingRequirement.category).where(
                    TrainingRequirement.activity_type_id == activity_id
                )
            )
        )
        ready = readiness_overview(session, today) if required else None
        ids = [row[0] for row in volunteers if preference.get(row[0]) is not True]
        vetting = vetting_status_for(session, ids, today) if minors else {}
    hours_text = functools.cache(format_hours)  # Babel is slow; the same totals recur
    candidates = []
    for vid, last, first, home, max_km, transport, licence, offered in volunteers:
        excluded = preference.get(vid)
        if excluded is True:
            continue
        score = 0
        reasons: list[str] = []
        concerns: list[str] = []
        if excluded is False:
            score += 30
            reasons.append(_("prefers this activity"))
        km: int | None = distance.get(home) if home is not None else None
        if vid in serves or (home is not None and home == village_id):
            score += 30
            reasons.append(
                _("serves {village}").format(village=village)
                if vid in serves
                else _("lives in {village}").format(village=village)
            )
            km = 0 if home == village_id else km
        elif km is not None and max_km is not None and km > max_km:
            score -= 30
            concerns.append(_("{km} km away; accepts up to {max} km").format(km=km, max=max_km))
        elif km is not None:
            score += 20 - km // 2
            reasons.append(_("{km} km away").format(km=km))
        else:
            concerns.append(_("distance unknown"))
        if wanted:
            if vid in matching_slots:
                score += 20
                reasons.append(_("available at the preferred times"))
            elif vid in recorded:
                score -= 20
                concerns.append(_("not available at the preferred times"))
            else:
                concerns.append(_("availability not recorded"))
        if km:
            if transport == "car" or licence:
                score += 5
                reasons.append(_("own car") if transport == "car" else _("driving licence"))
            elif transport == "foot" and km > 3:
                score -= 10
                concerns.append(_("on foot"))
        count, planned = load.get(vid, (0, 0))
        if count == 0:
            score += 10
            reasons.append(_("no current assignment"))
        else:
            score -= 5 * count
            concerns.append(
                ngettext("{n} current assignment", "{n} current assignments", count).format(n=count)
            )
            if offered and planned >= offered * 60:
                score -= 15
                concerns.append(_("already planned for {hours} a month").format(hours=hours_text(planned)))
        blocked = False
        if vid not in with_agreement:
            blocked = True
            concerns.append(_("no valid agreement"))
        if ready is not None and act_code not in ready.ready_for(vid):
            blocked = True
            concerns.append(_("required training not completed"))
        if minors and vetting.get(vid) != VettingStatus.COMPLETE:
            blocked = True
            concerns.append(_("child-protection vetting not complete"))
        candidates.append(
            Candidate(
                vid, f"{last} {first}", None, score, tuple(reasons), tuple(concerns), blocked, km, count
            )
        )
    candidates.sort(key=lambda c: (c.blocked, -c.score, c.name))
    return NeedMatch(
        need_id, code, village, act_name, times, minors, tuple(candidates[:limit]), len(volunteers)
    )
