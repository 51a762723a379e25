"""The demo's bulk inserts (driver-level tuples, rows written a chunk at a time as they are made)
store exactly what SQLAlchemy Core inserts stored: the same rows, the same types, the same ids."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from coordinator_app.db.engine import Database
from coordinator_app.demo import DemoSize, context, generate_demo
from coordinator_app.demo.context import RowPlan, Writer, table
from coordinator_app.storage.opening import open_database

TODAY = dt.date(2025, 3, 14)
SIZE = DemoSize(volunteers=80, clients=50, hours=2500)

# sha256 of every row (with each value's SQLite storage class) of these tables, in rowid order, as
# generated for SIZE, seed 7, TODAY by the generator before the bulk inserts were changed
# (remade after the one-off actions, partners and coalition joined the demo)
# (Core INSERT of dicts). The tables the generator did not fill then are left out.
REFERENCE = {
    "action_partners": "951371960a47",
    "action_shifts": "077d43adf941",
    "action_signups": "25cf662d2bb1",
    "actions": "614a1715b5ed",
    "activity_types": "72f5f93a6861",
    "agreement_activities": "81180f371320",
    "agreement_annexes": "8b8e818627b1",
    "agreements": "c403b139177e",
    "alembic_version": "1961d1886b03",  # revision 0010
    "anonymisation_log": "e3b0c44298fc",
    "assignment_schedules": "1b4c70e9ebfb",
    "assignments": "4e6abcf8a655",
    "attendances": "dc6fb73c5084",
    "audit_log": "e3b0c44298fc",
    "authorisations": "e3b0c44298fc",
    "client_types": "1653c495955c",
    "clients": "8f0d96efbf81",
    "coalition_attendees": "3371a814bbfa",
    "coalition_decisions": "07876b36054a",
    "coalition_meetings": "ad4ec5446268",
    "coalition_tasks": "73cff999f901",
    "declined_forms": "e3b0c44298fc",
    "document_images": "e3b0c44298fc",
    "document_templates": "e3b0c44298fc",
    "health_consents": "e3b0c44298fc",
    "hours_entries": "1e075d6747ff",
    "image_consents": "e3b0c44298fc",
    "import_batches": "e3b0c44298fc",
    "import_records": "e3b0c44298fc",
    "issued_documents": "e3b0c44298fc",
    "month_closes": "d7c8079ba9fe",
    "needs": "bd5c1ca3f897",
    "organisation": "f8832d318211",
    "partner_contacts": "7766a1bda1e7",
    "partners": "46b55c0aa831",
    "privacy_requests": "e3b0c44298fc",
    "processing_activities": "e3b0c44298fc",
    "programme_items": "c470ecd4fbe9",
    "programmes": "eddc47ce7474",
    "qualifications": "90d8cde489ca",
    "settings": "e3b0c44298fc",
    "staff": "0281e9bf8ad5",
    "training_programme_sessions": "3d1ede19f0b6",
    "training_programmes": "755ed9f54306",
    "training_requirements": "4c8c625cccf1",
    "training_sessions": "aa39aeeccfd2",
    "vettings": "bf79ae3188ac",
    "village_distances": "4c5b38fdbe7c",
    "villages": "9ca11936e458",
    "volunteer_activity_preferences": "a6797f3ab93f",
    "volunteer_availability": "95bb9c113e8c",
    "volunteer_names": "e3b0c44298fc",
    "volunteer_statements": "87fca2a99f34",
    "volunteer_status_changes": "20d48fa99a03",
    "volunteer_villages": "ba2cca2c01bd",
    "volunteers": "fdb10ea8d278",
}


def digests(db: Database) -> dict[str, str]:
    """Per table: sha256 (12 hex digits) of its rows in rowid order, each value with its type."""
    found: dict[str, str] = {}
    with db.engine.connect() as conn:
        names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        for (name,) in names.all():
            columns = [row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{name}")').all()]
            listed = ", ".join(f'typeof("{column}"), "{column}"' for column in columns)
            digest = hashlib.sha256()
            for row in conn.exec_driver_sql(f'SELECT {listed} FROM "{name}" ORDER BY rowid'):
                digest.update(repr(tuple(row)).encode())
            found[name] = digest.hexdigest()[:12]
    return found


def generated(path: Path) -> dict[str, str]:
    db = open_database(path)
    try:
        generate_demo(db, SIZE, seed=7, today=TODAY)
        return digests(db)
    finally:
        db.dispose()


def test_same_rows_as_before_the_change(tmp_path: Path) -> None:
    found = generated(tmp_path / "demo.sqlite")
    assert {name: found[name] for name in REFERENCE} == REFERENCE


def test_same_rows_as_core_inserts_in_small_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every table (also those filled later) against Core INSERTs of the same dicts; with a
    chunk of 7 rows the rows made as they are written reach the database 7 at most at a time,
    and the rows still come out the same."""
    sizes: dict[str, list[int]] = {}
    core_insert = Writer.insert

    def through_core(self: Writer, name: str, rows: Iterable[dict[str, Any]]) -> int:
        listed = list(rows)
        if listed:
            self.conn.execute(table(name).insert(), listed)
        return len(listed)

    monkeypatch.setattr(Writer, "insert", through_core)
    reference = generated(tmp_path / "core.sqlite")

    def recorded(self: Writer, name: str, rows: Iterable[dict[str, Any]]) -> int:
        count = core_insert(self, name, rows)
        sizes.setdefault(name, []).append(count)
        return count

    monkeypatch.setattr(Writer, "insert", recorded)
    monkeypatch.setattr(context, "CHUNK", 7)
    assert generated(tmp_path / "chunked.sqlite") == reference
    streamed = ("volunteer_statements", "agreements", "agreement_activities", "assignments")
    too_large = {name: max(sizes[name]) for name in streamed if not max(sizes[name]) <= 7 < sum(sizes[name])}
    assert not too_large


def test_row_plan_fills_defaults_and_storage_forms(db: Database) -> None:
    volunteers = table("volunteers")
    with db.engine.connect() as conn:
        plan = RowPlan.of(volunteers, ("id", "first_name", "last_name", "birth_date"), conn.dialect)
    assert plan is not None
    born = dt.date(2001, 2, 3)
    values = plan.values({"id": 3, "first_name": "Ala", "last_name": "Nowak", "birth_date": born})
    named = dict(zip(plan.sql.split("(")[1].split(")")[0].replace('"', "").split(", "), values, strict=True))
    assert named["birth_date"] == "2001-02-03"  # the Date type's storage form
    assert named["archived"] == 0  # a scalar default (False) in SQLite's form
    assert isinstance(named["created_at"], str) and named["created_at"][:2] == "20"  # a callable default
