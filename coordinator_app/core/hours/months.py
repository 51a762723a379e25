"""Month close: locking a month's hours entries, reopening with a reason, and the guard that
makes every change to a closed month give a reason (kept in the audit log).

Closing a month that still holds unsettled entries (done but not confirmed, or planned for a
day that has passed) is refused with `UnsettledEntries`, which carries the summary so the
window can list them; the coordinator may then close anyway (`proceed=True`). Those entries
stay as they are, locked, and do not count in documents (only confirmed hours do); the audit
entry of the close says how many were left unconfirmed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import case, delete, func, select, update
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_event
from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import REASON_MAX, ClosedMonthError
from coordinator_app.core.hours.validate import clean_reason
from coordinator_app.core.validation import FieldError
from coordinator_app.db.engine import Database
from coordinator_app.db.models import HoursEntry, MonthClose, Volunteer
from coordinator_app.db.models.base import local_now
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date, format_month_numeric

MONTH_ENTITY = "month_close"
PENDING_LIMIT = 200  # unsettled entries listed by name; the counts are always complete


class MonthCloseError(ValueError):
    """A close or reopen that cannot be done; the message says why."""


class UnsettledEntries(MonthCloseError):
    """The month still has entries awaiting confirmation; `summary` lists them."""

    def __init__(self, summary: MonthSummary) -> None:
        super().__init__(
            ngettext(
                "{n} entry of {month} is not settled (done but not confirmed, or still planned).",
                "{n} entries of {month} are not settled (done but not confirmed, or still planned).",
                summary.unsettled_entries,
            ).format(n=summary.unsettled_entries, month=_month_text(summary.month))
        )
        self.summary = summary


@dataclass(frozen=True)
class PendingEntry:
    id: int
    volunteer_id: int
    volunteer_name: str
    work_date: dt.date
    status: str
    minutes: int


@dataclass(frozen=True)
class MonthSummary:
    """The month as the month-close window shows it."""

    month: Month
    closed: bool
    closed_at: dt.datetime | None
    closed_by: str | None
    notes: str | None
    entries: int
    volunteers: int
    confirmed_entries: int
    confirmed_minutes: int
    done_entries: int
    done_minutes: int
    planned_past_entries: int  # planned for a day before today
    planned_future_entries: int
    cancelled_entries: int
    no_show_entries: int
    pending: tuple[PendingEntry, ...]  # the first `PENDING_LIMIT` unsettled entries

    @property
    def unsettled_entries(self) -> int:
        return self.done_entries + self.planned_past_entries


def _month_text(month: Month) -> str:
    return format_month_numeric(month.first)


# --- is it closed ----------------------------------------------------------------------------
def closed_keys(session: Session, months: Iterable[Month]) -> set[str]:
    keys = {m.key for m in months}
    if not keys:
        return set()
    return set(session.scalars(select(MonthClose.month).where(MonthClose.month.in_(keys))))


def is_closed(db: Database, month: Month | dt.date | str) -> bool:
    with db.session() as session:
        return bool(closed_keys(session, [Month.coerce(month)]))


def closed_months(db: Database) -> list[Month]:
    """Every closed month, newest first."""
    with db.session() as session:
        keys = session.scalars(select(MonthClose.month).order_by(MonthClose.month.desc())).all()
    return [Month.parse(key) for key in keys]


def require_reason(session: Session, months: Iterable[Month], reason: str | None) -> str | None:
    """The cleaned reason; `ClosedMonthError` when one of `months` is closed and no reason
    was given (a change to an open month needs none, and a given one is kept anyway)."""
    text = clean_reason(reason)
    if text is None:
        closed = sorted(Month.parse(key) for key in closed_keys(session, months))
        if closed:
            raise ClosedMonthError(closed[0])
    return text


# --- the summary -----------------------------------------------------------------------------
def _summary(session: Session, month: Month, today: dt.date) -> MonthSummary:
    in_month = HoursEntry.work_date.between(month.first, month.last)
    # One pass over the month (about a twelfth of the table): per volunteer, status and
    # "before today", summed here. Separate COUNT queries would each read the month again.
    past = case((HoursEntry.work_date < today, 1), else_=0)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    volunteer_ids: set[int] = set()
    planned_past = 0
    for volunteer_id, status, before_today, count, minutes in session.execute(
        select(HoursEntry.volunteer_id, HoursEntry.status, past, func.count(), func.sum(HoursEntry.minutes))
        .where(in_month)
        .group_by(HoursEntry.volunteer_id, HoursEntry.status, past)
    ):
        volunteer_ids.add(volunteer_id)
        counts[status][0] += int(count)
        counts[status][1] += int(minutes or 0)
        if status == HoursStatus.PLANNED.value and before_today:
            planned_past += int(count)
    volunteers = len(volunteer_ids)
    unsettled = (HoursEntry.status == HoursStatus.DONE.value) | (
        (HoursEntry.status == HoursStatus.PLANNED.value) & (HoursEntry.work_date < today)
    )
    pending = tuple(
        PendingEntry(eid, vid, f"{last} {first}", day, status, minutes)
        for eid, vid, last, first, day, status, minutes in session.execute(
            select(
                HoursEntry.id,
                HoursEntry.volunteer_id,
                Volunteer.last_name,
                Volunteer.first_name,
                HoursEntry.work_date,
                HoursEntry.status,
                HoursEntry.minutes,
            )
            .join(Volunteer, Volunteer.id == HoursEntry.volunteer_id)
            .where(in_month, unsettled)
            .order_by(Volunteer.last_name, Volunteer.first_name, HoursEntry.work_date, HoursEntry.id)
            .limit(PENDING_LIMIT)
        )
    )
    close = session.get(MonthClose, month.key)
    planned_total = counts[HoursStatus.PLANNED.value][0]
    return MonthSummary(
        month=month,
        closed=close is not None,
        closed_at=close.closed_at if close else None,
        closed_by=close.closed_by if close else None,
        notes=close.notes if close else None,
        entries=sum(count for count, _minutes in counts.values()),
        volunteers=volunteers,
        confirmed_entries=counts[HoursStatus.CONFIRMED.value][0],
        confirmed_minutes=counts[HoursStatus.CONFIRMED.value][1],
        done_entries=counts[HoursStatus.DONE.value][0],
        done_minutes=counts[HoursStatus.DONE.value][1],
        planned_past_entries=planned_past,
        planned_future_entries=planned_total - planned_past,
        cancelled_entries=counts[HoursStatus.CANCELLED.value][0],
        no_show_entries=counts[HoursStatus.NO_SHOW.value][0],
        pending=pending,
    )


def month_summary(
    db: Database, month: Month | dt.date | str, *, today: dt.date | None = None
) -> MonthSummary:
    with db.session() as session:
        return _summary(session, Month.coerce(month), today or dt.date.today())


# --- close and reopen ------------------------------------------------------------------------
def close_month(
    db: Database,
    month: Month | dt.date | str,
    *,
    proceed: bool = False,
    notes: str | None = None,
    today: dt.date | None = None,
) -> MonthSummary:
    """Lock every entry of the month and record the close. Refuses a month that has not ended
    or is closed already; with unsettled entries raises `UnsettledEntries` unless `proceed`.
    Returns the summary after closing."""
    month = Month.coerce(month)
    today = today or dt.date.today()
    note = " ".join((notes or "").split()) or None
    with db.session() as session:
        return close_in_session(session, month, proceed=proceed, note=note, today=today)


def check_closable(session: Session, month: Month, today: dt.date) -> None:
    """`MonthCloseError` when the month has not ended or is closed already."""
    if month.last >= today:
        raise MonthCloseError(
            _("The month {month} has not ended yet; it can be closed from {date}.").format(
                month=_month_text(month), date=format_date(month.next().first)
            )
        )
    if session.get(MonthClose, month.key) is not None:
        raise MonthCloseError(_("The month {month} is already closed.").format(month=_month_text(month)))


def close_in_session(
    session: Session, month: Month, *, proceed: bool, note: str | None, today: dt.date
) -> MonthSummary:
    """`close_month` inside a caller's transaction (which may first confirm the done hours)."""
    check_closable(session, month, today)
    before = _summary(session, month, today)
    if before.unsettled_entries and not proceed:
        raise UnsettledEntries(before)
    session.execute(
        update(HoursEntry).where(HoursEntry.work_date.between(month.first, month.last)).values(locked=True)
    )
    session.add(MonthClose(month=month.key, closed_at=local_now(), closed_by=current_actor(), notes=note))
    summary = ngettext(
        "{month}: {n} entry locked, {unsettled} not settled.",
        "{month}: {n} entries locked, {unsettled} not settled.",
        before.entries,
    ).format(month=_month_text(month), n=before.entries, unsettled=before.unsettled_entries)
    reason = f"{summary} {note}" if note else summary
    record_event(session, MONTH_ENTITY, month.number, "close", reason[:REASON_MAX])
    session.flush()
    return _summary(session, month, today)


def reopen_month(db: Database, month: Month | dt.date | str, reason: str | None) -> None:
    """Unlock a closed month's entries; the reason is required and kept in the audit log."""
    month = Month.coerce(month)
    text = clean_reason(reason)
    if text is None:
        raise FieldError("reason", _("Give the reason for reopening the month."))
    with db.session() as session:
        if session.get(MonthClose, month.key) is None:
            raise MonthCloseError(_("The month {month} is not closed.").format(month=_month_text(month)))
        session.execute(delete(MonthClose).where(MonthClose.month == month.key))
        session.execute(
            update(HoursEntry)
            .where(HoursEntry.work_date.between(month.first, month.last))
            .values(locked=False)
        )
        record_event(session, MONTH_ENTITY, month.number, "reopen", text)
