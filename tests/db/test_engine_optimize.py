"""The planner's statistics are kept by the application: a sampled ANALYZE at the first close,
`PRAGMA optimize` at the others; a busy file is left alone, the start-up check stays cheap."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.storage.opening import open_database
from coordinator_app.storage.startup import start_database
from coordinator_app.storage.verified import is_verified
from tests.factories import volunteer


def stats_of(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return {index: stat for _table, index, stat in connection.execute("SELECT * FROM sqlite_stat1")}
    finally:
        connection.close()


def seeded(path: Path, count: int, first: int = 0) -> None:
    db = open_database(path)
    for i in range(first, first + count):
        record = volunteer(
            last_name=f"Nowak{i}", pesel=None, birth_date=dt.date(1980, 1, 1 + i), id_document=f"ABC{i:06d}"
        )
        create_volunteer(db, record)
    db.dispose()


def test_statistics_exist_after_the_first_close(tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, 3)
    stats = stats_of(path)
    assert stats, "ANALYZE ran at the first close"
    volunteer_indexes = [stat for index, stat in stats.items() if index and "volunteers" in index]
    assert any(stat.startswith("3 ") for stat in volunteer_indexes), stats


def test_statistics_are_written_once_then_left_to_pragma_optimize(tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, 2)
    first = stats_of(path)
    seeded(path, 1, first=2)  # a small change: the statistics stay as they were
    assert stats_of(path) == first
    connection = sqlite3.connect(path)
    connection.execute("DROP TABLE sqlite_stat1")
    connection.close()
    seeded(path, 4, first=3)
    counts = [stat.split()[0] for index, stat in stats_of(path).items() if index and "volunteers" in index]
    assert "7" in counts, "missing statistics are made again, from the file as it is now"


def test_a_file_busy_in_another_process_is_closed_without_statistics(tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    db = open_database(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file
    try:
        db.dispose()  # does not wait for the lock, does not fail
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "sqlite_stat1" not in sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()


def test_the_start_check_stays_cheap_after_the_statistics_were_written(tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, 2)
    start_database(path).dispose()  # checked fully once; every change since went through SQLite
    db = start_database(path)
    create_volunteer(
        db, volunteer(last_name="Kos", pesel=None, birth_date=dt.date(1970, 2, 2), id_document="KOS000001")
    )
    db.dispose()  # a write, then ANALYZE
    assert stats_of(path)
    assert is_verified(path), "the file closed after ANALYZE is remembered as verified"
