"""An access export holds every row of every table linked to the person, and nobody else's."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator_app.core.audit import record_event
from coordinator_app.core.privacy.access import (
    AUDIT_ENTITIES,
    PersonExport,
    PersonNotFound,
    PersonRef,
    PersonRole,
)
from coordinator_app.core.privacy.access_queries import collect_person_data
from coordinator_app.db.engine import Database
from coordinator_app.db.migrate import HEAD_REVISION
from coordinator_app.db.models import Assignment, Base, HealthConsent, HoursEntry, PrivacyRequest, Volunteer
from coordinator_app.storage.opening import open_database
from tests.core.privacy.walk import SchemaWalk

FROZEN = Path(__file__).resolve().parents[2] / "data" / f"schema-{HEAD_REVISION}.sqlite"


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """The frozen sample of the current schema: every table holds data."""
    path = tmp_path / "sample.sqlite"
    shutil.copyfile(FROZEN, path)
    db = open_database(path)
    with db.session(write=True) as session:
        volunteer_id = _busiest_volunteer(session)
        record_event(session, "volunteer", volunteer_id, "view", "podgląd informacji o zdrowiu")
        session.add(
            PrivacyRequest(
                kind="access",
                subject="guardian",
                volunteer_id=volunteer_id,
                received_on=Volunteer.__table__.c.application_date.type.python_type.today(),
            )
        )
    yield db, path
    db.dispose()


def _busiest_volunteer(session: object) -> int:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    volunteer_id = session.scalar(select(HealthConsent.volunteer_id).order_by(HealthConsent.id))
    assert volunteer_id is not None
    return volunteer_id


def _client_with_hours(db: Database) -> int:
    with db.session() as session:
        client_id = session.scalar(
            select(Assignment.client_id)
            .join(HoursEntry, HoursEntry.assignment_id == Assignment.id)
            .where(Assignment.client_id.is_not(None))
            .group_by(Assignment.client_id)
            .order_by(func.count().desc())
        )
    assert client_id is not None
    return client_id


def _check_against_walk(
    export: PersonExport, walk: SchemaWalk, owner: tuple[str, int], skip: set[str]
) -> None:
    expected: dict[str, set[object]] = {}
    for table, key in walk.linked(owner):
        expected.setdefault(table, set()).add(key)
    for table in Base.metadata.tables:
        if table in {"audit_log", "declined_forms"} | skip:
            continue
        got = export.ids(table)
        want = expected.get(table, set())
        if table == "privacy_requests":
            want = {key for key in want if walk.rows[table][key]["subject"] == owner[0]}
        assert got == want, f"{table}: exported {sorted(got)} but linked {sorted(want)}"  # type: ignore[type-var]
    for table, rows in export.tables.items():
        for row in rows:
            if table in {"audit_log", "declined_forms"}:
                continue
            others = walk.owners(table, row["id"]) - {owner}
            for column, value in row.items():
                if value is None:
                    continue
                fk_tables = {
                    fk.column.table.name for fk in Base.metadata.tables[table].c[column].foreign_keys
                }
                assert not (fk_tables & {"volunteers", "clients"}) or (owner[0] + "s") in fk_tables, (
                    f"{table}.{column} names another person ({others})"
                )


def test_every_volunteers_export_holds_every_linked_row_of_every_table(sample: tuple[Database, Path]) -> None:
    db, path = sample
    walk = SchemaWalk(path)
    seen: set[str] = set()
    for volunteer_id in walk.rows["volunteers"]:
        export = collect_person_data(db, PersonRef(PersonRole.VOLUNTEER, volunteer_id))
        _check_against_walk(export, walk, ("volunteer", volunteer_id), skip=set())
        _check_audit(export, walk)
        seen |= set(export.tables)
        assert "guardian_name" not in export.tables["volunteers"][0]
        assert all("client_id" not in row for row in export.tables.get("assignments", []))
    linked_tables = {
        table
        for table, rows in walk.rows.items()
        for key in rows
        if any(o[0] == "volunteer" for o in walk.owners(table, key))
    }
    assert linked_tables <= seen, "every table holding volunteers' rows was exported for someone"
    for table in (
        "agreements",
        "hours_entries",
        "attendances",
        "issued_documents",
        "vettings",
        "health_consents",
        "audit_log",
        "declined_forms",
    ):
        assert table in seen, f"the sample should give {table} rows"


def _check_audit(export: PersonExport, walk: SchemaWalk) -> None:
    exported = {row["id"] for row in export.tables.get("audit_log", [])}
    for key, row in walk.rows["audit_log"].items():
        table = AUDIT_ENTITIES.get(row["entity"])
        if table and row["entity_id"] in export.ids(table):
            assert key in exported, f"audit entry {key} about {row['entity']} {row['entity_id']}"
    for key in exported:
        row = walk.rows["audit_log"][key]
        assert row["entity_id"] in export.ids(AUDIT_ENTITIES[row["entity"]])


def test_the_audit_of_who_viewed_health_notes_is_exported(sample: tuple[Database, Path]) -> None:
    db, _path = sample
    with db.session() as session:
        volunteer_id = _busiest_volunteer(session)
    export = collect_person_data(db, PersonRef(PersonRole.VOLUNTEER, volunteer_id))
    views = [row for row in export.tables["audit_log"] if row["action"] == "view"]
    assert [row["reason"] for row in views] == ["podgląd informacji o zdrowiu"]


def test_every_clients_export_holds_their_rows_and_nobody_elses(sample: tuple[Database, Path]) -> None:
    db, path = sample
    walk = SchemaWalk(path)
    for key in walk.rows["clients"]:
        other = collect_person_data(db, PersonRef(PersonRole.CLIENT, key))
        _check_against_walk(other, walk, ("client", key), skip={"issued_documents"})
        _check_audit(other, walk)
    client_id = _client_with_hours(db)
    export = collect_person_data(db, PersonRef(PersonRole.CLIENT, client_id))
    assert export.tables["hours_entries"] and export.tables["assignments"]
    assert "issued_documents" not in export.tables
    assert export.withheld, "the letter says what was withheld and why"
    text = json.dumps(export.tables, ensure_ascii=False)
    for row in walk.rows["volunteers"].values():
        assert f'"{row["pesel"]}"' not in text if row["pesel"] else True
        assert f"{row['first_name']} {row['last_name']}" not in text
    for key, row in walk.rows["clients"].items():
        if key != client_id:
            assert row["code"] not in text


def test_a_guardian_export_holds_only_the_guardians_data(sample: tuple[Database, Path]) -> None:
    db, _path = sample
    with db.session(write=True) as session:
        volunteer = session.get(Volunteer, _busiest_volunteer(session))
        assert volunteer is not None
        volunteer.guardian_name, volunteer.guardian_phone = "Anna Nowak", "600 700 800"
        volunteer_id = volunteer.id
    export = collect_person_data(db, PersonRef(PersonRole.GUARDIAN, volunteer_id))
    (row,) = export.tables["volunteers"]
    assert row["guardian_phone"] == "600 700 800" and "pesel" not in row and "first_name" not in row
    assert all(consent["given_by_guardian"] for consent in export.tables["health_consents"])
    assert [request["subject"] for request in export.tables["privacy_requests"]] == ["guardian"]
    assert set(export.tables) <= {
        "volunteers",
        "health_consents",
        "privacy_requests",
        "audit_log",
        "declined_forms",
    }


def test_an_unknown_person_is_refused(sample: tuple[Database, Path]) -> None:
    db, _path = sample
    with pytest.raises(PersonNotFound):
        collect_person_data(db, PersonRef(PersonRole.CLIENT, 999_999))
