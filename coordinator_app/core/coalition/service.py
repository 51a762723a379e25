"""Writes of the coalition's meetings: create, update (attendees, decisions and tasks are
replaced as the form holds them), delete, and a task marked done from the dashboard's list."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.coalition.data import MEETING_FIELDS, MeetingData, MeetingNotFound
from coordinator_app.core.coalition.validate import validate_meeting
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    CoalitionAttendee,
    CoalitionDecision,
    CoalitionMeeting,
    CoalitionTask,
)

ENTITY = "coalition_meeting"


def _fields(data: MeetingData) -> dict[str, object]:
    return {name: getattr(data, name) for name in MEETING_FIELDS}


def _audit_view(data: MeetingData) -> dict[str, object]:
    return {
        **_fields(data),
        "attendees": len(data.attendees),
        "decisions": len(data.decisions),
        "tasks": len(data.tasks),
        "tasks_open": sum(task.done_on is None for task in data.tasks),
    }


def _write_lines(session: Session, meeting_id: int, data: MeetingData) -> None:
    for table in (CoalitionAttendee, CoalitionDecision, CoalitionTask):
        session.execute(delete(table).where(table.meeting_id == meeting_id))
    session.add_all(
        CoalitionAttendee(
            meeting_id=meeting_id,
            partner_id=a.partner_id,
            person_name=a.person_name,
            function=a.function,
            present=a.present,
        )
        for a in data.attendees
    )
    session.add_all(
        CoalitionDecision(meeting_id=meeting_id, position=position, text=text)
        for position, text in enumerate(data.decisions, start=1)
    )
    session.add_all(
        CoalitionTask(
            meeting_id=meeting_id,
            description=t.description,
            partner_id=t.partner_id,
            responsible=t.responsible,
            due_on=t.due_on,
            done_on=t.done_on,
        )
        for t in data.tasks
    )


def create_meeting(db: Database, data: MeetingData, *, today: dt.date | None = None) -> int:
    """Validate and save a new meeting; returns its id. Raises `ValidationErrors`."""
    clean = validate_meeting(data, today)
    with db.session() as session:
        row = CoalitionMeeting(**_fields(clean))
        row.created_by = row.updated_by = current_actor()
        session.add(row)
        session.flush()
        _write_lines(session, row.id, clean)
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean), action="create")
        return row.id


def update_meeting(db: Database, meeting_id: int, data: MeetingData, *, today: dt.date | None = None) -> None:
    from coordinator_app.core.coalition.queries import get_meeting

    clean = validate_meeting(data, today)
    before = get_meeting(db, meeting_id)
    with db.session() as session:
        row = session.get(CoalitionMeeting, meeting_id)
        if row is None:
            raise MeetingNotFound(meeting_id)
        for name, value in _fields(clean).items():
            setattr(row, name, value)
        row.updated_by = current_actor()
        _write_lines(session, meeting_id, clean)
        record_changes(session, ENTITY, meeting_id, _audit_view(before), _audit_view(clean))


def delete_meeting(db: Database, meeting_id: int) -> None:
    """Delete a meeting with its attendance, decisions and tasks (they cascade)."""
    with db.session() as session:
        row = session.get(CoalitionMeeting, meeting_id)
        if row is None:
            raise MeetingNotFound(meeting_id)
        record_event(session, ENTITY, meeting_id, "delete", f"{row.number or ''} ({row.held_on.isoformat()})")
        for table in (CoalitionAttendee, CoalitionDecision, CoalitionTask):
            session.execute(delete(table).where(table.meeting_id == meeting_id))
        session.delete(row)
