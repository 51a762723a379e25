"""The notice period an agreement states, and whether a termination kept it.

The agreed period is stored on the agreement (`notice_period_days`); an agreement saved before
it was stored states it in its termination clause ("z zachowaniem 7-dniowego okresu
wypowiedzenia", "dwutygodniowego", "14 dni"), read here; without either the template's default
applies. The period runs from the day the notice was given to the agreement's last day.
"""

from __future__ import annotations

import datetime as dt
import re

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


def agreed_notice_days(stored: int | None, terms: str | None) -> int:
    """The notice period the agreement states: the stored one, the clause's, or the default."""
    if stored:
        return stored
    return notice_days_in_terms(terms) or NOTICE_DAYS


def notice_end(given_on: dt.date, days: int) -> dt.date:
    """The last day in force when notice given on `given_on` keeps a period of `days` days."""
    return given_on + dt.timedelta(days=days)


def notice_shortfall(given_on: dt.date, last_day: dt.date, days: int) -> int:
    """How many days short of the agreed period the actual one is (0: kept)."""
    return max(0, days - (last_day - given_on).days)
