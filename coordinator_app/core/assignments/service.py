"""Assignment use cases: read for editing, create, update, end, start from a need.

Each save validates the fields, then runs the gates (`gates.check_gates`) in the same
transaction. Refusals raise `ValidationErrors`; warnings raise `AssignmentWarnings` unless the
caller passes `accept_warnings=True` (the dialog asks the coordinator first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.assignments.data import ASSIGNMENT_FIELDS, AssignmentData
from coordinator_app.core.assignments.gates import GateResult, check_gates
from coordinator_app.core.assignments.queries import _assignment_data, get_assignment
from coordinator_app.core.assignments.schedule import write_schedule
from coordinator_app.core.assignments.validate import validate_assignment
from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.enums import SERVING_ASSIGNMENT, AssignmentStatus, NeedStatus
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.core.vetting import record_vetting_view
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, Need

ENTITY = "assignment"


class GateRefusal(v.ValidationErrors):
    """The gates refused the assignment; `revealed_vetting_of` is the volunteer whose register
    entry the refusal names (its showing is audited, art. 10 RODO)."""

    def __init__(self, errors: list[v.FieldError], revealed_vetting_of: int | None) -> None:
        super().__init__(errors)
        self.revealed_vetting_of = revealed_vetting_of


class AssignmentWarnings(Exception):
    """The assignment can be saved, but the coordinator should first read these."""

    def __init__(self, warnings: list[str]) -> None:
        super().__init__("; ".join(warnings))
        self.warnings = warnings


def _audit_view(data: AssignmentData, gates: GateResult | None = None) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in ASSIGNMENT_FIELDS}
    values["schedule"] = [
        f"{s.weekday}:{s.start_time:%H:%M}-{s.end_time:%H:%M}{'/2' if s.every_other_week else ''}"
        for s in data.schedule
    ]
    if gates is not None:
        values["agreement_id"] = gates.agreement_id
        values["involves_minors"] = gates.involves_minors
    return values


def _gated(
    session: Session, clean: AssignmentData, today: dt.date, assignment_id: int | None, accept_warnings: bool
) -> GateResult:
    gates = check_gates(session, clean, today, assignment_id)
    if gates.errors:
        raise GateRefusal(gates.errors, clean.volunteer_id if gates.vetting_revealed else None)
    if gates.warnings and not accept_warnings:
        raise AssignmentWarnings(gates.warnings)
    return gates


@contextmanager
def _auditing_refusals(db: Database) -> Iterator[None]:
    """A refusal that showed a register entry is audited in a transaction of its own (the
    refused save rolls back)."""
    try:
        yield
    except GateRefusal as refusal:
        if refusal.revealed_vetting_of is not None:
            with db.session() as session:
                record_vetting_view(session, refusal.revealed_vetting_of, "assignment gate")
        raise


def _apply(session: Session, row: Assignment, clean: AssignmentData, gates: GateResult) -> None:
    for name in ASSIGNMENT_FIELDS:
        setattr(row, name, getattr(clean, name))
    if gates.agreement_id is not None:
        row.agreement_id = gates.agreement_id
    row.involves_minors = gates.involves_minors
    row.vetting_override_reason = clean.vetting_override_reason if gates.vetting_overridden else None
    row.updated_by = current_actor()


def _record_override(session: Session, assignment_id: int, clean: AssignmentData, gates: GateResult) -> None:
    if gates.vetting_overridden:
        reason = f"{clean.vetting_override_reason} — {' '.join(gates.vetting_overridden)}"
        record_event(session, ENTITY, assignment_id, "override", reason[:300])


def _mark_need(session: Session, need_id: int | None, status: str, today: dt.date) -> None:
    if need_id is None:
        return
    need = session.get(Need, need_id)
    if need is not None and need.status != status:
        record_changes(session, "need", need.id, {"status": need.status}, {"status": status})
        need.status = status
        need.status_changed_on = today


def create_assignment(
    db: Database, data: AssignmentData, *, accept_warnings: bool = False, today: dt.date | None = None
) -> int:
    """Validate, pass the gates and save; returns the new id. The need it serves is matched."""
    today = today or dt.date.today()
    clean = validate_assignment(data, today)
    assert clean.date_from is not None
    with _auditing_refusals(db), db.session() as session:
        gates = _gated(session, clean, today, None, accept_warnings)
        row = Assignment(number=next_number(session, "assignment", clean.date_from))
        row.created_by = current_actor()
        _apply(session, row, clean, gates)
        session.add(row)
        session.flush()
        write_schedule(session, row.id, clean.schedule)
        if clean.status in SERVING_ASSIGNMENT:
            _mark_need(session, clean.need_id, NeedStatus.MATCHED.value, today)
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean, gates), action="create")
        _record_override(session, row.id, clean, gates)
        return row.id


def update_assignment(
    db: Database,
    assignment_id: int,
    data: AssignmentData,
    *,
    accept_warnings: bool = False,
    reopen_need: bool = True,
    today: dt.date | None = None,
) -> None:
    """Save changes. Ending an assignment puts its need back on the waiting list when
    `reopen_need` (the help is still needed), or closes the need."""
    today = today or dt.date.today()
    clean = validate_assignment(data, today)
    with _auditing_refusals(db), db.session() as session:
        before = _assignment_data(session, assignment_id)
        row = session.get(Assignment, assignment_id)
        assert row is not None
        before_view = _audit_view(before)
        before_view.update(agreement_id=row.agreement_id, involves_minors=bool(row.involves_minors))
        gates = _gated(session, clean, today, assignment_id, accept_warnings)
        _apply(session, row, clean, gates)
        write_schedule(session, assignment_id, clean.schedule)
        if clean.status in SERVING_ASSIGNMENT:
            _mark_need(session, clean.need_id, NeedStatus.MATCHED.value, today)
        elif clean.status == AssignmentStatus.ENDED and before.status != AssignmentStatus.ENDED:
            _mark_need(
                session,
                clean.need_id,
                NeedStatus.OPEN.value if reopen_need else NeedStatus.CLOSED.value,
                today,
            )
        if before.need_id is not None and before.need_id != clean.need_id:
            _mark_need(session, before.need_id, NeedStatus.OPEN.value, today)
        record_changes(session, ENTITY, assignment_id, before_view, _audit_view(clean, gates))
        _record_override(session, assignment_id, clean, gates)


def end_assignment(
    db: Database,
    assignment_id: int,
    ended_on: dt.date,
    reason: str,
    *,
    reopen_need: bool = True,
    today: dt.date | None = None,
) -> None:
    data = get_assignment(db, assignment_id)
    data.status = AssignmentStatus.ENDED.value
    data.date_to = ended_on
    data.end_reason = reason
    update_assignment(db, assignment_id, data, accept_warnings=True, reopen_need=reopen_need, today=today)
