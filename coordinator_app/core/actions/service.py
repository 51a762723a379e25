"""Action writes: create, update (partners and shifts with it), change the status. Each call is
one short session; every change lands in the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.actions.data import (
    ACTION_FIELDS,
    CANCELLED,
    DONE,
    SHIFT_FIELDS,
    STATUSES,
    ActionData,
    ActionError,
    ShiftData,
)
from coordinator_app.core.actions.queries import action_data, load_action
from coordinator_app.core.actions.validate import shift_field, validate_action
from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, ActionPartner, ActionShift, ActionSignup
from coordinator_app.i18n import _, ngettext

ENTITY = "action"
SHIFT_ENTITY = "action_shift"


def _view(data: ActionData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in ACTION_FIELDS}
    values["partners"] = {f"{pid}:{text or ''}" for pid, text in data.partners.items()}
    return values


def _shift_view(shift: ShiftData | ActionShift) -> dict[str, object]:
    return {name: getattr(shift, name) for name in SHIFT_FIELDS}


def create_action(db: Database, data: ActionData, *, today: dt.date | None = None) -> int:
    """Validate and save a new action with its partners and shifts; returns its id."""
    clean = validate_action(data, today)
    with db.session() as session:
        row = Action(**{name: getattr(clean, name) for name in ACTION_FIELDS})
        row.created_by = row.updated_by = current_actor()
        session.add(row)
        session.flush()
        _write_partners(session, row.id, clean.partners)
        _write_shifts(session, row.id, clean.shifts)
        record_changes(session, ENTITY, row.id, {}, _view(clean), action="create")
        return row.id


def update_action(db: Database, action_id: int, data: ActionData, *, today: dt.date | None = None) -> None:
    """Validate and save changes. A shift somebody is signed up for cannot be removed."""
    clean = validate_action(data, today)
    with db.session() as session:
        row = load_action(session, action_id)
        before = action_data(session, row)
        kept = {s.id for s in clean.shifts if s.id is not None}
        _refuse_removing_signed_shifts(session, before, kept, clean)
        for name in ACTION_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        _write_partners(session, action_id, clean.partners)
        _write_shifts(session, action_id, clean.shifts)
        removed = [s.id for s in before.shifts if s.id not in kept]
        if removed:
            session.execute(delete(ActionShift).where(ActionShift.id.in_(removed)))
        record_changes(session, ENTITY, action_id, _view(before), _view(clean))


def _refuse_removing_signed_shifts(
    session: Session, before: ActionData, kept: set[int], clean: ActionData
) -> None:
    removed = [s for s in before.shifts if s.id not in kept]
    if not removed:
        return
    signed = session.scalar(
        select(func.count(ActionSignup.id)).where(ActionSignup.shift_id.in_([s.id for s in removed]))
    )
    if signed:
        raise v.ValidationErrors(
            [
                v.FieldError(
                    shift_field(len(clean.shifts)),
                    _("A removed shift has volunteers signed up; remove their sign-ups first."),
                )
            ]
        )


def _write_partners(session: Session, action_id: int, partners: dict[int, str | None]) -> None:
    session.execute(delete(ActionPartner).where(ActionPartner.action_id == action_id))
    session.add_all(
        ActionPartner(action_id=action_id, partner_id=pid, contribution=text)
        for pid, text in sorted(partners.items())
    )


def _write_shifts(session: Session, action_id: int, shifts: list[ShiftData]) -> None:
    for shift in shifts:
        if shift.id is None:
            row = ActionShift(action_id=action_id, **_shift_view(shift))
            session.add(row)
            session.flush()
            shift.id = row.id
            record_changes(session, SHIFT_ENTITY, row.id, {}, _shift_view(shift), action="create")
            continue
        stored = session.get(ActionShift, shift.id)
        if stored is None or stored.action_id != action_id:
            raise ActionError(_("A shift of the action no longer exists; open the action again."))
        before = _shift_view(stored)
        for name, value in _shift_view(shift).items():
            setattr(stored, name, value)
        record_changes(session, SHIFT_ENTITY, stored.id, before, _shift_view(shift))


def set_status(db: Database, action_id: int, status: str) -> None:
    """Change the status. Done needs every sign-up's attendance ticked and turned into hours;
    a cancelled action must have no hours recorded from it."""
    if status not in STATUSES:
        raise ValueError(f"unknown action status: {status}")
    with db.session() as session:
        row = load_action(session, action_id)
        signups = session.execute(
            select(ActionSignup.attended, ActionSignup.hours_entry_id)
            .join(ActionShift, ActionShift.id == ActionSignup.shift_id)
            .where(ActionShift.action_id == action_id)
        ).all()
        if status == DONE:
            pending = sum(
                1 for attended, entry in signups if attended is None or (attended and entry is None)
            )
            if pending:
                raise ActionError(
                    ngettext(
                        "{n} sign-up has no attendance turned into hours yet; tick the attendance "
                        "and turn it into hours first.",
                        "{n} sign-ups have no attendance turned into hours yet; tick the attendance "
                        "and turn it into hours first.",
                        pending,
                    ).format(n=pending)
                )
        if status == CANCELLED and any(entry is not None for _attended, entry in signups):
            raise ActionError(_("Hours have already been recorded from this action; it cannot be cancelled."))
        if row.status != status:
            record_changes(session, ENTITY, action_id, {"status": row.status}, {"status": status})
            row.status = status
            row.updated_by = current_actor()


def cancel_action(db: Database, action_id: int) -> None:
    set_status(db, action_id, CANCELLED)
