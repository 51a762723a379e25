"""Matching's pure scoring: for one need, the suitable volunteers ranked, with the reasons shown.

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

No database here: `queries.load_match_inputs` reads everything first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from coordinator_app.core.matching.data import (
    DEFAULT_LIMIT,
    Candidate,
    MatchInputs,
    NeedMatch,
    VolunteerFacts,
)
from coordinator_app.core.vetting import VettingStatus
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_hours


def rank_candidates(inputs: MatchInputs, limit: int = DEFAULT_LIMIT) -> NeedMatch:
    """Every volunteer who did not exclude the activity, scored; the blocked ones last."""
    hours_text = functools.cache(format_hours)  # Babel is slow; the same totals recur
    candidates = []
    for volunteer in inputs.volunteers:
        candidate = score_volunteer(inputs, volunteer, hours_text)
        if candidate is not None:
            candidates.append(candidate)
    candidates.sort(key=lambda c: (c.blocked, -c.score, c.name))
    need = inputs.need
    return NeedMatch(
        need.need_id,
        need.client_code,
        need.village,
        need.activity_name,
        need.preferred_times,
        need.involves_minors,
        tuple(candidates[:limit]),
        len(inputs.volunteers),
    )


def score_volunteer(
    inputs: MatchInputs, volunteer: VolunteerFacts, hours_text: Callable[[int], str] = format_hours
) -> Candidate | None:
    """The volunteer's points, reasons and concerns; None when they excluded the activity."""
    excluded = inputs.preference.get(volunteer.id)
    if excluded is True:
        return None
    reasons: list[str] = []
    concerns: list[str] = []
    score = 0
    if excluded is False:
        score += 30
        reasons.append(_("prefers this activity"))
    points, km = _place(inputs, volunteer, reasons, concerns)
    score += points
    if inputs.wants_times:
        score += _time(inputs, volunteer.id, reasons, concerns)
    if km:
        score += _transport(volunteer, km, reasons, concerns)
    count, planned = inputs.load.get(volunteer.id, (0, 0))
    score += _load(count, planned, volunteer.hours_per_month, reasons, concerns, hours_text)
    blocked = _blocked(inputs, volunteer.id, concerns)
    name = f"{volunteer.last_name} {volunteer.first_name}"
    return Candidate(volunteer.id, name, None, score, tuple(reasons), tuple(concerns), blocked, km, count)


def _place(
    inputs: MatchInputs, volunteer: VolunteerFacts, reasons: list[str], concerns: list[str]
) -> tuple[int, int | None]:
    """Points for where the volunteer lives or serves, and the distance in km (None: unknown)."""
    home, max_km, village = volunteer.village_id, volunteer.max_distance_km, inputs.need.village
    km = inputs.distance.get(home) if home is not None else None
    if volunteer.id in inputs.serves or (home is not None and home == inputs.need.village_id):
        reasons.append(
            _("serves {village}").format(village=village)
            if volunteer.id in inputs.serves
            else _("lives in {village}").format(village=village)
        )
        return 30, 0 if home == inputs.need.village_id else km
    if km is not None and max_km is not None and km > max_km:
        concerns.append(_("{km} km away; accepts up to {max} km").format(km=km, max=max_km))
        return -30, km
    if km is not None:
        reasons.append(_("{km} km away").format(km=km))
        return 20 - km // 2, km
    concerns.append(_("distance unknown"))
    return 0, km


def _time(inputs: MatchInputs, volunteer_id: int, reasons: list[str], concerns: list[str]) -> int:
    if volunteer_id in inputs.available_then:
        reasons.append(_("available at the preferred times"))
        return 20
    if volunteer_id in inputs.availability_recorded:
        concerns.append(_("not available at the preferred times"))
        return -20
    concerns.append(_("availability not recorded"))
    return 0


def _transport(volunteer: VolunteerFacts, km: int, reasons: list[str], concerns: list[str]) -> int:
    if volunteer.transport == "car" or volunteer.driving_licence:
        reasons.append(_("own car") if volunteer.transport == "car" else _("driving licence"))
        return 5
    if volunteer.transport == "foot" and km > 3:
        concerns.append(_("on foot"))
        return -10
    return 0


def _load(
    count: int,
    planned: int,
    offered: int | None,
    reasons: list[str],
    concerns: list[str],
    hours_text: Callable[[int], str],
) -> int:
    """Points for the current assignments (`planned`: their minutes a month; `offered`: hours)."""
    if count == 0:
        reasons.append(_("no current assignment"))
        return 10
    concerns.append(ngettext("{n} current assignment", "{n} current assignments", count).format(n=count))
    if offered and planned >= offered * 60:
        concerns.append(_("already planned for {hours} a month").format(hours=hours_text(planned)))
        return -5 * count - 15
    return -5 * count


def _blocked(inputs: MatchInputs, volunteer_id: int, concerns: list[str]) -> bool:
    """Whether the assignment gates would refuse the volunteer today, with what is missing."""
    blocked = False
    if volunteer_id not in inputs.with_agreement:
        blocked = True
        concerns.append(_("no valid agreement"))
    readiness = inputs.readiness
    if readiness is not None and inputs.need.activity_code not in readiness.ready_for(volunteer_id):
        blocked = True
        concerns.append(_("required training not completed"))
    if inputs.need.involves_minors and inputs.vetting.get(volunteer_id) != VettingStatus.COMPLETE:
        blocked = True
        concerns.append(_("child-protection vetting not complete"))
    return blocked
