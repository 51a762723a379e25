"""Volunteer use cases against a real SQLite file: save, validation, minors, audit, duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.core.dictionaries import list_activity_types
from coordinator_app.core.enums import StatementKind, VolunteerStatus
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.core.volunteers import (
    StatementData,
    VolunteerData,
    archive_volunteer,
    create_volunteer,
    find_duplicates,
    get_volunteer,
    list_volunteers,
    restore_volunteer,
    status_history,
    update_volunteer,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, Volunteer, VolunteerStatusChange
from tests.factories import volunteer

TODAY = dt.date(2026, 11, 21)


def adult(**changes: object) -> VolunteerData:
    return volunteer(**changes)


def minor(**changes: object) -> VolunteerData:
    return adult(
        pesel=None, birth_date=dt.date(2010, 3, 4), id_document="ABC123456", first_name="Łucja", **changes
    )


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_create_derives_birth_date_and_sex_from_pesel_and_normalises(db: Database) -> None:
    vid = create_volunteer(db, adult(first_name="  żaneta ", postal_code="62200"), today=TODAY)
    stored = get_volunteer(db, vid)
    assert stored.birth_date == dt.date(1944, 5, 14)
    assert stored.sex == "M"
    assert stored.first_name == "Żaneta"
    assert stored.postal_code == "62-200"
    assert stored.phone == "+48600123456"
    assert stored.application_date == TODAY


def test_invalid_form_saves_nothing_and_names_each_field(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create_volunteer(db, adult(pesel="44051401459", postal_code="622", email="x@"), today=TODAY)
    fields = caught.value.by_field()
    assert set(fields) == {"pesel", "postal_code", "email"}
    assert fields["postal_code"] == "Kod pocztowy musi mieć postać 00-000."
    assert count(db, Volunteer) == 0
    assert count(db, AuditEntry) == 0


def test_foreigner_without_pesel_needs_birth_date_and_document(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create_volunteer(db, adult(pesel=None), today=TODAY)
    assert set(caught.value.by_field()) == {"birth_date", "id_document"}
    vid = create_volunteer(
        db,
        adult(pesel=None, birth_date=dt.date(1990, 1, 2), id_document="FX1234567", citizenship="ukraińskie"),
        today=TODAY,
    )
    assert get_volunteer(db, vid).pesel is None


def test_birth_date_must_match_pesel(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create_volunteer(db, adult(birth_date=dt.date(1944, 5, 15)), today=TODAY)
    assert set(caught.value.by_field()) == {"birth_date"}


def test_minor_requires_guardian_block(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught:
        create_volunteer(db, minor(), today=TODAY)
    assert set(caught.value.by_field()) == {"guardian_name", "guardian_phone", "guardian_consent_date"}
    vid = create_volunteer(
        db,
        minor(
            guardian_name="Maria Żółć",
            guardian_phone="501 222 333",
            guardian_consent_date=dt.date(2026, 9, 1),
        ),
        today=TODAY,
    )
    assert get_volunteer(db, vid).guardian_phone == "+48501222333"


def test_adult_does_not_need_guardian(db: Database) -> None:
    create_volunteer(db, adult(), today=TODAY)
    assert count(db, Volunteer) == 1


def test_every_created_field_and_every_edit_lands_in_the_audit_log(db: Database) -> None:
    vid = create_volunteer(db, adult(), today=TODAY)
    with db.session() as s:
        created = {
            e.field: e.new_value for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "create"))
        }
    assert created["last_name"] == "Żółć"
    assert created["pesel"] == "44051401458"
    data = get_volunteer(db, vid)
    data.phone = "601 000 111"
    data.statements[StatementKind.HEALTH_SAFETY.value] = StatementData(dt.date(2026, 11, 2))
    update_volunteer(db, vid, data, today=TODAY)
    with db.session() as s:
        updates = {
            e.field: (e.old_value, e.new_value)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action == "update"))
        }
    assert updates == {
        "phone": ("+48600123456", "+48601000111"),
        "statement:health_safety": (None, "2026-11-02"),
    }


def test_status_change_needs_reason_and_is_kept_in_history(db: Database) -> None:
    vid = create_volunteer(db, adult(status=VolunteerStatus.ACTIVE.value), today=TODAY)
    data = get_volunteer(db, vid)
    data.status = VolunteerStatus.ENDED.value
    with pytest.raises(ValidationErrors) as caught:
        update_volunteer(db, vid, data, today=TODAY)
    assert set(caught.value.by_field()) == {"status_change_reason"}
    data.status_change_reason = "Wyjazd za granicę"
    update_volunteer(db, vid, data, today=TODAY)
    stored = get_volunteer(db, vid)
    assert (stored.end_date, stored.end_reason) == (TODAY, "Wyjazd za granicę")
    assert [(old, new) for _d, old, new, _r in status_history(db, vid)] == [
        (None, "active"),
        ("active", "ended"),
    ]
    assert count(db, VolunteerStatusChange) == 2


def test_profile_lists_round_trip(db: Database) -> None:
    activities = list_activity_types(db)
    edu = next(o for o in activities if o.name.startswith("EDU"))
    assert edu.flag, "EDU involves minors"
    data = adult()
    data.preferred_activity_ids = {activities[0].id, activities[1].id}
    data.excluded_activity_ids = {edu.id}
    data.availability = {(0, "morning"), (4, "evening")}
    vid = create_volunteer(db, data, today=TODAY)
    stored = get_volunteer(db, vid)
    assert stored.preferred_activity_ids == data.preferred_activity_ids
    assert stored.excluded_activity_ids == {edu.id}
    assert stored.availability == {(0, "morning"), (4, "evening")}


def test_same_activity_cannot_be_preferred_and_excluded(db: Database) -> None:
    aid = list_activity_types(db)[0].id
    with pytest.raises(ValidationErrors) as caught:
        create_volunteer(db, adult(preferred_activity_ids={aid}, excluded_activity_ids={aid}), today=TODAY)
    assert "excluded_activity_ids" in caught.value.by_field()


def test_duplicates_by_pesel_or_by_name_and_birth_date(db: Database) -> None:
    vid = create_volunteer(db, adult(), today=TODAY)
    assert [h.volunteer_id for h in find_duplicates(db, adult())] == [vid]
    same_person = adult(pesel=None, first_name="ZANETA", last_name="zolc", birth_date=dt.date(1944, 5, 14))
    hints = find_duplicates(db, same_person)
    assert [h.reason for h in hints] == ["to samo imię, nazwisko i data urodzenia"]
    assert find_duplicates(db, adult(), exclude_id=vid) == []
    assert find_duplicates(db, adult(pesel=None, birth_date=dt.date(1950, 1, 1))) == []


def test_archive_hides_but_keeps_the_volunteer(db: Database) -> None:
    vid = create_volunteer(db, adult(), today=TODAY)
    archive_volunteer(db, vid, "Prośba wolontariuszki")
    (row,) = list_volunteers(db, today=TODAY)
    assert row.archived
    restore_volunteer(db, vid)
    (row,) = list_volunteers(db, today=TODAY)
    assert not row.archived
    with db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.field.is_(None))))
    assert actions == ["archive", "unarchive"]


def test_list_rows_have_folded_search_text_and_missing_statements(db: Database) -> None:
    create_volunteer(db, adult(), today=TODAY)
    (row,) = list_volunteers(db, today=TODAY)
    assert "zolc" in row.search_text and "zaneta" in row.search_text and "mnichowo" in row.search_text
    assert "600123456" in row.search_text
    assert row.missing_statements == 4
