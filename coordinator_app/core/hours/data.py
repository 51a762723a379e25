"""Plain data the hours services take and return (no ORM object leaves a session), the entry
sources, and the allowed status changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.validation import FieldError
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_month_numeric

ENTITY = "hours_entry"
DESCRIPTION_MAX = 300  # HoursEntry.description
PLACE_MAX = 200  # HoursEntry.place
REASON_MAX = 300  # AuditEntry.reason

PAPER, PHONE, COORDINATOR = "paper", "phone", "coordinator"
SOURCE_LABELS: dict[str, str] = {
    PAPER: N_("paper card"),
    PHONE: N_("phone"),
    COORDINATOR: N_("coordinator"),
}


def source_label(source: str) -> str:
    return _(SOURCE_LABELS[source]) if source in SOURCE_LABELS else source


# Only confirmed hours count in documents and reports; "done" awaits the coordinator.
COUNTED = HoursStatus.CONFIRMED.value
UNCONFIRMED = HoursStatus.DONE.value

# From each status, the statuses an entry may be changed to. Confirming is the coordinator's
# act (approved by / on are recorded); a confirmed entry can only have its confirmation
# withdrawn (back to done) before anything else is changed about its status.
TRANSITIONS: dict[str, frozenset[str]] = {
    HoursStatus.PLANNED.value: frozenset({"done", "confirmed", "cancelled", "no_show"}),
    HoursStatus.DONE.value: frozenset({"confirmed", "planned", "cancelled", "no_show"}),
    HoursStatus.CONFIRMED.value: frozenset({"done"}),
    HoursStatus.CANCELLED.value: frozenset({"planned", "done"}),
    HoursStatus.NO_SHOW.value: frozenset({"planned", "done"}),
}
# Statuses that say the work took place (or did not, on a day that has come): not in the future.
NOT_IN_FUTURE = frozenset({"done", "confirmed", "no_show"})


def can_change_status(old: str, new: str) -> bool:
    return old == new or new in TRANSITIONS.get(old, frozenset())


@dataclass
class HoursInput:
    """One entry as a form or a card line gives it. Field names match `HoursEntry` columns."""

    work_date: dt.date | None = None
    minutes: int | None = None
    activity_type_id: int | None = None
    assignment_id: int | None = None
    time_from: dt.time | None = None
    time_to: dt.time | None = None
    description: str | None = None
    place: str | None = None
    travel_km: int | None = None
    source: str = COORDINATOR
    status: str = HoursStatus.DONE.value
    remote: bool = False


ENTRY_FIELDS: tuple[str, ...] = tuple(HoursInput.__dataclass_fields__)


@dataclass(frozen=True)
class HoursRow:
    """One stored entry as lists and the card show it."""

    id: int
    volunteer_id: int
    work_date: dt.date
    time_from: dt.time | None
    time_to: dt.time | None
    minutes: int
    activity_type_id: int
    activity_code: str
    assignment_id: int | None
    assignment_label: str | None
    description: str | None
    place: str | None
    travel_km: int | None
    source: str
    status: str
    remote: bool
    locked: bool
    approved_by: str | None
    approved_on: dt.date | None

    def as_input(self) -> HoursInput:
        return HoursInput(**{name: getattr(self, name) for name in ENTRY_FIELDS})


def assignment_label(
    assignment_id: int, number: str | None, client_code: str | None, activity_code: str
) -> str:
    """`P-0042 · ZAK` for individual help, `PRZ/3/2025 · ZAJ` for a group or an event."""
    return f"{client_code or number or f'#{assignment_id}'} · {activity_code}"


@dataclass(frozen=True)
class AssignmentChoice:
    """A volunteer's assignment offered on the card (client by code only, never by name)."""

    id: int
    number: str | None
    client_code: str | None
    activity_type_id: int
    activity_code: str
    date_from: dt.date
    date_to: dt.date | None
    status: str
    place: str | None

    @property
    def label(self) -> str:
        return assignment_label(self.id, self.number, self.client_code, self.activity_code)

    def covers(self, day: dt.date) -> bool:
        return self.date_from <= day and (self.date_to is None or day <= self.date_to)


@dataclass(frozen=True)
class ActivityChoice:
    id: int
    code: str
    name: str
    active: bool

    @property
    def label(self) -> str:
        return f"{self.code} — {self.name}"


@dataclass(frozen=True)
class VolunteerChoice:
    """A volunteer for the card's name field: "Surname First-name (locality)"."""

    id: int
    label: str
    search_text: str  # folded names and locality


@dataclass(frozen=True)
class CardContext:
    """What the hours card of one volunteer and month needs besides the entries."""

    volunteer_id: int
    volunteer_name: str
    month: Month
    assignments: tuple[AssignmentChoice, ...]  # all the volunteer's, newest first
    activities: tuple[ActivityChoice, ...]
    closed: bool
    entries: tuple[HoursRow, ...] = field(default=())

    def in_month(self) -> tuple[AssignmentChoice, ...]:
        """The assignments running at some time in the card's month (offered first)."""
        first, last = self.month.first, self.month.last
        return tuple(
            a for a in self.assignments if a.date_from <= last and (a.date_to is None or a.date_to >= first)
        )

    def default_assignment(self) -> AssignmentChoice | None:
        """The only active assignment running in the month, or the only one running at all."""
        running = self.in_month()
        active = [a for a in running if a.status == "active"]
        if len(active) == 1:
            return active[0]
        return running[0] if len(running) == 1 else None

    def assignment(self, assignment_id: int | None) -> AssignmentChoice | None:
        return next((a for a in self.assignments if a.id == assignment_id), None)

    def activity(self, activity_id: int | None) -> ActivityChoice | None:
        return next((a for a in self.activities if a.id == activity_id), None)


@dataclass(frozen=True)
class MonthHours:
    """A volunteer's hours in one month: confirmed (they count) and done, awaiting confirmation."""

    month: Month
    confirmed_minutes: int
    unconfirmed_minutes: int
    unconfirmed_entries: int


class EntryNotFound(LookupError):
    pass


class ClosedMonthError(FieldError):
    """A change to a closed month without a reason. `month` names the month."""

    def __init__(self, month: Month) -> None:
        super().__init__(
            "reason",
            _("The month {month} is closed; a change needs a reason, which is kept in the audit log.").format(
                month=format_month_numeric(month.first)
            ),
        )
        self.month = month
