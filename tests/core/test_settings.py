"""Typed options in the settings table."""

from __future__ import annotations

from sqlalchemy import text

from coordinator_app.core import settings
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database


def test_default_then_stored_value(db: Database) -> None:
    assert settings_store.read(db, settings.BACKUP_REMINDER_DAYS) == 7
    settings_store.write(db, settings.BACKUP_REMINDER_DAYS, 14)
    assert settings_store.read(db, settings.BACKUP_REMINDER_DAYS) == 14
    settings_store.write(db, settings.BACKUP_REMINDER_DAYS, 3)
    assert settings_store.read(db, settings.BACKUP_REMINDER_DAYS) == 3


def test_unreadable_value_falls_back_to_the_default(db: Database) -> None:
    with db.session() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('backup_reminder_days', 'tydzień')"))
    assert settings_store.read(db, settings.BACKUP_REMINDER_DAYS) == 7


def test_rotation_follows_the_settings(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from coordinator_app.storage.backup import (
        backups_dir,
        list_local_backups,
        make_local_backup,
        rotate_as_set,
    )

    assert db.path is not None
    settings_store.write(db, settings.BACKUPS_DAILY, 2)
    settings_store.write(db, settings.BACKUPS_WEEKLY, 0)
    settings_store.write(db, settings.BACKUPS_MONTHLY, 0)
    assert settings_store.read_from_file(db.path, settings.BACKUPS_DAILY) == 2
    now = dt.datetime.now()
    for days_ago in (0, 1, 2, 3):
        make_local_backup(db.path, "daily", now=now - dt.timedelta(days=days_ago))
    assert len(list_local_backups(db.path)) == 4
    rotate_as_set(db.path)
    kept = sorted(info.created.date() for info in list_local_backups(db.path))
    assert kept == [(now - dt.timedelta(days=1)).date(), now.date()]
    assert backups_dir(db.path).is_dir()


def test_reading_settings_from_a_file_that_is_not_a_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.sqlite"
    bad.write_text("nie baza")
    assert settings_store.read_from_file(bad, settings.BACKUPS_DAILY) == 7


def test_each_setting_is_declared_once_with_its_default_in_bounds() -> None:
    keys = [setting.key for setting in settings.ALL]
    assert len(keys) == len(set(keys))
    for setting in settings.ALL:
        assert setting.accepts(setting.default), setting.key


def test_a_value_out_of_its_bounds_is_read_as_the_default(db: Database) -> None:
    settings_store.write(db, settings.KS_STANDARD_MONTHS, settings.MAX_MONTHS + 1)
    assert settings_store.read(db, settings.KS_STANDARD_MONTHS) == 12
    settings_store.write(db, settings.KS_STANDARD_MONTHS, settings.MAX_MONTHS)
    assert settings_store.read(db, settings.KS_STANDARD_MONTHS) == settings.MAX_MONTHS
