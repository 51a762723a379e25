"""Validation of the dictionaries' forms. The activity type's and the village's checks look for
a duplicate, so they take the open session of the write that calls them."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.dictionaries.data import ActivityTypeData, StaffData, VillageData
from coordinator_app.core.text import fold
from coordinator_app.db.models import ActivityType, Village
from coordinator_app.i18n import _

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
        code, name, data.involves_minors, data.requires_qualification, data.active, risk_info
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


def validate_staff(data: StaffData) -> StaffData:
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
    _raise(errors)
    return StaffData(
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
    )


def distance_km(text: str, field: str = "km") -> int | None:
    """A distance typed in a grid cell (`12`, `12 km`); None when empty."""
    value = text.strip().lower().removesuffix("km").strip()
    if not value:
        return None
    if not value.isdigit():
        raise v.FieldError(field, _("Enter the distance as a whole number of kilometres."))
    return int(value)
