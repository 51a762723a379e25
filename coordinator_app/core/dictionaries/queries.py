"""Reading the dictionaries for their editor: every record, inactive ones included, one record,
and the village-to-village distances. Each call opens one short session."""

from __future__ import annotations

from dataclasses import asdict
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.dictionaries.data import (
    ActivityTypeData,
    ActivityTypeRow,
    DictionaryRecordNotFound,
    StaffData,
    StaffRow,
    VillageData,
    VillageRow,
    activity_data,
    staff_data,
    village_data,
)
from coordinator_app.core.text import polish_name_key, polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Staff, Village, VillageDistance

_T = TypeVar("_T")


def _get(session: Session, model: type[_T], record_id: int) -> _T:
    row = session.get(model, record_id)
    if row is None:
        raise DictionaryRecordNotFound(record_id)
    return row


def list_activity_types_all(db: Database) -> list[ActivityTypeRow]:
    """Every activity type, inactive ones included, in the dictionary order."""
    with db.session() as session:
        rows = session.scalars(select(ActivityType).order_by(ActivityType.sort_order, ActivityType.code))
        return [ActivityTypeRow(**asdict(activity_data(row)), id=row.id) for row in rows]


def get_activity_type(db: Database, activity_type_id: int) -> ActivityTypeData:
    with db.session() as session:
        return activity_data(_get(session, ActivityType, activity_type_id))


def list_villages_all(db: Database) -> list[VillageRow]:
    """Every village, inactive ones included, in Polish alphabetical order."""
    with db.session() as session:
        rows = [
            VillageRow(**asdict(village_data(row)), id=row.id) for row in session.scalars(select(Village))
        ]
    return sorted(rows, key=lambda r: polish_sort_key(r.name))


def get_village(db: Database, village_id: int) -> VillageData:
    with db.session() as session:
        return village_data(_get(session, Village, village_id))


def distance_matrix(db: Database) -> dict[tuple[int, int], int]:
    """Road distances in km, keyed by (lower id, higher id) of the two villages."""
    with db.session() as session:
        rows = session.execute(
            select(VillageDistance.village_a_id, VillageDistance.village_b_id, VillageDistance.km)
        ).all()
    return {(min(a, b), max(a, b)): km for a, b, km in rows}


def list_staff_all(db: Database) -> list[StaffRow]:
    """Every staff member, inactive ones included, by surname and first name."""
    with db.session() as session:
        rows = [StaffRow(**asdict(staff_data(row)), id=row.id) for row in session.scalars(select(Staff))]
    return sorted(rows, key=lambda r: polish_name_key(r.last_name, r.first_name))


def get_staff(db: Database, staff_id: int) -> StaffData:
    with db.session() as session:
        return staff_data(_get(session, Staff, staff_id))
