"""Polish plurals (fractions too), gendered forms and the template language of documents."""

from __future__ import annotations

import pytest

from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.core.issuing.templating import fill, lines, problems, section
from coordinator_app.i18n.polish import hours_accusative, hours_genitive, hours_text, lessons_genitive

NB = "\u00a0"


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (60, "1 godzina"),
        (120, "2 godziny"),
        (180, "3 godziny"),
        (150, "2,5 godziny"),
        (90, "1,5 godziny"),
        (300, "5 godzin"),
        (720, "12 godzin"),
        (1320, "22 godziny"),
        (0, "0 godzin"),
        (75, "1,25 godziny"),
        (60 * 1234, "1" + NB + "234 godziny"),
    ],
)
def test_hours_nominative(minutes: int, text: str) -> None:
    assert hours_text(minutes).replace(NB, " ") == text.replace(NB, " ")


@pytest.mark.parametrize(
    ("minutes", "accusative", "genitive"),
    [
        (60, "1 godzinę", "1 godziny"),
        (180, "3 godziny", "3 godzin"),
        (150, "2,5 godziny", "2,5 godziny"),
        (600, "10 godzin", "10 godzin"),
    ],
)
def test_hours_in_other_cases(minutes: int, accusative: str, genitive: str) -> None:
    assert hours_accusative(minutes).replace(NB, " ") == accusative
    assert hours_genitive(minutes).replace(NB, " ") == genitive


def test_clock_and_lesson_hours() -> None:
    assert hours_genitive(180, ("zegarowej", "zegarowych")).replace(NB, " ") == "3 godzin zegarowych"
    assert hours_genitive(60, ("zegarowej", "zegarowych")).replace(NB, " ") == "1 godziny zegarowej"
    assert lessons_genitive(180).replace(NB, " ") == "4 godzin dydaktycznych (po 45 minut)"


def test_gender_from_the_sex_field_never_guessed() -> None:
    assert gendered("K", "wykonywał", "wykonywała") == "wykonywała"
    assert gendered("M", "wykonywał", "wykonywała") == "wykonywał"
    assert gendered(None, "wykonywał", "wykonywała") == "wykonywał/wykonywała"


def test_fill_placeholders_and_gender_choices() -> None:
    text = "{Pan/Pani} {imie_nazwisko} {wykonywał/wykonywała} świadczenia, {nieznane}."
    assert (
        fill(text, {"imie_nazwisko": "Żaneta Żółć"}, "K")
        == "Pani Żaneta Żółć wykonywała świadczenia, {nieznane}."
    )


def test_conditional_lines_and_sections() -> None:
    block = "Nagłówek\n[a] tylko z a\n[!a] tylko bez a\n[a,!b] a bez b\nzawsze {x}"
    assert lines(block, {"x": "1"}, {"a"}, None) == ["Nagłówek", "tylko z a", "a bez b", "zawsze 1"]
    assert section(block, {"x": "1"}, set(), None) == ("Nagłówek", ["tylko bez a", "zawsze 1"])
    assert section("[a] Nagłówek\npunkt", {}, set(), None) is None


def test_double_full_stop_after_an_abbreviation_is_removed_but_dots_to_fill_in_stay() -> None:
    assert lines("z dnia {d}.", {"d": "5 marca 2025 r."}, set(), None) == ["z dnia 5 marca 2025 r."]
    assert lines("w części: ........", {}, set(), None) == ["w części: ........"]


def test_problems_name_unknown_fields_flags_and_bad_braces() -> None:
    found = problems("{imie} i {zle_pole}\n[nieznany] x\n{a/b/c}\n{otwarte", {"imie"}, {"ok"})
    joined = " | ".join(found)
    assert "{zle_pole}" in joined and "[nieznany]" in joined
    assert "line 3" in joined or "wiersz 3" in joined
    assert len(found) == 4
    assert problems("[ ] pole do zaznaczenia {imie}\n[ok] {Pan/Pani}", {"imie"}, {"ok"}) == []
