"""Options kept in the database's `settings` table, each declared once with its type and default."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
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
# Automatic backups kept: the newest of each of so many days, ISO weeks and months.
BACKUPS_DAILY: Declared[int] = Declared("backups_daily", 7, int)
BACKUPS_WEEKLY: Declared[int] = Declared("backups_weekly", 4, int)
BACKUPS_MONTHLY: Declared[int] = Declared("backups_monthly", 12, int)
# Reports (domain §5.3, §2.3.6): client counts below this are printed as "<3" (small cells).
REPORT_SMALL_COUNT: Declared[int] = Declared("report_small_count", 3, int)
# Value of an hour of volunteer work in grosze (in-kind contribution); the OPS sets its own
# rate; the default is the statutory minimum hourly rate of 2026 (31,40 zł).
REPORT_HOUR_VALUE_GROSZE: Declared[int] = Declared("report_hour_value_grosze", 3140, int)
# Korpus Solidarności (domain §5.1): ages 15–65 need 16 h a month for 12 months; under 15 and
# over 65, 6 h a month for 6 months.
KS_STANDARD_HOURS: Declared[int] = Declared("ks_standard_hours", 16, int)
KS_STANDARD_MONTHS: Declared[int] = Declared("ks_standard_months", 12, int)
KS_REDUCED_HOURS: Declared[int] = Declared("ks_reduced_hours", 6, int)
KS_REDUCED_MONTHS: Declared[int] = Declared("ks_reduced_months", 6, int)


def read(db: Database, option: Declared[T]) -> T:
    """The stored value, or the default when it is missing or unreadable."""
    with db.session() as session:
        text = session.scalar(select(Setting.value).where(Setting.key == option.key))
    return _parsed(option, text)


def read_from_file(path: Path, option: Declared[T]) -> T:
    """The same, read straight from a database file (for work done without an engine, such as
    backups); any problem reading it gives the default."""
    try:
        connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT value FROM settings WHERE key = ?", (option.key,)).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return option.default
    return _parsed(option, row[0] if row else None)


def _parsed(option: Declared[T], text: str | None) -> T:
    if text is None:
        return option.default
    try:
        return option.parse(text)
    except ValueError:
        return option.default


def write(db: Database, option: Declared[T], value: T) -> None:
    with db.session() as session:
        session.merge(Setting(key=option.key, value=str(value)))
