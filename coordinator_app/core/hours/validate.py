"""Validation of one hours entry, field by field, with Polish messages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Collection, Mapping

from coordinator_app.core import validation as v
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import (
    DESCRIPTION_MAX,
    NOT_IN_FUTURE,
    PLACE_MAX,
    REASON_MAX,
    SOURCE_LABELS,
    AssignmentChoice,
    HoursInput,
)
from coordinator_app.core.hours.parse import MAX_KM, MAX_MINUTES
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date

EARLIEST = dt.date(2000, 1, 1)
PLAN_AHEAD = dt.timedelta(days=2 * 366)  # planned further ahead than this is a typing mistake
STATUSES = frozenset(s.value for s in HoursStatus)


def clean_text(value: str | None) -> str | None:
    """Spaces collapsed; None when nothing is left."""
    text = " ".join((value or "").split())
    return text or None


def _minutes_of(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def validate_entry(
    data: HoursInput,
    assignments: Mapping[int, AssignmentChoice],
    activity_ids: Collection[int],
    today: dt.date,
) -> HoursInput:
    """A cleaned copy of `data`, or `ValidationErrors` naming every wrong field at once.

    `assignments` are the volunteer's own assignments (by id); `activity_ids` the activity
    types that exist."""
    out = dataclasses.replace(data, description=clean_text(data.description), place=clean_text(data.place))
    errors: list[v.FieldError] = []

    def error(field: str, message: str) -> None:
        errors.append(v.FieldError(field, message))

    if out.status not in STATUSES:
        error("status", _("Choose the status of the entry."))
    if out.work_date is None:
        error("work_date", _("Enter the date."))
    elif not EARLIEST <= out.work_date <= today + PLAN_AHEAD:
        error("work_date", _("The date is not possible."))
    elif out.status in NOT_IN_FUTURE and out.work_date > today:
        error(
            "work_date",
            _("The date is in the future: such an entry can only be planned (or cancelled)."),
        )
    _check_time(out, error)
    if out.activity_type_id is None:
        error("activity_type_id", _("Choose the activity type."))
    elif out.activity_type_id not in activity_ids:
        error("activity_type_id", _("There is no such activity type."))
    if out.assignment_id is not None:
        assignment = assignments.get(out.assignment_id)
        if assignment is None:
            error("assignment_id", _("This assignment is not one of this volunteer's assignments."))
        elif out.work_date is not None and not assignment.covers(out.work_date):
            error("assignment_id", _assignment_period_message(assignment))
    if out.description is not None and len(out.description) > DESCRIPTION_MAX:
        error(
            "description",
            _("The description is too long (at most {n} characters): keep it short.").format(
                n=DESCRIPTION_MAX
            ),
        )
    if out.place is not None and len(out.place) > PLACE_MAX:
        error("place", _("The place is too long (at most {n} characters).").format(n=PLACE_MAX))
    if out.travel_km is not None:
        if out.travel_km < 0:
            error("travel_km", _("Kilometres cannot be negative."))
        elif out.travel_km > MAX_KM:
            error("travel_km", _("More than {n} km; check the number.").format(n=MAX_KM))
    if out.source not in SOURCE_LABELS:
        error("source", _("Choose where the entry comes from: paper card, phone or coordinator."))
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_time(out: HoursInput, report: Callable[[str, str], None]) -> None:
    if out.minutes is None:
        report("minutes", _("Enter the hours."))
    elif out.minutes <= 0:
        report("minutes", _("The time must be more than zero."))
    elif out.minutes > MAX_MINUTES:
        report("minutes", _("More than 24 hours in one entry; enter each day separately."))
    if (out.time_from is None) != (out.time_to is None):
        report("minutes", _("Enter both the start and the end time, or neither."))
    elif out.time_from is not None and out.time_to is not None:
        span = _minutes_of(out.time_to) - _minutes_of(out.time_from)
        if span <= 0:
            report("minutes", _("The end time must be later than the start time."))
        elif out.minutes is not None and out.minutes > span:
            report("minutes", _("The hours are longer than the time from start to end."))


def _assignment_period_message(assignment: AssignmentChoice) -> str:
    if assignment.date_to is None:
        return _("The assignment starts on {date}; the entry is dated before it.").format(
            date=format_date(assignment.date_from)
        )
    return _("The assignment runs from {start} to {end}; the entry's date is outside it.").format(
        start=format_date(assignment.date_from), end=format_date(assignment.date_to)
    )


def clean_reason(reason: str | None) -> str | None:
    """A reason as stored in the audit log (spaces collapsed), None when empty.
    Raises `FieldError` when it is too long."""
    text = clean_text(reason)
    if text is not None and len(text) > REASON_MAX:
        raise v.FieldError(
            "reason", _("The reason is too long (at most {n} characters).").format(n=REASON_MAX)
        )
    return text
