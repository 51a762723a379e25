"""Upgrade path (issue 7, item 5): a frozen database of every released schema revision, with data
in every table, opens in this version (upgraded to the head) with nothing lost.

The frozen files are tests/data/schema-<revision>.sqlite, written once per released revision by
tests/make_frozen_database.py and never changed. Each is copied before it is opened.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections import Counter
from pathlib import Path
from typing import TypedDict

import pytest

from coordinator_app.core.volunteers.queries import count_volunteers
from coordinator_app.db.migrate import HEAD_REVISION, head_revision, known_revisions
from coordinator_app.storage.opening import open_database

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
FROZEN = sorted(DATA_DIR.glob("schema-*.sqlite"))
# Columns a revision deliberately rewrites ({"table": {"column", ...}}): their values are not
# compared before/after. Add an entry only together with the migration that does it.
REWRITTEN_BY_MIGRATIONS: dict[str, set[str]] = {}
# Tables a revision adds default rows to (revision: why). Their old rows must all still be there,
# unchanged; only new rows may appear. Add an entry only together with the migration that does it.
SEEDED_BY_MIGRATIONS: dict[str, str] = {
    "training_requirements": "0002: default readiness rules (induction; child protection for minors)",
    "settings": "0005: the audit log chain's head (audit_chain_head)",
}


def _revision_of(path: Path) -> str:
    return path.stem.removeprefix("schema-")


def _digest(rows: list[tuple[object, ...]]) -> str:
    """Order-independent checksum of rows (a rebuilt table need not keep the row order)."""
    return hashlib.sha256("\n".join(sorted(repr(row) for row in rows)).encode()).hexdigest()


class Snapshot(TypedDict):
    counts: dict[str, int]
    columns: dict[str, list[str]]
    people: str
    minutes: int
    revision: str


def _snapshot(path: Path) -> Snapshot:
    """Row counts, per-table contents by column, and the figures the coordinator cares about most."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        columns = {t: [row[1] for row in connection.execute(f'PRAGMA table_info("{t}")')] for t in tables}
        people = connection.execute("SELECT id, first_name, last_name, pesel FROM volunteers").fetchall()
        minutes = connection.execute("SELECT coalesce(sum(minutes), 0) FROM hours_entries").fetchone()[0]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    return {
        "counts": counts,
        "columns": columns,
        "people": _digest(people),
        "minutes": minutes,
        "revision": revision,
    }


def _column_digests(path: Path, columns: dict[str, list[str]]) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        result = {}
        for table, names in columns.items():
            keep = [n for n in names if n not in REWRITTEN_BY_MIGRATIONS.get(table, set())]
            if table == "alembic_version" or table in SEEDED_BY_MIGRATIONS or not keep:
                continue
            listed = ", ".join(f'"{n}"' for n in keep)
            result[table] = _digest(connection.execute(f'SELECT {listed} FROM "{table}"').fetchall())
        return result
    finally:
        connection.close()


def _rows(path: Path, table: str, names: list[str]) -> Counter[tuple[object, ...]]:
    connection = sqlite3.connect(path)
    try:
        listed = ", ".join(f'"{n}"' for n in names)
        return Counter(connection.execute(f'SELECT {listed} FROM "{table}"').fetchall())
    finally:
        connection.close()


def test_there_is_a_frozen_database_for_every_revision() -> None:
    frozen = {_revision_of(path) for path in FROZEN}
    missing = sorted(known_revisions() - frozen)
    assert not missing, (
        f"no frozen database of revisions {missing}: run `python -m tests.make_frozen_database` "
        "at the release of each revision"
    )
    assert frozen <= known_revisions(), (
        f"frozen files of unknown revisions: {sorted(frozen - known_revisions())}"
    )


@pytest.mark.parametrize("frozen", FROZEN, ids=[_revision_of(p) for p in FROZEN])
def test_frozen_file_is_small_whole_and_of_its_revision(frozen: Path) -> None:
    assert frozen.stat().st_size < 1024 * 1024
    for suffix in ("-wal", "-shm", "-journal"):
        assert not Path(str(frozen) + suffix).exists(), f"{frozen.name}{suffix} beside the frozen file"
    connection = sqlite3.connect(f"file:{frozen}?mode=ro&immutable=1", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            _revision_of(frozen),
        )
        empty = [
            table
            for (table,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
            if connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0
        ]
    finally:
        connection.close()
    assert not empty, f"tables without data in {frozen.name}: {empty}"


@pytest.mark.parametrize("frozen", FROZEN, ids=[_revision_of(p) for p in FROZEN])
def test_frozen_database_upgrades_to_the_head_with_nothing_lost(frozen: Path, tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    original = tmp_path / "original.sqlite"  # untouched, to compare with
    shutil.copyfile(frozen, path)
    shutil.copyfile(frozen, original)
    before = _snapshot(original)

    db = open_database(path)  # upgrades to the head (a backup is made first when it does)
    try:
        assert count_volunteers(db) == before["counts"]["volunteers"]
    finally:
        db.dispose()

    after = _snapshot(path)
    assert after["revision"] == HEAD_REVISION == head_revision()
    assert after["people"] == before["people"], "volunteers' names or PESELs changed"
    assert after["minutes"] == before["minutes"], "the sum of hours changed"
    counts_before: dict[str, int] = before["counts"]
    counts_after: dict[str, int] = after["counts"]
    lost = {
        table: (n, counts_after[table])
        for table, n in counts_before.items()
        if table in counts_after
        and (counts_after[table] < n if table in SEEDED_BY_MIGRATIONS else counts_after[table] != n)
    }
    assert not lost, f"row counts changed (before, after): {lost}"
    # Every value of every column that exists before and after is still there.
    columns_before: dict[str, list[str]] = before["columns"]
    columns_after: dict[str, list[str]] = after["columns"]
    common = {
        table: [name for name in names if name in columns_after[table]]
        for table, names in columns_before.items()
        if table in columns_after
    }
    digests_before = _column_digests(original, common)
    digests_after = _column_digests(path, common)
    changed = sorted(table for table in digests_before if digests_after[table] != digests_before[table])
    assert not changed, f"values changed in tables {changed}"
    for table in SEEDED_BY_MIGRATIONS:
        if table in common:
            gone = _rows(original, table, common[table]) - _rows(path, table, common[table])
            assert not gone, f"rows of {table} lost or changed by the seeding: {sorted(gone)}"
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        connection.close()
    print(
        f"\nupgrade path: {frozen.name} ({before['revision']}) -> {after['revision']}: "
        f"{sum(counts_before.values())} rows in {len(counts_before)} tables, nothing lost"
    )
