"""Training session (szkolenie) reads: the list, one session's details, one for editing, the
volunteers to register and a volunteer's training history."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select

from coordinator_app.core.enums import AttendanceStatus
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.trainings.data import (
    SESSION_FIELDS,
    AttendanceLine,
    HistoryLine,
    TrainingData,
    TrainingDetails,
    TrainingNotFound,
    TrainingRow,
    VolunteerChoice,
    programme_lines,
)
from coordinator_app.core.trainings.programmes import programme_names_by_session
from coordinator_app.core.trainings.readiness import counts_as_completed
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, TrainingSession, Volunteer


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


def get_training(db: Database, session_id: int) -> TrainingData:
    with db.session() as session:
        row = session.get(TrainingSession, session_id)
        if row is None:
            raise TrainingNotFound(session_id)
        data = TrainingData(**{name: getattr(row, name) for name in SESSION_FIELDS})
        data.remote = bool(data.remote)
        return data


def volunteer_ids_with_status(db: Database, status: str) -> list[int]:
    """Every volunteer (not archived) of one status, e.g. all candidates for the induction."""
    with db.session() as session:
        return list(
            session.scalars(
                select(Volunteer.id).where(Volunteer.status == status, Volunteer.archived.is_(False))
            )
        )


def volunteer_choices(db: Database) -> list[VolunteerChoice]:
    """Volunteers who can be added to a session (not archived), by surname in Polish order."""
    with db.session() as session:
        rows = session.execute(
            select(
                Volunteer.id, Volunteer.last_name, Volunteer.first_name, Volunteer.status, Volunteer.locality
            ).where(Volunteer.archived.is_(False))
        ).all()
    choices = [
        VolunteerChoice(vid, f"{last} {first}", status, f"{fold(last)} {fold(first)} {fold(locality)}")
        for vid, last, first, status, locality in rows
    ]
    return sorted(choices, key=lambda c: polish_sort_key(c.full_name))


def training_history(db: Database, volunteer_id: int) -> list[HistoryLine]:
    """Every session the volunteer was registered for, newest first."""
    with db.session() as session:
        rows = session.execute(
            select(
                TrainingSession.id,
                TrainingSession.session_date,
                TrainingSession.title,
                TrainingSession.category,
                Attendance.status,
                Attendance.minutes_attended,
                TrainingSession.duration_minutes,
                Attendance.result,
                Attendance.certificate_number,
            )
            .join(Attendance, Attendance.session_id == TrainingSession.id)
            .where(Attendance.volunteer_id == volunteer_id)
            .order_by(TrainingSession.session_date.desc(), TrainingSession.id.desc())
        ).all()
    today = dt.date.today()
    return [
        HistoryLine(
            sid, day, title, category, status, minutes, duration, result, certificate,
            day <= today and counts_as_completed(status, minutes, duration),
        )
        for sid, day, title, category, status, minutes, duration, result, certificate in rows
    ]  # fmt: skip
