"""Field-by-field checks of an assignment that need no database (the gates need one)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.core import validation as v
from coordinator_app.core.assignments.data import ASSIGNMENT_FORM_LABELS, AssignmentData
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.i18n import _

MAX_PLANNED_MINUTES = 300 * 60  # a month has no more volunteer hours than that


def validate_assignment(data: AssignmentData, today: dt.date) -> AssignmentData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field."""
    out = dataclasses.replace(data, schedule=list(data.schedule))
    errors: list[v.FieldError] = []
    out.place = v.clean_text(out.place)
    out.end_reason = v.clean_text(out.end_reason)
    out.vetting_override_reason = v.clean_text(out.vetting_override_reason)
    out.cooperation_comment = (out.cooperation_comment or "").strip() or None

    if out.volunteer_id is None:
        errors.append(v.FieldError("volunteer_id", _("Choose the volunteer."), required=True))
    if out.activity_type_id is None:
        errors.append(v.FieldError("activity_type_id", _("Choose the activity type."), required=True))
    if out.form not in ASSIGNMENT_FORM_LABELS:
        errors.append(v.FieldError("form", _("Choose the form of the assignment."), required=True))
    elif out.form == "individual" and out.client_id is None:
        errors.append(v.FieldError("client_id", _("Individual help needs the client it is given to.")))
    if out.client_id is None:
        out.need_id = None
    if out.date_from is None:
        errors.append(v.FieldError("date_from", _("Enter the start date."), required=True))
    elif out.date_to is not None and out.date_to < out.date_from:
        errors.append(v.FieldError("date_to", _("The end cannot be before the start.")))
    minutes = out.planned_minutes_per_month
    if minutes is not None and not 0 <= minutes <= MAX_PLANNED_MINUTES:
        errors.append(v.FieldError("planned_minutes_per_month", _("Enter between 0 and 300 hours a month.")))
    for key in ("social_worker_consulted_on", "referral_issued_on", "family_informed_on"):
        value = getattr(out, key)
        if value is not None and value > today:
            errors.append(v.FieldError(key, _("The date cannot be in the future.")))
    if out.cooperation_rating is not None and not 1 <= out.cooperation_rating <= 5:
        errors.append(v.FieldError("cooperation_rating", _("The rating is from 1 to 5.")))
    _check_status(out, errors)
    _check_schedule(out, errors)
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_status(out: AssignmentData, errors: list[v.FieldError]) -> None:
    if out.status not in {s.value for s in AssignmentStatus}:
        errors.append(v.FieldError("status", _("Choose the status."), required=True))
        return
    if out.status == AssignmentStatus.ENDED:
        if out.date_to is None:
            errors.append(v.FieldError("date_to", _("An ended assignment needs its end date.")))
        if not out.end_reason:
            errors.append(v.FieldError("end_reason", _("Give the reason for ending.")))


def _check_schedule(out: AssignmentData, errors: list[v.FieldError]) -> None:
    seen: list[tuple[int, dt.time, dt.time]] = []
    for slot in out.schedule:
        if not 0 <= slot.weekday <= 6:
            errors.append(v.FieldError("schedule", _("Choose the day of the week.")))
            return
        if slot.end_time <= slot.start_time:
            errors.append(v.FieldError("schedule", _("Each time in the schedule must end after it starts.")))
            return
        for weekday, start, end in seen:
            if weekday == slot.weekday and start < slot.end_time and slot.start_time < end:
                errors.append(v.FieldError("schedule", _("Two times in the schedule overlap.")))
                return
        seen.append((slot.weekday, slot.start_time, slot.end_time))
