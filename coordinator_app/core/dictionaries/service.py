"""Writing the dictionaries: create and update activity types, villages and staff, set a distance.
Each call opens one short session; every change goes to the audit log. Nothing is hard-deleted:
a record no longer used is made inactive."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy import func, select

from coordinator_app.core import validation as v
from coordinator_app.core.audit import record_changes
from coordinator_app.core.dictionaries.data import (
    MAX_KM,
    ActivityTypeData,
    StaffData,
    VillageData,
    activity_data,
    staff_data,
    village_data,
)
from coordinator_app.core.dictionaries.queries import _get
from coordinator_app.core.dictionaries.validate import (
    validate_activity_type,
    validate_staff,
    validate_village,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Staff, Village, VillageDistance
from coordinator_app.i18n import _


def create_activity_type(db: Database, data: ActivityTypeData) -> int:
    with db.session() as session:
        clean = validate_activity_type(session, data, None)
        last = session.scalar(select(func.max(ActivityType.sort_order))) or 0
        row = ActivityType(**asdict(clean), sort_order=last + 10)
        session.add(row)
        session.flush()
        record_changes(session, "activity_type", row.id, {}, asdict(clean), action="create")
        return row.id


def update_activity_type(db: Database, activity_type_id: int, data: ActivityTypeData) -> None:
    with db.session() as session:
        row = _get(session, ActivityType, activity_type_id)
        clean = validate_activity_type(session, data, activity_type_id)
        before = asdict(activity_data(row))
        for field, value in asdict(clean).items():
            setattr(row, field, value)
        record_changes(session, "activity_type", activity_type_id, before, asdict(clean))


def create_village(db: Database, data: VillageData) -> int:
    with db.session() as session:
        clean = validate_village(session, data, None)
        row = Village(**asdict(clean))
        session.add(row)
        session.flush()
        record_changes(session, "village", row.id, {}, asdict(clean), action="create")
        return row.id


def update_village(db: Database, village_id: int, data: VillageData) -> None:
    with db.session() as session:
        row = _get(session, Village, village_id)
        clean = validate_village(session, data, village_id)
        before = asdict(village_data(row))
        for field, value in asdict(clean).items():
            setattr(row, field, value)
        record_changes(session, "village", village_id, before, asdict(clean))


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


def create_staff(db: Database, data: StaffData) -> int:
    with db.session() as session:
        clean = validate_staff(session, data, None)
        row = Staff(**asdict(clean))
        session.add(row)
        session.flush()
        record_changes(session, "staff", row.id, {}, asdict(clean), action="create")
        return row.id


def update_staff(db: Database, staff_id: int, data: StaffData) -> None:
    with db.session() as session:
        row = _get(session, Staff, staff_id)
        clean = validate_staff(session, data, staff_id)
        before = asdict(staff_data(row))
        for field, value in asdict(clean).items():
            setattr(row, field, value)
        record_changes(session, "staff", staff_id, before, asdict(clean))
