"""Plain data the assignment services take and return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.i18n import N_, _

# Assignment columns the form edits, by name.
ASSIGNMENT_FIELDS = (
    "volunteer_id",
    "client_id",
    "need_id",
    "activity_type_id",
    "form",
    "involves_minors_override",
    "date_from",
    "date_to",
    "planned_minutes_per_month",
    "place",
    "social_worker_id",
    "social_worker_consulted_on",
    "referral_issued_on",
    "family_informed_on",
    "status",
    "end_reason",
    "cooperation_rating",
    "cooperation_comment",
)


@dataclass(frozen=True)
class ScheduleSlot:
    """A recurring slot: weekday (0 = Monday) × time, every or every other week."""

    weekday: int
    start_time: dt.time
    end_time: dt.time
    every_other_week: bool = False


@dataclass
class AssignmentData:
    """Everything the assignment form edits. Field names match the `Assignment` columns."""

    volunteer_id: int | None = None
    client_id: int | None = None  # None for group and one-off event assignments
    need_id: int | None = None
    activity_type_id: int | None = None
    form: str = "individual"
    # The coordinator marks "involves minors" where the dictionary and the client record do
    # not show it (e.g. grandchildren who come for the holidays); it can only add the flag.
    involves_minors_override: bool = False
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    planned_minutes_per_month: int | None = None
    place: str | None = None
    social_worker_id: int | None = None
    social_worker_consulted_on: dt.date | None = None
    referral_issued_on: dt.date | None = None
    family_informed_on: dt.date | None = None
    status: str = AssignmentStatus.PLANNED.value
    end_reason: str | None = None
    cooperation_rating: int | None = None
    cooperation_comment: str | None = None
    schedule: list[ScheduleSlot] = field(default_factory=list)
    # Saving an assignment with minors despite an incomplete vetting record: the reason is
    # required and goes to the audit log. Never accepted when a register shows an entry.
    vetting_override_reason: str | None = None


@dataclass(frozen=True)
class Clash:
    """Another assignment of the same volunteer whose schedule overlaps (double booking)."""

    assignment_id: int
    number: str | None
    weekday: int
    start_time: dt.time
    end_time: dt.time
    fortnightly: bool  # one of the two slots is every other week: they may not meet


ASSIGNMENT_FORM_LABELS: dict[str, str] = {
    "individual": N_("individual"),
    "group": N_("group"),
    "event": N_("one-off event"),
}


def assignment_form_label(form: str) -> str:
    return _(ASSIGNMENT_FORM_LABELS[form]) if form in ASSIGNMENT_FORM_LABELS else form


class AssignmentNotFound(LookupError):
    pass


class AssignmentRow(NamedTuple):
    """One line of the assignments list, with a precomputed search key (a named tuple, as
    `VolunteerRow`: 200,000 of them are made at once)."""

    id: int
    number: str | None
    volunteer_id: int
    volunteer_last_name: str
    volunteer_first_name: str
    client_code: str | None  # None for group and event assignments
    activity_code: str
    activity_name: str
    form: str
    involves_minors: bool
    date_from: dt.date
    date_to: dt.date | None
    status: str
    confirmed_minutes: int
    search_text: str  # folded number, volunteer names, client code, activity code and name

    @property
    def volunteer_name(self) -> str:
        return f"{self.volunteer_last_name} {self.volunteer_first_name}"


@dataclass(frozen=True)
class ScheduleLine:
    weekday: int  # 0 = Monday
    start_time: dt.time
    end_time: dt.time
    every_other_week: bool


@dataclass(frozen=True)
class MonthHours:
    month: dt.date  # the first day of the month
    confirmed_minutes: int
    unconfirmed_minutes: int  # done, not yet confirmed


@dataclass(frozen=True)
class AssignmentDetails:
    id: int
    number: str | None
    volunteer_name: str
    client_code: str | None
    agreement_number: str
    activity_code: str
    activity_name: str
    form: str
    involves_minors: bool
    date_from: dt.date
    date_to: dt.date | None
    planned_minutes_per_month: int | None
    place: str | None
    social_worker: str | None
    social_worker_consulted_on: dt.date | None
    referral_issued_on: dt.date | None
    family_informed_on: dt.date | None
    status: str
    end_reason: str | None
    cooperation_rating: int | None
    confirmed_minutes: int
    schedule: tuple[ScheduleLine, ...]
    recent_months: tuple[MonthHours, ...]  # the last `queries.RECENT_MONTHS` months, oldest first
