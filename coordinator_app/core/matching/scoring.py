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
import heapq
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

Text = Callable[[], str]


class _Notes:
    """What speaks for a volunteer (`good`) and against them (`bad`), each given as a function
    making the sentence: ranking first notes nothing (`_Quiet`), so the sentences are made
    only for the candidates shown."""

    def __init__(self) -> None:
        self.reasons: list[str] = []
        self.concerns: list[str] = []

    def good(self, text: Text) -> None:
        self.reasons.append(text())

    def bad(self, text: Text) -> None:
        self.concerns.append(text())


class _Quiet(_Notes):
    def good(self, text: Text) -> None:
        pass

    def bad(self, text: Text) -> None:
        pass


_QUIET = _Quiet()


def rank_candidates(inputs: MatchInputs, limit: int = DEFAULT_LIMIT) -> NeedMatch:
    """Every volunteer who did not exclude the activity, scored; the blocked ones last. The
    points of all are counted first; the reasons are worded for the `limit` best only."""
    hours_text = functools.cache(format_hours)  # Babel is slow; the same totals recur
    ranked = []
    for volunteer in inputs.volunteers:
        points = _score(inputs, volunteer, _QUIET, hours_text)
        if points is not None:
            score, blocked, _km, _count = points
            ranked.append(((blocked, -score, f"{volunteer.last_name} {volunteer.first_name}"), volunteer))
    best = heapq.nsmallest(limit, ranked, key=lambda entry: entry[0])  # stable, as sorted()[:limit]
    candidates = [score_volunteer(inputs, volunteer, hours_text) for _key, volunteer in best]
    need = inputs.need
    return NeedMatch(
        need.need_id,
        need.client_code,
        need.village,
        need.activity_name,
        need.preferred_times,
        need.involves_minors,
        tuple(candidate for candidate in candidates if candidate is not None),
        len(inputs.volunteers),
    )


def score_volunteer(
    inputs: MatchInputs, volunteer: VolunteerFacts, hours_text: Callable[[int], str] = format_hours
) -> Candidate | None:
    """The volunteer's points, reasons and concerns; None when they excluded the activity."""
    notes = _Notes()
    points = _score(inputs, volunteer, notes, hours_text)
    if points is None:
        return None
    score, blocked, km, count = points
    name = f"{volunteer.last_name} {volunteer.first_name}"
    return Candidate(
        volunteer.id, name, None, score, tuple(notes.reasons), tuple(notes.concerns), blocked, km, count
    )


def _score(
    inputs: MatchInputs, volunteer: VolunteerFacts, notes: _Notes, hours_text: Callable[[int], str]
) -> tuple[int, bool, int | None, int] | None:
    """(points, blocked, km, current assignments), the reasons told to `notes`; None when the
    volunteer excluded the activity."""
    excluded = inputs.preference.get(volunteer.id)
    if excluded is True:
        return None
    score = 0
    if excluded is False:
        score += 30
        notes.good(lambda: _("prefers this activity"))
    points, km = _place(inputs, volunteer, notes)
    score += points
    if inputs.wants_times:
        score += _time(inputs, volunteer.id, notes)
    if km:
        score += _transport(volunteer, km, notes)
    count, planned = inputs.load.get(volunteer.id, (0, 0))
    score += _load(count, planned, volunteer.hours_per_month, notes, hours_text)
    return score, _blocked(inputs, volunteer.id, notes), km, count


def _place(inputs: MatchInputs, volunteer: VolunteerFacts, notes: _Notes) -> tuple[int, int | None]:
    """Points for where the volunteer lives or serves, and the distance in km (None: unknown)."""
    home, max_km, village = volunteer.village_id, volunteer.max_distance_km, inputs.need.village
    km = inputs.distance.get(home) if home is not None else None
    if volunteer.id in inputs.serves or (home is not None and home == inputs.need.village_id):
        if volunteer.id in inputs.serves:
            notes.good(lambda: _("serves {village}").format(village=village))
        else:
            notes.good(lambda: _("lives in {village}").format(village=village))
        return 30, 0 if home == inputs.need.village_id else km
    if km is not None and max_km is not None and km > max_km:
        notes.bad(lambda: _("{km} km away; accepts up to {max} km").format(km=km, max=max_km))
        return -30, km
    if km is not None:
        notes.good(lambda: _("{km} km away").format(km=km))
        return 20 - km // 2, km
    notes.bad(lambda: _("distance unknown"))
    return 0, km


def _time(inputs: MatchInputs, volunteer_id: int, notes: _Notes) -> int:
    if volunteer_id in inputs.available_then:
        notes.good(lambda: _("available at the preferred times"))
        return 20
    if volunteer_id in inputs.availability_recorded:
        notes.bad(lambda: _("not available at the preferred times"))
        return -20
    notes.bad(lambda: _("availability not recorded"))
    return 0


def _transport(volunteer: VolunteerFacts, km: int, notes: _Notes) -> int:
    if volunteer.transport == "car" or volunteer.driving_licence:
        notes.good(lambda: _("own car") if volunteer.transport == "car" else _("driving licence"))
        return 5
    if volunteer.transport == "foot" and km > 3:
        notes.bad(lambda: _("on foot"))
        return -10
    return 0


def _load(
    count: int, planned: int, offered: int | None, notes: _Notes, hours_text: Callable[[int], str]
) -> int:
    """Points for the current assignments (`planned`: their minutes a month; `offered`: hours)."""
    if count == 0:
        notes.good(lambda: _("no current assignment"))
        return 10
    notes.bad(lambda: ngettext("{n} current assignment", "{n} current assignments", count).format(n=count))
    if offered and planned >= offered * 60:
        notes.bad(lambda: _("already planned for {hours} a month").format(hours=hours_text(planned)))
        return -5 * count - 15
    return -5 * count


def _blocked(inputs: MatchInputs, volunteer_id: int, notes: _Notes) -> bool:
    """Whether the assignment gates would refuse the volunteer today, with what is missing."""
    blocked = False
    if volunteer_id not in inputs.with_agreement:
        blocked = True
        notes.bad(lambda: _("no valid agreement"))
    readiness = inputs.readiness
    if readiness is not None and inputs.need.activity_code not in readiness.ready_for(volunteer_id):
        blocked = True
        notes.bad(lambda: _("required training not completed"))
    if inputs.need.involves_minors and inputs.vetting.get(volunteer_id) != VettingStatus.COMPLETE:
        blocked = True
        notes.bad(lambda: _("child-protection vetting not complete"))
    return blocked
