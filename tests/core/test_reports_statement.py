"""The per-volunteer statement of confirmed hours by month, and the Korpus Solidarności rule."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.calendar import Month
from coordinator_app.core.reports import KorpusThresholds, korpus_status, volunteer_statement
from coordinator_app.core.reports.korpus import requirement, streak
from coordinator_app.core.reports.statement import VolunteerNotFound
from coordinator_app.db.engine import Database
from tests import reports_dataset

D = dt.date


def test_statement_by_month_with_activities_and_korpus(db: Database) -> None:
    ids = reports_dataset.build(db)
    statement = volunteer_statement(db, ids.volunteers["V1"], D(2026, 1, 1), D(2026, 3, 31))
    assert statement.full_name == "Anna Testowa-Anna"
    rows = [
        (m.month.key, m.confirmed_minutes, m.confirmed_entries, m.unconfirmed_minutes)
        for m in statement.months
    ]
    assert rows == [("2026-01", 960, 1, 0), ("2026-02", 960, 1, 0), ("2026-03", 960, 2, 60)]
    assert all(m.meets_korpus for m in statement.months)
    assert statement.confirmed_minutes == 2880 and statement.unconfirmed_minutes == 60
    assert [(a.code, a.minutes) for a in statement.activities] == [("TOW", 2520), ("ZAJ", 360)]
    assert (statement.first_day, statement.last_day) == (D(2026, 1, 10), D(2026, 3, 12))
    # the Korpus check looks back twelve months, before the statement's start
    assert statement.korpus.meets and statement.korpus.streak == 12
    assert not statement.korpus.requirement.reduced


def test_statement_from_mid_month_and_reduced_threshold(db: Database) -> None:
    ids = reports_dataset.build(db)
    statement = volunteer_statement(db, ids.volunteers["V3"], D(2026, 3, 10), D(2026, 3, 31))
    assert [(m.month.key, m.confirmed_minutes) for m in statement.months] == [
        ("2026-03", 0)
    ]  # 5.03 is before
    assert statement.korpus.requirement.reduced  # 76 years old: 6 h for 6 months
    assert statement.korpus.meets and statement.korpus.streak == 6
    assert statement.months[0].meets_korpus  # the whole month counts for the Korpus check


def test_unknown_volunteer(db: Database) -> None:
    with pytest.raises(VolunteerNotFound):
        volunteer_statement(db, 999, D(2026, 1, 1), D(2026, 1, 31))


def test_korpus_rule() -> None:
    t = KorpusThresholds()
    assert requirement(D(2011, 4, 1), D(2026, 3, 31), t).reduced  # 14 years
    assert not requirement(D(2011, 3, 31), D(2026, 3, 31), t).reduced  # 15 on that day
    assert not requirement(D(1960, 4, 1), D(2026, 3, 31), t).reduced  # 65
    assert requirement(D(1960, 3, 31), D(2026, 3, 31), t).reduced  # 66
    last = Month(2026, 3)
    hours = {last.back(i): 16 * 60 for i in range(11)}  # eleven months only
    assert streak(hours, last, 960, 24) == 11
    assert not korpus_status(D(1990, 1, 1), hours, last, t).meets
    hours[last.back(11)] = 16 * 60
    assert korpus_status(D(1990, 1, 1), hours, last, t).meets
    hours[last.back(5)] = 15 * 60 + 59  # one month a minute short breaks the run
    assert streak(hours, last, 960, 24) == 5
    custom = KorpusThresholds(standard_hours=10, standard_months=3)
    assert korpus_status(D(1990, 1, 1), hours, last, custom).meets
