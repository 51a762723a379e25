"""The aggregate queries behind the summaries: plain rows from one connection.

Only confirmed hours count. No SQL date functions are used (months are date ranges), so the
same statements run on PostgreSQL. The big table is read by date range and status; the
covering index proposed in the reports README makes each range an index-only read.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, func, select

from coordinator_app.core.calendar import Month, Period
from coordinator_app.core.enums import AttendanceStatus, HoursStatus
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Attendance,
    Client,
    ClientType,
    HoursEntry,
    IssuedDocument,
    MonthClose,
    Organisation,
    TrainingSession,
    Village,
    Volunteer,
)

CONFIRMED = HoursStatus.CONFIRMED.value
PENDING = HoursStatus.DONE.value  # done, awaiting the coordinator's confirmation
ATTENDED = (AttendanceStatus.PRESENT.value, AttendanceStatus.PARTLY.value)


class WorkRow(NamedTuple):
    """Confirmed work of one volunteer on one assignment and activity type in a period (a
    tuple: hundreds of thousands are read at 100,000 volunteers, and plain tuples of numbers
    are the cheapest rows Python builds and the cyclic collector stops tracking)."""

    volunteer_id: int
    assignment_id: int | None
    activity_type_id: int
    entries: int
    minutes: int
    travel_km: int
    travel_grosze: int


def work_rows(conn: Connection, start: dt.date, end: dt.date, *, travel: bool = True) -> list[WorkRow]:
    """Confirmed entries between two days (inclusive), summed per volunteer × assignment ×
    activity type (a few thousand rows for a month of a large centre)."""
    h = HoursEntry
    where = (h.status == CONFIRMED, h.work_date.between(start, end))
    keys = (h.volunteer_id, h.assignment_id, h.activity_type_id)
    if not travel:
        plain = select(*keys, func.count(), func.sum(h.minutes)).where(*where).group_by(*keys)
        return [
            WorkRow(vid, aid, act, n, minutes or 0, 0, 0) for vid, aid, act, n, minutes in conn.execute(plain)
        ]
    query = (
        select(
            *keys, func.count(), func.sum(h.minutes), func.sum(h.travel_km), func.sum(h.travel_cost_grosze)
        )
        .where(*where)
        .group_by(*keys)
    )
    return [
        WorkRow(vid, aid, act, n, minutes or 0, km or 0, grosze or 0)
        for vid, aid, act, n, minutes, km, grosze in conn.execute(query)
    ]


def pending_minutes(conn: Connection, start: dt.date, end: dt.date) -> int:
    """Minutes done but not yet confirmed between two days (inclusive)."""
    h = HoursEntry
    query = select(func.sum(h.minutes)).where(h.status == PENDING, h.work_date.between(start, end))
    return int(conn.execute(query).scalar() or 0)


def closed_month_keys(conn: Connection, months: list[Month]) -> set[str]:
    """The keys (`YYYY-MM`) of those of `months` that are closed."""
    keys = [month.key for month in months]
    query = select(MonthClose.month).where(MonthClose.month.in_(keys))
    return {str(key) for key in conn.execute(query).scalars()}


def minutes_by_volunteer(conn: Connection, month: Month) -> dict[int, int]:
    """Confirmed minutes per volunteer in one calendar month."""
    h = HoursEntry
    query = (
        select(h.volunteer_id, func.sum(h.minutes))
        .where(h.status == CONFIRMED, h.work_date.between(month.first, month.last))
        .group_by(h.volunteer_id)
    )
    return {int(vid or 0): int(minutes or 0) for vid, minutes in conn.execute(query).all()}


@dataclass(frozen=True)
class PeriodWork:
    """The confirmed work a summary reads, from one pass over its months (`period_work`).

    `current`, `previous` and `year` are `WorkRow`s summed per volunteer × assignment ×
    activity type within each slice of the range (a key may recur once per calendar month):
    every figure made of them is a sum, a count or a set, so the slices add up to the same
    figures as rows summed over the whole range. `monthly` is confirmed minutes per volunteer
    in each month asked for."""

    current: list[WorkRow]
    previous: list[WorkRow]
    year: list[WorkRow]
    monthly: dict[Month, dict[int, int]]


def period_work(
    conn: Connection,
    period: Period,
    months: list[Month],
    year: Period,
    step: Callable[[], None] | None = None,
) -> PeriodWork:
    """The confirmed work of `period`, the period before it, `year` (the year so far) and the
    per-volunteer minutes of `months`, reading each day of their union once: one grouped
    statement per slice (`work_slices`), so no range is aggregated twice and each statement
    sorts at most a month of the covering index ix_hours_entries_status_date. `step()` is
    called before each statement (progress, cancelling)."""
    previous = period.previous()
    ranges = [(period.start, period.end), (previous.start, previous.end), (year.start, year.end)]
    result = PeriodWork([], [], [], {month: {} for month in months})
    lists = (result.current, result.previous, result.year)
    for start, end in work_slices(period, months, year):
        if step is not None:
            step()
        rows = work_rows(conn, start, end)
        for target, (first, last) in zip(lists, ranges, strict=True):
            if first <= start and end <= last:
                target.extend(rows)
        sums = result.monthly.get(Month.of(start))
        if sums is not None:
            for row in rows:
                sums[row.volunteer_id] = sums.get(row.volunteer_id, 0) + row.minutes
    return result


def work_slices(period: Period, months: list[Month], year: Period) -> list[tuple[dt.date, dt.date]]:
    """The union of the period, the period before it, `year` and `months`, cut at every
    boundary of each (a first day, the day after a last one) and at every month's first day:
    each slice lies within one month and wholly inside or outside each range. Slices no range
    needs are left out."""
    previous = period.previous()
    ranges = [(period.start, period.end), (previous.start, previous.end), (year.start, year.end)]
    ranges += [(month.first, month.last) for month in months]
    cuts = {day for start, end in ranges for day in (start, end + dt.timedelta(days=1))}
    cuts |= {month.first for month in _months_between(min(cuts), max(cuts))}
    ordered = sorted(cuts)
    slices = []
    for start, after in itertools.pairwise(ordered):
        end = after - dt.timedelta(days=1)
        if any(first <= start and end <= last for first, last in ranges):
            slices.append((start, end))
    return slices


def _months_between(start: dt.date, end: dt.date) -> list[Month]:
    """Every month from `start`'s to `end`'s (the cuts keep each slice within one month)."""
    months, month = [], Month.of(start)
    while month.first <= end:
        months.append(month)
        month = month.next()
    return months


def first_confirmed_days(conn: Connection) -> dict[int, dt.date]:
    """The day of each volunteer's first confirmed hours (volunteers with none are absent).

    One correlated lookup per volunteer on the (volunteer_id, work_date) index, which stops at
    the first confirmed entry. The status test is wrapped in coalesce() so that the planner
    does not prefer the status index (which would read every confirmed entry per volunteer)."""
    h = HoursEntry
    first = (
        select(func.min(h.work_date))
        .where(h.volunteer_id == Volunteer.id, func.coalesce(h.status, "") == CONFIRMED)
        .scalar_subquery()
    )
    return {vid: day for vid, day in conn.execute(select(Volunteer.id, first)).all() if day is not None}


class Person(NamedTuple):  # a tuple: one per volunteer or agreement, 100,000 of them
    sex: str
    birth_date: dt.date
    village: str  # village name, else locality, else ""
    korpus_member: bool


def volunteers(conn: Connection) -> dict[int, Person]:
    v = Volunteer
    query = select(v.id, v.sex, v.birth_date, Village.name, v.locality, v.solidarity_corps).outerjoin(
        Village, Village.id == v.village_id
    )
    return {
        vid: Person(sex or "", birth, village or locality or "", bool(member))
        for vid, sex, birth, village, locality, member in conn.execute(query).all()
    }


def assignment_clients(conn: Connection) -> dict[int, int]:
    """Assignment id -> client id, for assignments to a client."""
    query = select(Assignment.id, Assignment.client_id).where(Assignment.client_id.is_not(None))
    return {aid: int(cid or 0) for aid, cid in conn.execute(query).all()}


def client_places(conn: Connection) -> dict[int, str]:
    query = select(Client.id, Village.name, Client.locality).outerjoin(
        Village, Village.id == Client.village_id
    )
    return {cid: village or locality or "" for cid, village, locality in conn.execute(query).all()}


def client_types(conn: Connection) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    for cid, code in conn.execute(select(ClientType.client_id, ClientType.type_code)).all():
        result[cid].append(code)
    return result


def activity_types(conn: Connection) -> list[tuple[int, str, str]]:
    """(id, code, name) in the dictionary's order."""
    a = ActivityType
    return [
        (aid, code, name)
        for aid, code, name in conn.execute(select(a.id, a.code, a.name).order_by(a.sort_order, a.code)).all()
    ]


class AgreementRow(NamedTuple):  # a tuple: one per volunteer or agreement, 100,000 of them
    volunteer_id: int
    concluded_on: dt.date
    period_from: dt.date
    period_to: dt.date | None
    terminated_on: dt.date | None
    nnw_policy: str | None


def agreements(conn: Connection, start: dt.date, end: dt.date) -> list[AgreementRow]:
    """Agreements concluded in the period or whose period reaches into it (the others can
    neither end in it, be in force at its end, nor need insurance in it)."""
    a = Agreement
    query = select(
        a.volunteer_id, a.concluded_on, a.period_from, a.period_to, a.terminated_on, a.nnw_policy
    ).where(
        a.concluded_on.between(start, end)
        | ((a.period_from <= end) & (a.period_to.is_(None) | (a.period_to >= start)))
    )
    return [AgreementRow(*row) for row in conn.execute(query).all()]


def agreements_within(rows: list[AgreementRow], start: dt.date, end: dt.date) -> list[AgreementRow]:
    """Those of `rows` (read by `agreements` for a range holding start..end) that `agreements`
    would read for start..end: the same test, without reading the table again."""
    return [
        row
        for row in rows
        if start <= row.concluded_on <= end
        or (row.period_from <= end and (row.period_to is None or row.period_to >= start))
    ]


class TrainingRow(NamedTuple):
    session_id: int
    category: str
    duration_minutes: int
    cost_grosze: int
    volunteer_id: int | None  # None for a session nobody attended
    minutes_attended: int | None


def trainings(conn: Connection, start: dt.date, end: dt.date) -> list[TrainingRow]:
    """Sessions held in the period, one row per participant present (at least partly)."""
    t, a = TrainingSession, Attendance
    query = (
        select(t.id, t.category, t.duration_minutes, t.cost_grosze, a.volunteer_id, a.minutes_attended)
        .outerjoin(a, (a.session_id == t.id) & a.status.in_(ATTENDED))
        .where(t.session_date.between(start, end))
    )
    return [
        TrainingRow(sid, category, int(duration or 0), int(cost or 0), vid, attended)
        for sid, category, duration, cost, vid, attended in conn.execute(query).all()
    ]


def issued_documents(conn: Connection, start: dt.date, end: dt.date) -> dict[str, int]:
    """Documents issued in the period by kind. Training certificates are counted from the
    register and from attendance records (where their numbers live), each number once."""
    d = IssuedDocument
    counts: dict[str, int] = defaultdict(int)
    training_numbers: set[str] = set()
    for kind, number in conn.execute(select(d.kind, d.number).where(d.issued_on.between(start, end))).all():
        if kind == DocumentKind.TRAINING_CERTIFICATE and number:
            training_numbers.add(number)
        else:
            counts[kind] += 1
    a = Attendance
    for (number,) in conn.execute(
        select(a.certificate_number).where(a.certificate_issued_on.between(start, end))
    ).all():
        if number:
            training_numbers.add(number)
        else:
            counts[DocumentKind.TRAINING_CERTIFICATE.value] += 1
    counts[DocumentKind.TRAINING_CERTIFICATE.value] += len(training_numbers)
    return dict(counts)


@dataclass(frozen=True)
class OrganisationRow:
    name: str
    insurer: str | None
    policy: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    coordinator: str = ""
    manager: str = ""
    manager_position: str = ""


def organisation(conn: Connection) -> OrganisationRow:
    o = Organisation
    columns = (o.full_name, o.nnw_insurer, o.nnw_policy, o.nnw_valid_from, o.nnw_valid_to)
    people = (o.coordinator_name, o.manager_name, o.manager_position)
    row = conn.execute(select(*columns, *people).where(o.id == 1)).first()
    if row is None:
        return OrganisationRow("", None, None, None, None)
    return OrganisationRow(
        row[0] or "", row[1] or None, row[2] or None, row[3], row[4], row[5] or "", row[6] or "", row[7] or ""
    )
