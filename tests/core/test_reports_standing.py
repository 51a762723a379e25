"""The period's status (closed or not, hours awaiting confirmation), the year to date and the
suppression of small counts in breakdowns of volunteers, on the hand-made dataset
(reports_dataset.py: March 2026, nothing closed, 6 h done but not confirmed in March)."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.calendar import Period
from coordinator_app.core.reports import monthly_summary
from coordinator_app.core.reports.figures import Compared, Tally, suppress_tallies
from coordinator_app.db.engine import Database
from coordinator_app.db.models import MonthClose, Organisation
from tests import reports_dataset
from tests.factories import session_of

MARCH = Period.month(2026, 3)


def close(db: Database, *keys: str) -> None:
    with session_of(db) as s:
        s.add_all(
            MonthClose(month=key, closed_at=dt.datetime(2026, 4, 5, 9, 0), closed_by="test") for key in keys
        )


def test_an_open_period_counts_the_hours_awaiting_confirmation(db: Database) -> None:
    reports_dataset.build(db)
    summary = monthly_summary(db, MARCH, today=reports_dataset.TODAY)
    assert not summary.status.closed and not summary.status.previous_closed and summary.status.provisional
    assert summary.status.pending == Compared(60 + 300, 0)  # V1 on 30.03 and V5 on 21.03
    assert summary.hours.minutes.current == 1440  # the confirmed hours stay apart


def test_a_period_is_closed_when_each_of_its_months_is(db: Database) -> None:
    reports_dataset.build(db)
    close(db, "2026-02", "2026-03")
    summary = monthly_summary(db, MARCH)
    assert summary.status.closed and summary.status.previous_closed and not summary.status.provisional
    quarter = monthly_summary(db, Period.quarter(2026, 1))
    assert not quarter.status.closed  # January is still open


def test_year_to_date_is_the_sum_of_its_months(db: Database) -> None:
    reports_dataset.build(db)
    ytd = monthly_summary(db, MARCH).year_to_date
    months = [monthly_summary(db, Period.month(2026, m)) for m in (1, 2, 3)]
    assert (ytd.period.start, ytd.period.end) == (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert ytd.minutes == sum(m.hours.minutes.current for m in months) == 1320 + 1560 + 1440
    assert ytd.pending_minutes == sum(m.status.pending.current for m in months) == 360
    assert ytd.entries == sum(m.hours.entries for m in months)
    assert ytd.travel_grosze == sum(m.costs.travel_grosze for m in months)
    assert ytd.work_value_grosze == sum(m.costs.work_value_grosze for m in months)
    assert ytd.signed == sum(m.agreements.signed for m in months)
    assert ytd.ended == sum(m.agreements.ended for m in months)
    assert ytd.trainings == sum(m.trainings.sessions for m in months)
    assert ytd.new == sum(m.volunteers.new for m in months)
    assert ytd.active == 4  # different people, not a sum: V1 V2 V3 V4
    assert ytd.clients.value == 3 and not ytd.clients.hidden
    # a year is its own year to date
    year = monthly_summary(db, Period.year(2026)).year_to_date
    assert year.period.start == dt.date(2026, 1, 1) and year.period.end == dt.date(2026, 12, 31)


def test_signatories_come_from_the_organisation(db: Database) -> None:
    reports_dataset.build(db)
    with session_of(db) as s:
        org = s.get(Organisation, 1)
        assert org is not None
        org.coordinator_name, org.manager_name, org.manager_position = "Anna Nowak", "Jan Kowal", "Kierownik"
    people = monthly_summary(db, MARCH).signatories
    assert (people.coordinator, people.manager, people.manager_position) == (
        "Anna Nowak",
        "Jan Kowal",
        "Kierownik",
    )


def hidden(tallies: tuple[Tally, ...]) -> list[str]:
    return [t.key for t in tallies if t.hidden]


def test_a_single_child_is_hidden_with_a_complementary_cell() -> None:
    ages = (
        Tally("under_13", "under_13", 1), Tally("13_14", "13_14", 0), Tally("15_17", "15_17", 0),
        Tally("18_25", "18_25", 4), Tally("26_35", "26_35", 9), Tally("36_50", "36_50", 12),
    )  # fmt: skip
    # the one under-13 and the next smallest cell: neither can be worked out from the total 26
    assert hidden(suppress_tallies(ages, 3)) == ["under_13", "18_25"]
    assert [t.count for t in suppress_tallies(ages, 3)] == [1, 0, 0, 4, 9, 12]  # the counts are kept
    # nothing else to hide but zeros: a zero cell is hidden, else "<3" beside "0, 0" and a total of 1
    sexes = (Tally("K", "K", 1), Tally("M", "M", 0), Tally("", "", 0))
    assert hidden(suppress_tallies(sexes, 3)) == ["K", "M"]
    assert hidden(suppress_tallies((Tally("K", "K", 5), Tally("M", "M", 7)), 3)) == []
    assert hidden(suppress_tallies(ages, 1)) == []  # threshold 1: nothing is hidden


def test_every_breakdown_of_volunteers_is_suppressed(db: Database) -> None:
    reports_dataset.build(db)
    summary = monthly_summary(db, MARCH)
    v = summary.volunteers
    assert hidden(v.by_sex) == ["K", "M"]  # 2 women and 1 man
    assert hidden(v.by_age) == ["15_17", "26_35", "over_65"]  # the 15-year-old among them
    assert hidden(v.by_village) == ["Kolonia", "Łąkie", "Żabno"]
    assert [(t.key, t.count, t.hidden) for t in v.by_tenure] == [("new", 1, True), ("continuing", 2, True)]
    assert [(t.key, t.count, t.hidden) for t in v.by_majority] == [("adults", 2, True), ("minors", 1, True)]
    assert [(t.key, t.count, t.hidden) for t in summary.korpus.by_band] == [
        ("standard", 1, True),
        ("reduced", 1, True),
    ]
