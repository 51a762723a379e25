"""Typed options in the settings table."""

from __future__ import annotations

from sqlalchemy import text

from coordinator_app.core import settings
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
