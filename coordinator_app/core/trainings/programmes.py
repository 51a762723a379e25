"""Training programmes: named sequences of sessions, and each volunteer's progress ("3 z 5").

A volunteer has done a session of the programme when their attendance there completes it by
the readiness rule (`readiness.counts_as_completed`: present, or partly for at least 75%).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.trainings.readiness import counts_as_completed
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Attendance,
    TrainingProgramme,
    TrainingProgrammeSession,
    TrainingSession,
    Volunteer,
)
from coordinator_app.i18n import _

ENTITY = "training_programme"


class ProgrammeNotFound(LookupError):
    pass


@dataclass
class ProgrammeData:
    name: str = ""
    description: str | None = None
    active: bool = True


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    name: str
    description: str | None
    active: bool
    session_count: int


@dataclass(frozen=True)
class ProgrammeSession:
    session_id: int
    position: int
    title: str
    category: str
    session_date: dt.date


@dataclass(frozen=True)
class ProgrammeProgress:
    volunteer_id: int
    full_name: str
    done: int
    total: int
    missing: tuple[str, ...]  # titles of the sessions not completed, in programme order

    @property
    def text(self) -> str:
        return progress_text(self.done, self.total)


def progress_text(done: int, total: int) -> str:
    return _("{done} of {total}").format(done=done, total=total)


def list_programmes(db: Database) -> list[ProgrammeRow]:
    with db.session() as session:
        counts = dict(
            session.execute(
                select(TrainingProgrammeSession.programme_id, func.count()).group_by(
                    TrainingProgrammeSession.programme_id
                )
            ).all()
        )
        rows = session.execute(
            select(
                TrainingProgramme.id,
                TrainingProgramme.name,
                TrainingProgramme.description,
                TrainingProgramme.active,
            )
        ).all()
    result = [
        ProgrammeRow(pid, name, text, bool(active), counts.get(pid, 0)) for pid, name, text, active in rows
    ]
    return sorted(result, key=lambda r: (not r.active, polish_sort_key(r.name)))


def get_programme(db: Database, programme_id: int) -> ProgrammeData:
    with db.session() as session:
        row = session.get(TrainingProgramme, programme_id)
        if row is None:
            raise ProgrammeNotFound(programme_id)
        return ProgrammeData(row.name, row.description, bool(row.active))


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


def programme_sessions(db: Database, programme_id: int) -> list[ProgrammeSession]:
    with db.session() as session:
        rows = session.execute(
            select(
                TrainingSession.id,
                TrainingProgrammeSession.position,
                TrainingSession.title,
                TrainingSession.category,
                TrainingSession.session_date,
            )
            .join(TrainingProgrammeSession, TrainingProgrammeSession.session_id == TrainingSession.id)
            .where(TrainingProgrammeSession.programme_id == programme_id)
            .order_by(TrainingProgrammeSession.position, TrainingSession.session_date)
        ).all()
    return [ProgrammeSession(*row) for row in rows]


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


def programme_progress(
    db: Database, programme_id: int, today: dt.date | None = None
) -> list[ProgrammeProgress]:
    """Every volunteer on any session of the programme, with how many sessions they completed."""
    today = today or dt.date.today()
    sessions = programme_sessions(db, programme_id)
    with db.session() as session:
        rows = session.execute(
            select(
                Attendance.volunteer_id,
                Volunteer.last_name,
                Volunteer.first_name,
                Attendance.session_id,
                Attendance.status,
                Attendance.minutes_attended,
                TrainingSession.duration_minutes,
                TrainingSession.session_date,
            )
            .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
            .join(TrainingSession, TrainingSession.id == Attendance.session_id)
            .join(TrainingProgrammeSession, TrainingProgrammeSession.session_id == Attendance.session_id)
            .where(TrainingProgrammeSession.programme_id == programme_id)
        ).all()
    names: dict[int, str] = {}
    done: dict[int, set[int]] = defaultdict(set)
    for vid, last, first, sid, status, minutes, duration, day in rows:
        names[vid] = f"{last} {first}"
        if day <= today and counts_as_completed(status, minutes, duration):
            done[vid].add(sid)
    result = [
        ProgrammeProgress(
            vid,
            name,
            len(done[vid]),
            len(sessions),
            tuple(s.title for s in sessions if s.session_id not in done[vid]),
        )
        for vid, name in names.items()
    ]
    return sorted(result, key=lambda p: polish_sort_key(p.full_name))


def volunteer_programmes(
    db: Database, volunteer_id: int, today: dt.date | None = None
) -> list[tuple[str, str]]:
    """(programme name, "3 z 5") for every programme the volunteer has a session of."""
    with db.session() as session:
        programme_ids = list(
            session.scalars(
                select(TrainingProgrammeSession.programme_id)
                .join(Attendance, Attendance.session_id == TrainingProgrammeSession.session_id)
                .where(Attendance.volunteer_id == volunteer_id)
                .distinct()
            )
        )
        names = dict(session.execute(select(TrainingProgramme.id, TrainingProgramme.name)).all())
    result = []
    for pid in programme_ids:
        mine = [p for p in programme_progress(db, pid, today) if p.volunteer_id == volunteer_id]
        if mine:
            result.append((names[pid], mine[0].text))
    return sorted(result, key=lambda r: polish_sort_key(r[0]))


def programme_names_by_session(session: Session) -> dict[int, str]:
    """Session id -> the names of its programmes, for the sessions list."""
    names: dict[int, list[str]] = defaultdict(list)
    for sid, name in session.execute(
        select(TrainingProgrammeSession.session_id, TrainingProgramme.name).join(
            TrainingProgramme, TrainingProgramme.id == TrainingProgrammeSession.programme_id
        )
    ):
        names[sid].append(name)
    return {sid: ", ".join(sorted(n, key=polish_sort_key)) for sid, n in names.items()}
