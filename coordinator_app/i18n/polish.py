"""Polish for printed documents and the monthly summary: dates, numbers, money and the plural
forms and cases of hours, all pinned to Polish whatever the language of the window.

Built on the `polish` formatter of `i18n.formatting` (one implementation for the screen and
the documents); the texts here are Polish literals because documents are not translated.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from coordinator_app.i18n.formatting import hours_decimal, minutes_ratio, polish

NBSP = "\u00a0"
LESSON_MINUTES = 45


def plural_category(number: int | Decimal) -> str:
    """CLDR category: `one` (1), `few` (2–4, 22–24 …), `many` (0, 5–21 …), `other` (fractions)."""
    return polish.plural_category(number)


def plural(number: int | Decimal, one: str, few: str, many: str, fraction: str | None = None) -> str:
    """The noun form for `number`: plural(3, "godzina", "godziny", "godzin") -> "godziny"."""
    category = plural_category(number)
    if category == "one":
        return one
    if category == "few":
        return few
    if category == "many":
        return many
    return fraction if fraction is not None else few


def decimal_text(value: Decimal | int) -> str:
    """`2,5`, `1 234` (decimal comma, non-breaking thousands space), at most two decimals."""
    return polish.number(value, 2)


def minutes_as_hours(minutes: int) -> Decimal:
    """Hours with two decimals at most (`i18n.formatting.hours_decimal`): 150 minutes -> 2.5."""
    return hours_decimal(minutes)


def _counted(value: Decimal) -> Decimal | int:
    """A whole number as an int (so `2` is counted as two, not as a fraction)."""
    return value if value != value.to_integral_value() else int(value)


def hours_text(minutes: int) -> str:
    """Nominative: `1 godzina`, `3 godziny`, `2,5 godziny`, `5 godzin`, `22 godziny`."""
    value = _counted(hours_decimal(minutes))
    return f"{decimal_text(value)}{NBSP}{plural(value, 'godzina', 'godziny', 'godzin', 'godziny')}"


def hours_accusative(minutes: int) -> str:
    """After a verb ("przepracował …"): `1 godzinę`, `3 godziny`, `2,5 godziny`, `5 godzin`."""
    value = _counted(hours_decimal(minutes))
    return f"{decimal_text(value)}{NBSP}{plural(value, 'godzinę', 'godziny', 'godzin', 'godziny')}"


def hours_genitive(minutes: int, adjective: tuple[str, str] | None = None) -> str:
    """After "w wymiarze" / "łącznie ponad": `1 godziny`, `3 godzin`, `2,5 godziny`, `5 godzin`.

    `adjective` = (singular genitive, plural genitive), e.g. ("zegarowej", "zegarowych")."""
    value = _counted(hours_decimal(minutes))
    singular = plural_category(value) in ("one", "other")
    noun = "godziny" if singular else "godzin"
    text = f"{decimal_text(value)}{NBSP}{noun}"
    if adjective:
        text += " " + (adjective[0] if singular else adjective[1])
    return text


def lessons_genitive(minutes: int) -> str:
    """Teaching hours of 45 minutes, after "w wymiarze": `4 godzin dydaktycznych (po 45 minut)`."""
    value = _counted(minutes_ratio(minutes, LESSON_MINUTES))
    singular = plural_category(value) in ("one", "other")
    noun = "godziny dydaktycznej" if singular else "godzin dydaktycznych"
    return f"{decimal_text(value)}{NBSP}{noun} (po 45 minut)"


def count_text(number: int, one: str, few: str, many: str) -> str:
    return f"{number}{NBSP}{plural(number, one, few, many)}"


def long_date(value: dt.date) -> str:
    """`5 marca 2025` (genitive month), without the "r." the templates add."""
    return polish.long_date(value)


def dated(value: dt.date) -> str:
    """`5 marca 2025 r.`"""
    return polish.dated(value)


def short_date(value: dt.date) -> str:
    """`5.03.2025` (domain §6.1)."""
    return polish.date(value)


def month_year(value: dt.date) -> str:
    """The stand-alone month with the year: `marzec 2025`."""
    return polish.month_year(value)


def month_abbreviated(value: dt.date) -> str:
    """`lis 2025` for chart axes."""
    return polish.month_abbreviated(value, year=True)


def number(value: float | int | Decimal, decimals: int = 2, *, fixed: bool = False) -> str:
    """`1 234,5`; see `Formatter.number`."""
    return polish.number(value, decimals, fixed=fixed)


def money(grosze: int) -> str:
    """`1 234,50 zł`."""
    return polish.money(grosze)
