"""Opening databases: a new file, an existing one, and every kind that must be refused unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from coordinator_app.db.migrate import head_revision
from coordinator_app.db.models import Base
from coordinator_app.storage.opening import DatabaseOpenError, open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_the_whole_schema_and_seeded_dictionaries(tmp_path: Path) -> None:
    db = open_database(tmp_path / "new.sqlite")
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        with db.session() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            codes = dict(s.execute(text("SELECT code, involves_minors FROM activity_types")).all())
            assert len(codes) == 16 and codes["EDU"] and codes["CZW"] and not codes["TOW"]
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        db.dispose()


def test_the_head_constant_is_alembics_head() -> None:
    from coordinator_app.db.migrate import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_up_to_date_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "a.sqlite"
    open_database(path).dispose()
    code = (
        "import sys; from pathlib import Path; from coordinator_app.storage.opening import open_database; "
        f"open_database(Path({str(path)!r})).dispose(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_models_and_baseline_migration_agree(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = open_database(tmp_path / "x.sqlite")
    try:
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        db.dispose()


def test_reopening_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite"
    open_database(path).dispose()
    open_database(path).dispose()
    assert not (tmp_path / "backups").exists(), "no backup when nothing is upgraded"


def test_database_behind_the_head_is_backed_up_before_upgrading(tmp_path: Path) -> None:
    import shutil

    # The frozen database of revision 0001 is behind the head: opening it upgrades it.
    path = tmp_path / "old.sqlite"
    shutil.copyfile(Path(__file__).resolve().parents[1] / "data" / "schema-0001.sqlite", path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Mnichowo Małe', 1, 1)")
    conn.close()
    open_database(path).dispose()
    (backup,) = (tmp_path / "backups").iterdir()
    assert backup.name.startswith("old-before-upgrade-0001-")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT count(*) FROM villages WHERE name = 'Mnichowo Małe'").fetchone() == (1,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "jest pusty"),
        (b"this is a letter, not a database" * 10, "nie jest bazą danych tej aplikacji"),
    ],
)
def test_not_a_database_is_refused_unchanged(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match=message):
        open_database(path)
    assert digest(path) == before


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="innego programu"):
        open_database(path)
    assert digest(path) == before


def test_newer_schema_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite"
    open_database(path).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="nowszą wersję"):
        open_database(path)
    assert digest(path) == before


def test_missing_folder_is_refused_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nope" / "db.sqlite"
    with pytest.raises(DatabaseOpenError, match="nie istnieje"):
        open_database(path)
    assert not path.parent.exists()


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else False, reason="root ignores permissions")
def test_read_only_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(path).dispose()
    path.chmod(0o444)
    with pytest.raises(DatabaseOpenError, match="tylko do odczytu"):
        open_database(path)


def test_read_only_check_without_permissions_machinery(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As root the chmod test cannot run, so simulate what os.access reports for a read-only file."""
    path = tmp_path / "ro.sqlite"
    open_database(path).dispose()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(DatabaseOpenError, match="tylko do odczytu"):
        open_database(path)
