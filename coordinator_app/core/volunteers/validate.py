"""Whole-form validation of a volunteer, field by field, with Polish messages."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from coordinator_app.core import validation as v
from coordinator_app.core.enums import Sex, VolunteerStatus
from coordinator_app.core.rules import age_on
from coordinator_app.core.volunteers.data import VolunteerData
from coordinator_app.i18n import _

EARLIEST_BIRTH = dt.date(1900, 1, 1)


def validate_volunteer(
    data: VolunteerData, today: dt.date, stored_status: str | None = None
) -> VolunteerData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field at once."""
    out = dataclasses.replace(data)
    errors: list[v.FieldError] = []

    def check(func: Callable[[], object]) -> None:
        try:
            func()
        except v.FieldError as error:
            errors.append(error)

    for name in ("second_name", "family_name", "father_name", "mother_name"):
        setattr(out, name, v.person_name(getattr(out, name)) or None)
    for name in (
        "id_document",
        "citizenship",
        "gmina",
        "powiat",
        "voivodeship",
        "guardian_name",
        "guardian_relation",
        "guardian_address",
        "guardian_consent_reference",
        "languages",
        "heard_from",
        "transport",
        "end_reason",
        "project",
        "preferred_contact",
        "status_change_reason",
    ):
        setattr(out, name, v.clean_text(getattr(out, name)))
    out.first_name = v.person_name(out.first_name)
    out.last_name = v.person_name(out.last_name)

    check(lambda: v.required(out.first_name, "first_name", _("First name")))
    check(lambda: v.required(out.last_name, "last_name", _("Surname")))
    _check_identity(out, today, check, errors)

    v.check_address(out, errors)

    def phone() -> None:
        out.phone = v.phone(out.phone or "") or None

    def email() -> None:
        out.email = v.email(out.email or "") or None

    def guardian_phone() -> None:
        out.guardian_phone = v.phone(out.guardian_phone or "", "guardian_phone") or None

    check(phone)
    check(email)
    check(guardian_phone)
    if out.birth_date is not None and age_on(out.birth_date, today) < 18:
        _check_guardian(out, today, errors)
    _check_status(out, today, stored_status, errors)
    for number_field in ("hours_per_month", "max_distance_km"):
        value = getattr(out, number_field)
        if value is not None and value < 0:
            errors.append(v.FieldError(number_field, _("The number cannot be negative.")))
    for kind, statement in out.statements.items():
        if statement.signed_on > today:
            errors.append(v.FieldError(f"statement:{kind}", _("The date cannot be in the future.")))
    if out.preferred_activity_ids & out.excluded_activity_ids:
        errors.append(
            v.FieldError("excluded_activity_ids", _("An activity cannot be both preferred and excluded."))
        )
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_identity(
    out: VolunteerData,
    today: dt.date,
    check: Callable[[Callable[[], object]], None],
    errors: list[v.FieldError],
) -> None:
    pesel_text = (out.pesel or "").strip()
    if pesel_text:
        try:
            info = v.parse_pesel(pesel_text)
        except v.FieldError as error:
            errors.append(error)
            return
        out.pesel = info.pesel
        if out.birth_date is not None and out.birth_date != info.birth_date:
            errors.append(v.FieldError("birth_date", _("The birth date does not match the PESEL.")))
        out.birth_date = info.birth_date
        if not out.sex:
            out.sex = info.sex
    else:
        out.pesel = None
        if out.birth_date is None:
            errors.append(v.FieldError("birth_date", _("Without a PESEL enter the date of birth.")))
        if not out.id_document:
            errors.append(
                v.FieldError(
                    "id_document", _("Without a PESEL enter the series and number of an ID document.")
                )
            )
    if out.birth_date is not None and out.birth_date > today:
        errors.append(v.FieldError("birth_date", _("The date of birth cannot be in the future.")))
    elif out.birth_date is not None and out.birth_date < EARLIEST_BIRTH:
        errors.append(v.FieldError("birth_date", _("The date of birth is not possible.")))
    if out.sex is not None and out.sex not in {s.value for s in Sex}:
        errors.append(v.FieldError("sex", _("Choose the sex.")))
    if out.guardian_sex is not None and out.guardian_sex not in {s.value for s in Sex}:
        errors.append(v.FieldError("guardian_sex", _("Choose the sex.")))


def _check_guardian(out: VolunteerData, today: dt.date, errors: list[v.FieldError]) -> None:
    if not out.guardian_name:
        errors.append(
            v.FieldError("guardian_name", _("A volunteer under 18 needs the legal guardian's name."))
        )
    if not out.guardian_phone:
        errors.append(
            v.FieldError("guardian_phone", _("A volunteer under 18 needs the legal guardian's phone."))
        )
    if out.guardian_consent_date is None:
        errors.append(
            v.FieldError(
                "guardian_consent_date", _("A volunteer under 18 needs the date of the guardian's consent.")
            )
        )
    elif out.guardian_consent_date > today:
        errors.append(v.FieldError("guardian_consent_date", _("The date cannot be in the future.")))


def _check_status(
    out: VolunteerData, today: dt.date, stored_status: str | None, errors: list[v.FieldError]
) -> None:
    if out.status not in {s.value for s in VolunteerStatus}:
        errors.append(v.FieldError("status", _("Choose the status.")))
        return
    if out.application_date is None:
        out.application_date = today
    elif out.application_date > today:
        errors.append(v.FieldError("application_date", _("The date cannot be in the future.")))
    if out.start_date and out.application_date and out.start_date < out.application_date:
        errors.append(v.FieldError("start_date", _("The start cannot be before the application date.")))
    if out.end_date and out.start_date and out.end_date < out.start_date:
        errors.append(v.FieldError("end_date", _("The end cannot be before the start.")))
    changed = stored_status is not None and stored_status != out.status
    if changed:
        if out.status_change_date is None:
            out.status_change_date = today
        if out.status_change_date > today:
            errors.append(v.FieldError("status_change_date", _("The date cannot be in the future.")))
        if out.status in (VolunteerStatus.SUSPENDED, VolunteerStatus.ENDED) and not out.status_change_reason:
            errors.append(
                v.FieldError("status_change_reason", _("Give the reason for suspending or ending."))
            )
    if out.status == VolunteerStatus.ENDED:
        out.end_date = out.end_date or out.status_change_date
        out.end_reason = out.end_reason or out.status_change_reason
        if out.end_date is None:
            errors.append(v.FieldError("end_date", _("An ended volunteer needs the end date.")))
        if not out.end_reason and not changed:
            errors.append(v.FieldError("end_reason", _("An ended volunteer needs the reason for ending.")))
    if out.status == VolunteerStatus.ACTIVE and out.start_date is None:
        out.start_date = out.status_change_date or today
