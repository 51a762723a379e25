"""Plain data the action services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.core.text import fold
from coordinator_app.i18n import N_, _

PLANNED, OPEN, DONE, CANCELLED = "planned", "open", "done", "cancelled"
STATUSES: tuple[str, ...] = (PLANNED, OPEN, DONE, CANCELLED)
_STATUS_LABELS = {
    PLANNED: N_("planned"),
    OPEN: N_("sign-ups open"),
    DONE: N_("done"),
    CANCELLED: N_("cancelled"),
}


def status_label(status: str) -> str:
    return _(_STATUS_LABELS[status]) if status in _STATUS_LABELS else status


class ActionNotFound(LookupError):
    pass


class ActionError(ValueError):
    """A use case refused with a message for the coordinator (a closed month, a cancelled action…)."""


def shift_minutes(start: dt.time, end: dt.time) -> int:
    """The length of a shift in minutes (a shift ends on the day it starts)."""
    return (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)


@dataclass
class ShiftData:
    """One shift as the action form edits it; `id` None = a new shift."""

    shift_date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    tasks: str = ""
    people_needed: int = 1
    minors_allowed: bool = False
    required_training: str | None = None  # a TrainingCategory value
    requirements: str | None = None
    id: int | None = None


SHIFT_FIELDS: tuple[str, ...] = tuple(name for name in ShiftData.__dataclass_fields__ if name != "id")


@dataclass
class ActionData:
    """Everything the action form edits. Field names match the `Action` columns; `partners`
    maps a partner id to its contribution, `shifts` are the action's shifts."""

    name: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    place: str | None = None
    village_id: int | None = None
    organiser_partner_id: int | None = None  # None: the OPS
    activity_type_id: int | None = None
    description: str | None = None
    status: str = PLANNED
    programme_item_id: int | None = None
    notes: str | None = None
    partners: dict[int, str | None] = field(default_factory=dict)
    shifts: list[ShiftData] = field(default_factory=list)


ACTION_FIELDS: tuple[str, ...] = tuple(
    name for name in ActionData.__dataclass_fields__ if name not in ("partners", "shifts")
)


@dataclass(frozen=True)
class ActionRow:
    """One action in the tab's list."""

    id: int
    name: str
    date_from: dt.date
    date_to: dt.date
    place: str
    organiser: str
    status: str
    shifts: int
    needed: int
    signed_up: int

    @property
    def search_text(self) -> str:
        return fold(f"{self.name} {self.place} {self.organiser}")


@dataclass(frozen=True)
class ShiftRow:
    id: int
    shift_date: dt.date
    start_time: dt.time
    end_time: dt.time
    tasks: str
    people_needed: int
    signed_up: int
    minors_allowed: bool
    required_training: str | None
    requirements: str | None

    @property
    def minutes(self) -> int:
        return shift_minutes(self.start_time, self.end_time)


@dataclass(frozen=True)
class SignupRow:
    id: int
    shift_id: int
    volunteer_id: int
    full_name: str  # "Surname First-name"
    age: int
    phone: str | None
    partner: str | None
    attended: bool | None
    minutes: int | None
    hours_entry_id: int | None
    registered_here: bool  # quick-registered at this action

    @property
    def adult(self) -> bool:
        return self.age >= 18


@dataclass(frozen=True)
class ActionDetails:
    id: int
    data: ActionData
    organiser: str  # the partner's name or the OPS
    activity: str
    partner_names: tuple[str, ...]
    shifts: tuple[ShiftRow, ...]
    signups: tuple[SignupRow, ...]

    def signups_of(self, shift_id: int) -> list[SignupRow]:
        return [s for s in self.signups if s.shift_id == shift_id]


@dataclass(frozen=True)
class SignupIssue:
    """What the coordinator should know about a sign-up; `refusal` ones stop it."""

    code: str
    message: str
    refusal: bool = False


class SignupRefused(ValueError):
    def __init__(self, issues: list[SignupIssue]) -> None:
        super().__init__(" ".join(i.message for i in issues))
        self.issues = issues


@dataclass
class QuickRegistration:
    """A new one-off volunteer registered at an action."""

    first_name: str = ""
    last_name: str = ""
    sex: str | None = None
    birth_date: dt.date | None = None
    phone: str | None = None
    email: str | None = None
    village_id: int | None = None
    partner_id: int | None = None  # the partner the volunteer came with
    written_form: bool = False  # the volunteer asked for the agreement in writing
    guardian_name: str | None = None
    guardian_sex: str | None = None
    guardian_relation: str | None = None
    guardian_phone: str | None = None
    guardian_consent_date: dt.date | None = None


@dataclass(frozen=True)
class QuickResult:
    volunteer_id: int
    signup_id: int
    agreement_id: int
    agreement_number: str
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class AttendanceMark:
    signup_id: int
    attended: bool | None
    minutes: int | None = None  # None: the whole shift


@dataclass(frozen=True)
class HoursResult:
    """What "turn attendance into hours" did."""

    created: int
    updated: int
    removed: int
    kept_locked: int  # entries of un-ticked sign-ups left because their month is locked
    pending: int  # sign-ups not ticked yet


@dataclass(frozen=True)
class ActionSummary:
    volunteers: int
    adults: int
    minors: int
    attended: int
    minutes: int
    partners: tuple[str, ...]
    new_volunteers: int
    stayed: int  # new volunteers later given an assignment
    one_off: int  # volunteers with sign-ups but no assignment
    minutes_by_shift: tuple[tuple[int, int], ...] = ()
