"""Hours entry use cases. Each call is one transaction and returns plain data; every change is
written to the audit log, and a change touching a closed month needs a reason (kept there)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import (
    ENTITY,
    ENTRY_FIELDS,
    REASON_MAX,
    HoursInput,
    can_change_status,
)
from coordinator_app.core.hours.months import (
    MonthSummary,
    check_closable,
    close_in_session,
    closed_keys,
    require_reason,
)
from coordinator_app.core.hours.queries import (
    _activity_choices,
    _assignment_choices,
    _find_entry,
    _volunteer_name,
)
from coordinator_app.core.hours.validate import validate_entry
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    HoursEntry,
    Organisation,
)
from coordinator_app.i18n import _

CONFIRMED = HoursStatus.CONFIRMED.value


# --- writing ---------------------------------------------------------------------------------
def _view(entry: HoursEntry | HoursInput) -> dict[str, object]:
    return {name: getattr(entry, name) for name in ENTRY_FIELDS}


def input_of(entry: HoursEntry) -> HoursInput:
    """A stored entry as input (to change one thing of it and validate the whole)."""
    return HoursInput(
        work_date=entry.work_date,
        minutes=entry.minutes,
        activity_type_id=entry.activity_type_id,
        assignment_id=entry.assignment_id,
        time_from=entry.time_from,
        time_to=entry.time_to,
        description=entry.description,
        place=entry.place,
        travel_km=entry.travel_km,
        source=entry.source,
        status=entry.status,
        remote=bool(entry.remote),
    )


def _approver_name(session: Session) -> str:
    """Who confirms: the coordinator named in the organisation's data, else the login."""
    name = session.scalar(select(Organisation.coordinator_name).where(Organisation.id == 1))
    return name or current_actor()


class Writer:
    """Applies validated entries inside one session: the closed-month guard, status rules,
    approval stamps, locking and the audit log. Used by the single-entry use cases and by the
    monthly card (many lines, one transaction)."""

    def __init__(self, session: Session, volunteer_id: int, today: dt.date) -> None:
        self.session = session
        self.volunteer_id = volunteer_id
        self.today = today
        self.assignments = _assignment_choices(session, volunteer_id)
        self.activity_ids = {a.id for a in _activity_choices(session)}
        self._approver: str | None = None
        self._closed: dict[str, bool] = {}

    def validate(self, data: HoursInput) -> HoursInput:
        return validate_entry(data, self.assignments, self.activity_ids, self.today)

    def closed(self, day: dt.date) -> bool:
        month = Month.of(day)
        if month.key not in self._closed:
            self._closed[month.key] = bool(closed_keys(self.session, [month]))
        return self._closed[month.key]

    def guard(self, days: Iterable[dt.date], reason: str | None) -> str | None:
        return require_reason(self.session, {Month.of(day) for day in days}, reason)

    def approver(self) -> str:
        if self._approver is None:
            self._approver = _approver_name(self.session)
        return self._approver

    def _stamp(self, entry: HoursEntry, old_status: str | None) -> None:
        if entry.status == CONFIRMED and old_status != CONFIRMED:
            entry.approved_by, entry.approved_on = self.approver(), self.today
        elif entry.status != CONFIRMED:
            entry.approved_by = entry.approved_on = None
        entry.locked = self.closed(entry.work_date)

    def add(self, clean: HoursInput, reason: str | None, note: str | None = None) -> HoursEntry:
        """`note` is added to the audit entry's reason (e.g. how the entry was confirmed);
        unlike `reason` it does not open a closed month."""
        assert clean.work_date is not None
        text = _with_note(self.guard([clean.work_date], reason), note)
        entry = HoursEntry(volunteer_id=self.volunteer_id, **_view(clean))
        entry.created_by = entry.updated_by = current_actor()
        self._stamp(entry, None)
        self.session.add(entry)
        self.session.flush()
        record_changes(
            self.session,
            ENTITY,
            entry.id,
            {},
            {"volunteer_id": self.volunteer_id, **_view(clean)},
            action="create",
            reason=text,
        )
        return entry

    def update(
        self, entry: HoursEntry, clean: HoursInput, reason: str | None, note: str | None = None
    ) -> bool:
        """Apply `clean` to `entry`; False when nothing differs (then nothing is written).
        `note` as in `add`."""
        assert clean.work_date is not None
        before = _view(entry)
        after = _view(clean)
        if before == after:
            return False
        if not can_change_status(entry.status, clean.status):
            raise status_change_error(entry.status, clean.status)
        text = _with_note(self.guard([entry.work_date, clean.work_date], reason), note)
        old_status = entry.status
        for name, value in after.items():
            setattr(entry, name, value)
        entry.updated_by = current_actor()
        self._stamp(entry, old_status)
        record_changes(self.session, ENTITY, entry.id, before, after, reason=text)
        return True

    def delete(self, entry: HoursEntry, reason: str | None) -> None:
        text = self.guard([entry.work_date], reason)
        record_changes(
            self.session,
            ENTITY,
            entry.id,
            {"volunteer_id": entry.volunteer_id, **_view(entry)},
            {},
            action="delete",
            reason=text,
        )
        self.session.delete(entry)


def _with_note(reason: str | None, note: str | None) -> str | None:
    """The audit reason: the given reason and the note, within the audit's length."""
    text = " ".join(part for part in (reason, note) if part) or None
    return text[:REASON_MAX] if text else None


def status_change_error(old: str, new: str) -> FieldError:
    old_label, new_label = HoursStatus(old).label, HoursStatus(new).label
    message = _('The status cannot change from "{old}" to "{new}".').format(old=old_label, new=new_label)
    if old == CONFIRMED:
        message += " " + _("Withdraw the confirmation first (change the status to done).")
    return FieldError("status", message)


def _writer_for(session: Session, volunteer_id: int, today: dt.date | None) -> Writer:
    _volunteer_name(session, volunteer_id)  # the volunteer must exist
    return Writer(session, volunteer_id, today or dt.date.today())


def add_entry(
    db: Database,
    volunteer_id: int,
    data: HoursInput,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Validate and save a new entry; returns its id. Raises `ValidationErrors`, or
    `ClosedMonthError` for a closed month without a reason."""
    with db.session() as session:
        writer = _writer_for(session, volunteer_id, today)
        return writer.add(writer.validate(data), reason).id


def update_entry(
    db: Database,
    entry_id: int,
    data: HoursInput,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> bool:
    """Validate and save changes to an entry (its volunteer stays); False if nothing changed."""
    with db.session() as session:
        entry = _find_entry(session, entry_id)
        writer = _writer_for(session, entry.volunteer_id, today)
        clean = writer.validate(data)
        return writer.update(entry, clean, reason)


def delete_entry(db: Database, entry_id: int, *, reason: str | None = None) -> None:
    with db.session() as session:
        entry = _find_entry(session, entry_id)
        Writer(session, entry.volunteer_id, dt.date.today()).delete(entry, reason)


def set_status(
    db: Database,
    entry_id: int,
    status: str,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> None:
    """Move an entry along planned → done → confirmed, or to cancelled / no-show (see
    `TRANSITIONS`). The rest of the entry must still be valid (e.g. done is not in the future)."""
    with db.session() as session:
        entry = _find_entry(session, entry_id)
        if not can_change_status(entry.status, status):
            raise status_change_error(entry.status, status)
        writer = _writer_for(session, entry.volunteer_id, today)
        data = input_of(entry)
        data.status = status
        try:
            clean = writer.validate(data)
        except ValidationErrors as errors:
            raise FieldError("status", errors.errors[0].message) from None
        writer.update(entry, clean, reason)


def cancel_entry(db: Database, entry_id: int, *, reason: str | None = None) -> None:
    set_status(db, entry_id, HoursStatus.CANCELLED.value, reason=reason)


def confirm_done_entries(
    db: Database,
    volunteer_id: int,
    month: Month | dt.date | str,
    *,
    reason: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Confirm every done entry of the volunteer's month at once; returns how many."""
    month = Month.coerce(month)
    with db.session() as session:
        writer = _writer_for(session, volunteer_id, today)
        entries = session.scalars(
            select(HoursEntry)
            .where(
                HoursEntry.volunteer_id == volunteer_id,
                HoursEntry.work_date.between(month.first, month.last),
                HoursEntry.status == HoursStatus.DONE.value,
            )
            .order_by(HoursEntry.work_date, HoursEntry.id)
        ).all()
        if entries:
            writer.guard([month.first], reason)
        for entry in entries:
            data = input_of(entry)
            data.status = CONFIRMED
            writer.update(entry, data, reason)  # stored entries were validated when saved
        return len(entries)


def confirm_done_and_close(
    db: Database,
    month: Month | dt.date | str,
    *,
    proceed: bool = False,
    notes: str | None = None,
    today: dt.date | None = None,
) -> tuple[int, MonthSummary]:
    """Confirm every done entry of the month (all volunteers) and close it, in one
    transaction: nothing is confirmed when the close is refused. Each confirmation is in the
    audit log as made at the month close. Entries still planned for a past day need
    `proceed` (as in `close_month`). Returns how many were confirmed and the summary."""
    month = Month.coerce(month)
    today = today or dt.date.today()
    note = " ".join((notes or "").split()) or None
    with db.session() as session:
        check_closable(session, month, today)
        entries = session.scalars(
            select(HoursEntry)
            .where(
                HoursEntry.work_date.between(month.first, month.last),
                HoursEntry.status == HoursStatus.DONE.value,
            )
            .order_by(HoursEntry.volunteer_id, HoursEntry.work_date, HoursEntry.id)
        ).all()
        writers: dict[int, Writer] = {}
        audit_note = _("Confirmed at the month close.")
        for entry in entries:
            writer = writers.get(entry.volunteer_id)
            if writer is None:
                writer = writers[entry.volunteer_id] = Writer(session, entry.volunteer_id, today)
            data = input_of(entry)
            data.status = CONFIRMED
            writer.update(entry, data, None, note=audit_note)
        session.flush()
        summary = close_in_session(session, month, proceed=proceed, note=note, today=today)
        return len(entries), summary
