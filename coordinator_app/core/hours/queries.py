"""Reading hours: a volunteer's month, what the monthly card shows, the card's choices, and the
confirmed totals. The `_` helpers take the caller's session (the package's writes share them)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import Date, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import (
    ActivityChoice,
    AssignmentChoice,
    CardContext,
    EntryNotFound,
    HoursRow,
    MonthHours,
    VolunteerChoice,
    assignment_label,
)
from coordinator_app.core.hours.months import closed_keys
from coordinator_app.core.privacy.restriction import marked
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.validation import FieldError
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Assignment,
    Client,
    HoursEntry,
    Volunteer,
)
from coordinator_app.i18n import _

CONFIRMED = HoursStatus.CONFIRMED.value
DONE = HoursStatus.DONE.value


def _find_entry(session: Session, entry_id: int) -> HoursEntry:
    entry = session.get(HoursEntry, entry_id)
    if entry is None:
        raise EntryNotFound(entry_id)
    return entry


# The card's statements are built once: building a select (and the alias of the activity
# types) cost more than running it, each time a card opened. Values are bound per call.
_ASSIGNMENT_CHOICES = (
    select(
        Assignment.id,
        Assignment.number,
        Client.code,
        Assignment.activity_type_id,
        ActivityType.code,
        Assignment.date_from,
        Assignment.date_to,
        Assignment.status,
        Assignment.place,
    )
    .join(ActivityType, ActivityType.id == Assignment.activity_type_id)
    .outerjoin(Client, Client.id == Assignment.client_id)
    .where(Assignment.volunteer_id == bindparam("volunteer_id"))
    .order_by(Assignment.date_from.desc(), Assignment.id.desc())
)
_ACTIVITY_CHOICES = select(
    ActivityType.id, ActivityType.code, ActivityType.name, ActivityType.active
).order_by(ActivityType.sort_order, ActivityType.code)
_assignment_activity = aliased(ActivityType)
_MONTH_ROWS = (
    select(
        HoursEntry.id,
        HoursEntry.volunteer_id,
        HoursEntry.work_date,
        HoursEntry.time_from,
        HoursEntry.time_to,
        HoursEntry.minutes,
        HoursEntry.activity_type_id,
        ActivityType.code,
        HoursEntry.assignment_id,
        Client.code,
        Assignment.number,
        _assignment_activity.code,
        HoursEntry.description,
        HoursEntry.place,
        HoursEntry.travel_km,
        HoursEntry.source,
        HoursEntry.status,
        HoursEntry.remote,
        HoursEntry.locked,
        HoursEntry.approved_by,
        HoursEntry.approved_on,
    )
    .join(ActivityType, ActivityType.id == HoursEntry.activity_type_id)
    .outerjoin(Assignment, Assignment.id == HoursEntry.assignment_id)
    .outerjoin(Client, Client.id == Assignment.client_id)
    .outerjoin(_assignment_activity, _assignment_activity.id == Assignment.activity_type_id)
    .where(
        HoursEntry.volunteer_id == bindparam("volunteer_id"),
        HoursEntry.work_date.between(bindparam("first", type_=Date), bindparam("last", type_=Date)),
    )
    .order_by(HoursEntry.work_date, HoursEntry.time_from, HoursEntry.id)
)
_VOLUNTEER_NAME = select(Volunteer.last_name, Volunteer.first_name, Volunteer.restricted_on).where(
    Volunteer.id == bindparam("volunteer_id")
)


def _assignment_choices(session: Session, volunteer_id: int) -> dict[int, AssignmentChoice]:
    rows = session.execute(_ASSIGNMENT_CHOICES, {"volunteer_id": volunteer_id})
    return {row[0]: AssignmentChoice(*row) for row in rows}


def _activity_choices(session: Session) -> tuple[ActivityChoice, ...]:
    rows = session.execute(_ACTIVITY_CHOICES)
    return tuple(ActivityChoice(aid, code, name, bool(active)) for aid, code, name, active in rows)


def _month_rows(session: Session, volunteer_id: int, month: Month) -> list[HoursRow]:
    """The volunteer's entries in the month, by date: one range scan of the
    (volunteer_id, work_date) index."""
    result = session.execute(
        _MONTH_ROWS, {"volunteer_id": volunteer_id, "first": month.first, "last": month.last}
    )
    return [
        HoursRow(
            eid, vid, day, t_from, t_to, minutes, act_id, act_code, asg_id,
            assignment_label(asg_id, asg_number, client_code, asg_code) if asg_id is not None else None,
            description, place, km, source, status, bool(remote), bool(locked), approved_by, approved_on,
        )
        for (
            eid, vid, day, t_from, t_to, minutes, act_id, act_code, asg_id, client_code, asg_number, asg_code,
            description, place, km, source, status, remote, locked, approved_by, approved_on,
        ) in result
    ]  # fmt: skip


def list_month_entries(db: Database, volunteer_id: int, month: Month | dt.date | str) -> list[HoursRow]:
    """A volunteer's entries in one month, every status, by date."""
    with db.session() as session:
        return _month_rows(session, volunteer_id, Month.coerce(month))


def _volunteer_name(session: Session, volunteer_id: int) -> str:
    row = session.execute(_VOLUNTEER_NAME, {"volunteer_id": volunteer_id}).first()
    if row is None:
        raise FieldError("volunteer_id", _("Choose the volunteer."))
    return marked(f"{row[0]} {row[1]}", row[2] is not None)  # art. 18 RODO


def card_context(db: Database, volunteer_id: int, month: Month | dt.date | str) -> CardContext:
    """Everything the monthly card shows: the volunteer, their assignments running in the
    month, the activity types, whether the month is closed, and the month's entries."""
    month = Month.coerce(month)
    with db.session() as session:
        name = _volunteer_name(session, volunteer_id)
        return CardContext(
            volunteer_id=volunteer_id,
            volunteer_name=name,
            month=month,
            assignments=tuple(_assignment_choices(session, volunteer_id).values()),
            activities=_activity_choices(session),
            closed=bool(closed_keys(session, [month])),
            entries=tuple(_month_rows(session, volunteer_id, month)),
        )


def volunteer_choices(db: Database) -> list[VolunteerChoice]:
    """Volunteers (not archived, not restricted: art. 18 RODO) for the card's name field, in
    Polish order."""
    with db.session() as session:
        rows = session.execute(
            select(Volunteer.id, Volunteer.last_name, Volunteer.first_name, Volunteer.locality).where(
                Volunteer.archived.is_(False), Volunteer.restricted_on.is_(None)
            )
        ).all()
    choices = [
        VolunteerChoice(vid, f"{last} {first} ({locality})", f"{fold(last)} {fold(first)} {fold(locality)}")
        for vid, last, first, locality in rows
    ]
    return sorted(choices, key=lambda c: polish_sort_key(c.label))


def get_entry(db: Database, entry_id: int) -> HoursRow:
    with db.session() as session:
        entry = _find_entry(session, entry_id)
        month = Month.of(entry.work_date)
        return next(r for r in _month_rows(session, entry.volunteer_id, month) if r.id == entry_id)


# --- confirmed totals (only confirmed hours count in documents and reports; done entries
# awaiting confirmation are reported beside them, never added to them) -------------------
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
