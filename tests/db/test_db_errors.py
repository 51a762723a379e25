"""describe_database_error: real SQLite failures (through the app's session) get one clear sentence."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from coordinator_app.core.volunteers.queries import count_volunteers
from coordinator_app.core.volunteers.service import create_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import StorageError, describe_database_error
from coordinator_app.i18n import set_language
from coordinator_app.storage.opening import open_database
from tests.factories import volunteer


@pytest.fixture(autouse=True)
def english() -> None:
    # The sentences are new msgids; English keeps these tests independent of the translation.
    set_language("en")


def _wrapped(message: str) -> OperationalError:
    """What SQLAlchemy raises for a sqlite3 error (the DB-API error is in `.orig`)."""
    return OperationalError("INSERT INTO volunteers ...", {}, sqlite3.OperationalError(message))


def test_a_real_full_database_inside_a_save_is_described_and_rolled_back(db: Database) -> None:
    create_volunteer(db, volunteer(last_name="Przedtem"))
    with pytest.raises(StorageError) as caught, db.session() as session:
        used = session.execute(text("PRAGMA page_count")).scalar()
        # A database that may not grow: SQLite reports SQLITE_FULL exactly as for a full disk.
        session.execute(text(f"PRAGMA max_page_count = {used}"))
        session.execute(text("UPDATE volunteers SET notes = :big"), {"big": "x" * 400_000})  # needs new pages
    assert caught.value.orig.sqlite_errorcode == 13  # type: ignore[union-attr]
    assert describe_database_error(caught.value) == (
        "The disk is full: the change was not saved. Free some space and try again."
    )
    assert count_volunteers(db) == 1
    with db.session() as session:
        assert session.execute(text("SELECT notes FROM volunteers")).scalar() is None


def test_a_real_locked_database_is_described(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite"
    open_database(path).dispose()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        other = sqlite3.connect(path, timeout=0)
        with pytest.raises(sqlite3.OperationalError) as caught:
            other.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Mnichowo', 1, 1)")
        other.close()
    finally:
        holder.rollback()
        holder.close()
    message = describe_database_error(caught.value)
    assert message is not None
    assert "busy" in message and "not saved" in message


def test_a_real_read_only_database_is_described(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite"
    open_database(path).dispose()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as caught:
            connection.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Mnichowo', 1, 1)")
    finally:
        connection.close()
    message = describe_database_error(caught.value)
    assert message is not None
    assert "cannot be written" in message


def test_a_real_damaged_file_is_described(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite"
    path.write_bytes(b"not a database at all " * 400)
    connection = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError) as caught:
            connection.execute("SELECT * FROM sqlite_master").fetchall()
    finally:
        connection.close()
    message = describe_database_error(caught.value)
    assert message is not None
    assert "damaged" in message and "backup" in message


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (_wrapped("database or disk is full"), "disk is full"),
        (_wrapped("disk I/O error"), "could not be written to the disk"),
        (_wrapped("database is locked"), "busy"),
        (_wrapped("unable to open database file"), "cannot be opened"),
        (sqlite3.OperationalError("database or disk is full"), "disk is full"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (OSError(errno.EFBIG, "File too large"), "disk is full"),
    ],
)
def test_full_disk_io_and_lock_errors_get_a_sentence(error: BaseException, words: str) -> None:
    message = describe_database_error(error)
    assert message is not None
    assert words in message and "not saved" in message


def test_the_cause_of_a_wrapping_error_is_found() -> None:
    try:
        try:
            raise _wrapped("database or disk is full")
        except OperationalError as inner:
            raise RuntimeError("saving the volunteer failed") from inner
    except RuntimeError as outer:
        assert describe_database_error(outer) == (
            "The disk is full: the change was not saved. Free some space and try again."
        )


@pytest.mark.parametrize(
    "error",
    [
        ValueError("something else"),
        sqlite3.IntegrityError("UNIQUE constraint failed: villages.name"),
        _wrapped("no such table: volunteers"),
        OSError(errno.EACCES, "Permission denied"),
    ],
)
def test_other_errors_are_left_to_the_generic_handler(error: BaseException) -> None:
    assert describe_database_error(error) is None


def test_a_failure_that_is_not_the_disks_leaves_the_session_unchanged(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(text("INSERT INTO villages (name, is_solectwo, active) VALUES ('Mnichowo', 1, 1)"))
        session.execute(text("INSERT INTO villages (name, is_solectwo, active) VALUES ('Mnichowo', 1, 1)"))
