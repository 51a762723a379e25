"""The period a summary covers: a month, a quarter, a year or any run of days.

Each period knows the one before it (the previous month, quarter or year; for any other run
of days the same number of days right before), which the summary compares against.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from coordinator_app.core.hours.period import Month
from coordinator_app.i18n import _

_MONTH_KEY = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
FIRST_YEAR = 2000
LAST_YEAR = 2100


class PeriodError(ValueError):
    """A period that cannot be reported on; the message is one sentence for the user."""


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
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
        m = Month(year, month)
        return cls(m.first, m.last, PeriodKind.MONTH)

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
            m = self.first_month.previous()
            return Period(m.first, m.last, PeriodKind.MONTH)
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
    match = _MONTH_KEY.match(text or "")
    if not match:
        raise PeriodError(_("“{text}” is not a month; write it as YYYY-MM, e.g. 2026-03.").format(text=text))
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        raise PeriodError(_("“{text}” is not a month: the month is 01 to 12.").format(text=text))
    return Period.month(year, month)
