"""Attendance writes: register volunteers for a session, mark who came (the reads, the history
among them, are in `queries`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import record_changes
from coordinator_app.core.enums import AttendanceStatus
from coordinator_app.core.trainings.data import AttendanceInput, TrainingNotFound
from coordinator_app.core.trainings.queries import volunteer_ids_with_status
from coordinator_app.core.trainings.validate import validate_attendance
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, TrainingSession

ENTITY = "attendance"


def _session_row(session: Session, session_id: int) -> TrainingSession:
    row = session.get(TrainingSession, session_id)
    if row is None:
        raise TrainingNotFound(session_id)
    return row


def default_status(session_date: dt.date, today: dt.date | None = None) -> AttendanceStatus:
    """Added after the meeting: present (the sign-in sheet is being retyped); before: registered."""
    return (
        AttendanceStatus.PRESENT
        if session_date <= (today or dt.date.today())
        else AttendanceStatus.REGISTERED
    )


def _audit(
    session: Session, attendance_id: int, old: dict[str, object], new: dict[str, object], action: str
) -> None:
    record_changes(session, ENTITY, attendance_id, old, new, action=action)


def _view(row: Attendance) -> dict[str, object]:
    return {
        "session_id": row.session_id,
        "volunteer_id": row.volunteer_id,
        "status": row.status,
        "minutes_attended": row.minutes_attended,
        "result": row.result,
    }


def add_attendees(
    db: Database,
    session_id: int,
    volunteer_ids: Iterable[int],
    *,
    status: str | None = None,
    today: dt.date | None = None,
) -> int:
    """Add volunteers to a session (those already on it are skipped); returns how many were added.
    Without `status`: present after the meeting (with its whole duration), registered before."""
    with db.session() as session:
        ts = _session_row(session, session_id)
        chosen = status or default_status(ts.session_date, today).value
        on_list = set(
            session.scalars(select(Attendance.volunteer_id).where(Attendance.session_id == session_id))
        )
        added = 0
        for volunteer_id in dict.fromkeys(volunteer_ids):
            if volunteer_id in on_list:
                continue
            line = validate_attendance(AttendanceInput(volunteer_id, chosen), ts.duration_minutes)
            row = Attendance(
                session_id=session_id,
                volunteer_id=volunteer_id,
                status=line.status,
                minutes_attended=line.minutes_attended,
            )
            session.add(row)
            session.flush()
            _audit(session, row.id, {}, _view(row), "create")
            added += 1
        return added


def add_attendees_with_status(
    db: Database, session_id: int, volunteer_status: str, *, today: dt.date | None = None
) -> int:
    return add_attendees(db, session_id, volunteer_ids_with_status(db, volunteer_status), today=today)


def set_attendance(
    db: Database,
    session_id: int,
    volunteer_id: int,
    status: str,
    minutes_attended: int | None = None,
    result: str | None = None,
) -> None:
    """Mark one participant; raises `FieldError` (present defaults to the whole session)."""
    with db.session() as session:
        ts = _session_row(session, session_id)
        line = validate_attendance(
            AttendanceInput(volunteer_id, status, minutes_attended, result), ts.duration_minutes
        )
        row = session.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.volunteer_id == volunteer_id
            )
        ).one_or_none()
        if row is None:
            row = Attendance(session_id=session_id, volunteer_id=volunteer_id, status=line.status)
            session.add(row)
            session.flush()
            before: dict[str, object] = {}
        else:
            before = _view(row)
        row.status, row.minutes_attended, row.result = line.status, line.minutes_attended, line.result
        _audit(session, row.id, before, _view(row), "update" if before else "create")


def remove_attendee(db: Database, session_id: int, volunteer_id: int) -> None:
    with db.session() as session:
        row = session.scalars(
            select(Attendance).where(
                Attendance.session_id == session_id, Attendance.volunteer_id == volunteer_id
            )
        ).one_or_none()
        if row is not None:
            _audit(session, row.id, _view(row), {}, "delete")
            session.delete(row)


def save_attendance(db: Database, session_id: int, lines: Sequence[AttendanceInput]) -> None:
    """Make the session's participant list exactly `lines` (the editor's Save): new lines are
    added, changed ones updated, missing ones removed; certificate numbers already issued stay.
    Raises `ValidationErrors` naming every wrong line (field `attendance:<volunteer id>`)."""
    with db.session() as session:
        ts = _session_row(session, session_id)
        clean: dict[int, AttendanceInput] = {}
        errors: list[v.FieldError] = []
        for line in lines:
            try:
                clean[line.volunteer_id] = validate_attendance(line, ts.duration_minutes)
            except v.FieldError as error:
                errors.append(error)
        if errors:
            raise v.ValidationErrors(errors)
        rows = {
            row.volunteer_id: row
            for row in session.scalars(select(Attendance).where(Attendance.session_id == session_id))
        }
        for volunteer_id, gone in rows.items():
            if volunteer_id not in clean:
                _audit(session, gone.id, _view(gone), {}, "delete")
        session.execute(
            delete(Attendance).where(
                Attendance.session_id == session_id, Attendance.volunteer_id.not_in(list(clean))
            )
        )
        for volunteer_id, line in clean.items():
            existing = rows.get(volunteer_id)
            before = _view(existing) if existing is not None else {}
            if existing is None:
                row = Attendance(session_id=session_id, volunteer_id=volunteer_id, status=line.status)
                session.add(row)
            else:
                row = existing
            row.status, row.minutes_attended, row.result = line.status, line.minutes_attended, line.result
            session.flush()
            _audit(session, row.id, before, _view(row), "update" if before else "create")
