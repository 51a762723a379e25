"""The Korpus Solidarności criterion (domain §5.1), without the database.

Volunteers aged 15–65 declare 16 hours a month for 12 months; under 15 and over 65, 6 hours a
month for at least 6 months. A volunteer *meets the criterion* at the end of a month when the
months just before it, that month included, each hold at least the monthly hours, for at least
the required number of months in a row. Only confirmed hours count. The thresholds are
settings (`core.settings.KS_*`); the age band is the programme's and is fixed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from coordinator_app.core.calendar import Month
from coordinator_app.core.rules import age_on
from coordinator_app.core.settings import (
    KS_REDUCED_HOURS,
    KS_REDUCED_MONTHS,
    KS_STANDARD_HOURS,
    KS_STANDARD_MONTHS,
)

STANDARD_MIN_AGE = 15
STANDARD_MAX_AGE = 65


@dataclass(frozen=True)
class KorpusThresholds:
    standard_hours: int = KS_STANDARD_HOURS.default
    standard_months: int = KS_STANDARD_MONTHS.default
    reduced_hours: int = KS_REDUCED_HOURS.default
    reduced_months: int = KS_REDUCED_MONTHS.default

    @property
    def longest(self) -> int:
        """Months of history needed to judge anyone."""
        return max(self.standard_months, self.reduced_months)


@dataclass(frozen=True)
class KorpusRequirement:
    reduced: bool  # under 15 or over 65
    monthly_minutes: int
    months: int


@dataclass(frozen=True)
class KorpusStatus:
    requirement: KorpusRequirement
    streak: int  # months in a row, ending with the month judged, each meeting the hours
    meets: bool


def requirement(birth_date: dt.date, on: dt.date, thresholds: KorpusThresholds) -> KorpusRequirement:
    """What the volunteer must give, by their age on `on`."""
    age = age_on(birth_date, on)
    if STANDARD_MIN_AGE <= age <= STANDARD_MAX_AGE:
        return KorpusRequirement(False, thresholds.standard_hours * 60, thresholds.standard_months)
    return KorpusRequirement(True, thresholds.reduced_hours * 60, thresholds.reduced_months)


def streak(minutes_by_month: Mapping[Month, int], last: Month, monthly_minutes: int, limit: int) -> int:
    """Months in a row, counted back from `last` (included), with at least `monthly_minutes`;
    counting stops after `limit` months (the history the caller has)."""
    count = 0
    month = last
    while count < limit and minutes_by_month.get(month, 0) >= monthly_minutes > 0:
        count += 1
        month = month.previous()
    return count


def korpus_status(
    birth_date: dt.date,
    minutes_by_month: Mapping[Month, int],
    last: Month,
    thresholds: KorpusThresholds,
    history_months: int | None = None,
) -> KorpusStatus:
    """The criterion judged at the end of `last` (age on its last day)."""
    need = requirement(birth_date, last.last, thresholds)
    run = streak(minutes_by_month, last, need.monthly_minutes, history_months or thresholds.longest)
    return KorpusStatus(need, run, run >= need.months)
