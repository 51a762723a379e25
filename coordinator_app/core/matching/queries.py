"""Matching's reading side: `load_match_inputs` reads everything for one need in a fixed number
of grouped queries, whatever the number of volunteers. The helpers take the open session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from coordinator_app.core.clients.times import Slot, parse_preferred_times
from coordinator_app.core.enums import SERVING_ASSIGNMENT, VolunteerStatus
from coordinator_app.core.matching.data import MatchInputs, NeedFacts, NeedNotFoundForMatching, VolunteerFacts
from coordinator_app.core.trainings.readiness import readiness_overview
from coordinator_app.core.vetting import vetting_status_for
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


def load_match_inputs(db: Database, need_id: int, today: dt.date) -> MatchInputs:
    """The need, every active volunteer and what scoring asks about them. Raises
    `NeedNotFoundForMatching`."""
    with db.session() as session:
        need, activity_id = _need(session, need_id)
        volunteers = [VolunteerFacts(*row) for row in session.execute(_VOLUNTEERS)]
        preference: dict[int, bool] = dict(
            session.execute(
                select(VolunteerActivityPreference.volunteer_id, VolunteerActivityPreference.excluded).where(
                    VolunteerActivityPreference.activity_type_id == activity_id
                )
            ).all()
        )
        serves, distance = _place(session, need.village_id)
        wanted = parse_preferred_times(need.preferred_times)
        recorded = set(session.scalars(select(VolunteerAvailability.volunteer_id).distinct()).all())
        available_then = _available_in(session, wanted) if wanted else set()
        required = session.scalars(
            select(TrainingRequirement.category).where(TrainingRequirement.activity_type_id == activity_id)
        ).first()
        ids = [v.id for v in volunteers if preference.get(v.id) is not True]
        return MatchInputs(
            need=need,
            volunteers=volunteers,
            preference=preference,
            serves=serves,
            distance=distance,
            wants_times=bool(wanted),
            available_then=available_then,
            availability_recorded=recorded,
            load=_load(session),
            with_agreement=_with_agreement(session, today),
            readiness=readiness_overview(session, today) if required is not None else None,
            vetting=vetting_status_for(session, ids, today) if need.involves_minors else {},
        )


_VOLUNTEERS = select(
    Volunteer.id,
    Volunteer.last_name,
    Volunteer.first_name,
    Volunteer.village_id,
    Volunteer.max_distance_km,
    Volunteer.transport,
    Volunteer.driving_licence,
    Volunteer.hours_per_month,
).where(
    Volunteer.status == VolunteerStatus.ACTIVE.value,
    Volunteer.archived.is_(False),
    Volunteer.restricted_on.is_(None),  # art. 18 RODO: not processed
)


def _need(session: Session, need_id: int) -> tuple[NeedFacts, int]:
    """The need's facts and its activity type id."""
    row = session.execute(
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
        .where(Need.id == need_id, Client.restricted_on.is_(None))  # a restricted client is not matched
    ).first()
    if row is None:
        raise NeedNotFoundForMatching(need_id)
    activity_id, times, code, village_id, children, act_code, act_name, act_minors, village = row
    facts = NeedFacts(
        need_id, code, village_id, village, act_code, act_name, times, bool(act_minors or children)
    )
    return facts, activity_id


def _place(session: Session, village_id: int | None) -> tuple[set[int], dict[int, int]]:
    """Who serves the client's village, and the road distance from it to every other village."""
    if village_id is None:
        return set(), {}
    serves = set(
        session.scalars(
            select(VolunteerVillage.volunteer_id).where(VolunteerVillage.village_id == village_id)
        ).all()
    )
    distance: dict[int, int] = {}
    for a, b, road_km in session.execute(
        select(VillageDistance.village_a_id, VillageDistance.village_b_id, VillageDistance.km).where(
            or_(VillageDistance.village_a_id == village_id, VillageDistance.village_b_id == village_id)
        )
    ):
        distance[b if a == village_id else a] = road_km
    distance[village_id] = 0
    return serves, distance


def _available_in(session: Session, wanted: frozenset[Slot]) -> set[int]:
    return set(
        session.scalars(
            select(VolunteerAvailability.volunteer_id)
            .where(tuple_(VolunteerAvailability.weekday, VolunteerAvailability.slot).in_(sorted(wanted)))
            .distinct()
        ).all()
    )


def _load(session: Session) -> dict[int, tuple[int, int]]:
    """Volunteer id -> (current assignments, planned minutes a month)."""
    return {
        vid: (int(count), int(minutes or 0))
        for vid, count, minutes in session.execute(
            select(Assignment.volunteer_id, func.count(), func.sum(Assignment.planned_minutes_per_month))
            .where(Assignment.status.in_(SERVING_ASSIGNMENT))
            .group_by(Assignment.volunteer_id)
        )
    }


def _with_agreement(session: Session, today: dt.date) -> set[int]:
    return set(
        session.scalars(
            select(Agreement.volunteer_id)
            .where(
                Agreement.period_from <= today,
                or_(Agreement.period_to.is_(None), Agreement.period_to >= today),
                or_(Agreement.terminated_on.is_(None), Agreement.terminated_on >= today),
            )
            .distinct()
        ).all()
    )
