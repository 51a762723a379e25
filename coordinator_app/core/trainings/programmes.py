"""Training programmes (named sequences of sessions): create, update, delete, set the sessions.

The reads, each volunteer's progress ("3 z 5") among them, are in `queries`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.text import fold
from coordinator_app.core.trainings.data import ProgrammeData, ProgrammeNotFound
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    TrainingProgramme,
    TrainingProgrammeSession,
)
from coordinator_app.i18n import _

ENTITY = "training_programme"


def _validate(session: Session, data: ProgrammeData, programme_id: int | None) -> ProgrammeData:
    name = " ".join(data.name.split())
    description = (data.description or "").strip() or None
    if not name:
        raise v.ValidationErrors([v.FieldError("name", _("{field} is required.").format(field=_("Name")))])
    for other_id, other in session.execute(select(TrainingProgramme.id, TrainingProgramme.name)):
        if other_id != programme_id and fold(other) == fold(name):
            raise v.ValidationErrors([v.FieldError("name", _("A programme of this name exists already."))])
    return ProgrammeData(name, description, data.active)


def _view(data: ProgrammeData) -> dict[str, object]:
    return {"name": data.name, "description": data.description, "active": data.active}


def create_programme(db: Database, data: ProgrammeData) -> int:
    with db.session() as session:
        clean = _validate(session, data, None)
        row = TrainingProgramme(**_view(clean), created_by=current_actor(), updated_by=current_actor())
        session.add(row)
        session.flush()
        record_changes(session, ENTITY, row.id, {}, _view(clean), action="create")
        return row.id


def update_programme(db: Database, programme_id: int, data: ProgrammeData) -> None:
    with db.session() as session:
        row = session.get(TrainingProgramme, programme_id)
        if row is None:
            raise ProgrammeNotFound(programme_id)
        clean = _validate(session, data, programme_id)
        before = ProgrammeData(row.name, row.description, bool(row.active))
        row.name, row.description, row.active = clean.name, clean.description, clean.active
        row.updated_by = current_actor()
        record_changes(session, ENTITY, programme_id, _view(before), _view(clean))


def delete_programme(db: Database, programme_id: int) -> None:
    """Delete the programme; its sessions and their attendance stay."""
    with db.session() as session:
        row = session.get(TrainingProgramme, programme_id)
        if row is None:
            raise ProgrammeNotFound(programme_id)
        session.execute(
            delete(TrainingProgrammeSession).where(TrainingProgrammeSession.programme_id == programme_id)
        )
        record_event(session, ENTITY, programme_id, "delete", row.name)
        session.delete(row)


def set_programme_sessions(db: Database, programme_id: int, session_ids: Sequence[int]) -> None:
    """The programme's sessions in this order (positions 1, 2, 3 …)."""
    with db.session() as session:
        if session.get(TrainingProgramme, programme_id) is None:
            raise ProgrammeNotFound(programme_id)
        before = list(
            session.scalars(
                select(TrainingProgrammeSession.session_id)
                .where(TrainingProgrammeSession.programme_id == programme_id)
                .order_by(TrainingProgrammeSession.position)
            )
        )
        wanted = list(dict.fromkeys(session_ids))
        if before == wanted:
            return
        session.execute(
            delete(TrainingProgrammeSession).where(TrainingProgrammeSession.programme_id == programme_id)
        )
        session.add_all(
            TrainingProgrammeSession(programme_id=programme_id, session_id=sid, position=position)
            for position, sid in enumerate(wanted, start=1)
        )
        record_changes(
            session,
            ENTITY,
            programme_id,
            {"sessions": " ".join(map(str, before))},
            {"sessions": " ".join(map(str, wanted))},
        )
