"""Training session (szkolenie) use cases, read-only for now: the list and one session's details."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from coordinator_app.core.enums import AttendanceStatus
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.trainings.programmes import programme_names_by_session
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, TrainingSession, Volunteer
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_hours

LESSON_MINUTES = 45
_BULLETS = "-•*–—·"


def format_duration(minutes: int, unit: str) -> str:
    """`3 godziny` on the clock, or `2 godziny lekcyjne (45 min)` when stated in lesson units."""
    if unit == "lesson45" and minutes % LESSON_MINUTES == 0:
        lessons = minutes // LESSON_MINUTES
        return ngettext("{n} lesson hour (45 min)", "{n} lesson hours (45 min)", lessons).format(n=lessons)
    return format_hours(minutes)


def programme_lines(programme: str | None) -> list[str]:
    """The agenda, one point a line, without leading bullets or blank lines."""
    lines = (line.strip().lstrip(_BULLETS).strip() for line in (programme or "").splitlines())
    return [line for line in lines if line]


def place_text(place: str | None, remote: bool) -> str:
    """`Świetlica w Łąkiem`, `Świetlica w Łąkiem (zdalnie)` or `zdalnie`."""
    if remote and place:
        return _("{place} (remote)").format(place=place)
    if remote:
        return _("remote")
    return place or ""


class TrainingNotFound(LookupError):
    pass


@dataclass(frozen=True)
class TrainingRow:
    """One line of the training sessions list, with a precomputed search key."""

    id: int
    title: str
    category: str
    session_date: dt.date
    duration_minutes: int
    duration_unit: str  # clock / lesson45
    place: str | None
    remote: bool
    trainer_name: str
    present: int
    partly: int
    absent: int
    search_text: str  # folded title, trainer, trainer's organisation, place and programmes
    registered: int = 0  # signed up, not marked yet
    programmes: str = ""  # names of the programmes the session belongs to

    @property
    def duration_text(self) -> str:
        return format_duration(self.duration_minutes, self.duration_unit)


@dataclass(frozen=True)
class AttendanceLine:
    volunteer_id: int
    volunteer_name: str
    status: str
    minutes_attended: int | None
    result: str | None
    certificate_number: str | None
    certificate_issued_on: dt.date | None


@dataclass(frozen=True)
class TrainingDetails:
    id: int
    title: str
    category: str
    session_date: dt.date
    time_from: dt.time | None
    time_to: dt.time | None
    duration_minutes: int
    duration_unit: str
    place: str | None
    remote: bool
    trainer_name: str
    trainer_organisation: str | None
    trainer_qualifications: str | None
    organiser: str | None
    programme: tuple[str, ...]
    cost_grosze: int | None
    funding_source: str | None
    project: str | None
    attendance: tuple[AttendanceLine, ...]  # by surname, Polish collation

    @property
    def duration_text(self) -> str:
        return format_duration(self.duration_minutes, self.duration_unit)


def list_trainings(db: Database) -> list[TrainingRow]:
    """Every session in three queries: attendance is counted by one grouped query."""
    with db.session() as session:
        programmes = programme_names_by_session(session)
        counts: dict[int, dict[str, int]] = defaultdict(dict)
        for session_id, status, count in session.execute(
            select(Attendance.session_id, Attendance.status, func.count()).group_by(
                Attendance.session_id, Attendance.status
            )
        ):
            counts[session_id][status] = count
        rows = session.execute(
            select(
                TrainingSession.id,
                TrainingSession.title,
                TrainingSession.category,
                TrainingSession.session_date,
                TrainingSession.duration_minutes,
                TrainingSession.duration_unit,
                TrainingSession.place,
                TrainingSession.remote,
                TrainingSession.trainer_name,
                TrainingSession.trainer_organisation,
            )
        ).all()
    result = []
    for sid, title, category, date, minutes, unit, place, remote, trainer, organisation in rows:
        by_status = counts.get(sid, {})
        in_programmes = programmes.get(sid, "")
        result.append(
            TrainingRow(
                sid,
                title,
                category,
                date,
                minutes,
                unit,
                place,
                bool(remote),
                trainer,
                by_status.get(AttendanceStatus.PRESENT.value, 0),
                by_status.get(AttendanceStatus.PARTLY.value, 0),
                by_status.get(AttendanceStatus.ABSENT.value, 0),
                " ".join((fold(title), fold(trainer), fold(organisation), fold(place), fold(in_programmes))),
                by_status.get(AttendanceStatus.REGISTERED.value, 0),
                in_programmes,
            )
        )
    return result


def get_training_details(db: Database, session_id: int) -> TrainingDetails:
    with db.session() as session:
        ts = session.get(TrainingSession, session_id)
        if ts is None:
            raise TrainingNotFound(session_id)
        attendance = [
            AttendanceLine(vid, f"{last} {first}", status, minutes, result, cert, issued)
            for vid, last, first, status, minutes, result, cert, issued in session.execute(
                select(
                    Attendance.volunteer_id,
                    Volunteer.last_name,
                    Volunteer.first_name,
                    Attendance.status,
                    Attendance.minutes_attended,
                    Attendance.result,
                    Attendance.certificate_number,
                    Attendance.certificate_issued_on,
                )
                .join(Volunteer, Volunteer.id == Attendance.volunteer_id)
                .where(Attendance.session_id == session_id)
            )
        ]
        attendance.sort(key=lambda line: polish_sort_key(line.volunteer_name))
        return TrainingDetails(
            id=ts.id,
            title=ts.title,
            category=ts.category,
            session_date=ts.session_date,
            time_from=ts.time_from,
            time_to=ts.time_to,
            duration_minutes=ts.duration_minutes,
            duration_unit=ts.duration_unit,
            place=ts.place,
            remote=bool(ts.remote),
            trainer_name=ts.trainer_name,
            trainer_organisation=ts.trainer_organisation,
            trainer_qualifications=ts.trainer_qualifications,
            organiser=ts.organiser,
            programme=tuple(programme_lines(ts.programme)),
            cost_grosze=ts.cost_grosze,
            funding_source=ts.funding_source,
            project=ts.project,
            attendance=tuple(attendance),
        )
