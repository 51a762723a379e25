"""Training reads: the sessions list, one session's details, one for editing, the volunteers to
register, a volunteer's training history, the programmes with everyone's progress, and readiness
(the activity types' training rules, a volunteer's completed categories and what they miss)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.enums import AttendanceStatus
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.trainings.data import (
    SESSION_FIELDS,
    AttendanceLine,
    HistoryLine,
    ProgrammeData,
    ProgrammeNotFound,
    ProgrammeProgress,
    ProgrammeRow,
    ProgrammeSession,
    TrainingData,
    TrainingDetails,
    TrainingNotFound,
    TrainingRow,
    VolunteerChoice,
    programme_lines,
    programme_up_to_date,
)
from coordinator_app.core.trainings.readiness import (
    ActivityReadiness,
    ActivityRule,
    _completed,
    _rules,
    counts_as_completed,
    missing_categories,
    sorted_categories,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Attendance,
    TrainingProgramme,
    TrainingProgrammeSession,
    TrainingSession,
    Volunteer,
)


def list_trainings(db: Database) -> list[TrainingRow]:
    """Every session in three queries: attendance is counted by one grouped query."""
    with db.session() as session:
        programmes = _programme_names_by_session(session)
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
        data.programme = programme_up_to_date(data.programme)
        data.remote = bool(data.remote)
        return data


def volunteer_ids_with_status(db: Database, status: str) -> list[int]:
    """Every volunteer (not archived) of one status, e.g. all candidates for the induction."""
    with db.session() as session:
        return list(
            session.scalars(
                select(Volunteer.id).where(
                    Volunteer.status == status,
                    Volunteer.archived.is_(False),
                    Volunteer.restricted_on.is_(None),  # art. 18 RODO
                )
            )
        )


def volunteer_choices(db: Database) -> list[VolunteerChoice]:
    """Volunteers who can be added to a session (not archived, not restricted: art. 18 RODO), by
    surname in Polish order."""
    with db.session() as session:
        rows = session.execute(
            select(
                Volunteer.id, Volunteer.last_name, Volunteer.first_name, Volunteer.status, Volunteer.locality
            ).where(Volunteer.archived.is_(False), Volunteer.restricted_on.is_(None))
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


# --- programmes: a volunteer has done a session of the programme when their attendance there
# completes it by the readiness rule (`readiness.counts_as_completed`) ----------------------
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


def _programme_names_by_session(session: Session) -> dict[int, str]:
    """Session id -> the names of its programmes, for the sessions list."""
    names: dict[int, list[str]] = defaultdict(list)
    for sid, name in session.execute(
        select(TrainingProgrammeSession.session_id, TrainingProgramme.name).join(
            TrainingProgramme, TrainingProgramme.id == TrainingProgrammeSession.programme_id
        )
    ):
        names[sid].append(name)
    return {sid: ", ".join(sorted(n, key=polish_sort_key)) for sid, n in names.items()}


# --- readiness (the rule and its session-level questions are in `readiness`) -----------------
def requirement_rules(db: Database) -> list[ActivityRule]:
    """The rule of every active activity type, in the dictionary's order."""
    with db.session() as session:
        return _rules(session)


def completed_categories(db: Database, volunteer_id: int, today: dt.date | None = None) -> frozenset[str]:
    with db.session() as session:
        return _completed(session, volunteer_id, today or dt.date.today())


def readiness(db: Database, volunteer_id: int, today: dt.date | None = None) -> list[ActivityReadiness]:
    """For every active activity type: ready, or the categories the volunteer still misses."""
    with db.session() as session:
        rules = _rules(session)
        done = _completed(session, volunteer_id, today or dt.date.today())
    return [
        ActivityReadiness(r.activity_type_id, r.code, r.name, sorted_categories(r.categories - done))
        for r in rules
    ]


def missing_for_activity(
    db: Database, volunteer_id: int, activity_type_id: int, today: dt.date | None = None
) -> tuple[str, ...]:
    """The categories the volunteer misses for one activity type (empty: ready)."""
    with db.session() as session:
        return missing_categories(session, volunteer_id, activity_type_id, today or dt.date.today())
