"""Storage of the settings declared in `core.settings`: one row of the `settings` table each.

This module knows only how a setting is kept (its key, its text); what the settings are, their
types, defaults and bounds, is declared once in `core.settings`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol, TypeVar

from sqlalchemy import select

from coordinator_app.db.engine import Database
from coordinator_app.db.models import Setting

T = TypeVar("T")


class StoredSetting(Protocol[T]):
    """What storage needs of a declared setting (`core.settings.AppSetting` is one)."""

    @property
    def key(self) -> str: ...

    @property
    def default(self) -> T: ...

    def value_from(self, text: str | None) -> T: ...

    def text_of(self, value: T) -> str: ...


def read(db: Database, setting: StoredSetting[T]) -> T:
    """The stored value, or the default when it is missing, unreadable or out of bounds."""
    with db.session() as session:
        text = session.scalar(select(Setting.value).where(Setting.key == setting.key))
    return setting.value_from(text)


def read_from_file(path: Path, setting: StoredSetting[T]) -> T:
    """The same, read straight from a database file (for work done without an engine, such as
    backups); any problem reading it gives the default."""
    try:
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return setting.default
    return setting.value_from(row[0] if row else None)


def write(db: Database, setting: StoredSetting[T], value: T) -> None:
    with db.session() as session:
        session.merge(Setting(key=setting.key, value=setting.text_of(value)))
