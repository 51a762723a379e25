"""Polish text handling and the age rules."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.enums import StatementKind
from coordinator_app.core.rules import AgeGroup, age_group, age_on, missing_statements
from coordinator_app.core.text import fold, polish_name_key, polish_sort_key


def test_fold_ignores_case_and_polish_diacritics() -> None:
    assert fold("Żółć") == "zolc"
    assert fold("ŁĄKA Śnieżna") == "laka sniezna"
    assert fold(None) == ""


def test_polish_collation_orders_diacritic_letters_after_their_base() -> None:
    names = [
        "Żak",
        "Zych",
        "Łukasz",
        "Lucyna",
        "Ćwik",
        "Czajka",
        "Cebula",
        "Źrebiec",
        "ślusarz",
        "Sowa",
        "Ząb",
    ]
    assert sorted(names, key=polish_sort_key) == [
        "Cebula",
        "Czajka",
        "Ćwik",
        "Lucyna",
        "Łukasz",
        "Sowa",
        "ślusarz",
        "Ząb",
        "Zych",
        "Źrebiec",
        "Żak",
    ]


def test_collation_puts_shorter_name_first_and_ignores_case() -> None:
    assert sorted(["Nowakowska", "nowak", "Nowak Anna"], key=polish_sort_key) == [
        "nowak",
        "Nowak Anna",
        "Nowakowska",
    ]


def test_people_sort_by_surname_then_first_name_then_case() -> None:
    people = [
        ("Nowak", "Żaneta"),
        ("nowak", "Anna"),
        ("Nowakowska", "Anna"),
        ("Nowak", "Anna"),
        ("Łoś", "Ewa"),
    ]
    assert sorted(people, key=lambda p: polish_name_key(*p)) == [
        ("Łoś", "Ewa"),  # Ł after L, before M and N
        ("Nowak", "Anna"),
        ("nowak", "Anna"),  # the same but for case: after
        ("Nowak", "Żaneta"),
        ("Nowakowska", "Anna"),  # a longer surname after all the Nowaks
    ]


def test_age_counts_full_years() -> None:
    born = dt.date(2008, 6, 15)
    assert age_on(born, dt.date(2026, 6, 14)) == 17
    assert age_on(born, dt.date(2026, 6, 15)) == 18


def test_leap_day_birthday_comes_of_age_on_first_of_march() -> None:
    born = dt.date(2008, 2, 29)
    assert age_on(born, dt.date(2026, 2, 28)) == 17
    assert age_on(born, dt.date(2026, 3, 1)) == 18


def test_age_groups() -> None:
    assert age_group(12) is AgeGroup.CHILD
    assert age_group(13) is AgeGroup.MINOR
    assert age_group(17) is AgeGroup.MINOR
    assert age_group(18) is AgeGroup.ADULT


def test_minors_also_need_the_guardian_consent_statement() -> None:
    signed = {
        k.value
        for k in (
            StatementKind.HEALTH_SAFETY,
            StatementKind.RIGHTS_DUTIES,
            StatementKind.CONFIDENTIALITY,
            StatementKind.GDPR_CLAUSE,
        )
    }
    assert missing_statements(signed, AgeGroup.ADULT) == []
    assert missing_statements(signed, AgeGroup.MINOR) == [StatementKind.GUARDIAN_CONSENT]
