"""Plain data the training services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.core.enums import AttendanceStatus
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_hours

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


LESSON_MINUTES = 45
_BULLETS = "-•*–—·"


def format_duration(minutes: int, unit: str) -> str:
    """`3 godziny` on the clock, or `2 godziny lekcyjne (45 min)` when stated in lesson units."""
    if unit == "lesson45" and minutes % LESSON_MINUTES == 0:
        lessons = minutes // LESSON_MINUTES
        return ngettext("{n} lesson hour (45 min)", "{n} lesson hours (45 min)", lessons).format(n=lessons)
    return format_hours(minutes)


# Agendas earlier versions wrote into new databases (the induction session) -> today's text.
# An agenda still exactly as written then was never edited by the OPS and is read as today's;
# an agenda the OPS changed in any way is kept as it is.
_SHIPPED_PROGRAMMES = {
    "Zadania GOPS i zasady wolontariatu\n"
    "Prawa i obowiązki wolontariusza (art. 45 ustawy)\n"
    "Porozumienie, karta czasu pracy, ubezpieczenie NNW\n"
    "Kontakt z koordynatorem i pracownikiem socjalnym": (
        "Zadania GOPS i zasady wolontariatu\n"
        "Prawa i obowiązki wolontariusza (art. 44–47 ustawy)\n"
        "Porozumienie, karta czasu pracy, ubezpieczenie NNW\n"
        "Kontakt z koordynatorem i pracownikiem socjalnym"
    ),
}


def programme_up_to_date(programme: str | None) -> str | None:
    """The stored agenda, or today's wording when it is an earlier shipped one never edited
    (rights and duties are art. 44–47 of the act, not art. 45 alone)."""
    if programme is None:
        return None
    return _SHIPPED_PROGRAMMES.get(programme.replace("\r\n", "\n"), programme)


def programme_lines(programme: str | None) -> list[str]:
    """The agenda, one point a line, without leading bullets or blank lines."""
    text = programme_up_to_date(programme) or ""
    lines = (line.strip().lstrip(_BULLETS).strip() for line in text.splitlines())
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


# --- programmes -------------------------------------------------------------------------------
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
