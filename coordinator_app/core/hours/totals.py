"""A volunteer's hours summed for detail views, documents and reports.

Only confirmed hours count in documents and reports; the functions say so in their names.
Done entries awaiting confirmation are reported beside them, never added to them.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import MonthHours
from coordinator_app.db.engine import Database
from coordinator_app.db.models import HoursEntry

CONFIRMED = HoursStatus.CONFIRMED.value
DONE = HoursStatus.DONE.value


def confirmed_hours_by_month(
    db: Database, volunteer_id: int, *, months: int = 12, today: dt.date | None = None
) -> list[MonthHours]:
    """The last `months` months up to today's, oldest first: confirmed minutes, and the done
    minutes (and entries) still awaiting confirmation. One query over the volunteer's rows of
    the (volunteer_id, work_date) index, summed per day and status (no SQL date functions, so
    the query is the same on PostgreSQL)."""
    last = Month.of(today or dt.date.today())
    first = last.back(months - 1)
    per_month: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with db.session() as session:
        for day, status, minutes, count in session.execute(
            select(HoursEntry.work_date, HoursEntry.status, func.sum(HoursEntry.minutes), func.count())
            .where(
                HoursEntry.volunteer_id == volunteer_id,
                HoursEntry.work_date.between(first.first, last.last),
                HoursEntry.status.in_((CONFIRMED, DONE)),
            )
            .group_by(HoursEntry.work_date, HoursEntry.status)
        ):
            totals = per_month[(Month.of(day).key, status)]
            totals[0] += int(minutes or 0)
            totals[1] += int(count)
    result = []
    month = first
    while month <= last:
        confirmed = per_month.get((month.key, CONFIRMED), [0, 0])
        done = per_month.get((month.key, DONE), [0, 0])
        result.append(MonthHours(month, confirmed[0], done[0], done[1]))
        month = month.next()
    return result


def confirmed_minutes(
    db: Database,
    volunteer_id: int,
    date_from: dt.date,
    date_to: dt.date,
    *,
    assignment_id: int | None = None,
) -> int:
    """Confirmed minutes of a volunteer between two dates (inclusive), optionally of one
    assignment: the number certificates, hours cards and reports print."""
    query = select(func.sum(HoursEntry.minutes)).where(
        HoursEntry.volunteer_id == volunteer_id,
        HoursEntry.work_date.between(date_from, date_to),
        HoursEntry.status == CONFIRMED,
    )
    if assignment_id is not None:
        query = query.where(HoursEntry.assignment_id == assignment_id)
    with db.session() as session:
        return int(session.scalar(query) or 0)
