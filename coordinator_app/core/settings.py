"""Options kept in the database's `settings` table, each declared once with its type and default."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select

from coordinator_app.db.engine import Database
from coordinator_app.db.models import Setting

T = TypeVar("T")


@dataclass(frozen=True)
class Declared(Generic[T]):
    """A setting: its key in the table, its default, and how its text is read."""

    key: str
    default: T
    parse: Callable[[str], T]


# Remind the coordinator when the last backup outside this computer is older than this.
BACKUP_REMINDER_DAYS: Declared[int] = Declared("backup_reminder_days", 7, int)


def read(db: Database, option: Declared[T]) -> T:
    """The stored value, or the default when it is missing or unreadable."""
    with db.session() as session:
        text = session.scalar(select(Setting.value).where(Setting.key == option.key))
    if text is None:
        return option.default
    try:
        return option.parse(text)
    except ValueError:
        return option.default


def write(db: Database, option: Declared[T], value: T) -> None:
    with db.session() as session:
        session.merge(Setting(key=option.key, value=str(value)))
