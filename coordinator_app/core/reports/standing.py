"""How far the figures of a period can be trusted, and the year so far.

- the period's *status*: closed when each of its months is closed (core.hours month close
  locks the hours); hours done but not yet confirmed are *pending*, shown beside the
  confirmed ones so that an open month is never compared as if it were complete;
- *year to date*: the same definitions as the period's figures (summary module docstring)
  applied from 1 January of the period's last year to its last day.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import Connection

from coordinator_app.core.calendar import Period
from coordinator_app.core.reports import queries as q
from coordinator_app.core.reports.figures import (
    AgreementFigures,
    Compared,
    PeriodStatus,
    Signatories,
    SmallCount,
    TrainingFigures,
    YearToDate,
    work_value,
)


def year_start(period: Period) -> Period:
    """1 January of the period's last year to the period's last day."""
    return Period.days(dt.date(period.end.year, 1, 1), period.end)


def period_status(conn: Connection, period: Period) -> PeriodStatus:
    previous = period.previous()
    months, before = period.months(), previous.months()
    closed = q.closed_month_keys(conn, [*months, *before])
    return PeriodStatus(
        closed=all(month.key in closed for month in months),
        previous_closed=all(month.key in closed for month in before),
        pending=Compared(
            q.pending_minutes(conn, period.start, period.end),
            q.pending_minutes(conn, previous.start, previous.end),
        ),
    )


def year_to_date(
    period: Period,
    rows: list[q.WorkRow],
    pending_minutes: int,
    agreements: AgreementFigures,
    trainings: TrainingFigures,
    context: tuple[dict[int, dt.date], dict[int, int], int, int],
) -> YearToDate:
    """`rows` are the confirmed work of `period` (the year so far); `context` is (first
    confirmed day per volunteer, client per assignment, small-count threshold, hour rate)."""
    first_days, to_client, threshold, rate = context
    active = {row.volunteer_id for row in rows}
    visits: Counter[int] = Counter()
    for row in rows:
        if row.assignment_id is not None and row.assignment_id in to_client:
            visits[to_client[row.assignment_id]] += row.entries
    minutes = sum(row.minutes for row in rows)
    return YearToDate(
        period=period,
        minutes=minutes,
        pending_minutes=pending_minutes,
        entries=sum(row.entries for row in rows),
        active=len(active),
        new=sum(1 for vid in active if first_days.get(vid, period.start) >= period.start),
        clients=SmallCount.of(len(visits), threshold),
        visits=SmallCount.of(sum(visits.values()), threshold),
        signed=agreements.signed,
        ended=agreements.ended,
        trainings=trainings.sessions,
        travel_grosze=sum(row.travel_grosze for row in rows),
        work_value_grosze=work_value(minutes, rate),
    )


def signatories(org: q.OrganisationRow) -> Signatories:
    return Signatories(org.coordinator, org.manager, org.manager_position)
