"""Local automatic backups: online copies, checked, rotated, and the newest good one found."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.storage.backup import (
    BackupError,
    backups_dir,
    list_local_backups,
    make_local_backup,
    newest_good_backup,
    rotate_backups,
)

NOW = dt.datetime(2026, 11, 21, 15, 30)


@pytest.fixture
def writer(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection in the middle of a write transaction, as the open window may be."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Nieskończona', 1, 1)")
    yield connection
    connection.execute("ROLLBACK")
    connection.close()


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_online_backup_while_another_connection_writes(db_path: Path, writer: sqlite3.Connection) -> None:
    target = make_local_backup(db_path, "startup", now=NOW)
    assert target == backups_dir(db_path) / "koordynator-2026-11-21-1530-startup.sqlite"
    assert count(target, "volunteers") == 20
    assert count(target, "villages") == count(db_path, "villages")  # the open transaction is not in it
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert sorted(p.name for p in backups_dir(db_path).iterdir()) == [target.name]


def test_two_backups_in_one_minute_get_distinct_names(db_path: Path) -> None:
    first = make_local_backup(db_path, "manual", now=NOW)
    second = make_local_backup(db_path, "manual", now=NOW)
    assert second.name == "koordynator-2026-11-21-1530-manual-2.sqlite"
    assert [info.path for info in list_local_backups(db_path)] == [second, first]


def test_listing_parses_names_newest_first(db_path: Path) -> None:
    make_local_backup(db_path, "startup", now=NOW - dt.timedelta(days=1))
    make_local_backup(db_path, "exit", now=NOW)
    (backups_dir(db_path) / "notes.txt").write_text("not a backup", encoding="utf-8")
    infos = list_local_backups(db_path)
    assert [(i.created, i.reason) for i in infos] == [
        (NOW, "exit"),
        (NOW - dt.timedelta(days=1), "startup"),
    ]
    assert all(i.size == i.path.stat().st_size > 0 for i in infos)


def test_unknown_reason_and_missing_database(db_path: Path) -> None:
    with pytest.raises(ValueError):
        make_local_backup(db_path, "whenever")
    with pytest.raises(BackupError):
        make_local_backup(db_path.with_name("missing.sqlite"), "manual")


def test_a_copy_that_fails_the_check_is_not_kept(db_path: Path) -> None:
    with db_path.open("r+b") as fh:  # a damaged page the copy carries over verbatim
        fh.seek(20 * 4096)
        fh.write(b"\xa5" * 4096)
    with pytest.raises(BackupError):
        make_local_backup(db_path, "daily", now=NOW)
    assert list(backups_dir(db_path).iterdir()) == []


def make_names(folder: Path, stamps: list[dt.datetime], stem: str = "koordynator") -> None:
    folder.mkdir(exist_ok=True)
    for stamp in stamps:
        (folder / f"{stem}-{stamp:%Y-%m-%d-%H%M}-daily.sqlite").write_bytes(b"x")


def names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_rotation_keeps_days_weeks_months(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    # Two backups a day (08:00 and 12:00) for 400 days up to today (Saturday 21.11.2026).
    days = [NOW.date() - dt.timedelta(days=n) for n in range(400)]
    make_names(folder, [dt.datetime.combine(d, dt.time(h)) for d in days for h in (8, 12)])
    strangers = {
        "koordynator-before-upgrade-0001-20250101-120000.sqlite",
        "koordynator-before-restore-20250101-120000.sqlite",
        "notes.txt",
        "other-2025-01-01-1200-daily.sqlite",  # another database's only backup
    }
    for name in strangers:
        (folder / name).write_bytes(b"x")

    deleted = rotate_backups(folder, daily=7, weekly=4, monthly=12, now=NOW)

    kept_days = [
        # the last 7 days, 15.11 to 21.11
        *(dt.date(2026, 11, d) for d in range(15, 22)),
        # the last 4 ISO weeks (weeks 44 to 47): their Sundays; this week's newest is today and
        # last week's Sunday (15.11) is among the days already
        dt.date(2026, 11, 8),
        dt.date(2026, 11, 1),
        # the last 12 months: their last days (this month's newest is today)
        *(dt.date(2025, 12, 31), dt.date(2026, 1, 31), dt.date(2026, 2, 28), dt.date(2026, 3, 31)),
        *(dt.date(2026, 4, 30), dt.date(2026, 5, 31), dt.date(2026, 6, 30), dt.date(2026, 7, 31)),
        *(dt.date(2026, 8, 31), dt.date(2026, 9, 30), dt.date(2026, 10, 31)),
    ]
    expected = {f"koordynator-{d:%Y-%m-%d}-1200-daily.sqlite" for d in kept_days} | strangers
    assert names(folder) == expected
    assert len(deleted) == 800 - len(kept_days)
    assert not any(p.exists() for p in deleted)


def test_rotation_never_deletes_the_newest_or_a_future_file(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    newest = NOW - dt.timedelta(days=500)
    make_names(folder, [newest, newest - dt.timedelta(days=1), NOW + dt.timedelta(days=3)])
    rotate_backups(folder, daily=0, weekly=0, monthly=0, now=NOW)
    assert names(folder) == {
        f"koordynator-{newest:%Y-%m-%d-%H%M}-daily.sqlite",
        f"koordynator-{NOW + dt.timedelta(days=3):%Y-%m-%d-%H%M}-daily.sqlite",
    }


def test_rotation_of_a_missing_folder_does_nothing(tmp_path: Path) -> None:
    assert rotate_backups(tmp_path / "none", now=NOW) == []


def test_newest_good_backup_skips_damaged_and_newer_files(db_path: Path) -> None:
    good = make_local_backup(db_path, "startup", now=NOW - dt.timedelta(hours=3))
    newer_schema = make_local_backup(db_path, "daily", now=NOW - dt.timedelta(hours=2))
    damaged = make_local_backup(db_path, "exit", now=NOW - dt.timedelta(hours=1))
    with sqlite3.connect(newer_schema) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    with damaged.open("r+b") as fh:
        fh.seek(8192)
        fh.write(b"\x00garbage\xff" * 512)
    assert [i.path for i in list_local_backups(db_path)] == [damaged, newer_schema, good]
    found = newest_good_backup(db_path)
    assert found is not None and found.path == good


def test_no_good_backup(db_path: Path) -> None:
    assert newest_good_backup(db_path) is None
