"""Training writes: sessions (create, update, delete; `queries.get_training` reads one for
editing) and the training each activity type requires (the readiness rules' data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from sqlalchemy import delete, func, select

from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings.data import SESSION_FIELDS, TrainingData, TrainingNotFound
from coordinator_app.core.trainings.readiness import sorted_categories
from coordinator_app.core.trainings.validate import validate_training
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, TrainingRequirement, TrainingSession
from coordinator_app.i18n import ngettext

ENTITY = "training_session"


class TrainingHasAttendance(ValueError):
    """A session with participants cannot be deleted; the message says what to do."""


def _audit_view(data: TrainingData) -> dict[str, object]:
    return {name: getattr(data, name) for name in SESSION_FIELDS}


def create_training(db: Database, data: TrainingData, *, today: dt.date | None = None) -> int:
    """Validate and save a new session; returns its id. Raises `ValidationErrors`."""
    clean = validate_training(data, today)
    with db.session() as session:
        row = TrainingSession(**_audit_view(clean))
        row.created_by = row.updated_by = current_actor()
        session.add(row)
        session.flush()
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean), action="create")
        return row.id


def update_training(
    db: Database, session_id: int, data: TrainingData, *, today: dt.date | None = None
) -> None:
    """Validate and save changes; changed fields land in the audit log."""
    clean = validate_training(data, today)
    with db.session() as session:
        row = session.get(TrainingSession, session_id)
        if row is None:
            raise TrainingNotFound(session_id)
        before = {name: getattr(row, name) for name in SESSION_FIELDS}
        for name, value in _audit_view(clean).items():
            setattr(row, name, value)
        row.updated_by = current_actor()
        record_changes(session, ENTITY, session_id, before, _audit_view(clean))


def delete_training(db: Database, session_id: int) -> None:
    """Delete a session that nobody is registered for (attendance is a record to keep)."""
    with db.session() as session:
        row = session.get(TrainingSession, session_id)
        if row is None:
            raise TrainingNotFound(session_id)
        count = session.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.session_id == session_id)
        )
        if count:
            raise TrainingHasAttendance(
                ngettext(
                    "The session has {n} participant; remove the participant first.",
                    "The session has {n} participants; remove the participants first.",
                    count,
                ).format(n=count)
            )
        record_event(session, ENTITY, session_id, "delete", f"{row.title} ({row.session_date.isoformat()})")
        session.delete(row)


def set_requirements(db: Database, rules: Mapping[int, Iterable[str]]) -> None:
    """Replace the required categories of the activity types named in `rules` (audited)."""
    valid = {c.value for c in TrainingCategory}
    with db.session() as session:
        for activity_id, categories in rules.items():
            wanted = set(categories)
            unknown = wanted - valid
            if unknown:
                raise ValueError(f"unknown training categories: {sorted(unknown)}")
            before = set(
                session.scalars(
                    select(TrainingRequirement.category).where(
                        TrainingRequirement.activity_type_id == activity_id
                    )
                )
            )
            if before == wanted:
                continue
            session.execute(
                delete(TrainingRequirement).where(TrainingRequirement.activity_type_id == activity_id)
            )
            session.add_all(
                TrainingRequirement(activity_type_id=activity_id, category=category)
                for category in sorted_categories(wanted)
            )
            record_changes(
                session,
                "activity_type",
                activity_id,
                {"required_training": before},
                {"required_training": wanted},
            )
