"""Matching's pure scoring: points, reasons and concerns from plain data, no database."""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import TypedDict, Unpack

from coordinator_app.core.matching import (
    MatchInputs,
    NeedFacts,
    VolunteerFacts,
    rank_candidates,
    score_volunteer,
)
from coordinator_app.core.trainings.readiness import ReadinessOverview
from coordinator_app.core.vetting import VettingStatus

ŁĄKIE, MNICHOWO, ZALESIE = 1, 2, 3
NEED = NeedFacts(7, "P-001", ŁĄKIE, "Łąkie", "TOW", "Towarzyszenie", "wtorki po południu")
DISTANCE = {ŁĄKIE: 0, MNICHOWO: 4, ZALESIE: 25}


class Facts(TypedDict, total=False):
    """`MatchInputs`' fields after the need and the volunteers."""

    preference: Mapping[int, bool]
    serves: Set[int]
    distance: Mapping[int, int]
    wants_times: bool
    available_then: Set[int]
    availability_recorded: Set[int]
    load: Mapping[int, tuple[int, int]]
    with_agreement: Set[int]
    readiness: ReadinessOverview | None
    vetting: Mapping[int, VettingStatus]


def inputs(*volunteers: VolunteerFacts, need: NeedFacts = NEED, **facts: Unpack[Facts]) -> MatchInputs:
    """Everyone has an agreement unless `with_agreement` says otherwise."""
    facts.setdefault("with_agreement", {v.id for v in volunteers})
    facts.setdefault("distance", DISTANCE)
    return MatchInputs(need, volunteers, **facts)


def test_a_preferring_local_volunteer_collects_every_point() -> None:
    alicja = VolunteerFacts(1, "Adamska", "Alicja", MNICHOWO)
    given = inputs(
        alicja, preference={1: False}, serves={1}, wants_times=True, available_then={1},
        availability_recorded={1},
    )  # fmt: skip
    candidate = score_volunteer(given, alicja)
    assert candidate is not None
    assert candidate.score == 30 + 30 + 20 + 10
    assert candidate.reasons == (
        "preferuje to działanie",
        "obsługuje: Łąkie",
        "dostępny(-a) w preferowanych terminach",
        "brak bieżących przydziałów",
    )
    assert candidate.concerns == () and not candidate.blocked
    assert candidate.name == "Adamska Alicja" and candidate.distance_km == 4


def test_living_in_the_village_means_no_distance() -> None:
    given = inputs(VolunteerFacts(1, "Adamska", "Alicja", ŁĄKIE, transport="car"))
    candidate = score_volunteer(given, given.volunteers[0])
    assert candidate is not None
    assert candidate.distance_km == 0 and candidate.score == 30 + 10
    assert "własny samochód" not in candidate.reasons  # no distance, no transport points


def test_distance_within_and_beyond_what_is_accepted() -> None:
    near = VolunteerFacts(1, "Borowy", "Bartosz", MNICHOWO, max_distance_km=10, transport="car")
    far = VolunteerFacts(2, "Cieślak", "Cezary", ZALESIE, max_distance_km=10)
    unknown = VolunteerFacts(3, "Dudek", "Danuta", None)
    given = inputs(near, far, unknown)
    by_id = {c.volunteer_id: c for c in rank_candidates(given).candidates}
    assert by_id[1].score == (20 - 4 // 2) + 5 + 10
    assert "4 km" in by_id[1].reasons and "własny samochód" in by_id[1].reasons
    assert by_id[2].score == -30 + 10 and "25 km; akceptuje do 10 km" in by_id[2].concerns
    assert by_id[3].score == 10 and by_id[3].distance_km is None


def test_on_foot_over_three_km_costs_points() -> None:
    walker = VolunteerFacts(1, "Ekiert", "Edyta", MNICHOWO, transport="foot")
    candidate = score_volunteer(inputs(walker), walker)
    assert candidate is not None
    assert candidate.score == (20 - 2) - 10 + 10


def test_preferred_times_count_only_when_the_need_names_them() -> None:
    volunteer = VolunteerFacts(1, "Adamska", "Alicja", ŁĄKIE)
    recorded = score_volunteer(inputs(volunteer, wants_times=True, availability_recorded={1}), volunteer)
    silent = score_volunteer(inputs(volunteer, wants_times=True), volunteer)
    any_time = score_volunteer(inputs(volunteer, availability_recorded={1}), volunteer)
    assert recorded is not None and silent is not None and any_time is not None
    assert recorded.score == any_time.score - 20
    assert silent.score == any_time.score


def test_current_load_and_offered_hours() -> None:
    volunteer = VolunteerFacts(1, "Adamska", "Alicja", ŁĄKIE, hours_per_month=4)
    busy = score_volunteer(inputs(volunteer, load={1: (2, 240)}), volunteer)
    assert busy is not None
    assert busy.score == 30 - 10 - 15 and busy.current_assignments == 2
    assert busy.concerns[0] == "2 bieżące przydziały"


def test_excluding_the_activity_leaves_the_volunteer_out() -> None:
    out = VolunteerFacts(1, "Dudek", "Danuta", ŁĄKIE)
    given = inputs(out, VolunteerFacts(2, "Adamska", "Alicja", ŁĄKIE), preference={1: True})
    assert score_volunteer(given, out) is None
    match = rank_candidates(given)
    assert [c.volunteer_id for c in match.candidates] == [2] and match.considered == 2


def test_blocked_volunteers_come_last_whatever_their_score() -> None:
    need = NeedFacts(7, "P-001", ŁĄKIE, "Łąkie", "TOW", "Towarzyszenie", None, involves_minors=True)
    star = VolunteerFacts(1, "Adamska", "Alicja", ŁĄKIE)
    plain = VolunteerFacts(2, "Borowy", "Bartosz", None)
    given = inputs(
        star, plain, need=need, preference={1: False},
        readiness=ReadinessOverview(1, {2: ("TOW",)}, ()),
        vetting={1: VettingStatus.COMPLETE, 2: VettingStatus.COMPLETE},
    )  # fmt: skip
    first, second = rank_candidates(given).candidates
    assert (first.volunteer_id, second.volunteer_id) == (2, 1)
    assert second.blocked and "brak wymaganych szkoleń" in second.concerns
    unvetted = score_volunteer(inputs(star, need=need, vetting={}), star)
    assert unvetted is not None and unvetted.blocked
    no_agreement = score_volunteer(inputs(star, with_agreement=set()), star)
    assert no_agreement is not None and no_agreement.blocked


def test_the_limit_cuts_the_list() -> None:
    volunteers = [VolunteerFacts(i, f"Nazwisko{i:02d}", "Imię", ŁĄKIE) for i in range(1, 21)]
    match = rank_candidates(inputs(*volunteers), limit=5)
    assert len(match.candidates) == 5 and match.considered == 20
    assert match.client_code == "P-001" and match.activity_name == "Towarzyszenie"


def test_ranking_words_only_the_shown_candidates_yet_ranks_as_scoring_everyone() -> None:
    """The points of all are counted without words; the best `limit` are the same, in the same
    order and with the same reasons, as scoring everyone fully and sorting (ties included)."""
    import random

    rng = random.Random(11)
    volunteers = [
        VolunteerFacts(
            vid, rng.choice(["Nowak", "Kowalska", "Wiśniewski"]), rng.choice(["Anna", "Jan"]),
            rng.choice([ŁĄKIE, MNICHOWO, ZALESIE, None]), rng.choice([None, 5, 30]),
            rng.choice([None, "car", "foot"]), rng.random() < 0.3, rng.choice([None, 4, 10]),
        )
        for vid in range(1, 301)
    ]  # fmt: skip
    given = inputs(
        *volunteers,
        preference={v.id: rng.random() < 0.2 for v in volunteers if rng.random() < 0.3},
        serves={v.id for v in volunteers if rng.random() < 0.2},
        wants_times=True,
        available_then={v.id for v in volunteers if rng.random() < 0.3},
        availability_recorded={v.id for v in volunteers if rng.random() < 0.6},
        load={
            v.id: (rng.randint(1, 3), rng.choice([120, 600, 1200])) for v in volunteers if rng.random() < 0.4
        },
        with_agreement={v.id for v in volunteers if rng.random() < 0.7},
    )
    everyone = [c for c in (score_volunteer(given, v) for v in volunteers) if c is not None]
    everyone.sort(key=lambda c: (c.blocked, -c.score, c.name))
    assert len({(c.blocked, c.score, c.name) for c in everyone}) < len(everyone), "ties are tested"
    for limit in (1, 7, 50, 1000):
        match = rank_candidates(given, limit)
        assert match.candidates == tuple(everyone[:limit])
        assert match.considered == len(volunteers)
