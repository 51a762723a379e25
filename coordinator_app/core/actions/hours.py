"""Attendance at an action and its hours: tick who came (and the minutes when different from
the shift), then turn the attendance into confirmed hours entries in one go.

One sign-up gives at most one entry (its id is kept in `ActionSignup.hours_entry_id`): the
activity type of the action, the shift's date and times, the action's name and place, source
"coordinator", status "confirmed". Running it again adds nothing; an attendance unticked later
removes its entry unless the entry is locked in a closed month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.actions.data import (
    CANCELLED,
    ActionError,
    ActionNotFound,
    AttendanceMark,
    HoursResult,
    shift_minutes,
)
from coordinator_app.core.actions.queries import load_action
from coordinator_app.core.audit import record_changes
from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import HoursInput
from coordinator_app.core.hours.months import closed_keys
from coordinator_app.core.hours.service import Writer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, ActionShift, ActionSignup, HoursEntry
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_month_numeric

SIGNUP_ENTITY = "action_signup"


def attendance_field(signup_id: int) -> str:
    return f"signup:{signup_id}"


def save_attendance(db: Database, marks: Iterable[AttendanceMark]) -> int:
    """Record who came; minutes only when different from the whole shift. Returns how many
    sign-ups changed. Raises `ValidationErrors` naming each wrong line."""
    errors: list[v.FieldError] = []
    changed = 0
    with db.session() as session:
        for mark in marks:
            row = session.get(ActionSignup, mark.signup_id)
            if row is None:
                raise ActionNotFound(mark.signup_id)
            shift = session.get(ActionShift, row.shift_id)
            assert shift is not None
            length = shift_minutes(shift.start_time, shift.end_time)
            minutes = mark.minutes if mark.attended else None
            if minutes is not None and minutes == length:
                minutes = None
            if minutes is not None and not 0 < minutes <= length:
                errors.append(
                    v.FieldError(
                        attendance_field(row.id),
                        _("The time must be more than zero and not more than the shift ({n} min).").format(
                            n=length
                        ),
                    )
                )
                continue
            before = {"attended": row.attended, "minutes": row.minutes}
            after = {"attended": mark.attended, "minutes": minutes}
            if before != after:
                row.attended, row.minutes = mark.attended, minutes
                record_changes(session, SIGNUP_ENTITY, row.id, before, after)
                changed += 1
        if errors:
            raise v.ValidationErrors(errors)
    return changed


def _closed_months_message(keys: set[str]) -> str:
    months = ", ".join(format_month_numeric(Month.parse(key).first) for key in sorted(keys))
    return _(
        "The month {months} is closed; hours cannot be added or changed in it. Reopen the month "
        "in Hours first (with a reason), then turn the attendance into hours again."
    ).format(months=months)


def attendance_to_hours(db: Database, action_id: int, *, today: dt.date | None = None) -> HoursResult:
    """Turn the ticked attendance of the action into confirmed hours (see the module)."""
    today = today or dt.date.today()
    created = updated = removed = kept = pending = 0
    with db.session() as session:
        action = load_action(session, action_id)
        if action.status == CANCELLED:
            raise ActionError(_("The action is cancelled; it has no hours."))
        rows = session.execute(
            select(ActionSignup, ActionShift)
            .join(ActionShift, ActionShift.id == ActionSignup.shift_id)
            .where(ActionShift.action_id == action_id)
            .order_by(ActionShift.shift_date, ActionSignup.id)
        ).all()
        _refuse_closed_months(session, rows)
        for signup, shift in rows:
            entry = session.get(HoursEntry, signup.hours_entry_id) if signup.hours_entry_id else None
            if signup.attended is None and entry is None:
                pending += 1
                continue
            writer = Writer(session, signup.volunteer_id, today)
            if signup.attended:
                wanted = _entry_input(action, shift, signup)
                if entry is None:
                    signup.hours_entry_id = writer.add(wanted, None, _("from the action's attendance")).id
                    created += 1
                elif not entry.locked and writer.update(entry, wanted, None):
                    updated += 1
            elif entry is not None:
                if entry.locked:
                    kept += 1
                    continue
                signup.hours_entry_id = None
                session.flush()
                writer.delete(entry, None)
                removed += 1
    return HoursResult(created, updated, removed, kept, pending)


def _refuse_closed_months(session: Session, rows: Sequence[Row[ActionSignup, ActionShift]]) -> None:
    """All or nothing: when a change would fall in a closed month, nothing is written."""
    months: set[Month] = set()
    for signup, shift in rows:
        entry = session.get(HoursEntry, signup.hours_entry_id) if signup.hours_entry_id else None
        if entry is not None and entry.locked:
            continue
        if signup.attended and (entry is None or entry.minutes != _minutes(shift, signup)):
            months.add(Month.of(shift.shift_date))
        elif not signup.attended and entry is not None:
            months.add(Month.of(entry.work_date))
    closed = closed_keys(session, months)
    if closed:
        raise ActionError(_closed_months_message(closed))


def _minutes(shift: ActionShift, signup: ActionSignup) -> int:
    return signup.minutes or shift_minutes(shift.start_time, shift.end_time)


def _entry_input(action: Action, shift: ActionShift, signup: ActionSignup) -> HoursInput:
    return HoursInput(
        work_date=shift.shift_date,
        minutes=_minutes(shift, signup),
        activity_type_id=action.activity_type_id,
        assignment_id=None,
        time_from=shift.start_time,
        time_to=shift.end_time,
        description=action.name[:300],
        place=action.place,
        source="coordinator",
        status=HoursStatus.CONFIRMED.value,
    )
