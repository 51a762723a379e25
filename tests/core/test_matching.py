"""Matching: who fits a need best, in what order, and why."""

from __future__ import annotations

from coordinator_app.core.matching import match_need
from coordinator_app.db.engine import Database
from tests.work_helpers import TODAY, activity, add_client_with_need, add_volunteer, gmina


def test_candidates_are_ranked_with_reasons(db: Database) -> None:
    places = gmina(db)
    tow = activity(db, "TOW")
    _client, need = add_client_with_need(db, places, "TOW", times="wtorki po południu")
    best = add_volunteer(
        db, "Adamska Alicja", village=places["Mnichowo"], serves=(places["Łąkie"],), prefers=(tow,),
        availability=((1, "afternoon"),),
    )  # fmt: skip
    near = add_volunteer(
        db,
        "Borowy Bartosz",
        village=places["Mnichowo"],
        max_km=10,
        transport="car",
        availability=((1, "morning"),),
    )
    far = add_volunteer(db, "Cieślak Cezary", village=places["Zalesie"], max_km=10)
    add_volunteer(db, "Dudek Danuta", village=places["Łąkie"], excludes=(tow,))
    blocked = add_volunteer(
        db,
        "Ekiert Edyta",
        village=places["Łąkie"],
        prefers=(tow,),
        agreement=None,
        availability=((1, "afternoon"),),
    )
    match = match_need(db, need, today=TODAY)
    assert [c.volunteer_id for c in match.candidates] == [best, near, far, blocked]
    assert match.considered == 5 and match.client_code == "P-001" and match.village == "Łąkie"
    first = match.candidates[0]
    assert first.reasons == (
        "preferuje to działanie",
        "obsługuje: Łąkie",
        "dostępny(-a) w preferowanych terminach",
        "brak bieżących przydziałów",
    )
    assert not first.blocked
    second = match.candidates[1]
    assert second.distance_km == 4 and "4 km" in second.reasons and "własny samochód" in second.reasons
    assert "niedostępny(-a) w preferowanych terminach" in second.concerns
    assert "25 km; akceptuje do 10 km" in match.candidates[2].concerns
    assert match.candidates[3].blocked and "brak ważnego porozumienia" in match.candidates[3].concerns


def test_current_load_lowers_the_rank(db: Database) -> None:
    from coordinator_app.core.assignments import assignment_for_need, create_assignment

    places = gmina(db)
    _c1, need1 = add_client_with_need(db, places, "TOW")
    _c2, need2 = add_client_with_need(db, places, "TOW", first_name="Maria")
    busy = add_volunteer(db, "Adamska Alicja", village=places["Łąkie"])
    free = add_volunteer(db, "Borowy Bartosz", village=places["Łąkie"])
    create_assignment(
        db, assignment_for_need(db, need1, busy, today=TODAY), accept_warnings=True, today=TODAY
    )
    match = match_need(db, need2, today=TODAY)
    assert [c.volunteer_id for c in match.candidates] == [free, busy]
    assert "1 bieżący przydział" in match.candidates[1].concerns


def test_for_minors_only_vetted_and_trained_volunteers_are_not_blocked(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "EDU")
    ready = add_volunteer(
        db, "Zet Zuzanna", village=places["Łąkie"], trained=("induction", "child_protection"), vetted=True
    )
    unvetted = add_volunteer(
        db, "Aaa Adam", village=places["Łąkie"], trained=("induction", "child_protection")
    )
    untrained = add_volunteer(db, "Bbb Beata", village=places["Łąkie"], vetted=True)
    match = match_need(db, need, today=TODAY)
    assert match.involves_minors
    assert [c.volunteer_id for c in match.candidates] == [ready, unvetted, untrained]
    assert "niekompletna weryfikacja (ochrona małoletnich)" in match.candidates[1].concerns
    assert "brak wymaganych szkoleń" in match.candidates[2].concerns
