"""Document numbers: patterns, per-year sequences, gaps kept, never a number twice."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from coordinator_app.core.issuing.numbering import (
    DEFAULT_PATTERNS,
    next_number,
    number_and_sequence,
    pattern_error,
    set_pattern,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, AgreementAnnex, IssuedDocument
from tests.factories import add_people, agreement_row, save

DAY = dt.date(2025, 3, 5)


def _issue(db: Database, kind: str, on: dt.date = DAY) -> str:
    with db.session() as s, s.begin():
        number, seq = number_and_sequence(s, kind, on)
        s.add(IssuedDocument(kind=kind, number=number, issued_on=on, year_seq=seq))
    return number


def _agreement(db: Database, number: str, volunteer_id: int) -> None:
    clauses = {"scope": "x", "manner": "x", "time_commitment": "x", "termination_terms": "x"}
    save(db, agreement_row(volunteer_id, number, period_from=DAY, **clauses))


def test_default_patterns_cover_every_printed_kind() -> None:
    for kind in ("agreement", "annex", "termination", "certificate", "opinion", "training_certificate"):
        assert pattern_error(DEFAULT_PATTERNS[kind]) is None
    for kind in ("referral", "timesheet", "thanks"):
        assert "{nr}" in DEFAULT_PATTERNS[kind]


def test_sequence_per_kind_and_year(db: Database) -> None:
    assert _issue(db, "certificate") == "Z/1/2025"
    assert _issue(db, "certificate") == "Z/2/2025"
    assert _issue(db, "opinion") == "OP/1/2025"
    assert _issue(db, "certificate", dt.date(2026, 1, 2)) == "Z/1/2026"
    assert _issue(db, "certificate") == "Z/3/2025"


def test_gaps_are_kept_and_numbers_never_reused(db: Database) -> None:
    for _round in range(3):
        _issue(db, "certificate")
    with db.session() as s, s.begin():
        s.query(IssuedDocument).filter(IssuedDocument.number == "Z/2/2025").delete()
        s.add(IssuedDocument(kind="certificate", number="Z/17/2025", issued_on=DAY))
    assert _issue(db, "certificate") == "Z/18/2025"


def test_agreements_continue_after_the_agreements_table(db: Database) -> None:
    (volunteer,) = add_people(db, "Żółć Żaneta")
    _agreement(db, "W/12/2025", volunteer)
    _agreement(db, "W/3/2024", volunteer)
    with db.session() as s:
        assert next_number(s, "agreement", DAY) == "W/13/2025"
        assert next_number(s, "agreement", dt.date(2024, 6, 1)) == "W/4/2024"


def test_annexes_read_their_own_table(db: Database) -> None:
    (volunteer,) = add_people(db, "Żółć Żaneta")
    _agreement(db, "W/1/2025", volunteer)
    with db.session() as s, s.begin():
        agreement_id = s.query(Agreement.id).scalar()
        s.add(AgreementAnnex(agreement_id=agreement_id, number="AN/4/2025", signed_on=DAY, changes="x"))
    with db.session() as s:
        assert next_number(s, "annex", DAY) == "AN/5/2025"


def test_a_pattern_from_settings_with_month_and_padding_in_the_register(db: Database) -> None:
    with db.session() as s, s.begin():
        set_pattern(s, "certificate", "ZAS/{rr}/{mm}/{nr}")
    assert _issue(db, "certificate") == "ZAS/25/03/1"
    assert _issue(db, "certificate", dt.date(2025, 11, 30)) == "ZAS/25/11/2"  # per year, not month
    assert _issue(db, "certificate", dt.date(2026, 1, 1)) == "ZAS/26/01/1"
    with db.session() as s, s.begin():
        s.add(IssuedDocument(kind="certificate", number="ZAS/25/12/007", issued_on=DAY))
    assert _issue(db, "certificate") == "ZAS/25/03/8"


def test_pattern_without_a_year_runs_on(db: Database) -> None:
    with db.session() as s, s.begin():
        set_pattern(s, "thanks", "D-{nr}")
    assert _issue(db, "thanks") == "D-1"
    assert _issue(db, "thanks", dt.date(2026, 1, 1)) == "D-2"


def test_like_specials_in_a_pattern_are_literal(db: Database) -> None:
    with db.session() as s, s.begin():
        set_pattern(s, "referral", "S_K%{nr}/{rrrr}")
        s.add(IssuedDocument(kind="referral", number="SxKy9/2025", issued_on=DAY))
    assert _issue(db, "referral") == "S_K%1/2025"


def test_a_number_held_by_another_kind_is_skipped(db: Database) -> None:
    with db.session() as s, s.begin():
        set_pattern(s, "opinion", "Z/{nr}/{rrrr}")  # the same as certificates, by mistake
    assert _issue(db, "certificate") == "Z/1/2025"
    assert _issue(db, "opinion") == "Z/2/2025"


def test_number_counts_pending_rows_of_the_same_transaction(db: Database) -> None:
    with db.session() as s, s.begin():
        first = next_number(s, "certificate", DAY)
        s.add(IssuedDocument(kind="certificate", number=first, issued_on=DAY))
        assert next_number(s, "certificate", DAY) == "Z/2/2025"


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("", "Podaj wzór numeru, np. W/{nr}/{rrrr}."),
        ("W/{rrrr}", "Wzór numeru musi zawierać dokładnie raz {nr} (kolejny numer)."),
        ("W/{nr}/{nr}", "Wzór numeru musi zawierać dokładnie raz {nr} (kolejny numer)."),
        ("W/{nr}/{yyyy}", "We wzorze numeru można użyć tylko pól {nr}, {rrrr}, {rr}, {mm}."),
        ("W/{nr}/{rrrr", "We wzorze numeru można użyć tylko pól {nr}, {rrrr}, {rr}, {mm}."),
        ("W" * 40 + "{nr}", "Wzór numeru może mieć najwyżej 30 znaków."),
    ],
)
def test_bad_patterns_are_refused(db: Database, pattern: str, message: str) -> None:
    error = pattern_error(pattern)
    expected = message  # the Polish text the coordinator reads
    assert error == expected
    with db.session() as s, pytest.raises(ValueError, match=re.escape(expected)):
        set_pattern(s, "certificate", pattern)


def test_unknown_kind(db: Database) -> None:
    with db.session() as s, pytest.raises(ValueError, match="invoice"):
        next_number(s, "invoice", DAY)
