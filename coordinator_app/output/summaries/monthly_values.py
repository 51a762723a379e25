"""How each cell of the monthly summary is written: as Polish text (PDF, preview), as a CSV
cell for Polish Excel, and as an XLSX value with its number format."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from coordinator_app.i18n.polish import hours_decimal, money, number, short_date
from coordinator_app.output.summaries.monthly_model import Hidden, Hours, Money, MonthCell, Percent, Value

MINUS = "\u2212"
DASH = "—"
TWO_PLACES = Decimal("0.01")

XLSX_FORMATS = {
    "int": "#,##0",
    "hours": "#,##0.00",
    "money": '#,##0.00 "zł"',
    "percent": "+0.0%;-0.0%;0.0%",
    "share": "0.0%",
    "date": "d.mm.yyyy",
    "month": "mmmm yyyy",
}


def money_decimal(grosze: int) -> Decimal:
    return (Decimal(grosze) / 100).quantize(TWO_PLACES)


def _signed(text: str) -> str:
    return MINUS + text[1:] if text.startswith("-") else text


def text(value: Value) -> str:
    """Polish display text: `1 234`, `2,5`, `1 234,50 zł`, `+12,5%`, `<3`, `5.03.2026`."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, int):
        return _signed(number(value, 0))
    if isinstance(value, Hours):
        return _signed(number(hours_decimal(value.minutes), 2))
    if isinstance(value, Money):
        return _signed(money(value.grosze))
    if isinstance(value, Percent):
        if value.value is None:
            return DASH
        figure = number(abs(value.value), 1, fixed=True)
        sign = MINUS if value.value < 0 else "+" if value.value > 0 and value.signed else ""
        return f"{sign}{figure}%"
    if isinstance(value, Hidden | MonthCell):
        return value.text
    if isinstance(value, dt.date):
        return short_date(value)
    return str(value)


def is_number(value: Value) -> bool:
    """Right-aligned in tables."""
    return value is None or isinstance(value, int | Hours | Money | Percent | Hidden)


def csv_value(value: Value) -> object:
    """A cell `reports.csv_excel` writes: numbers with a decimal comma and no thousands
    separator (so Excel reads them as numbers), `<3` for a hidden count, blank for none."""
    if value is None:
        return None
    if isinstance(value, Hours):
        return hours_decimal(value.minutes)
    if isinstance(value, Money):
        return f"{money_decimal(value.grosze):f}".replace(".", ",")
    if isinstance(value, Percent):
        return None if value.value is None else value.value
    if isinstance(value, Hidden | MonthCell):
        return value.text
    return value


def xlsx_value(value: Value) -> tuple[object, str | None]:
    """The cell's value and number format: real numbers and dates, text only for text."""
    if isinstance(value, bool) or value is None:
        return value, None
    if isinstance(value, int):
        return value, XLSX_FORMATS["int"]
    if isinstance(value, Hours):
        return hours_decimal(value.minutes), XLSX_FORMATS["hours"]
    if isinstance(value, Money):
        return money_decimal(value.grosze), XLSX_FORMATS["money"]
    if isinstance(value, Percent):
        if value.value is None:
            return None, None
        return value.value / 100, XLSX_FORMATS["percent" if value.signed else "share"]
    if isinstance(value, Hidden):
        return value.text, None
    if isinstance(value, MonthCell):
        return value.month.first, XLSX_FORMATS["month"]
    if isinstance(value, dt.date):
        return value, XLSX_FORMATS["date"]
    return str(value), None
