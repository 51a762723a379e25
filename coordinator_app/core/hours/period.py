"""A calendar month, the unit of hours cards and of the month close (`YYYY-MM`)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_KEY_RE = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9999:
            raise ValueError(f"not a month: {self.year}-{self.month}")

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def parse(cls, key: str) -> Month:
        """`2025-03` -> Month(2025, 3); ValueError for anything else."""
        match = _KEY_RE.match(key.strip())
        if not match:
            raise ValueError(f"not a month key: {key!r}")
        return cls(int(match[1]), int(match[2]))

    @classmethod
    def coerce(cls, value: Month | dt.date | str) -> Month:
        """A month from a Month, any day of it, or its key."""
        if isinstance(value, Month):
            return value
        if isinstance(value, dt.date):
            return cls.of(value)
        return cls.parse(value)

    @property
    def key(self) -> str:
        """The stored form, `YYYY-MM` (MonthClose.month)."""
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last(self) -> dt.date:
        return dt.date(self.year, self.month, self.days)

    @property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    @property
    def number(self) -> int:
        """`YYYYMM` as an integer (the audit log's entity id of a month close)."""
        return self.year * 100 + self.month

    def contains(self, day: dt.date) -> bool:
        return day.year == self.year and day.month == self.month

    def next(self) -> Month:
        return Month(self.year + 1, 1) if self.month == 12 else Month(self.year, self.month + 1)

    def previous(self) -> Month:
        return Month(self.year - 1, 12) if self.month == 1 else Month(self.year, self.month - 1)

    def back(self, count: int) -> Month:
        """The month `count` months earlier."""
        index = self.year * 12 + self.month - 1 - count
        return Month(index // 12, index % 12 + 1)

    def __str__(self) -> str:
        return self.key
