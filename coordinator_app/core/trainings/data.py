"""Plain data the training services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.core.enums import AttendanceStatus

CLOCK = "clock"  # duration in clock hours (60 minutes)
LESSON45 = "lesson45"  # duration in teaching hours of 45 minutes
DURATION_UNITS = (CLOCK, LESSON45)


@dataclass
class TrainingData:
    """Everything the session form edits. Field names match the `TrainingSession` columns.

    The duration is kept in minutes whatever the unit: 3 teaching hours are 135 minutes with
    `duration_unit = "lesson45"`, and print as "3 godziny lekcyjne (45 min)".
    """

    title: str = ""
    category: str = ""
    session_date: dt.date | None = None
    time_from: dt.time | None = None
    time_to: dt.time | None = None
    duration_minutes: int | None = None
    duration_unit: str = CLOCK
    place: str | None = None
    remote: bool = False
    trainer_name: str = ""
    trainer_organisation: str | None = None
    trainer_qualifications: str | None = None
    organiser: str | None = None
    programme: str | None = None  # the agenda, one point a line
    cost_grosze: int | None = None
    funding_source: str | None = None
    project: str | None = None


SESSION_FIELDS: tuple[str, ...] = tuple(TrainingData.__dataclass_fields__)


@dataclass(frozen=True)
class AttendanceInput:
    """One participant of a session as the attendance editor saves it."""

    volunteer_id: int
    status: str = AttendanceStatus.REGISTERED.value
    minutes_attended: int | None = None
    result: str | None = None


@dataclass(frozen=True)
class VolunteerChoice:
    """A volunteer offered in the "add participants" list."""

    id: int
    full_name: str  # "Surname First-name"
    status: str
    search_text: str  # folded name and locality


@dataclass(frozen=True)
class HistoryLine:
    """One session in a volunteer's training history."""

    session_id: int
    session_date: dt.date
    title: str
    category: str
    status: str
    minutes_attended: int | None
    duration_minutes: int
    result: str | None
    certificate_number: str | None
    completes: bool  # counts towards readiness (see readiness.counts_as_completed)
