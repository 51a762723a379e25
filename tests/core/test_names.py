"""The template language's case markers and other persons' forms, and the confirmed forms of
names stored once and used first (issue 12, points 2 and 3)."""

from __future__ import annotations

import pytest

from coordinator_app.core.issuing.templating import fill, placeholders_in, problems
from coordinator_app.core.names import confirm, declension, forget, known_forms
from coordinator_app.db.engine import Database

VALUES = {
    "reprezentant": "Konrad Ośka – Kierownik",
    "reprezentant@B": "Konrada Ośkę – Kierownika",
    "siedziba": "Modrzewo",
    "siedziba@Ms": "Modrzewie",
    "adres_ops": "ul. Szkolna 12, 38-471 Modrzewo",
    "opiekun": "Anna Nowak",
    "opiekun.plec": "K",
    "koordynator": "Jan Lis",
    "koordynator.plec": "M",
}


def test_a_case_marker_prints_the_known_form() -> None:
    assert fill("reprezentowanym przez {reprezentant@B},", VALUES, "K") == (
        "reprezentowanym przez Konrada Ośkę – Kierownika,"
    )


def test_an_unknown_form_keeps_the_nominative_after_a_colon() -> None:
    values = {k: v for k, v in VALUES.items() if k != "reprezentant@B"}
    assert fill("reprezentowanym przez {reprezentant@B},", values, "K") == (
        "reprezentowanym przez: Konrad Ośka – Kierownik,"
    )


def test_the_alternative_wording_and_the_words_that_go_with_the_form() -> None:
    text = "z siedzibą {w siedziba@Ms, |pod adresem: }{adres_ops}"
    assert fill(text, VALUES, None) == "z siedzibą w Modrzewie, ul. Szkolna 12, 38-471 Modrzewo"
    values = {k: v for k, v in VALUES.items() if k != "siedziba@Ms"}
    assert fill(text, values, None) == "z siedzibą pod adresem: ul. Szkolna 12, 38-471 Modrzewo"
    assert fill("{siedziba@D|: {siedziba} ({Pan/Pani})}", values, "K") == ": Modrzewo (Pani)"


def test_other_persons_forms_follow_their_own_sex() -> None:
    text = "{opiekun} {opiekun:działającym/działającą}, do {koordynator:jego/jej} wskazówek; {zwanym/zwaną}"
    assert fill(text, VALUES, "M") == "Anna Nowak działającą, do jego wskazówek; zwanym"
    assert fill("{nieznany:jego/jej}", VALUES, "K") == "jego/jej"  # not recorded: both forms


def test_the_checker_knows_case_markers_and_other_persons() -> None:
    text = "{reprezentant@B} {w siedziba@Ms|pod adresem: {adres_ops}} {opiekun:jego/jej} {Pan/Pani}"
    assert problems(text, {"reprezentant", "siedziba", "adres_ops", "opiekun"}, set()) == []
    assert placeholders_in(text) == {"reprezentant", "siedziba", "adres_ops", "opiekun"}
    found = problems("{zle@D|{inne}} {kto:a/b}", {"x"}, set())
    assert len(found) == 3 and all("unknown field" in line or "nieznane" in line for line in found)


def test_confirmed_forms_round_trip_and_win_over_the_dictionary(db: Database) -> None:
    proposed = declension(db, "person", "Anna Szczęśniewska", "K")
    assert not proposed.confirmed and proposed.forms is not None
    assert proposed.forms["D"] == "Anny Szczęśniewskiej"
    corrected = {**proposed.forms, "C": "Annie Szczęśniewskiej (poprawione)"}
    confirm(db, "person", "Anna  Szczęśniewska", "K", corrected, "koordynator")
    stored = declension(db, "person", "Anna Szczęśniewska", "K")
    assert stored.confirmed and stored.confirmed_by == "koordynator"
    assert stored.forms is not None and stored.forms["C"] == "Annie Szczęśniewskiej (poprawione)"
    with db.session() as session:
        forms = known_forms(session, "person", "Anna Szczęśniewska", "K")
        assert forms is not None and forms["C"].endswith("(poprawione)")
        assert known_forms(session, "person", "Anna Szczęśniewska", "M") is None  # another sex
    forget(db, "person", "Anna Szczęśniewska", "K")
    assert not declension(db, "person", "Anna Szczęśniewska", "K").confirmed


def test_confirmed_forms_of_an_unknown_name(db: Database) -> None:
    assert declension(db, "place", "Łęczyca Mała").forms is None
    forms = {"M": "Łęczyca Mała", "D": "Łęczycy Małej", "C": "Łęczycy Małej", "B": "Łęczycę Małą"}
    with pytest.raises(ValueError):
        confirm(db, "place", "Łęczyca Mała", None, forms)  # every case is needed
    confirm(db, "place", "Łęczyca Mała", None, {**forms, "N": "Łęczycą Małą", "Ms": "Łęczycy Małej"})
    with db.session() as session:
        found = known_forms(session, "place", "Łęczyca Mała")
    assert found is not None and found["Ms"] == "Łęczycy Małej"
