"""Plain data the assignment services take and return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.core.enums import AssignmentStatus

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
