"""Dictionaries edited in the application: activity types, villages with distances, staff."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coordinator_app.core.dictionaries import (
    ActivityTypeData,
    StaffData,
    VillageData,
    create_activity_type,
    create_staff,
    create_village,
    distance_km,
    distance_matrix,
    get_activity_type,
    get_staff,
    list_activity_types_all,
    list_staff_all,
    list_villages_all,
    set_distance,
    update_activity_type,
    update_staff,
    update_village,
)
from coordinator_app.core.dictionaries.picklists import list_activity_types, list_staff, list_villages
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, VillageDistance


def errors(call: object, *args: object) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.by_field()


def audit(db: Database, entity: str) -> list[tuple[str, int | None, str | None, str | None, str | None]]:
    with db.session() as session:
        rows = session.execute(
            select(
                AuditEntry.action, AuditEntry.entity_id, AuditEntry.field, AuditEntry.old_value,
                AuditEntry.new_value,
            ).where(AuditEntry.entity == entity).order_by(AuditEntry.id)
        ).all()  # fmt: skip
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_activity_type_is_created_validated_and_deactivated(db: Database) -> None:
    new = create_activity_type(db, ActivityTypeData(" zak 1", "  Zakupy  dla seniorów ", True, False))
    assert get_activity_type(db, new) == ActivityTypeData("ZAK1", "Zakupy dla seniorów", True, False, True)
    assert errors(create_activity_type, db, ActivityTypeData("zak1", "Inne")) == {
        "code": "Rodzaj działania o tym kodzie już istnieje."
    }
    wrong = errors(create_activity_type, db, ActivityTypeData("Ż", ""))
    assert set(wrong) == {"code", "name"}
    assert wrong["name"] == "Pole „Nazwa” jest wymagane."
    assert set(errors(create_activity_type, db, ActivityTypeData("ABCDEFGHIJKLM", "Za długi kod"))) == {
        "code"
    }

    update_activity_type(db, new, ActivityTypeData("ZAK1", "Zakupy dla seniorów", True, True, active=False))
    row = next(r for r in list_activity_types_all(db) if r.id == new)
    assert (row.requires_qualification, row.active) == (True, False)
    assert new not in {o.id for o in list_activity_types(db)}, "inactive types leave the pick list"
    log = audit(db, "activity_type")
    assert ("create", new, "code", None, "ZAK1") in log
    assert ("update", new, "active", "1", "0") in log
    assert ("update", new, "requires_qualification", "0", "1") in log
    update_activity_type(db, new, ActivityTypeData("ZAK1", "Zakupy dla seniorów", True, True, active=False))
    assert audit(db, "activity_type") == log, "saving without changes logs nothing"


def test_village_names_are_unique_ignoring_case_and_polish_letters(db: Database) -> None:
    first = create_village(db, VillageData("Żółtki-Kolonia", "Zabłudów", True, "0123456"))
    assert list_villages_all(db)[0].name == "Żółtki-Kolonia"
    assert errors(create_village, db, VillageData("zoltki-kolonia")) == {
        "name": "Miejscowość o tej nazwie już istnieje."
    }
    assert set(errors(create_village, db, VillageData("", teryt_simc="12ab"))) == {"name", "teryt_simc"}
    update_village(db, first, VillageData("Żółtki-Kolonia", None, False, None, True))  # its own name is fine
    second = create_village(db, VillageData("Ąbrowo"))
    assert [r.name for r in list_villages_all(db)] == ["Ąbrowo", "Żółtki-Kolonia"]
    update_village(db, second, VillageData("Ąbrowo", active=False))
    assert [o.name for o in list_villages(db)] == ["Żółtki-Kolonia"]
    assert ("update", first, "gmina", "Zabłudów", None) in audit(db, "village")


def test_distance_is_stored_once_per_pair_lower_id_first(db: Database) -> None:
    a = create_village(db, VillageData("Alfa"))
    b = create_village(db, VillageData("Beta"))
    set_distance(db, b, a, 12)
    assert distance_matrix(db) == {(a, b): 12}
    set_distance(db, a, b, 15)
    with db.session() as session:
        rows = session.execute(select(VillageDistance.village_a_id, VillageDistance.village_b_id)).all()
    assert [tuple(r) for r in rows] == [(a, b)]
    assert distance_matrix(db) == {(a, b): 15}
    assert set(errors(set_distance, db, a, b, 301)) == {"km"}
    assert set(errors(set_distance, db, a, b, -1)) == {"km"}
    assert set(errors(set_distance, db, a, a, 3)) == {"km"}
    set_distance(db, a, b, None)
    assert distance_matrix(db) == {}
    field = f"distance_km:{b}"
    assert [e[2:] for e in audit(db, "village") if e[2] == field] == [
        (field, None, "12"), (field, "12", "15"), (field, "15", None)
    ]  # fmt: skip


@pytest.mark.parametrize(("text", "km"), [("12", 12), (" 7 km", 7), ("", None), ("0", 0)])
def test_distance_typed_in_a_cell(text: str, km: int | None) -> None:
    assert distance_km(text) == km


@pytest.mark.parametrize("text", ["1,5", "-3", "dużo"])
def test_distance_typed_wrong(text: str) -> None:
    with pytest.raises(FieldError):
        distance_km(text)


def test_staff_roles_phone_and_email(db: Database) -> None:
    data = StaffData("Anna", "Żak", "pracownik socjalny", True, False, False, "600 123 456", " ")
    staff_id = create_staff(db, data)
    saved = get_staff(db, staff_id)
    assert (saved.phone, saved.email, saved.is_social_worker) == ("+48600123456", None, True)
    assert [r.full_name for r in list_staff_all(db)] == ["Żak Anna"]
    assert errors(create_staff, db, StaffData("", " ", phone="12", email="anna@")) == {
        "first_name": "Pole „Imię” jest wymagane.",
        "last_name": "Pole „Nazwisko” jest wymagane.",
        "phone": "Polski numer telefonu ma 9 cyfr.",
        "email": "Adres e-mail jest niepoprawny.",
    }
    update_staff(db, staff_id, StaffData("Anna", "Żak", None, True, True, False, "600123456", None, False))
    assert staff_id not in {o.id for o in list_staff(db)}
    log = audit(db, "staff")
    assert ("create", staff_id, "is_social_worker", None, "1") in log
    assert ("update", staff_id, "is_signatory", "0", "1") in log
    assert ("update", staff_id, "position", "pracownik socjalny", None) in log
    assert not [e for e in log if e[2] == "phone" and e[0] == "update"], "same number, same E.164"
