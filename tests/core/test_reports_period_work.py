"""The summary's confirmed work read in one pass (`period_work`) gives the same figures as the
range-by-range reads it replaced, kept here as the reference: `work_rows` over the period, the
period before it and the year so far, `minutes_by_volunteer` for each month of the window."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.core.bulk import paused_collection
from coordinator_app.core.calendar import Month, Period
from coordinator_app.core.reports import monthly_summary
from coordinator_app.core.reports import queries as q
from coordinator_app.core.reports.standing import year_start
from coordinator_app.db.engine import Database
from coordinator_app.demo import DemoSize, generate_demo
from coordinator_app.storage.opening import open_database

TODAY = dt.date(2026, 6, 15)
PERIODS = [
    Period.month(2026, 5),
    Period.month(2026, 1),  # the year so far is the month itself; the previous month last year
    Period.quarter(2026, 1),
    Period.year(2025),  # the previous year lies outside the 12-month window
    Period.days(dt.date(2026, 3, 10), dt.date(2026, 5, 20)),  # starts and ends inside months
    Period.days(dt.date(2026, 4, 3), dt.date(2026, 4, 12)),  # ten days of one month
]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("period_work") / "demo.sqlite"
    database = open_database(path)
    generate_demo(database, DemoSize(60, 30, 4000), seed=3, today=TODAY)
    yield database
    database.dispose()


def merged(rows: list[q.WorkRow], *, travel: bool = True) -> Counter[tuple[int, int | None, int, str]]:
    """Rows summed per volunteer × assignment × activity type, as one multiset of figures."""
    total: Counter[tuple[int, int | None, int, str]] = Counter()
    for row in rows:
        key = (row.volunteer_id, row.assignment_id, row.activity_type_id)
        figures = {"entries": row.entries, "minutes": row.minutes}
        if travel:
            figures |= {"km": row.travel_km, "grosze": row.travel_grosze}
        for name, value in figures.items():
            total[(*key, name)] += value
    return +total


def window_of(period: Period, history: int = 12) -> list[Month]:
    last = period.last_month
    return [last.back(i) for i in range(history - 1, -1, -1)]


def old_period_work(
    conn: object, period: Period, months: list[Month], year: Period, step: object = None
) -> q.PeriodWork:
    """The reads before `period_work`: each range aggregated on its own."""
    previous = period.previous()
    return q.PeriodWork(
        q.work_rows(conn, period.start, period.end),  # type: ignore[arg-type]
        q.work_rows(conn, previous.start, previous.end, travel=False),  # type: ignore[arg-type]
        q.work_rows(conn, year.start, year.end),  # type: ignore[arg-type]
        {month: q.minutes_by_volunteer(conn, month) for month in months},  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_one_pass_reads_the_same_work_as_each_range_on_its_own(demo: Database, period: Period) -> None:
    window, ytd = window_of(period, 14), year_start(period)
    with demo.session() as session:
        conn = session.connection()
        work = q.period_work(conn, period, window, ytd)
        old = old_period_work(conn, period, window, ytd)
    assert merged(work.current), "the demo has confirmed hours in every period tested"
    assert merged(work.current) == merged(old.current)
    assert merged(work.previous, travel=False) == merged(old.previous, travel=False)
    assert merged(work.year) == merged(old.year)
    assert work.monthly == old.monthly
    assert any(work.monthly.values())


def test_slices_lie_within_one_month_and_cover_each_range_once() -> None:
    period = Period.days(dt.date(2026, 3, 10), dt.date(2026, 5, 20))
    window = window_of(period)
    slices = q.work_slices(period, window, year_start(period))
    assert all(Month.of(start) == Month.of(end) and start <= end for start, end in slices)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(slices))  # disjoint, in order
    assert slices[0][0] == window[0].first and slices[-1][1] == dt.date(2026, 5, 31)
    days = {start + dt.timedelta(days=n) for start, end in slices for n in range((end - start).days + 1)}
    assert len(days) == sum((end - start).days + 1 for start, end in slices)
    assert dt.date(2026, 3, 10) in {start for start, _end in slices}  # the period's first day is a cut
    assert dt.date(2026, 5, 21) in {start for start, _end in slices}  # and the day after its last


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_the_summary_is_the_same_as_with_the_old_reads(
    demo: Database, period: Period, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = monthly_summary(demo, period, today=TODAY)
    monkeypatch.setattr(q, "period_work", old_period_work)
    old = monthly_summary(demo, period, today=TODAY)
    assert new == old
    assert new.hours.minutes.current > 0


def test_the_collector_is_paused_for_the_read_and_restored_after_it() -> None:
    assert gc.isenabled()
    with paused_collection():
        assert not gc.isenabled()
        with paused_collection():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the outer read still runs"
    assert gc.isenabled()
    with pytest.raises(RuntimeError), paused_collection():
        raise RuntimeError
    assert gc.isenabled(), "restored when the read fails"


def test_a_collector_turned_off_before_stays_off() -> None:
    gc.disable()
    try:
        with paused_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: f"{p.start}..{p.end}")
def test_the_periods_agreements_picked_from_the_years_are_those_read_for_it(
    demo: Database, period: Period
) -> None:
    ytd = year_start(period)
    with demo.session() as session:
        conn = session.connection()
        year = q.agreements(conn, ytd.start, ytd.end)
        own = q.agreements(conn, period.start, period.end)
    if ytd.start <= period.start:
        assert Counter(q.agreements_within(year, period.start, period.end)) == Counter(own)
        assert own, "the demo has agreements in every period tested"
    assert Counter(q.agreements_within(own, period.start, period.end)) == Counter(own)
