"""Typed options in the settings table."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from coordinator_app.db import settings
from coordinator_app.db.engine import Database


def test_default_then_stored_value(db: Database) -> None:
    assert settings.read(db, settings.BACKUP_REMINDER_DAYS) == 7
    settings.write(db, settings.BACKUP_REMINDER_DAYS, 14)
    assert settings.read(db, settings.BACKUP_REMINDER_DAYS) == 14
    settings.write(db, settings.BACKUP_REMINDER_DAYS, 3)
    assert settings.read(db, settings.BACKUP_REMINDER_DAYS) == 3


def test_unreadable_value_falls_back_to_the_default(db: Database) -> None:
    with db.session() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('backup_reminder_days', 'tydzień')"))
    assert settings.read(db, settings.BACKUP_REMINDER_DAYS) == 7


def test_rotation_follows_the_settings(db: Database, tmp_path: Path) -> None:
    import datetime as dt

    from coordinator_app.storage.backup import (
        backups_dir,
        list_local_backups,
        make_local_backup,
        rotate_as_set,
    )

    assert db.path is not None
    settings.write(db, settings.BACKUPS_DAILY, 2)
    settings.write(db, settings.BACKUPS_WEEKLY, 0)
    settings.write(db, settings.BACKUPS_MONTHLY, 0)
    assert settings.read_from_file(db.path, settings.BACKUPS_DAILY) == 2
    now = dt.datetime.now()
    for days_ago in (0, 1, 2, 3):
        make_local_backup(db.path, "daily", now=now - dt.timedelta(days=days_ago))
    assert len(list_local_backups(db.path)) == 4
    rotate_as_set(db.path)
    kept = sorted(info.created.date() for info in list_local_backups(db.path))
    assert kept == [(now - dt.timedelta(days=1)).date(), now.date()]
    assert backups_dir(db.path).is_dir()


def test_reading_settings_from_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "x.sqlite"
    bad.write_text("nie baza")
    assert settings.read_from_file(bad, settings.BACKUPS_DAILY) == 7
