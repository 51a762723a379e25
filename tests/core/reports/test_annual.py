"""The annual summary: the year's volunteers, hours, trainings and the programme planned vs done."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.reports.annual import annual_summary
from coordinator_app.db.engine import Database
from tests.core.reports.actions_world import YEAR, build


def test_the_years_volunteers_hours_and_trainings(db: Database) -> None:
    build(db)
    annual = annual_summary(db, 2026, today=dt.date(2027, 1, 15))
    s = annual.summary
    assert (s.period.start, s.period.end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    # Anna, Piotr, Zofia, Jan and Ewa have confirmed hours; Anna had hours in 2025 already
    assert (s.volunteers.active.current, s.volunteers.new) == (5, 4)
    assert annual.ended == 1  # Adam left in August 2026; Ida in 2025
    assert s.hours.minutes.current == 930 + 180
    by_activity = {line.key: line.minutes.current for line in s.hours.by_activity}
    assert by_activity == {"TOW": 930, "ZAK": 180}
    by_month = {month.month: minutes for month, minutes in s.hours.by_month if minutes}
    assert [m.year for m, _minutes in s.hours.by_month] == [2026] * 12
    assert by_month == {6: 930, 7: 180}
    assert (s.trainings.sessions, s.trainings.participants) == (1, 1)
    assert s.actions is not None
    assert (s.actions.held, s.actions.participants, s.actions.minutes) == (
        YEAR["held"],
        YEAR["participants"],
        YEAR["minutes"],
    )


def test_programme_planned_against_done(db: Database) -> None:
    build(db)
    programme = annual_summary(db, 2026).programme
    assert programme is not None
    assert programme.title == "Program działań wolontariackich Gminy Mnichowo na 2026 r."
    assert (programme.planned, programme.done) == (5, 3)
    lines = [
        (x.planned_month, x.kind, x.title, x.done_by, x.done_on, x.participants) for x in programme.lines
    ]
    assert lines == [
        (3, "training", "Szkolenie BHP", "training", dt.date(2026, 3, 10), None),
        (6, "action", "Zbiórka żywności", "action", dt.date(2026, 6, 14), 4),
        (10, "meeting", "Spotkanie koalicji", "hand", dt.date(2026, 10, 5), None),
        (12, "promotion", "Dzień Wolontariusza", "", None, None),
        (12, "action", "Wigilia dla samotnych", "", None, 0),  # its action was cancelled
    ]
    assert programme.by_kind() == (
        ("action", 2, 1),
        ("training", 1, 1),
        ("meeting", 1, 1),
        ("promotion", 1, 0),
    )


def test_a_year_without_a_programme(db: Database) -> None:
    build(db)
    annual = annual_summary(db, 2025)
    assert annual.programme is None
    assert annual.ended == 1  # Ida
    assert annual.summary.actions is not None
    assert annual.summary.actions.held == 0
