"""Validation of an action, its shifts and a quick registration, field by field, in Polish.

Shift errors name the field `shift:<index>` (the index in `ActionData.shifts`)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.core import validation as v
from coordinator_app.core.actions.data import (
    STATUSES,
    ActionData,
    QuickRegistration,
    ShiftData,
    shift_minutes,
)
from coordinator_app.core.enums import Sex, TrainingCategory
from coordinator_app.core.rules import age_on
from coordinator_app.i18n import _

EARLIEST = dt.date(2000, 1, 1)
LATEST_AHEAD = dt.timedelta(days=3 * 366)
MAX_DAYS = 30  # a one-off action: the short agreement covers at most 30 days
NAME_LENGTH, PLACE_LENGTH, TASKS_LENGTH = 200, 200, 300
MAX_PEOPLE = 500


def _too_long(field: str, limit: int) -> v.FieldError:
    return v.FieldError(field, _("Too long (at most {n} characters).").format(n=limit))


def _date_ok(value: dt.date | None, today: dt.date) -> bool:
    return value is not None and EARLIEST <= value <= today + LATEST_AHEAD


def validate_action(data: ActionData, today: dt.date | None = None) -> ActionData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field at once."""
    today = today or dt.date.today()
    out = dataclasses.replace(data, partners=dict(data.partners), shifts=list(data.shifts))
    out.name = v.clean_text(out.name) or ""
    out.place = v.clean_text(out.place)
    out.description = (out.description or "").strip() or None
    out.notes = (out.notes or "").strip() or None
    errors: list[v.FieldError] = []
    if not out.name:
        errors.append(v.FieldError("name", v.required_message(_("Name"))))
    elif len(out.name) > NAME_LENGTH:
        errors.append(_too_long("name", NAME_LENGTH))
    if out.place and len(out.place) > PLACE_LENGTH:
        errors.append(_too_long("place", PLACE_LENGTH))
    if out.date_to is None and out.date_from is not None:
        out.date_to = out.date_from
    _check_dates(out, today, errors)
    if out.activity_type_id is None:
        errors.append(v.FieldError("activity_type_id", _("Choose the activity type."), required=True))
    if out.status not in STATUSES:
        errors.append(v.FieldError("status", _("Choose the status.")))
    if out.organiser_partner_id is not None:
        out.partners.pop(out.organiser_partner_id, None)  # the organiser is not a partner too
    out.partners = {pid: v.clean_text(text) for pid, text in out.partners.items()}
    out.shifts = [_clean_shift(shift, index, out, errors) for index, shift in enumerate(out.shifts)]
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_dates(out: ActionData, today: dt.date, errors: list[v.FieldError]) -> None:
    if out.date_from is None:
        errors.append(v.FieldError("date_from", _("Enter the date of the action."), required=True))
        return
    if not _date_ok(out.date_from, today):
        errors.append(v.FieldError("date_from", _("The date is not possible.")))
        return
    assert out.date_to is not None
    if out.date_to < out.date_from:
        errors.append(v.FieldError("date_to", _("The end cannot be before the start.")))
    elif (out.date_to - out.date_from).days + 1 > MAX_DAYS:
        errors.append(
            v.FieldError(
                "date_to",
                _("A one-off action lasts at most {n} days; longer work needs a regular agreement.").format(
                    n=MAX_DAYS
                ),
            )
        )


def shift_field(index: int) -> str:
    return f"shift:{index}"


def _clean_shift(shift: ShiftData, index: int, action: ActionData, errors: list[v.FieldError]) -> ShiftData:
    out = dataclasses.replace(shift)
    out.tasks = v.clean_text(out.tasks) or ""
    out.requirements = v.clean_text(out.requirements)
    field = shift_field(index)
    number = index + 1
    problem: str | None = None
    if out.shift_date is None or out.start_time is None or out.end_time is None:
        problem = _("Shift {n}: enter the date and the times.")
    elif (
        action.date_from is not None
        and action.date_to is not None
        and not (action.date_from <= out.shift_date <= action.date_to)
    ):
        problem = _("Shift {n}: the date is outside the dates of the action.")
    elif shift_minutes(out.start_time, out.end_time) <= 0:
        problem = _("Shift {n}: the end must be later than the start.")
    elif not out.tasks:
        problem = _("Shift {n}: describe the tasks.")
    elif len(out.tasks) > TASKS_LENGTH:
        problem = _("Shift {n}: the tasks are too long (at most 300 characters).")
    elif not 1 <= out.people_needed <= MAX_PEOPLE:
        problem = _("Shift {n}: the number of people needed must be from 1 to 500.")
    elif out.required_training is not None and out.required_training not in {
        c.value for c in TrainingCategory
    }:
        problem = _("Shift {n}: choose the required training from the list.")
    if problem is not None:
        errors.append(v.FieldError(field, problem.format(n=number)))
    return out


def validate_quick(data: QuickRegistration, on: dt.date, today: dt.date | None = None) -> QuickRegistration:
    """A cleaned copy of a quick registration; `on` is the day of the action (the age counts
    then). A minor needs the guardian's name, relation, phone and the consent date."""
    today = today or dt.date.today()
    out = dataclasses.replace(data)
    errors: list[v.FieldError] = []
    out.first_name = v.person_name(out.first_name)
    out.last_name = v.person_name(out.last_name)
    if not out.first_name:
        errors.append(v.FieldError("first_name", v.required_message(_("First name"))))
    if not out.last_name:
        errors.append(v.FieldError("last_name", v.required_message(_("Surname"))))
    if out.sex not in {s.value for s in Sex}:
        errors.append(v.FieldError("sex", _("Choose the sex."), required=True))
    if out.birth_date is None:
        errors.append(v.FieldError("birth_date", _("Enter the date of birth."), required=True))
    elif not dt.date(1900, 1, 1) <= out.birth_date <= today or age_on(out.birth_date, on) < 13:
        errors.append(
            v.FieldError(
                "birth_date", _("The date of birth is not possible for a volunteer (at least 13 years old).")
            )
        )
    _check_contact(out, errors)
    if out.village_id is None:
        errors.append(v.FieldError("village_id", _("Choose the village."), required=True))
    if out.birth_date is not None and age_on(out.birth_date, on) < 18:
        _check_guardian(out, on, today, errors)
    else:
        out.guardian_name = out.guardian_relation = out.guardian_phone = out.guardian_sex = None
        out.guardian_consent_date = None
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_contact(out: QuickRegistration, errors: list[v.FieldError]) -> None:
    try:
        out.phone = v.phone(out.phone or "") or None
    except v.FieldError as error:
        errors.append(error)
    try:
        out.email = v.email(out.email or "") or None
    except v.FieldError as error:
        errors.append(error)
    if not out.phone and not out.email and not any(e.field in ("phone", "email") for e in errors):
        errors.append(v.FieldError("phone", _("Enter a phone number or an e-mail address."), required=True))


def _check_guardian(out: QuickRegistration, on: dt.date, today: dt.date, errors: list[v.FieldError]) -> None:
    out.guardian_name = v.person_name(out.guardian_name) or None
    out.guardian_relation = v.clean_text(out.guardian_relation)
    if not out.guardian_name:
        errors.append(v.FieldError("guardian_name", v.required_message(_("Guardian's name and surname"))))
    if not out.guardian_relation:
        errors.append(v.FieldError("guardian_relation", v.required_message(_("Relationship"))))
    try:
        out.guardian_phone = v.phone(out.guardian_phone or "", "guardian_phone") or None
    except v.FieldError as error:
        errors.append(error)
    else:
        if out.guardian_phone is None:
            errors.append(v.FieldError("guardian_phone", v.required_message(_("Guardian's phone"))))
    consent = out.guardian_consent_date
    if consent is None:
        errors.append(
            v.FieldError(
                "guardian_consent_date",
                _("A minor needs the guardian's written consent; enter its date."),
                required=True,
            )
        )
    elif consent > today:
        errors.append(v.FieldError("guardian_consent_date", _("The date cannot be in the future.")))
    elif consent > on:
        errors.append(
            v.FieldError("guardian_consent_date", _("The consent must be given before the action."))
        )
