"""Rows written straight to the tables (as the demo data or an older version would), one builder
per kind of record. Each builder fills the required columns with valid values and takes any
column as a keyword, so a test names only what it is about; `save` writes a row and returns its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    AssignmentSchedule,
    Attendance,
    Client,
    HoursEntry,
    Need,
    Staff,
    TrainingSession,
    Vetting,
    Village,
    Volunteer,
)

TODAY = dt.date(2026, 11, 20)  # the day most tests live on
TOW, ZAK, EDU = 1, 3, 6  # activity type ids of the shipped dictionary (EDU involves minors)

# A complete vetting with nothing found, valid until 2028 (work with minors allowed).
COMPLETE_VETTING: dict[str, Any] = {
    "rspts_date": dt.date(2026, 1, 10),
    "rspts_entry_found": False,
    "rspts_reference": "RSPTS/2026/1",
    "rspts_checked_by": "koordynator",
    "commission_date": dt.date(2026, 1, 10),
    "commission_entry_found": False,
    "krk_issue_date": dt.date(2026, 1, 5),
    "krk_scope": "art. 21 ust. 3",
    "krk_presented_on": dt.date(2026, 1, 8),
    "krk_has_entries": False,
    "standards_training_date": dt.date(2026, 1, 12),
    "valid_until": dt.date(2028, 1, 1),
}


@contextmanager
def session_of(target: Database | Session) -> Iterator[Session]:
    """The session itself, or a unit of work of the database (committed on leaving)."""
    if isinstance(target, Session):
        yield target
    else:
        with target.session() as session:
            yield session


def save(target: Database | Session, row: Any) -> int:
    """Write `row` (in the given session, or in a unit of work of its own) and return its id."""
    with session_of(target) as session:
        session.add(row)
        session.flush()
        return int(row.id)


def save_all(target: Database | Session, rows: Iterable[Any]) -> list[int]:
    written = list(rows)
    with session_of(target) as session:
        session.add_all(written)
        session.flush()
        return [int(row.id) for row in written]


def activity_id(target: Database | Session, code: str) -> int:
    """The id of an activity type of the shipped dictionary, by its code ("TOW", "ZAK"…)."""
    with session_of(target) as session:
        return int(session.scalars(select(ActivityType.id).where(ActivityType.code == code)).one())


def _named(name: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A name written "Surname First-name", as the lists show it; explicit fields win."""
    last, first = name.split(" ", 1)
    return {"last_name": last, "first_name": first, **fields}


def volunteer_row(name: str = "Żółć Żaneta", **fields: Any) -> Volunteer:
    """An adult, active volunteer living in Mnichowo, applied on 1 January 2025."""
    values: dict[str, Any] = {
        "birth_date": dt.date(1980, 1, 1),
        "house_number": "1",
        "postal_code": "62-200",
        "locality": "Mnichowo",
        "status": "active",
        "application_date": dt.date(2025, 1, 1),
    }
    return Volunteer(**_named(name, {**values, **fields}))


def add_people(db: Database | Session, *names: str, **fields: Any) -> list[int]:
    """Volunteers named "Surname First-name", otherwise as `volunteer_row`; their ids in order."""
    return save_all(db, (volunteer_row(name, **fields) for name in names))


def staff_row(name: str = "Nowak Anna", **fields: Any) -> Staff:
    """A member of staff ("Surname First-name"); `is_signatory`, `is_social_worker` as needed."""
    return Staff(**_named(name, fields))


def village_row(name: str, **fields: Any) -> Village:
    return Village(name=name, **fields)


def client_row(code: str, name: str = "Wójcik Stanisława", **fields: Any) -> Client:
    """An active client living in Mnichowo."""
    values: dict[str, Any] = {
        "house_number": "1",
        "postal_code": "62-200",
        "locality": "Mnichowo",
        "status": "active",
    }
    return Client(code=code, **_named(name, {**values, **fields}))


def need_row(client_id: int, activity_type_id: int, **fields: Any) -> Need:
    """An open need reported on TODAY."""
    values: dict[str, Any] = {"reported_on": TODAY, "status": "open"}
    return Need(client_id=client_id, activity_type_id=activity_type_id, **{**values, **fields})


def agreement_row(volunteer_id: int, number: str, **fields: Any) -> Agreement:
    """An agreement concluded in Modrzewo on its first day (1 January 2026), open-ended unless
    `period_to` is given; the clauses are short but valid."""
    values: dict[str, Any] = {
        "concluded_in": "Modrzewo",
        "period_from": dt.date(2026, 1, 1),
        "scope": "pomoc",
        "manner": "osobiście",
        "time_commitment": "2 godz. tygodniowo",
        "termination_terms": "7 dni",
    }
    values.update(fields)
    values.setdefault("concluded_on", values["period_from"])
    return Agreement(number=number, volunteer_id=volunteer_id, **values)


def assignment_row(volunteer_id: int, agreement_id: int, activity_type_id: int, **fields: Any) -> Assignment:
    """An active individual assignment from 1 January 2026 (no client unless `client_id`)."""
    values: dict[str, Any] = {"form": "individual", "date_from": dt.date(2026, 1, 1), "status": "active"}
    return Assignment(
        volunteer_id=volunteer_id,
        agreement_id=agreement_id,
        activity_type_id=activity_type_id,
        **{**values, **fields},
    )


def schedule_row(
    assignment_id: int, weekday: int, start: dt.time, end: dt.time, **fields: Any
) -> AssignmentSchedule:
    return AssignmentSchedule(
        assignment_id=assignment_id, weekday=weekday, start_time=start, end_time=end, **fields
    )


def hours_row(
    volunteer_id: int, work_date: dt.date, minutes: int, activity_type_id: int, **fields: Any
) -> HoursEntry:
    """Confirmed hours from a paper card (no assignment unless `assignment_id`)."""
    values: dict[str, Any] = {"source": "paper", "status": "confirmed"}
    return HoursEntry(
        volunteer_id=volunteer_id,
        work_date=work_date,
        minutes=minutes,
        activity_type_id=activity_type_id,
        **{**values, **fields},
    )


def training_row(**fields: Any) -> TrainingSession:
    """A two-hour induction on 1 February 2026 led by Łucja Żmuda."""
    values: dict[str, Any] = {
        "title": "Szkolenie wprowadzające",
        "category": "induction",
        "session_date": dt.date(2026, 2, 1),
        "duration_minutes": 120,
        "trainer_name": "Łucja Żmuda",
    }
    return TrainingSession(**{**values, **fields})


def attendance_row(session_id: int, volunteer_id: int, status: str = "present", **fields: Any) -> Attendance:
    return Attendance(session_id=session_id, volunteer_id=volunteer_id, status=status, **fields)


def vetting_row(volunteer_id: int, **fields: Any) -> Vetting:
    """A vetting record with only the given fields (`**COMPLETE_VETTING` for a complete one)."""
    return Vetting(volunteer_id=volunteer_id, **fields)
