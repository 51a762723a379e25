"""The figures of the dashboard: this month against the last, twelve months of hours, hours
by activity type, the waiting list, and the list of what needs attention (attention.py).

Like is compared with like: the month so far (1–3 December on 3 December) against the same
days of the month before (1–3 November), not against the whole of November; on the last day
of a month the whole previous month is compared.

The dashboard is the coordinator's own working view, so its hours are the work *done*
(entries marked done or confirmed); how much of it is confirmed is shown beside them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.reports.attention import AttentionGroup, attention_groups, waiting_clients
from coordinator_app.core.reports.figures import Compared
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Assignment, HoursEntry

CHART_MONTHS = 12
CONFIRMED = HoursStatus.CONFIRMED.value
DONE = HoursStatus.DONE.value
WORKED = (DONE, CONFIRMED)


@dataclass(frozen=True)
class MonthBar:
    month: Month
    confirmed_minutes: int
    done_minutes: int  # done, awaiting confirmation

    @property
    def minutes(self) -> int:
        return self.confirmed_minutes + self.done_minutes


@dataclass(frozen=True)
class ActivityBar:
    code: str
    name: str
    minutes: Compared  # this month against the last


@dataclass(frozen=True)
class Period:
    """Days `first`–`last`, both included."""

    first: dt.date
    last: dt.date


def compared_periods(today: dt.date) -> tuple[Period, Period]:
    """This month up to `today`, and the same days of the previous month (its whole when it
    has fewer days: on 31 March, 1–28 February)."""
    this = Month.of(today)
    before = this.previous()
    last_before = min(before.first + dt.timedelta(days=today.day - 1), before.last)
    if today == this.last:
        last_before = before.last
    return Period(this.first, today), Period(before.first, last_before)


@dataclass(frozen=True)
class DashboardData:
    today: dt.date
    month: Month
    period: Period  # this month up to today
    compared_period: Period  # the same days of the previous month
    volunteers: Compared  # volunteers with work done in the month
    minutes: Compared  # work done (done + confirmed)
    confirmed_minutes: Compared
    clients: Compared  # unique clients visited
    waiting_needs: int  # open needs without a planned or active assignment
    waiting_clients: int
    months: tuple[MonthBar, ...]  # twelve months, ending with this one
    by_activity: tuple[ActivityBar, ...]
    attention: tuple[AttentionGroup, ...]


def dashboard_data(db: Database, *, today: dt.date | None = None) -> DashboardData:
    today = today or dt.date.today()
    this = Month.of(today)
    first = this.back(CHART_MONTHS - 1)
    period, compared = compared_periods(today)
    with db.session() as session:
        conn = session.connection()
        bars = _month_bars(conn, first, this)
        now, before = (_work(conn, p) for p in (period, compared))
        to_client = dict(
            conn.execute(
                select(Assignment.id, Assignment.client_id).where(Assignment.client_id.is_not(None))
            ).all()
        )
        names = conn.execute(
            select(ActivityType.id, ActivityType.code, ActivityType.name).order_by(
                ActivityType.sort_order, ActivityType.code
            )
        ).all()
        waiting = waiting_clients(conn)
        attention = attention_groups(conn, today=today, waiting=waiting)

    def clients(work: _Work) -> int:
        return len({to_client[a] for a in work.assignments if a in to_client})

    return DashboardData(
        today=today,
        month=this,
        period=period,
        compared_period=compared,
        volunteers=Compared(len(now.volunteers), len(before.volunteers)),
        minutes=Compared(sum(now.by_activity.values()), sum(before.by_activity.values())),
        confirmed_minutes=Compared(now.confirmed, before.confirmed),
        clients=Compared(clients(now), clients(before)),
        waiting_needs=sum(client.needs for client in waiting),
        waiting_clients=len(waiting),
        months=bars,
        by_activity=tuple(
            ActivityBar(code, name, Compared(now.by_activity[aid], before.by_activity[aid]))
            for aid, code, name in names
            if now.by_activity[aid] or before.by_activity[aid]
        ),
        attention=attention,
    )


def _month_bars(conn: Connection, first: Month, last: Month) -> tuple[MonthBar, ...]:
    """Minutes per month, from a per-day sum (no SQL date functions)."""
    h = HoursEntry
    totals: Counter[tuple[Month, str]] = Counter()
    for day, status, minutes in conn.execute(
        select(h.work_date, h.status, func.sum(h.minutes))
        .where(h.status.in_(WORKED), h.work_date.between(first.first, last.last))
        .group_by(h.work_date, h.status)
    ).all():
        totals[(Month.of(day), status)] += int(minutes or 0)
    bars = []
    month = first
    while month <= last:
        bars.append(MonthBar(month, totals[(month, CONFIRMED)], totals[(month, DONE)]))
        month = month.next()
    return tuple(bars)


@dataclass(frozen=True)
class _Work:
    volunteers: set[int]
    assignments: set[int]
    by_activity: Counter[int]
    confirmed: int


def _work(conn: Connection, period: Period) -> _Work:
    h = HoursEntry
    volunteers: set[int] = set()
    assignments: set[int] = set()
    by_activity: Counter[int] = Counter()
    confirmed = 0
    for vid, aid, activity, status, minutes in conn.execute(
        select(h.volunteer_id, h.assignment_id, h.activity_type_id, h.status, func.sum(h.minutes))
        .where(h.status.in_(WORKED), h.work_date.between(period.first, period.last))
        .group_by(h.volunteer_id, h.assignment_id, h.activity_type_id, h.status)
    ).all():
        volunteers.add(vid)
        if aid is not None:
            assignments.add(aid)
        by_activity[activity] += int(minutes or 0)
        if status == CONFIRMED:
            confirmed += int(minutes or 0)
    return _Work(volunteers, assignments, by_activity, confirmed)
