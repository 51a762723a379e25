"""Field-by-field validation of a client and of a need, with Polish messages."""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.core import validation as v
from coordinator_app.core.clients.data import CLIENT_TYPE_LABELS, NEED_PRIORITY_LABELS, ClientData, NeedData
from coordinator_app.core.enums import ClientStatus, NeedStatus, Sex
from coordinator_app.i18n import _

EARLIEST_BIRTH_YEAR = 1900
MAX_CHILDREN = 20


def validate_client(data: ClientData, today: dt.date) -> ClientData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field at once."""
    out = dataclasses.replace(data, type_codes=set(data.type_codes))
    errors: list[v.FieldError] = []
    out.first_name = v.person_name(out.first_name)
    out.last_name = v.person_name(out.last_name)
    for name in (
        "contact_name",
        "contact_relation",
        "visit_consent_how",
        "children_age_bands",
    ):
        setattr(out, name, v.clean_text(getattr(out, name)))
    for name in ("directions", "notes_for_volunteer", "health_notes"):
        text = (getattr(out, name) or "").strip()
        setattr(out, name, text or None)
    for value, key, label in (
        (out.first_name, "first_name", _("First name")),
        (out.last_name, "last_name", _("Surname")),
    ):
        try:
            v.required(value, key, label)
        except v.FieldError as error:
            errors.append(error)
    v.check_address(out, errors)
    for key in ("phone", "contact_phone"):
        try:
            setattr(out, key, v.phone(getattr(out, key) or "", key) or None)
        except v.FieldError as error:
            errors.append(error)
    if out.sex is not None and out.sex not in {s.value for s in Sex}:
        errors.append(v.FieldError("sex", _("Choose the sex.")))
    if out.birth_year is not None and not EARLIEST_BIRTH_YEAR <= out.birth_year <= today.year:
        errors.append(v.FieldError("birth_year", _("The year of birth is not possible.")))
    if not out.type_codes:
        errors.append(v.FieldError("type_codes", _("Choose at least one client type.")))
    elif out.type_codes - set(CLIENT_TYPE_LABELS):
        errors.append(v.FieldError("type_codes", _("Unknown client type.")))
    if out.social_worker_id is None:
        errors.append(v.FieldError("social_worker_id", _("Choose the responsible social worker.")))
    if out.assessment_valid_until is None:
        errors.append(
            v.FieldError(
                "assessment_valid_until", _("Enter the date until which the needs assessment is valid.")
            )
        )
    if out.visit_consent_date is not None:
        if out.visit_consent_date > today:
            errors.append(v.FieldError("visit_consent_date", _("The date cannot be in the future.")))
        if not out.visit_consent_how:
            errors.append(
                v.FieldError("visit_consent_how", _("Say how the consent was given (e.g. in writing)."))
            )
    elif out.visit_consent_how:
        errors.append(v.FieldError("visit_consent_date", _("Enter the date of the consent.")))
    _check_children(out, errors)
    _check_status(out, today, errors)
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _check_children(out: ClientData, errors: list[v.FieldError]) -> None:
    if not out.children_in_household:
        out.children_count = None
        out.children_age_bands = None
        return
    if out.children_count is not None and not 1 <= out.children_count <= MAX_CHILDREN:
        errors.append(v.FieldError("children_count", _("Enter the number of children (1–20).")))


def _check_status(out: ClientData, today: dt.date, errors: list[v.FieldError]) -> None:
    if out.status not in {s.value for s in ClientStatus}:
        errors.append(v.FieldError("status", _("Choose the status.")))
        return
    if out.status == ClientStatus.ENDED:
        if out.support_ended_on is None:
            out.support_ended_on = today
        elif out.support_ended_on > today:
            errors.append(v.FieldError("support_ended_on", _("The date cannot be in the future.")))
    else:
        out.support_ended_on = None


def validate_need(data: NeedData, today: dt.date) -> NeedData:
    out = dataclasses.replace(data)
    errors: list[v.FieldError] = []
    for name in ("frequency", "preferred_times", "reported_by"):
        setattr(out, name, v.clean_text(getattr(out, name)))
    out.description = (out.description or "").strip() or None
    if out.activity_type_id is None:
        errors.append(v.FieldError("activity_type_id", _("Choose the kind of help needed."), required=True))
    if out.priority not in NEED_PRIORITY_LABELS:
        errors.append(v.FieldError("priority", _("Choose the priority.")))
    if out.reported_on is None:
        out.reported_on = today
    elif out.reported_on > today:
        errors.append(v.FieldError("reported_on", _("The date cannot be in the future.")))
    if out.status not in {s.value for s in NeedStatus}:
        errors.append(v.FieldError("status", _("Choose the status.")))
    if errors:
        raise v.ValidationErrors(errors)
    return out
