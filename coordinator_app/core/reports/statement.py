"""A volunteer's statement of confirmed hours by month, with the Korpus Solidarności check.

It feeds the certificate (total hours, activity types actually logged, first and last day)
and the Korpus Solidarności column. Only confirmed hours count; hours done but not yet
confirmed are shown beside them, never added. The query groups by day and status (no SQL date
functions) over the volunteer's part of the (volunteer_id, work_date) index.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.reports.korpus import KorpusStatus, korpus_status
from coordinator_app.core.reports.settings import ReportSettings, read_report_settings
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, HoursEntry, Volunteer

CONFIRMED = HoursStatus.CONFIRMED.value
DONE = HoursStatus.DONE.value


class VolunteerNotFound(LookupError):
    pass


@dataclass(frozen=True)
class StatementMonth:
    month: Month
    confirmed_minutes: int
    confirmed_entries: int
    unconfirmed_minutes: int  # done, awaiting confirmation
    meets_korpus: bool  # the month alone reaches the volunteer's Korpus monthly hours


@dataclass(frozen=True)
class StatementActivity:
    code: str
    name: str
    minutes: int


@dataclass(frozen=True)
class VolunteerStatement:
    volunteer_id: int
    full_name: str
    start: dt.date
    end: dt.date
    months: tuple[StatementMonth, ...]  # every month of the range, oldest first
    activities: tuple[StatementActivity, ...]  # confirmed minutes by activity type, most first
    first_day: dt.date | None  # first and last day with confirmed hours in the range
    last_day: dt.date | None
    korpus: KorpusStatus  # judged at the end of the range's last month

    @property
    def confirmed_minutes(self) -> int:
        return sum(m.confirmed_minutes for m in self.months)

    @property
    def unconfirmed_minutes(self) -> int:
        return sum(m.unconfirmed_minutes for m in self.months)


def volunteer_statement(
    db: Database,
    volunteer_id: int,
    start: dt.date,
    end: dt.date,
    *,
    settings: ReportSettings | None = None,
) -> VolunteerStatement:
    """Confirmed hours of one volunteer from `start` to `end` (inclusive), month by month.
    The Korpus check looks back as far as its thresholds need, even before `start`."""
    settings = settings or read_report_settings(db)
    last = Month.of(end)
    history_start = min(Month.of(start), last.back(settings.korpus.longest - 1)).first
    h = HoursEntry
    with db.session() as session:
        person = session.execute(
            select(Volunteer.first_name, Volunteer.last_name, Volunteer.birth_date).where(
                Volunteer.id == volunteer_id
            )
        ).first()
        if person is None:
            raise VolunteerNotFound(volunteer_id)
        days = session.execute(
            select(h.work_date, h.status, func.sum(h.minutes), func.count())
            .where(
                h.volunteer_id == volunteer_id,
                h.work_date.between(history_start, end),
                h.status.in_((CONFIRMED, DONE)),
            )
            .group_by(h.work_date, h.status)
        ).all()
        activity_rows = session.execute(
            select(ActivityType.code, ActivityType.name, func.sum(h.minutes))
            .join(ActivityType, ActivityType.id == h.activity_type_id)
            .where(h.volunteer_id == volunteer_id, h.work_date.between(start, end), h.status == CONFIRMED)
            .group_by(ActivityType.code, ActivityType.name)
        ).all()
    confirmed: Counter[Month] = Counter()  # whole months, for the Korpus check
    in_range: Counter[Month] = Counter()  # from `start` on (a range may begin mid-month)
    entries: Counter[Month] = Counter()
    waiting: Counter[Month] = Counter()
    worked: list[dt.date] = []
    for day, entry_status, minutes, count in days:
        month = Month.of(day)
        if entry_status == CONFIRMED:
            confirmed[month] += int(minutes or 0)
            if day >= start:
                in_range[month] += int(minutes or 0)
                entries[month] += int(count)
                worked.append(day)
        elif day >= start:
            waiting[month] += int(minutes or 0)
    status = korpus_status(person.birth_date, confirmed, last, settings.korpus)
    need = status.requirement.monthly_minutes
    months = []
    month = Month.of(start)
    while month <= last:
        meets = confirmed[month] >= need > 0
        months.append(StatementMonth(month, in_range[month], entries[month], waiting[month], meets))
        month = month.next()
    activities = sorted(
        (StatementActivity(code, name, int(minutes or 0)) for code, name, minutes in activity_rows),
        key=lambda a: (-a.minutes, a.code),
    )
    return VolunteerStatement(
        volunteer_id=volunteer_id,
        full_name=f"{person.first_name} {person.last_name}",
        start=start,
        end=end,
        months=tuple(months),
        activities=tuple(activities),
        first_day=min(worked) if worked else None,
        last_day=max(worked) if worked else None,
        korpus=status,
    )
