"""Validation of a training session and of one attendance line, field by field, in Polish."""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.core import validation as v
from coordinator_app.core.enums import AttendanceStatus, TrainingCategory
from coordinator_app.core.trainings.data import DURATION_UNITS, LESSON45, AttendanceInput, TrainingData
from coordinator_app.i18n import _

EARLIEST_SESSION = dt.date(2000, 1, 1)
LATEST_AHEAD = dt.timedelta(days=3 * 366)  # planning further ahead than this is a typing mistake


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def validate_training(data: TrainingData, today: dt.date | None = None) -> TrainingData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field at once."""
    today = today or dt.date.today()
    out = dataclasses.replace(data)
    for name in (
        "place",
        "trainer_organisation",
        "trainer_qualifications",
        "organiser",
        "funding_source",
        "project",
    ):
        setattr(out, name, _clean(getattr(out, name)))
    out.title = _clean(out.title) or ""
    out.trainer_name = _clean(out.trainer_name) or ""
    lines = [line.rstrip() for line in (out.programme or "").strip().splitlines()]
    out.programme = "\n".join(lines) or None
    errors: list[v.FieldError] = []
    if not out.title:
        errors.append(v.FieldError("title", _("{field} is required.").format(field=_("Title"))))
    if out.category not in {c.value for c in TrainingCategory}:
        errors.append(v.FieldError("category", _("Choose the category.")))
    if out.session_date is None:
        errors.append(v.FieldError("session_date", _("Enter the date of the session.")))
    elif not EARLIEST_SESSION <= out.session_date <= today + LATEST_AHEAD:
        errors.append(v.FieldError("session_date", _("The date is not possible.")))
    _check_duration(out, errors)
    if not out.trainer_name:
        errors.append(v.FieldError("trainer_name", _("{field} is required.").format(field=_("Trainer"))))
    if out.cost_grosze is not None and out.cost_grosze < 0:
        errors.append(v.FieldError("cost_grosze", _("The amount cannot be negative.")))
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_duration(out: TrainingData, errors: list[v.FieldError]) -> None:
    if out.duration_unit not in DURATION_UNITS:
        errors.append(v.FieldError("duration_unit", _("Choose the unit of the duration.")))
    minutes = out.duration_minutes
    if minutes is None or minutes <= 0:
        errors.append(v.FieldError("duration_minutes", _("The duration must be greater than zero.")))
    elif out.duration_unit == LESSON45 and minutes % 45:
        errors.append(
            v.FieldError("duration_minutes", _("Teaching hours are counted in whole units of 45 minutes."))
        )
    if out.time_to is not None and out.time_from is None:
        errors.append(v.FieldError("time_from", _("Enter the start time as well.")))
    if out.time_from is not None and out.time_to is not None:
        span = _minutes(out.time_to) - _minutes(out.time_from)
        if span <= 0:
            errors.append(v.FieldError("time_to", _("The end must be later than the start.")))
        elif minutes is not None and minutes > span:
            errors.append(
                v.FieldError("duration_minutes", _("The duration is longer than the time from start to end."))
            )


def attendance_field(volunteer_id: int) -> str:
    """The field key of one participant's line in `ValidationErrors`."""
    return f"attendance:{volunteer_id}"


def validate_attendance(line: AttendanceInput, duration_minutes: int) -> AttendanceInput:
    """A cleaned line: present without minutes gets the whole session; partly needs the minutes
    attended (fewer than the session lasted); absent and registered keep no minutes."""
    field = attendance_field(line.volunteer_id)
    result = _clean(line.result)
    if result is not None and len(result) > 120:
        raise v.FieldError(field, _("The result is too long (at most 120 characters)."))
    minutes = line.minutes_attended
    if line.status == AttendanceStatus.PRESENT:
        minutes = duration_minutes if minutes is None else minutes
        if not 0 < minutes <= duration_minutes:
            raise v.FieldError(
                field, _("The time attended must be more than zero and not more than the session.")
            )
    elif line.status == AttendanceStatus.PARTLY:
        if minutes is None or minutes <= 0:
            raise v.FieldError(field, _("For partial attendance enter the time attended."))
        if minutes >= duration_minutes:
            raise v.FieldError(field, _("Partial attendance must be shorter than the session."))
    elif line.status in (AttendanceStatus.ABSENT, AttendanceStatus.REGISTERED):
        minutes = None
    else:
        raise v.FieldError(field, _("Choose the attendance."))
    return AttendanceInput(line.volunteer_id, line.status, minutes, result)
