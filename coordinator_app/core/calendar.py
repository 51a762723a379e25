"""The calendar types, declared once: `Month` (the unit of hours cards, the month close and
the timesheet), `Period` (what a summary covers) and `add_months` (dates a number of months on).

A month written as text (`YYYY-MM`, as typed on the command line or in a dialog, or stored in
MonthClose.month) is parsed once where it enters, with `Month.parse` (or `parse_month` for a
summary's period, which says what is wrong in one sentence), and passed on as a `Month`.

Imports nothing from the application but `i18n` (for the messages of `PeriodError`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from coordinator_app.i18n import _

MONTH_TEXT = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
FIRST_YEAR = 2000  # the years a summary may cover
LAST_YEAR = 2100


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the 31st becomes the month's last day when needed."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


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
        """`2025-03` (or `2025-3`, spaces around allowed) -> Month(2025, 3); ValueError for
        anything else. The key it prints back (`Month.key`) is always `YYYY-MM`."""
        match = MONTH_TEXT.match(key)
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
        return self.back(-1)

    def previous(self) -> Month:
        return self.back(1)

    def back(self, count: int) -> Month:
        """The month `count` months earlier (later when `count` is negative)."""
        return Month.of(add_months(self.first, -count))

    def __str__(self) -> str:
        return self.key


# --- periods ----------------------------------------------------------------------------------
class PeriodError(ValueError):
    """A period that cannot be reported on; the message is one sentence for the user."""


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """The period a summary covers: a month, a quarter, a year or any run of days. Each period
    knows the one before it (the previous month, quarter or year; for any other run of days
    the same number of days right before), which the summary compares against."""

    start: dt.date
    end: dt.date  # inclusive
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(_("The end of the period is before its start."))

    # --- construction -----------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        _check_year(year)
        return cls.of_month(Month(year, month))

    @classmethod
    def of_month(cls, month: Month) -> Period:
        return cls(month.first, month.last, PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise PeriodError(_("A quarter is numbered 1 to 4."))
        first = Month(year, 3 * quarter - 2)
        return cls(first.first, Month(year, 3 * quarter).last, PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        _check_year(year)
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def days(cls, start: dt.date, end: dt.date) -> Period:
        """Any run of days; a whole calendar month, quarter or year is recognised as such."""
        period = cls(start, end, PeriodKind.CUSTOM)
        if start.day == 1 and end == Month.of(end).last:
            months = (end.year - start.year) * 12 + end.month - start.month + 1
            if months == 1:
                return cls.month(start.year, start.month)
            if months == 3 and start.month % 3 == 1:
                return cls.quarter(start.year, start.month // 3 + 1)
            if months == 12 and start.month == 1:
                return cls.year(start.year)
        return period

    # --- derived ----------------------------------------------------------------------------
    @property
    def first_month(self) -> Month:
        return Month.of(self.start)

    @property
    def last_month(self) -> Month:
        return Month.of(self.end)

    @property
    def day_count(self) -> int:
        return (self.end - self.start).days + 1

    def months(self) -> list[Month]:
        """Every calendar month the period touches, in order."""
        result = []
        month = self.first_month
        while month <= self.last_month:
            result.append(month)
            month = month.next()
        return result

    def previous(self) -> Period:
        if self.kind is PeriodKind.MONTH:
            return Period.of_month(self.first_month.previous())
        if self.kind is PeriodKind.QUARTER:
            first = self.first_month.back(3)
            return Period(first.first, first.back(-2).last, PeriodKind.QUARTER)
        if self.kind is PeriodKind.YEAR:
            return Period(dt.date(self.start.year - 1, 1, 1), dt.date(self.start.year - 1, 12, 31), self.kind)
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.day_count - 1), end, PeriodKind.CUSTOM)

    @property
    def key(self) -> str:
        """For file names: `2026-03`, `2026-Q1`, `2026`, `2026-03-05_2026-04-10`."""
        if self.kind is PeriodKind.MONTH:
            return self.first_month.key
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month + 2) // 3}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(
            _("The year {year} is outside the range the reports cover ({first}–{last}).").format(
                year=year, first=FIRST_YEAR, last=LAST_YEAR
            )
        )


def parse_month(text: str) -> Period:
    """`2026-03` -> the period of March 2026; `PeriodError` with one sentence otherwise."""
    match = MONTH_TEXT.match(text or "")
    if not match:
        raise PeriodError(_("“{text}” is not a month; write it as YYYY-MM, e.g. 2026-03.").format(text=text))
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        raise PeriodError(_("“{text}” is not a month: the month is 01 to 12.").format(text=text))
    return Period.month(year, month)
