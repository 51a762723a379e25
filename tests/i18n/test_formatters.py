"""The one formatting API: `screen` follows the window's language, `polish` stays Polish for
documents, and hours come from minutes by one rounding rule."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest

from coordinator_app.i18n import polish as documents
from coordinator_app.i18n import set_language
from coordinator_app.i18n.formatting import (
    babel_locale,
    format_date,
    format_money,
    format_month,
    format_weekday,
    hours_decimal,
    polish,
    screen,
    whole_hours,
)

DAY = dt.date(2025, 3, 5)


def test_screen_follows_the_language_and_polish_does_not() -> None:
    set_language("pl")
    assert (screen.date(DAY), polish.date(DAY)) == ("5.03.2025", "5.03.2025")
    assert screen.long_date(DAY) == polish.long_date(DAY) == "5 marca 2025"
    set_language("en")
    assert screen.date(DAY) == format_date(DAY) == "05/03/2025"
    assert screen.long_date(DAY) == "5 March 2025"
    assert screen.month_year(DAY) == format_month(DAY) == "March 2025"
    assert polish.date(DAY) == documents.short_date(DAY) == "5.03.2025"
    assert polish.dated(DAY) == documents.dated(DAY) == "5 marca 2025 r."
    assert polish.month_year(DAY) == documents.month_year(DAY) == "marzec 2025"
    assert polish.money(123450) == documents.money(123450) == "1\u00a0234,50\u00a0zł"
    assert documents.hours_text(150) == "2,5\u00a0godziny"


def test_months_and_weekdays() -> None:
    set_language("pl")
    assert polish.month_genitive(DAY) == "marca"
    assert screen.month_names()[:3] == ["styczeń", "luty", "marzec"]
    assert screen.month_abbreviated(dt.date(2025, 11, 1)) == "lis"
    assert documents.month_abbreviated(dt.date(2025, 11, 1)) == "lis 2025"
    assert format_weekday(1) == "wtorek" and format_weekday(1, short=True) == "wt."
    set_language("en")
    assert screen.month_names()[8] == "September"
    assert screen.month_abbreviated(dt.date(2025, 9, 1)) == "Sept"
    assert format_weekday(0, short=True) == "Mon"


def test_numbers_and_money() -> None:
    set_language("pl")
    assert polish.number(1234.5) == "1\u00a0234,5"
    assert polish.number(12, 1, fixed=True) == "12,0"
    assert polish.number(Decimal("2.345"), 0) == "2"
    assert format_money(5) == "0,05\u00a0zł"
    set_language("en")
    assert format_money(123450) == "PLN1,234.50"
    assert polish.money(123450) == "1\u00a0234,50\u00a0zł"
    assert babel_locale("pl") == "pl_PL" and babel_locale("en") == "en_GB"


def test_plural_categories() -> None:
    assert [polish.plural_category(n) for n in (1, 3, 5, 22, 25)] == ["one", "few", "many", "few", "many"]
    assert polish.plural_category(Decimal("2.5")) == "other"


def test_one_rounding_rule_for_hours_never_differs_from_half_up_at_two_decimals() -> None:
    # minutes / 60 never ends in an exact half at the third decimal, so the documents' and the
    # summary's figures (two decimals) are the same whichever rule rounds them.
    for minutes in range(0, 24 * 60 * 31):
        half_up = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
        assert hours_decimal(minutes) == half_up


@pytest.mark.parametrize(
    ("minutes", "hours"), [(0, 0), (29, 0), (31, 1), (90, 2), (150, 2), (210, 4), (6000, 100)]
)
def test_whole_hours_round_half_to_even_as_the_dashboard_did(minutes: int, hours: int) -> None:
    assert whole_hours(minutes) == hours == round(minutes / 60)


def test_hours_keep_their_exact_form() -> None:
    assert str(hours_decimal(150)) == "2.5"
    assert hours_decimal(6000) == 100 and int(hours_decimal(6000)) == 100
    assert hours_decimal(1) == Decimal("0.02")
