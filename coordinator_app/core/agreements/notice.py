"""The notice period an agreement states, and whether a termination kept it.

The agreed period is stored on the agreement (`notice_period_days`); an agreement saved before
it was stored states it in its termination clause ("z zachowaniem 7-dniowego okresu
wypowiedzenia", "dwutygodniowego", "14 dni"), read here; without either the template's default
applies. The period runs from the day the notice was given to the agreement's last day.

A notice period only makes sense when it is shorter than the agreement itself: an agreement of
up to SHORT_AGREEMENT_DAYS days (an event, a one-off action) is terminated by a written
statement with immediate effect (a notice period of 0 days), and one that states a notice as
long as or longer than its own duration is read, and printed, that way too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from coordinator_app.core.agreements.defaults import NOTICE_DAYS

_WORD_NUMBERS = {
    "jedno": 1,
    "dwu": 2,
    "trzy": 3,
    "cztero": 4,
    "pięcio": 5,
    "sześcio": 6,
    "siedmio": 7,
    "czternasto": 14,
    "trzydziesto": 30,
}
_DIGITS = re.compile(r"(\d{1,3})\s*[- ]?\s*(dniow|tygodniow|miesięczn|dni\b|dzień|tygodni|tydzień|miesiąc)")
_WORDS = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")(dniow|tygodniow|miesięczn)")
_UNIT_DAYS = {"dni": 1, "dzi": 1, "tyg": 7, "mie": 30}


def _days(count: int, unit: str) -> int:
    return count * _UNIT_DAYS.get(unit[:3], 1)


def notice_days_in_terms(terms: str | None) -> int | None:
    """The notice period (days) a termination clause states, or None when it names none."""
    text = (terms or "").lower()
    if "wypowiedz" not in text:
        return None
    found = _DIGITS.search(text)
    if found:
        return _days(int(found.group(1)), found.group(2))
    found = _WORDS.search(text)
    if found:
        return _days(_WORD_NUMBERS[found.group(1)], found.group(2))
    return None


SHORT_AGREEMENT_DAYS = 14  # up to two weeks: termination with immediate effect, no notice period


class NoticeTerms(Protocol):
    """What an agreement says about its notice: the stored period, the clause, the dates."""

    @property
    def notice_period_days(self) -> int | None: ...
    @property
    def termination_terms(self) -> str | None: ...
    @property
    def period_from(self) -> dt.date | None: ...
    @property
    def period_to(self) -> dt.date | None: ...


def duration_days(start: dt.date | None, end: dt.date | None) -> int | None:
    """Days of the agreement, both ends included; None when indefinite or not known."""
    return None if start is None or end is None else (end - start).days + 1


def default_notice_days(duration: int | None) -> int:
    """The notice a new agreement states: none (immediate effect) for a short one, else the
    domain's seven days."""
    return 0 if duration is not None and duration <= SHORT_AGREEMENT_DAYS else NOTICE_DAYS


def notice_too_long(stated: int | None, duration: int | None) -> bool:
    """Whether a stated notice period is as long as the agreement itself (it could never run)."""
    return bool(stated) and duration is not None and (stated or 0) >= duration


def agreed_notice_days(stored: int | None, terms: str | None, duration: int | None = None) -> int:
    """The notice period the agreement states: the stored one, the clause's, or the default for
    its duration; 0 (immediate effect) when the stated one is as long as the agreement."""
    stated = stored or notice_days_in_terms(terms)
    if stated is None:
        return default_notice_days(duration)
    return 0 if notice_too_long(stated, duration) else stated


def notice_days_of(agreement: NoticeTerms) -> int:
    """`agreed_notice_days` of an agreement row or its data: what its printed clause says."""
    return agreed_notice_days(
        agreement.notice_period_days,
        agreement.termination_terms,
        duration_days(agreement.period_from, agreement.period_to),
    )


def notice_end(given_on: dt.date, days: int) -> dt.date:
    """The last day in force when notice given on `given_on` keeps a period of `days` days."""
    return given_on + dt.timedelta(days=days)


def notice_shortfall(given_on: dt.date, last_day: dt.date, days: int) -> int:
    """How many days short of the agreed period the actual one is (0: kept)."""
    return max(0, days - (last_day - given_on).days)
