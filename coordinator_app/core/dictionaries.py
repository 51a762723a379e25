"""Dictionaries the coordinator edits in the application: activity types, villages with the
village-to-village distances, and OPS staff. Each call opens one short session; every change
goes to the audit log. Nothing is hard-deleted: a record no longer used is made inactive."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import record_changes
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Staff, Village, VillageDistance
from coordinator_app.i18n import _

MAX_KM = 300
_CODE_RE = re.compile(r"^[A-Z0-9]{2,12}$")
_SIMC_RE = re.compile(r"^\d{7}$")
_T = TypeVar("_T")


class DictionaryRecordNotFound(LookupError):
    pass


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _raise(errors: list[v.FieldError]) -> None:
    if errors:
        raise v.ValidationErrors(errors)


def _get(session: Session, model: type[_T], record_id: int) -> _T:
    row = session.get(model, record_id)
    if row is None:
        raise DictionaryRecordNotFound(record_id)
    return row


# --- activity types -------------------------------------------------------------------------
@dataclass
class ActivityTypeData:
    code: str = ""
    name: str = ""
    involves_minors: bool = False
    requires_qualification: bool = False
    active: bool = True


@dataclass
class ActivityTypeRow(ActivityTypeData):
    id: int = 0


def list_activity_types_all(db: Database) -> list[ActivityTypeRow]:
    """Every activity type, inactive ones included, in the dictionary order."""
    with db.session() as session:
        rows = session.scalars(select(ActivityType).order_by(ActivityType.sort_order, ActivityType.code))
        return [ActivityTypeRow(**asdict(_activity_data(row)), id=row.id) for row in rows]


def get_activity_type(db: Database, activity_type_id: int) -> ActivityTypeData:
    with db.session() as session:
        return _activity_data(_get(session, ActivityType, activity_type_id))


def _activity_data(row: ActivityType) -> ActivityTypeData:
    return ActivityTypeData(
        row.code, row.name, bool(row.involves_minors), bool(row.requires_qualification), bool(row.active)
    )


def _validate_activity(session: Session, data: ActivityTypeData, own_id: int | None) -> ActivityTypeData:
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
    return ActivityTypeData(code, name, data.involves_minors, data.requires_qualification, data.active)


def create_activity_type(db: Database, data: ActivityTypeData) -> int:
    with db.session() as session:
        clean = _validate_activity(session, data, None)
        last = session.scalar(select(func.max(ActivityType.sort_order))) or 0
        row = ActivityType(**asdict(clean), sort_order=last + 10)
        session.add(row)
        session.flush()
        record_changes(session, "activity_type", row.id, {}, asdict(clean), action="create")
        return row.id


def update_activity_type(db: Database, activity_type_id: int, data: ActivityTypeData) -> None:
    with db.session() as session:
        row = _get(session, ActivityType, activity_type_id)
        clean = _validate_activity(session, data, activity_type_id)
        before = asdict(_activity_data(row))
        for field, value in asdict(clean).items():
            setattr(row, field, value)
        record_changes(session, "activity_type", activity_type_id, before, asdict(clean))


# --- villages and distances -----------------------------------------------------------------
@dataclass
class VillageData:
    name: str = ""
    gmina: str | None = None
    is_solectwo: bool = True
    teryt_simc: str | None = None
    active: bool = True


@dataclass
class VillageRow(VillageData):
    id: int = 0


def list_villages_all(db: Database) -> list[VillageRow]:
    """Every village, inactive ones included, in Polish alphabetical order."""
    with db.session() as session:
        rows = [
            VillageRow(**asdict(_village_data(row)), id=row.id) for row in session.scalars(select(Village))
        ]
    return sorted(rows, key=lambda r: polish_sort_key(r.name))


def get_village(db: Database, village_id: int) -> VillageData:
    with db.session() as session:
        return _village_data(_get(session, Village, village_id))


def _village_data(row: Village) -> VillageData:
    return VillageData(row.name, row.gmina, bool(row.is_solectwo), row.teryt_simc, bool(row.active))


def _validate_village(session: Session, data: VillageData, own_id: int | None) -> VillageData:
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


def create_village(db: Database, data: VillageData) -> int:
    with db.session() as session:
        clean = _validate_village(session, data, None)
        row = Village(**asdict(clean))
        session.add(row)
        session.flush()
        record_changes(session, "village", row.id, {}, asdict(clean), action="create")
        return row.id


def update_village(db: Database, village_id: int, data: VillageData) -> None:
    with db.session() as session:
        row = _get(session, Village, village_id)
        clean = _validate_village(session, data, village_id)
        before = asdict(_village_data(row))
        for field, value in asdict(clean).items():
            setattr(row, field, value)
        record_changes(session, "village", village_id, before, asdict(clean))


def distance_matrix(db: Database) -> dict[tuple[int, int], int]:
    """Road distances in km, keyed by (lower id, higher id) of the two villages."""
    with db.session() as session:
        rows = session.execute(
            select(VillageDistance.village_a_id, VillageDistance.village_b_id, VillageDistance.km)
        ).all()
    return {(min(a, b), max(a, b)): km for a, b, km in rows}


def distance_km(text: str, field: str = "km") -> int | None:
    """A distance typed in a grid cell (`12`, `12 km`); None when empty."""
    value = text.strip().lower().removesuffix("km").strip()
    if not value:
        return None
    if not value.isdigit():
        raise v.FieldError(field, _("Enter the distance as a whole number of kilometres."))
    return int(value)


def set_distance(db: Database, a_id: int, b_id: int, km: int | None) -> None:
    """Store the distance between two villages once per pair (lower id first); None deletes it."""
    if a_id == b_id:
        raise v.ValidationErrors([v.FieldError("km", _("A village has no distance to itself."))])
    if km is not None and not 0 <= km <= MAX_KM:
        message = _("The distance must be between 0 and {max} km.").format(max=MAX_KM)
        raise v.ValidationErrors([v.FieldError("km", message)])
    low, high = min(a_id, b_id), max(a_id, b_id)
    with db.session() as session:
        _get(session, Village, low)
        _get(session, Village, high)
        row = session.scalar(
            select(VillageDistance).where(
                VillageDistance.village_a_id == low, VillageDistance.village_b_id == high
            )
        )
        before = None if row is None else row.km
        if before == km:
            return
        if km is None:
            assert row is not None
            session.delete(row)
        elif row is None:
            session.add(VillageDistance(village_a_id=low, village_b_id=high, km=km))
        else:
            row.km = km
        field = f"distance_km:{high}"
        record_changes(session, "village", low, {field: before}, {field: km})


# --- staff ----------------------------------------------------------------------------------
@dataclass
class StaffData:
    first_name: str = ""
    last_name: str = ""
    position: str | None = None
    is_social_worker: bool = False
    is_signatory: bool = False
    is_coordinator: bool = False
    phone: str | None = None
    email: str | None = None
    active: bool = True


@dataclass
class StaffRow(StaffData):
    id: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


_STAFF_FIELDS = tuple(StaffData.__dataclass_fields__)


def list_staff_all(db: Database) -> list[StaffRow]:
    """Every staff member, inactive ones included, by surname and first name."""
    with db.session() as session:
        rows = [StaffRow(**asdict(_staff_data(row)), id=row.id) for row in session.scalars(select(Staff))]
    return sorted(rows, key=lambda r: (polish_sort_key(r.last_name), polish_sort_key(r.first_name)))


def get_staff(db: Database, staff_id: int) -> StaffData:
    with db.session() as session:
        return _staff_data(_get(session, Staff, staff_id))


def _staff_data(row: Staff) -> StaffData:
    return StaffData(**{name: getattr(row, name) for name in _STAFF_FIELDS})


def _validate_staff(data: StaffData) -> StaffData:
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
    )


def create_staff(db: Database, data: StaffData) -> int:
    clean = _validate_staff(data)
    with db.session() as session:
        row = Staff(**asdict(clean))
        session.add(row)
        session.flush()
        record_changes(session, "staff", row.id, {}, asdict(clean), action="create")
        return row.id


def update_staff(db: Database, staff_id: int, data: StaffData) -> None:
    clean = _validate_staff(data)
    with db.session() as session:
        row = _get(session, Staff, staff_id)
        before = asdict(_staff_data(row))
        for field, value in asdict(clean).items():
            setattr(row, field, value)
        record_changes(session, "staff", staff_id, before, asdict(clean))
