"""The coalition's plain data: meetings with attendees, decisions and tasks; the yearly
programme with its items; the rows the lists show and the progress of the programme."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.core.text import fold
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import screen

PLANNED, HELD, CANCELLED = "planned", "held", "cancelled"
MEETING_STATUSES = {PLANNED: N_("scheduled"), HELD: N_("held"), CANCELLED: N_("called off")}

ACTION, TRAINING, MEETING, PROMOTION = "action", "training", "meeting", "promotion"
ITEM_KINDS = {
    ACTION: N_("action"),
    TRAINING: N_("training"),
    MEETING: N_("meeting"),
    PROMOTION: N_("promotion"),
}
OPS = "OPS"  # what a task or an attendee without a partner stands for in lists


def status_label(status: str) -> str:
    return _(MEETING_STATUSES.get(status, status))


def kind_label(kind: str) -> str:
    return _(ITEM_KINDS.get(kind, kind))


def agenda_lines(agenda: str | None) -> list[str]:
    """The points of an agenda typed one a line, without numbering or bullets typed in."""
    points = []
    for line in (agenda or "").splitlines():
        text = line.strip().lstrip("-•*").strip()
        head, dot, rest = text.partition(".")
        if dot and head.isdigit() and rest.strip():
            text = rest.strip()
        if text:
            points.append(text)
    return points


# The routine points nearly every meeting has: they tell one meeting from another no better
# than its date does (folded beginnings, as typed in Polish or English).
ROUTINE_POINTS = (
    "otwarcie spotkania",
    "otwarcie posiedzenia",
    "otwarcie zebrania",
    "przyjecie porzadku",
    "przyjecie protokolu",
    "sprawy rozne",
    "wolne wnioski",
    "zamkniecie spotkania",
    "zamkniecie posiedzenia",
    "zamkniecie zebrania",
    "opening of the meeting",
    "adoption of the agenda",
    "any other business",
    "closing of the meeting",
)


def agenda_topics(points: list[str]) -> list[str]:
    """The points that say what a meeting was about: its routine opening and closing points
    left out, unless the agenda has nothing else."""
    topics = [point for point in points if not fold(point).startswith(ROUTINE_POINTS)]
    return topics or points


class MeetingNotFound(LookupError):
    """No coalition meeting with that id (deleted meanwhile)."""


class ProgrammeNotFound(LookupError):
    """No yearly programme with that id."""


@dataclass
class AttendeeInput:
    person_name: str = ""
    partner_id: int | None = None  # None: the OPS or a guest
    function: str | None = None
    present: bool = True


@dataclass
class TaskInput:
    description: str = ""
    partner_id: int | None = None  # None: the OPS
    responsible: str | None = None
    due_on: dt.date | None = None
    done_on: dt.date | None = None


@dataclass
class MeetingData:
    number: str | None = None
    held_on: dt.date | None = None
    start_time: dt.time | None = None
    place: str = ""
    agenda: str = ""
    chaired_by: str | None = None
    minuted_by: str | None = None
    discussion: str | None = None
    status: str = PLANNED
    attendees: list[AttendeeInput] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    tasks: list[TaskInput] = field(default_factory=list)


MEETING_FIELDS = (
    "number",
    "held_on",
    "start_time",
    "place",
    "agenda",
    "chaired_by",
    "minuted_by",
    "discussion",
    "status",
)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    number: str | None
    held_on: dt.date
    place: str
    status: str
    present: int
    excused: int
    open_tasks: int
    agenda: str  # the points, one a line
    topics: str  # what the meeting was about (`agenda_topics`), joined by "; "
    search_text: str  # folded: number, date, place, agenda, people present


@dataclass(frozen=True)
class PartnerChoice:
    id: int
    name: str  # the short name when it has one
    full_name: str


@dataclass
class ItemInput:
    kind: str = ACTION
    title: str = ""
    planned_month: int | None = None  # 1–12; None: all year
    partner_id: int | None = None
    planned_participants: int | None = None
    description: str | None = None
    done_on: dt.date | None = None  # marked done by hand
    training_session_id: int | None = None
    id: int | None = None  # the stored item being edited; None: a new one


@dataclass
class ProgrammeData:
    year: int | None = None
    title: str = ""
    adopted_on: dt.date | None = None
    adopted_by: str | None = None
    introduction: str | None = None
    items: list[ItemInput] = field(default_factory=list)


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    year: int
    title: str
    adopted_on: dt.date | None
    items: int
    done: int
    search_text: str


@dataclass(frozen=True)
class ItemProgress:
    """One item, planned against done: done by a finished action that carries it out, by the
    training session linked to it, or by hand."""

    item_id: int
    kind: str
    title: str
    planned_month: int | None
    partner: str  # the lead partner's name, "" for the OPS
    planned_participants: int | None
    description: str | None
    done_on: dt.date | None  # the earliest of the ways it was done
    done_by: tuple[str, ...]  # what carried it out: action names, the training's title

    @property
    def done(self) -> bool:
        return self.done_on is not None


def month_label(month: int | None) -> str:
    """ "marzec" for 3, "cały rok" for None (in the window's language)."""
    if month is None:
        return _("all year")
    return screen.month_names()[month - 1]
