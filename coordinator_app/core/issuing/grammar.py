"""Polish grammar for printed documents: plural forms through Babel's CLDR rules (fractions
included), gendered forms from the person's sex, and long dates. Documents are Polish
whatever the language of the window, so nothing here follows the UI language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

_PL = Locale.parse("pl_PL")


def plural_category(number: int | Decimal) -> str:
    """CLDR category: `one` (1), `few` (2–4, 22–24 …), `many` (0, 5–21 …), `other` (fractions)."""
    return str(_PL.plural_form(number))


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
    return str(format_decimal(value, format="#,##0.##", locale=_PL))


def minutes_as_hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / Decimal(60)).quantize(Decimal("0.01")).normalize()


def hours_text(minutes: int) -> str:
    """Nominative: `1 godzina`, `3 godziny`, `2,5 godziny`, `5 godzin`, `22 godziny`."""
    hours = minutes_as_hours(minutes)
    value = hours if hours != hours.to_integral_value() else int(hours)
    return f"{decimal_text(value)}\u00a0{plural(value, 'godzina', 'godziny', 'godzin', 'godziny')}"


def hours_accusative(minutes: int) -> str:
    """After a verb ("przepracował …"): `1 godzinę`, `3 godziny`, `2,5 godziny`, `5 godzin`."""
    hours = minutes_as_hours(minutes)
    value = hours if hours != hours.to_integral_value() else int(hours)
    return f"{decimal_text(value)}\u00a0{plural(value, 'godzinę', 'godziny', 'godzin', 'godziny')}"


def hours_genitive(minutes: int, adjective: tuple[str, str] | None = None) -> str:
    """After "w wymiarze" / "łącznie ponad": `1 godziny`, `3 godzin`, `2,5 godziny`, `5 godzin`.

    `adjective` = (singular genitive, plural genitive), e.g. ("zegarowej", "zegarowych")."""
    hours = minutes_as_hours(minutes)
    value = hours if hours != hours.to_integral_value() else int(hours)
    singular = plural_category(value) in ("one", "other")
    noun = "godziny" if singular else "godzin"
    text = f"{decimal_text(value)}\u00a0{noun}"
    if adjective:
        text += " " + (adjective[0] if singular else adjective[1])
    return text


def lessons_genitive(minutes: int) -> str:
    """Teaching hours of 45 minutes, after "w wymiarze": `4 godzin dydaktycznych (po 45 minut)`."""
    lessons = (Decimal(minutes) / Decimal(45)).quantize(Decimal("0.01")).normalize()
    value = lessons if lessons != lessons.to_integral_value() else int(lessons)
    singular = plural_category(value) in ("one", "other")
    noun = "godziny dydaktycznej" if singular else "godzin dydaktycznych"
    return f"{decimal_text(value)}\u00a0{noun} (po 45 minut)"


def count_text(number: int, one: str, few: str, many: str) -> str:
    return f"{number}\u00a0{plural(number, one, few, many)}"


def long_date(value: dt.date) -> str:
    """`5 marca 2025` (genitive month), without the "r." the templates add."""
    return str(babel_format_date(value, "d MMMM y", locale=_PL))


def short_date(value: dt.date) -> str:
    """`5.03.2025` (domain §6.1)."""
    return str(babel_format_date(value, "d.MM.y", locale=_PL))


def month_year(value: dt.date) -> str:
    """The stand-alone month with the year: `marzec 2025`."""
    return str(babel_format_date(value, "LLLL y", locale=_PL))


def gendered(sex: str | None, masculine: str, feminine: str) -> str:
    """The form for the person's sex ("M"/"K"); both forms `wykonywał/wykonywała` when the sex
    is not recorded (never guessed from the PESEL or the name, domain §6.6)."""
    if sex == "M":
        return masculine
    if sex == "K":
        return feminine
    return f"{masculine}/{feminine}"


def lower_first(text: str) -> str:
    """`Zakupy, wykup leków` -> `zakupy, wykup leków`; an acronym (`OPS …`) stays as it is."""
    if len(text) >= 2 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
