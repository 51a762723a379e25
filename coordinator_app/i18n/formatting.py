"""Every date, month, weekday, number, money and hours figure the application prints, formatted
through Babel in one place.

One `Formatter`, two instances:

- `screen` follows the window's language (`i18n.current_language()`); the module-level
  functions (`format_date`, `format_number`, `format_hours`, …) are the screen's, for the UI
  and for messages.
- `polish` is pinned to Polish: documents and the monthly summary are Polish whatever the
  language of the window (`i18n.polish` adds the grammar of printed documents on top of it).

Hours come from minutes by one rule, `hours_decimal` (at most two decimals, half to even).

This package is the only one that may import Babel (ruff's TID251 ban in pyproject.toml, and
tests/i18n/test_babel_confined.py); it imports nothing from the rest of the application.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.dates import get_day_names, get_month_names
from babel.numbers import format_currency, format_decimal

from coordinator_app.i18n import current_language, ngettext, pgettext


def babel_locale(language: str) -> str:
    """The Babel locale of a window language: `pl_PL` for Polish, `en_GB` for English."""
    return "pl_PL" if language == "pl" else "en_GB"


def minutes_ratio(minutes: int, per: int, places: int = 2) -> Decimal:
    """`minutes / per` rounded half to even to at most `places` decimals, trailing zeros dropped
    (a whole number may come back as `1E+2`; `int()` or Babel print it as 100)."""
    quantum = Decimal(1).scaleb(-places)
    return (Decimal(minutes) / Decimal(per)).quantize(quantum, rounding=ROUND_HALF_EVEN).normalize()


def hours_decimal(minutes: int, places: int = 2) -> Decimal:
    """Hours from minutes, the one rounding rule for hours: 150 minutes -> 2.5.

    Half to even. At two decimals `minutes / 60` never ends in an exact half, so any rule prints
    the same figure there; only whole hours meet a tie (150 minutes -> 2, 210 -> 4)."""
    return minutes_ratio(minutes, 60, places)


def whole_hours(minutes: int) -> int:
    """Minutes rounded to whole hours (half to even, as `hours_decimal`)."""
    return int(hours_decimal(minutes, 0))


class Formatter:
    """Dates, months, weekdays, numbers, money and plural categories in one language, given by
    `language()` ("pl" or "en") at each call, so a language switch is followed at once."""

    def __init__(self, language: Callable[[], str]) -> None:
        self._language = language

    @property
    def language(self) -> str:
        return self._language()

    @property
    def locale(self) -> str:
        return babel_locale(self._language())

    # --- dates -----------------------------------------------------------------------------
    def date(self, value: dt.date | None, *, long: bool = False) -> str:
        """`5.03.2025` (short; `05/03/2025` in English) or `5 marca 2025` (long, genitive month)."""
        if value is None:
            return ""
        if long:
            return self.long_date(value)
        pattern = "d.MM.y" if self.language == "pl" else "dd/MM/y"
        return str(_babel_format_date(value, pattern, locale=self.locale))

    def long_date(self, value: dt.date) -> str:
        """`5 marca 2025` (genitive month), without the "r." (see `dated`)."""
        return str(_babel_format_date(value, "d MMMM y", locale=self.locale))

    def dated(self, value: dt.date) -> str:
        """`5 marca 2025 r.`: the long date with the Polish "r." (rok) after the year."""
        return f"{self.long_date(value)} r."

    # --- months and weekdays ---------------------------------------------------------------
    def month_year(self, value: dt.date) -> str:
        """The stand-alone month name with the year: `marzec 2025`."""
        return str(_babel_format_date(value, "LLLL y", locale=self.locale))

    def month_numeric(self, value: dt.date) -> str:
        """The month of `value` in digits, as in messages about a month: `03.2025`."""
        return str(_babel_format_date(value, "MM.y", locale=self.locale))

    def month_genitive(self, value: dt.date) -> str:
        """The month name as in a date (genitive in Polish): `marca`."""
        return str(_babel_format_date(value, "MMMM", locale=self.locale))

    def month_names(self) -> list[str]:
        """The twelve stand-alone month names, January first: `styczeń`, `luty`, …"""
        names = get_month_names("wide", context="stand-alone", locale=self.locale)
        return [str(names[number]) for number in range(1, 13)]

    def month_abbreviated(self, value: dt.date, *, year: bool = False) -> str:
        """The short month name without dots, for chart axes: `lis`, or `lis 2025` with the year."""
        pattern = "LLL y" if year else "LLL"
        return str(_babel_format_date(value, pattern, locale=self.locale)).replace(".", "")

    def weekday(self, weekday: int, *, short: bool = False) -> str:
        """The day of the week (0 = Monday): `wtorek`, or `wt.` when short."""
        names = get_day_names("abbreviated" if short else "wide", context="format", locale=self.locale)
        return str(names[weekday])

    # --- numbers ---------------------------------------------------------------------------
    def number(self, value: float | int | Decimal, decimals: int = 2, *, fixed: bool = False) -> str:
        """Decimal comma and a non-breaking thousands space in Polish: `1 234,5`. At most
        `decimals` decimals, or exactly that many when `fixed` (`12,0`)."""
        digit = "0" if fixed else "#"
        fmt = "#,##0" + ("." + digit * decimals if decimals else "")
        return str(format_decimal(value, format=fmt, locale=self.locale))

    def money(self, grosze: int) -> str:
        """Money kept as grosze: `1 234,50 zł`."""
        return str(format_currency(Decimal(grosze) / 100, "PLN", locale=self.locale))

    def plural_category(self, number: int | Decimal) -> str:
        """CLDR category; in Polish `one` (1), `few` (2–4, 22–24 …), `many` (0, 5–21 …),
        `other` (fractions)."""
        return str(_babel_locale_object(self.locale).plural_form(number))


@cache
def _babel_locale_object(name: str) -> Locale:
    return Locale.parse(name)


screen = Formatter(current_language)
polish = Formatter(lambda: "pl")

format_date = screen.date
format_number = screen.number
format_money = screen.money
format_month = screen.month_year
format_month_numeric = screen.month_numeric
format_weekday = screen.weekday


def format_hours(minutes: int) -> str:
    """Hours with the right plural: 1 godzina, 3 godziny, 2,5 godziny, 5 godzin."""
    hours = hours_decimal(minutes)
    number = format_number(hours, decimals=2)
    if hours != hours.to_integral_value():
        # Fractions take the genitive singular in Polish (CLDR "other"): "2,5 godziny".
        return pgettext("fraction", "{n} hours").format(n=number)
    return ngettext("{n} hour", "{n} hours", int(hours)).format(n=number)


def format_age(years: int) -> str:
    return ngettext("{n} year", "{n} years", years).format(n=years)
