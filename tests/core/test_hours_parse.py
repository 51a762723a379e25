"""Reading hours typed from paper cards: every accepted form, and a clear Polish sentence for
every mistake (empty, zero, negative, over 24 hours, ambiguous, nonsense)."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.calendar import Month
from coordinator_app.core.hours import format_hours_input, parse_day, parse_duration, parse_hours, parse_km
from coordinator_app.core.validation import FieldError
from coordinator_app.i18n import _

UNREADABLE = 'Could not read "{text}". Type e.g. 1,5 or 1:30 or 90 min or 10:00–11:30.'
OVER_24 = "More than 24 hours in one entry; enter each day separately."
MINUTES_HINT = 'More than 24 hours. If you meant minutes, type "{number} min".'
UNDER_60 = "Minutes must be less than 60 (e.g. 1:45)."
NOT_CLOCK = "{text} is not a time of day; use 0:00 to 23:59."
END_AFTER_START = "The end time must be later than the start time."


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("1,5", 90),
        ("1.5", 90),
        ("2", 120),
        ("0,5", 30),
        (",5", 30),
        ("0,25", 15),
        ("1,75", 105),
        ("1,50", 90),
        ("3,00", 180),
        ("1,3", 78),
        ("1:30", 90),
        ("0:45", 45),
        ("1:05", 65),
        ("10:00", 600),
        ("24:00", 1440),
        ("24", 1440),
        ("90 min", 90),
        ("90min", 90),
        ("90 min.", 90),
        ("45 minut", 45),
        ("5 minuty", 5),
        ("1 minuta", 1),
        ("45 m", 45),
        ("2 h", 120),
        ("2h", 120),
        ("2 H", 120),
        ("1,5 h", 90),
        ("1.5h", 90),
        ("2 godz.", 120),
        ("2 godz", 120),
        ("2 godziny", 120),
        ("5 godzin", 300),
        ("1 godzina", 60),
        ("1 h 30 min", 90),
        ("1h30min", 90),
        ("1h30", 90),
        ("1 h 30", 90),
        ("1 godz. 30 min", 90),
        ("1 godz. i 15 min", 75),
        ("1:30 h", 90),
        ("  1,5  ", 90),
        ("1\u00a0h\u00a030\u00a0min", 90),
    ],
)
def test_durations(text: str, minutes: int) -> None:
    parsed = parse_hours(text)
    assert parsed.minutes == minutes
    assert parsed.time_from is None and parsed.time_to is None
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "start", "end", "minutes"),
    [
        ("10:00-11:30", dt.time(10), dt.time(11, 30), 90),
        ("10-11:30", dt.time(10), dt.time(11, 30), 90),
        ("10.00–11.30", dt.time(10), dt.time(11, 30), 90),  # en dash
        ("10.00 — 11.30", dt.time(10), dt.time(11, 30), 90),  # em dash with spaces
        ("9:15 - 10:00", dt.time(9, 15), dt.time(10), 45),
        ("8-16", dt.time(8), dt.time(16), 480),
        ("od 10 do 12", dt.time(10), dt.time(12), 120),
        ("16,30-18", dt.time(16, 30), dt.time(18), 90),
        ("0:00-23:59", dt.time(0), dt.time(23, 59), 1439),
    ],
)
def test_from_to(text: str, start: dt.time, end: dt.time, minutes: int) -> None:
    parsed = parse_hours(text)
    assert (parsed.time_from, parsed.time_to, parsed.minutes) == (start, end, minutes)
    assert parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "msgid", "values"),
    [
        ("", "Enter the hours.", {}),
        ("   ", "Enter the hours.", {}),
        (None, "Enter the hours.", {}),
        ("0", "The time must be more than zero.", {}),
        ("0:00", "The time must be more than zero.", {}),
        ("0 min", "The time must be more than zero.", {}),
        ("-1", "The time cannot be negative.", {}),
        ("−1,5", "The time cannot be negative.", {}),  # a minus sign
        ("-10:00-11:00", "The time cannot be negative.", {}),
        ("25", MINUTES_HINT, {"number": "25"}),
        ("90", MINUTES_HINT, {"number": "90"}),
        ("24,5", OVER_24, {}),
        ("1441 min", OVER_24, {}),
        ("25 h", OVER_24, {}),
        ("1:75", UNDER_60, {}),
        ("1 h 75 min", UNDER_60, {}),
        ("1,5 min", "Minutes must be a whole number, e.g. 90 min.", {}),
        ("1,123", "Give the time to the minute, e.g. 1:20 or 1,25.", {}),
        ("11:30-10:00", END_AFTER_START, {}),
        ("10-10", END_AFTER_START, {}),
        ("10:00-25:00", NOT_CLOCK, {"text": "25:00"}),
        ("10:70-11", NOT_CLOCK, {"text": "10:70"}),
        ("abc", UNREADABLE, {"text": "abc"}),
    ],
)
def test_mistakes(text: str | None, msgid: str, values: dict[str, str]) -> None:
    with pytest.raises(FieldError) as caught:
        parse_hours(text)
    assert caught.value.field == "minutes"
    assert caught.value.message == _(msgid).format(**values)


@pytest.mark.parametrize(
    "text", ["abc", "1,5,5", "h", "min", "1 h 30 min 5", "10 - ", "1.5 - 2", "2 dni", "1,5 h 30 min", "½"]
)
def test_nonsense_is_refused_with_examples(text: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_hours(text)
    assert caught.value.message == _(UNREADABLE).format(text=text.strip())
    assert "1:30" in caught.value.message and "90 min" in caught.value.message


@pytest.mark.parametrize(
    ("text", "clock"), [("1,45", "1:45"), ("1.30", "1:30"), ("2,15", "2:15"), ("0,40", "0:40")]
)
def test_two_digit_fractions_that_look_like_minutes_are_not_guessed(text: str, clock: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_hours(text)
    assert clock in caught.value.message and text in caught.value.message


def test_field_name_is_passed_through() -> None:
    with pytest.raises(FieldError) as caught:
        parse_hours("x", field="3:hours")
    assert caught.value.field == "3:hours"


@pytest.mark.parametrize(
    ("minutes", "start", "end", "text"),
    [
        (90, None, None, "1,5"),
        (120, None, None, "2"),
        (45, None, None, "0,75"),
        (15, None, None, "0,25"),
        (80, None, None, "1:20"),
        (7, None, None, "0:07"),
        (90, dt.time(10), dt.time(11, 30), "10:00–11:30"),
    ],
)
def test_stored_hours_are_shown_as_typable_text(
    minutes: int, start: dt.time | None, end: dt.time | None, text: str
) -> None:
    assert format_hours_input(minutes, start, end) == text
    parsed = parse_hours(text)
    assert (parsed.minutes, parsed.time_from, parsed.time_to) == (minutes, start, end)


MARCH = Month(2025, 3)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("5", 5),
        ("05", 5),
        ("5.", 5),
        ("5.03", 5),
        ("5.3", 5),
        ("31.03.2025", 31),
        ("5/03", 5),
        ("2025-03-05", 5),
        ("1.03.2025 r.", 1),
    ],
)
def test_day_of_the_card_month(text: str, day: int) -> None:
    assert parse_day(text, MARCH) == dt.date(2025, 3, day)


@pytest.mark.parametrize(
    ("text", "msgid", "values"),
    [
        ("", "Enter the day.", {}),
        ("0", "This month has only {n} days.", {"n": 31}),
        ("32", "This month has only {n} days.", {"n": 31}),
        ("5.04", "The date is outside this card's month ({month}).", {"month": "03.2025"}),
        ("5.03.2024", "The date is outside this card's month ({month}).", {"month": "03.2025"}),
        ("piąty", "Type the day of the month, e.g. 5 or 5.03.", {}),
        ("5 marca", "Type the day of the month, e.g. 5 or 5.03.", {}),
    ],
)
def test_day_mistakes(text: str, msgid: str, values: dict[str, object]) -> None:
    with pytest.raises(FieldError) as caught:
        parse_day(text, MARCH)
    assert (caught.value.field, caught.value.message) == ("work_date", _(msgid).format(**values))


def test_february_and_leap_years() -> None:
    assert parse_day("29", Month(2024, 2)) == dt.date(2024, 2, 29)
    with pytest.raises(FieldError) as caught:
        parse_day("29", Month(2025, 2))
    assert caught.value.message == _("This month has only {n} days.").format(n=28)


@pytest.mark.parametrize(
    ("text", "km"), [("", None), ("  ", None), ("12", 12), ("12 km", 12), ("0", 0), ("12km", 12)]
)
def test_kilometres(text: str, km: int | None) -> None:
    assert parse_km(text) == km


@pytest.mark.parametrize(
    ("text", "msgid"),
    [
        ("-3", "Kilometres cannot be negative."),
        ("12,5", "Type whole kilometres, e.g. 12."),
        ("dużo", "Type the kilometres as a number, e.g. 12."),
        ("5000", "More than {n} km; check the number."),
    ],
)
def test_kilometre_mistakes(text: str, msgid: str) -> None:
    with pytest.raises(FieldError) as caught:
        parse_km(text)
    assert (caught.value.field, caught.value.message) == ("travel_km", _(msgid).format(n=1000))


def test_month_arithmetic() -> None:
    assert Month.parse("2025-03").key == "2025-03"
    assert Month(2025, 1).previous() == Month(2024, 12)
    assert Month(2024, 12).next() == Month(2025, 1)
    assert Month(2025, 3).back(12) == Month(2024, 3)
    assert Month(2025, 3).back(3) == Month(2024, 12)
    assert (Month(2024, 2).first, Month(2024, 2).last) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert Month.coerce(dt.date(2025, 3, 17)) == Month.coerce("2025-03") == MARCH
    assert Month(2025, 3).number == 202503
    with pytest.raises(ValueError):
        Month.parse("2025-13")
    with pytest.raises(ValueError):
        Month.parse("marzec")
