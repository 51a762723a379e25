"""Hostile databases, made with raw sqlite3 from a real migrated database (issue #13, point 1).

Each builder takes a copy of a real database (the demo template at the newest revision, or the
frozen file of revision 0001) and changes it the way an attacker could before handing it over
as a backup or a handover: a trigger that empties the hours, a table replaced by a view that
never ends, an extra or missing table, index or column, a virtual table.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

# A view with no end: any query that reads it spins until it is interrupted.
ENDLESS = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id FROM r"


def _edit(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            connection.execute(statement)
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def _rewrite_sql(path: Path, name: str, old: str, new: str) -> None:
    """Change the stored CREATE statement of `name` (what `PRAGMA writable_schema` allows)."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        version = connection.execute("PRAGMA schema_version").fetchone()[0]
        connection.execute("PRAGMA writable_schema=ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?", (old, new, name)
        )
        connection.execute(f"PRAGMA schema_version={version + 1}")
        connection.execute("PRAGMA writable_schema=OFF")
    finally:
        connection.close()


def trigger_empties_hours(path: Path) -> None:
    """The issue's attack: printing a certificate empties the hours and the audit log."""
    _edit(
        path,
        "CREATE TRIGGER wipe AFTER INSERT ON issued_documents "
        "BEGIN DELETE FROM hours_entries; DELETE FROM audit_log; END",
    )


def trigger_blocks_settings(path: Path) -> None:
    _edit(path, "CREATE TRIGGER freeze BEFORE UPDATE ON settings BEGIN SELECT RAISE(IGNORE); END")


def trigger_fires_on_upgrade(path: Path) -> None:
    """On an older file: the upgrade's own write to alembic_version empties the hours."""
    _edit(
        path,
        "CREATE TRIGGER on_upgrade AFTER UPDATE ON alembic_version BEGIN DELETE FROM hours_entries; END",
    )


def volunteers_endless_view(path: Path) -> None:
    _edit(path, "DROP TABLE volunteers", f"CREATE VIEW volunteers AS {ENDLESS}")


def hours_endless_view(path: Path) -> None:
    _edit(
        path,
        "DROP TABLE hours_entries",
        f"CREATE VIEW hours_entries AS {ENDLESS}",
    )


def activity_types_endless_view(path: Path) -> None:
    """On revision 0001: migration 0002 reads activity_types while upgrading."""
    _edit(path, "DROP TABLE activity_types", f"CREATE VIEW activity_types AS {ENDLESS}")


def extra_endless_view(path: Path) -> None:
    _edit(path, f"CREATE VIEW report AS {ENDLESS}")


def view_with_instead_of_trigger(path: Path) -> None:
    _edit(
        path,
        "CREATE VIEW people AS SELECT id, pesel FROM volunteers",
        "CREATE TRIGGER people_write INSTEAD OF INSERT ON people BEGIN DELETE FROM volunteers; END",
    )


def extra_table(path: Path) -> None:
    _edit(path, "CREATE TABLE copies (pesel TEXT, notes TEXT)")


def extra_index(path: Path) -> None:
    _edit(path, "CREATE INDEX ix_pesel ON volunteers (pesel)")


def expression_index(path: Path) -> None:
    _edit(path, "CREATE INDEX ix_upper ON clients (upper(last_name))")


def missing_table(path: Path) -> None:
    _edit(path, "DROP TABLE document_images")


def missing_index(path: Path) -> None:
    _edit(path, "DROP INDEX ix_hours_entries_status_date")


def extra_column(path: Path) -> None:
    _edit(path, "ALTER TABLE volunteers ADD COLUMN copied_to TEXT")


def changed_column(path: Path) -> None:
    _rewrite_sql(path, "volunteers", "pesel VARCHAR(11)", "pesel VARCHAR(11) DEFAULT '00000000000'")


def partial_index(path: Path) -> None:
    """An index of ours, recreated with the same name but a condition."""
    _edit(
        path,
        "DROP INDEX ix_hours_entries_status_date",
        "CREATE INDEX ix_hours_entries_status_date ON hours_entries (status) WHERE minutes > 0",
    )


def fts_virtual_table(path: Path) -> None:
    _edit(path, "CREATE VIRTUAL TABLE notes USING fts5(body)")


def rtree_virtual_table(path: Path) -> None:
    _edit(path, "CREATE VIRTUAL TABLE places USING rtree(id, x0, x1)")


def no_version_endless_view(path: Path) -> None:
    """Another program's file with a `volunteers` view: today `check` counts it forever."""
    _edit(path, "DROP TABLE alembic_version", "DROP TABLE volunteers", f"CREATE VIEW volunteers AS {ENDLESS}")


def newer_version_endless_view(path: Path) -> None:
    _edit(
        path,
        "UPDATE alembic_version SET version_num = 'ffff_future'",
        "DROP TABLE volunteers",
        f"CREATE VIEW volunteers AS {ENDLESS}",
    )


def version_as_view(path: Path) -> None:
    _edit(path, "DROP TABLE alembic_version", "CREATE VIEW alembic_version AS SELECT '0004' AS version_num")


def sound(path: Path) -> None:
    """Nothing changed: the control case (a real database passes)."""


DatabaseCraft = Callable[[Path], None]
