"""The attendance list (lista obecności) of one session, as the PDF and XLSX writers print it.

A sign-in sheet printed before the meeting: one numbered row per registered volunteer,
by surname in Polish collation, with a signature column left to the writers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.core.enums import AttendanceStatus, TrainingCategory
from coordinator_app.core.text import polish_sort_key
from coordinator_app.core.trainings.data import (
    TrainingNotFound,
    format_duration,
    place_text,
    programme_lines,
)
from coordinator_app.core.trainings.trainer import named_person_sex
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, Organisation, TrainingSession, Volunteer
from coordinator_app.i18n.formatting import format_hours


@dataclass(frozen=True)
class AttendanceSheetRow:
    number: int  # 1, 2, 3 … in print order
    full_name: str  # "Surname First-name"
    status_label: str  # translated attendance status, "" while not yet marked
    hours_text: str  # hours attended ("2 godziny"), "" when unknown or absent


@dataclass(frozen=True)
class AttendanceSheet:
    organisation: str  # the OPS full name for the letterhead
    title: str
    category_label: str
    session_date: dt.date
    time_text: str  # "10:00–12:00", or "" when no times were given
    place: str  # "Świetlica w Łąkiem", "Świetlica w Łąkiem (zdalnie)" or "zdalnie"
    trainer: str  # "Name (organisation)"
    duration_text: str  # "3 godziny" or "4 godziny lekcyjne (45 min)"
    programme: tuple[str, ...]  # agenda points without bullets
    rows: tuple[AttendanceSheetRow, ...]
    named_person_sex: str | None = None  # "K" / "M" (core.trainings.trainer), None when not known


def _time_text(time_from: dt.time | None, time_to: dt.time | None) -> str:
    if time_from is None:
        return ""
    start = time_from.strftime("%H:%M")
    return f"{start}–{time_to.strftime('%H:%M')}" if time_to is not None else start


def attendance_sheet(db: Database, session_id: int) -> AttendanceSheet:
    """The sheet of one session from the database; raises TrainingNotFound for an unknown id."""
    with db.session() as session:
        ts = session.get(TrainingSession, session_id)
        if ts is None:
            raise TrainingNotFound(session_id)
        org = session.get(Organisation, 1)
        people = session.execute(
            select(Volunteer.last_name, Volunteer.first_name, Attendance.status, Attendance.minutes_attended)
            .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
            .where(Attendance.session_id == session_id, Volunteer.restricted_on.is_(None))  # art. 18 RODO
        ).all()
        trainer = ts.trainer_name
        if ts.trainer_organisation:
            trainer = f"{trainer} ({ts.trainer_organisation})"
        lines = sorted(people, key=lambda p: polish_sort_key(f"{p[0]} {p[1]}"))
        rows = []
        for number, (last, first, status, minutes) in enumerate(lines, start=1):
            marked = status not in (None, AttendanceStatus.REGISTERED.value)
            label = AttendanceStatus(status).label if marked else ""
            hours = format_hours(minutes) if minutes and status != AttendanceStatus.ABSENT.value else ""
            rows.append(AttendanceSheetRow(number, f"{last} {first}", label, hours))
        return AttendanceSheet(
            organisation=(org.full_name if org else "") or "",
            title=ts.title,
            category_label=TrainingCategory(ts.category).label,
            session_date=ts.session_date,
            time_text=_time_text(ts.time_from, ts.time_to),
            place=place_text(ts.place, bool(ts.remote)),
            trainer=trainer,
            named_person_sex=named_person_sex(session, ts.trainer_name),
            duration_text=format_duration(ts.duration_minutes, ts.duration_unit),
            programme=tuple(programme_lines(ts.programme)),
            rows=tuple(rows),
        )
