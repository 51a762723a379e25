"""Validation of the dictionaries' forms. The activity type's and the village's checks look for
a duplicate, so they take the open session of the write that calls them."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.dictionaries.data import ActivityTypeData, StaffData, VillageData, is_head_position
from coordinator_app.core.text import fold
from coordinator_app.db.models import ActivityType, Staff, Village
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date as short_date

_CODE_RE = re.compile(r"^[A-Z0-9]{2,12}$")
_SIMC_RE = re.compile(r"^\d{7}$")


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _raise(errors: list[v.FieldError]) -> None:
    if errors:
        raise v.ValidationErrors(errors)


def validate_activity_type(session: Session, data: ActivityTypeData, own_id: int | None) -> ActivityTypeData:
    errors: list[v.FieldError] = []
    code = "".join(data.code.split()).upper()
    name = _clean(data.name)
    if not code:
        errors.append(v.FieldError("code", _("{field} is required.").format(field=_("Code"))))
    elif not _CODE_RE.match(code):
        errors.append(v.FieldError("code", _("The code has 2 to 12 capital letters or digits, e.g. ZAK.")))
    else:
        taken = session.scalar(
            select(ActivityType.id).where(
                func.upper(ActivityType.code) == code, ActivityType.id != (own_id or 0)
            )
        )
        if taken is not None:
            errors.append(v.FieldError("code", _("An activity type with this code exists already.")))
    if not name:
        errors.append(v.FieldError("name", _("{field} is required.").format(field=_("Name"))))
    _raise(errors)
    risk_info = clean_lines(data.risk_info)
    return ActivityTypeData(
        code, name, data.involves_minors, data.requires_qualification, data.active, risk_info, data.home_visit
    )


def clean_lines(text: str | None) -> str | None:
    """A multi-line text with each line's spaces tidied and blank lines dropped; None if empty."""
    lines = [" ".join(line.split()) for line in (text or "").replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line) or None


def validate_village(session: Session, data: VillageData, own_id: int | None) -> VillageData:
    errors: list[v.FieldError] = []
    name = _clean(data.name)
    simc = "".join((data.teryt_simc or "").split()) or None
    if not name:
        errors.append(v.FieldError("name", _("{field} is required.").format(field=_("Name"))))
    else:
        for other_id, other in session.execute(select(Village.id, Village.name)):
            if other_id != own_id and fold(other) == fold(name):
                errors.append(v.FieldError("name", _("A village of this name exists already.")))
                break
    if simc is not None and not _SIMC_RE.match(simc):
        errors.append(v.FieldError("teryt_simc", _("The TERYT SIMC identifier has exactly 7 digits.")))
    _raise(errors)
    return VillageData(name, _clean(data.gmina) or None, data.is_solectwo, simc, data.active)


def validate_staff(session: Session, data: StaffData, own_id: int | None) -> StaffData:
    errors: list[v.FieldError] = []
    first, last = _clean(data.first_name), _clean(data.last_name)
    if not first:
        errors.append(v.FieldError("first_name", _("{field} is required.").format(field=_("First name"))))
    if not last:
        errors.append(v.FieldError("last_name", _("{field} is required.").format(field=_("Surname"))))
    phone = email = None
    try:
        phone = v.phone(data.phone or "") or None
    except v.FieldError as error:
        errors.append(error)
    try:
        email = v.email(data.email or "") or None
    except v.FieldError as error:
        errors.append(error)
    clean = StaffData(
        first,
        last,
        _clean(data.position) or None,
        data.is_social_worker,
        data.is_signatory,
        data.is_coordinator,
        phone,
        email,
        data.active,
        data.sex if data.sex in ("K", "M") else None,
        _clean(data.authorisation_number) or None,
        data.authorisation_date,
        data.role_valid_from,
        data.role_valid_to,
    )
    errors.extend(signing_role_errors(session, clean, own_id))
    _raise(errors)
    return clean


def signing_role_errors(session: Session, data: StaffData, own_id: int | None) -> list[v.FieldError]:
    """The signing role's dates and authorisation: only for a signatory, from ≤ to, the
    authorisation numbered and given before the role begins, one head of the centre at a time."""
    errors: list[v.FieldError] = []
    start, end = data.role_valid_from, data.role_valid_to
    if not data.is_signatory:
        for key, value in (
            ("role_valid_from", start),
            ("role_valid_to", end),
            ("authorisation_number", data.authorisation_number),
            ("authorisation_date", data.authorisation_date),
        ):
            if value is not None:
                message = _("Only a person who signs on behalf of the centre has this; tick that role first.")
                errors.append(v.FieldError(key, message))
        return errors
    if start is not None and end is not None and end < start:
        errors.append(v.FieldError("role_valid_to", _("The role cannot end before it begins.")))
    if data.authorisation_date is not None and data.authorisation_number is None:
        errors.append(v.FieldError("authorisation_number", _("Give the number of the authorisation.")))
    if data.authorisation_date is not None and start is not None and data.authorisation_date > start:
        message = _("The authorisation must be given by the first day of the role ({date}).")
        errors.append(v.FieldError("authorisation_date", message.format(date=short_date(start))))
    if is_head_position(data.position) and not errors:
        errors.extend(_head_overlap(session, data, own_id))
    return errors


def _head_overlap(session: Session, data: StaffData, own_id: int | None) -> list[v.FieldError]:
    """An error when another signatory heading the centre holds the role on any of the same days."""
    rows = session.scalars(select(Staff).where(Staff.is_signatory.is_(True), Staff.id != (own_id or 0)))
    low, high = data.role_valid_from or dt.date.min, data.role_valid_to or dt.date.max
    for other in rows:
        undated = other.role_valid_from is None and other.role_valid_to is None
        if not is_head_position(other.position) or (undated and not other.active):
            continue
        other_low, other_high = other.role_valid_from or dt.date.min, other.role_valid_to or dt.date.max
        if low <= other_high and other_low <= high:
            name = f"{other.first_name} {other.last_name}"
            if undated:
                text = _(
                    "{name} is recorded as head of the centre with no dates: give the last day "
                    "of their role first (their own record), then these dates."
                ).format(name=name)
            else:
                text = _("The centre has one head at a time: {name} holds the role {period}.").format(
                    name=name, period=_period(other.role_valid_from, other.role_valid_to)
                )
            return [v.FieldError("role_valid_from", text)]
    return []


def _period(start: dt.date | None, end: dt.date | None) -> str:
    if start is None:
        return _("until {end}").format(end=short_date(end))
    if end is None:
        return _("from {start}").format(start=short_date(start))
    return _("from {start} to {end}").format(start=short_date(start), end=short_date(end))


def distance_km(text: str, field: str = "km") -> int | None:
    """A distance typed in a grid cell (`12`, `12 km`); None when empty."""
    value = text.strip().lower().removesuffix("km").strip()
    if not value:
        return None
    if not value.isdigit():
        raise v.FieldError(field, _("Enter the distance as a whole number of kilometres."))
    return int(value)
