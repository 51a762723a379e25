"""The calendar types declared once (core/calendar.py): Month, Period, add_months, and a month
typed as text parsed once where it enters (the command line, the print dialog)."""

from __future__ import annotations

import argparse
import datetime as dt

import pytest

from coordinator_app.cli.print_document import month_argument
from coordinator_app.core.calendar import Month, Period, PeriodError, PeriodKind, add_months, parse_month


def test_month_parse_and_key() -> None:
    assert Month.parse("2025-03") == Month.parse(" 2025-3 ") == Month(2025, 3)
    assert Month(2025, 3).key == str(Month(2025, 3)) == "2025-03"
    for wrong in ("2025-13", "2025-00", "marzec", "", "25-03", "1899-12"):
        with pytest.raises(ValueError):
            Month.parse(wrong)


def test_month_arithmetic_runs_through_add_months() -> None:
    assert Month(2025, 1).back(1) == Month(2025, 1).previous() == Month(2024, 12)
    assert Month(2024, 12).back(-1) == Month(2024, 12).next() == Month(2025, 1)
    assert Month(2025, 3).back(27) == Month(2022, 12)
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2025, 3, 31), -13) == dt.date(2024, 2, 29)


def test_period_of_a_month() -> None:
    assert Period.of_month(Month(2026, 2)) == Period.month(2026, 2)
    assert Period.of_month(Month(2026, 2)).kind is PeriodKind.MONTH
    assert parse_month(" 2026-3 ") == Period.month(2026, 3)
    with pytest.raises(PeriodError):
        parse_month("2026-03-01")


def test_the_command_line_takes_a_month_written_exactly_yyyy_mm() -> None:
    assert month_argument("2025-03") == Month(2025, 3)
    for wrong in ("2025-3", " 2025-03", "2025-13", "marzec"):
        with pytest.raises(argparse.ArgumentTypeError):
            month_argument(wrong)
