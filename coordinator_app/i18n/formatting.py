"""Dates, numbers and plural forms formatted through Babel, the same in the UI and documents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date as _babel_format_date
from babel.dates import get_day_names
from babel.numbers import format_currency, format_decimal

from coordinator_app.i18n import current_language, ngettext, pgettext


def _locale() -> str:
    return "pl_PL" if current_language() == "pl" else "en_GB"


def format_date(value: dt.date | None, *, long: bool = False) -> str:
    """`5.03.2025` (short) or `5 marca 2025` (long, genitive month) in Polish."""
    if value is None:
        return ""
    if current_language() == "pl":
        pattern = "d MMMM y" if long else "d.MM.y"
    else:
        pattern = "d MMMM y" if long else "dd/MM/y"
    return _babel_format_date(value, pattern, locale=_locale())


def format_number(value: float | int | Decimal, decimals: int = 2) -> str:
    """Decimal comma and a non-breaking thousands space in Polish: `1 234,5`."""
    fmt = "#,##0" + ("." + "#" * decimals if decimals else "")
    return format_decimal(value, format=fmt, locale=_locale())


def format_hours(minutes: int) -> str:
    """Hours with the right plural: 1 godzina, 3 godziny, 2,5 godziny, 5 godzin."""
    hours = Decimal(minutes) / Decimal(60)
    number = format_number(hours, decimals=2)
    if hours != hours.to_integral_value():
        # Fractions take the genitive singular in Polish (CLDR "other"): "2,5 godziny".
        return pgettext("fraction", "{n} hours").format(n=number)
    return ngettext("{n} hour", "{n} hours", int(hours)).format(n=number)


def format_age(years: int) -> str:
    return ngettext("{n} year", "{n} years", years).format(n=years)


def format_money(grosze: int) -> str:
    """Money kept as grosze: `1 234,50 zł`."""
    return format_currency(Decimal(grosze) / 100, "PLN", locale=_locale())


def format_month(month: dt.date) -> str:
    """The stand-alone month name with the year: `marzec 2025`."""
    return _babel_format_date(month, "LLLL y", locale=_locale())


def format_weekday(weekday: int, *, short: bool = False) -> str:
    """The day of the week (0 = Monday): `wtorek`, or `wt.` when short."""
    names = get_day_names("abbreviated" if short else "wide", context="format", locale=_locale())
    return str(names[weekday])
