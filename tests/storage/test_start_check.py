"""The start-up check costs what does not grow with the file, yet never opens a damaged file for
writing: a file is read fully unless it is exactly as it was when last verified (issue #16)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app.storage import integrity, startup
from coordinator_app.storage.backup import BackupError, make_local_backup
from coordinator_app.storage.startup import DamagedDatabase, start_database
from coordinator_app.storage.verified import identity, is_verified, memo_path
from tests.storage.hostile import databases as hostile
from tests.storage.test_integrity import overwrite_an_hours_page

CheckSpy = list[bool]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cheap_calls(monkeypatch: pytest.MonkeyPatch) -> CheckSpy:
    """Whether each start-up check was the cheap one (True) or read the file fully (False)."""
    calls: CheckSpy = []
    real_check = integrity.check_database

    def spy(path: Path, *, quick: bool = False, cheap: bool = False) -> integrity.CheckResult:
        calls.append(cheap)
        return real_check(path, quick=quick, cheap=cheap)

    monkeypatch.setattr(startup, "check_database", spy)
    return calls


def test_a_file_is_checked_fully_once_then_cheaply_while_unchanged(
    db_path: Path, cheap_calls: CheckSpy
) -> None:
    start_database(db_path).dispose()
    assert cheap_calls == [False] and is_verified(db_path)
    start_database(db_path).dispose()
    start_database(db_path).dispose()
    assert cheap_calls == [False, True, True]


def test_closing_after_writes_remembers_the_new_state(db_path: Path, cheap_calls: CheckSpy) -> None:
    db = start_database(db_path)
    before = identity(db_path)
    with db.session() as session:
        session.connection().exec_driver_sql("UPDATE volunteers SET notes = 'po zmianie' WHERE id = 1")
    db.dispose()
    assert identity(db_path) != before and is_verified(db_path)
    start_database(db_path).dispose()
    assert cheap_calls == [False, True]


DAMAGES: list[Callable[[Path], None]] = [overwrite_an_hours_page, hostile.trigger_empties_hours]


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_file_damaged_after_its_verification_is_never_opened_for_writing(
    db_path: Path, cheap_calls: CheckSpy, damage: Callable[[Path], None]
) -> None:
    start_database(db_path).dispose()
    assert is_verified(db_path)
    damage(db_path)  # outside the application: the file's identity changes with it
    before = digest(db_path)
    with pytest.raises(startup.DatabaseOpenError):
        start_database(db_path)
    assert cheap_calls == [False, False]  # the changed file was read fully
    assert digest(db_path) == before
    assert not memo_path(db_path).exists()


def test_a_damaged_file_never_verified_is_refused(db_path: Path) -> None:
    overwrite_an_hours_page(db_path)
    before = digest(db_path)
    with pytest.raises(DamagedDatabase) as refused:
        start_database(db_path)
    assert "integrity" in str(refused.value) or "damaged" in str(refused.value)
    assert digest(db_path) == before


def test_a_memo_copied_onto_another_file_is_not_trusted(
    db_path: Path, template: Path, cheap_calls: CheckSpy
) -> None:
    start_database(db_path).dispose()
    other = db_path.with_name("inny.sqlite")
    shutil.copyfile(template, other)
    overwrite_an_hours_page(other)
    shutil.copyfile(memo_path(db_path), memo_path(other))
    with pytest.raises(DamagedDatabase):
        start_database(other)
    assert cheap_calls == [False, False]


def test_an_unfinished_write_ahead_log_means_a_full_check(db_path: Path) -> None:
    start_database(db_path).dispose()
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE volunteers SET notes = 'w logu' WHERE id = 1")
    writer.commit()
    assert not is_verified(db_path)  # left open: committed work only in the -wal file
    writer.close()


def test_a_backup_whose_copy_fails_its_check_forgets_the_verified_state(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, cheap_calls: CheckSpy
) -> None:
    start_database(db_path).dispose()
    from coordinator_app.storage import backup

    # The copy's own check cannot read it: as when a damaged page was copied with the file.
    monkeypatch.setattr(backup, "read_only_uri", lambda path: "file:/nonexistent/x?mode=ro")
    with pytest.raises(BackupError):
        make_local_backup(db_path, "daily")
    assert not is_verified(db_path)
    start_database(db_path).dispose()
    assert cheap_calls == [False, False]
