"""The reference schema, and the files it must let through (issue #13, point 1)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from coordinator_app.db.migrate import HEAD_REVISION
from coordinator_app.storage import schema
from coordinator_app.storage.integrity import CURRENT, OLDER, check_database
from coordinator_app.storage.opening import DatabaseOpenError, open_database
from coordinator_app.storage.restore import restore_backup
from tests.storage.hostile import databases

FROZEN = Path(__file__).resolve().parents[2] / "data"
REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009"]


@pytest.mark.parametrize("revision", REVISIONS)
def test_the_fingerprints_are_the_migrations(revision: str) -> None:
    built = schema.reference(revision)
    assert built is not None
    assert schema.FINGERPRINTS[revision] == schema.fingerprint(built), "update schema.FINGERPRINTS"


def test_every_revision_has_a_fingerprint() -> None:
    from coordinator_app.db.migrate import known_revisions

    assert set(schema.FINGERPRINTS) == known_revisions()


@pytest.mark.parametrize("revision", REVISIONS)
def test_every_frozen_release_passes(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FROZEN / f"schema-{revision}.sqlite", path)
    result = check_database(path)
    assert result.ok, result.problems
    assert result.revision_status == (CURRENT if revision == HEAD_REVISION else OLDER)


def test_an_older_file_is_restored_and_upgraded(db_path: Path, tmp_path: Path) -> None:
    """The upgraded copy is checked against the newest reference: it must match it."""
    result = restore_backup(FROZEN / "schema-0001.sqlite", db_path, None)
    assert result.upgraded and check_database(db_path).ok


def test_sqlite_statistics_are_not_foreign(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("ANALYZE")
    connection.close()
    assert check_database(db_path).ok
    open_database(db_path).dispose()


def test_opening_refuses_a_file_with_a_trigger(db_path: Path) -> None:
    databases.trigger_empties_hours(db_path)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="wipe"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_opening_refuses_an_older_file_with_a_trigger_before_its_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(FROZEN / "schema-0001.sqlite", path)
    databases.trigger_fires_on_upgrade(path)
    with pytest.raises(DatabaseOpenError, match="on_upgrade"):
        open_database(path)
    assert not (tmp_path / "backups").exists()  # refused before the backup that precedes an upgrade


def test_a_name_with_a_line_break_stays_on_one_line(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute('CREATE TABLE "evil\nname" (x)')
    connection.close()
    result = check_database(db_path)
    assert not result.ok and "evil?name" in result.problems[0]
    assert all("\n" not in problem for problem in result.problems)


def test_at_most_three_objects_are_listed(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        for n in range(10):
            connection.execute(f"CREATE TABLE extra_{n} (x)")
    connection.close()
    assert len(check_database(db_path).problems) == 3


def test_a_changed_definition_is_named_once(db_path: Path) -> None:
    databases.extra_column(db_path)
    problems = check_database(db_path).problems
    assert len(problems) == 1 and "volunteers" in problems[0]


def test_a_no_break_space_is_not_white_space() -> None:
    """To SQLite it is part of a name: `id`, a no-break space and `INTEGER` make one name."""
    assert schema.normalise("a \t\n b") == "a b"
    assert schema.normalise("id\u00a0INTEGER") != schema.normalise("id INTEGER")
