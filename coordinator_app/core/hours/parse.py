"""Reading what the coordinator types from a paper hours card: durations, from–to times, the
day of the month and kilometres. Every mistake is a `FieldError` with a Polish sentence.

Durations: `1,5` / `1.5` (decimal hours), `1:30` (hours:minutes), `90 min`, `90min`,
`45 minut`, `2 h`, `2h`, `2 godz.`, `1 h 30 min`, `1h30`. From–to: `10:00-11:30`, `10-11:30`,
`10.00–11.30` (any dash). A decimal with two digits after the comma must be a quarter
(`,25` `,50` `,75` `,00`): `1,45` could be meant as 1 h 45 min, so it is refused with a hint
instead of being guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from coordinator_app.core.calendar import Month
from coordinator_app.core.validation import FieldError
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_month_numeric

MAX_MINUTES = 24 * 60
MAX_KM = 1000

_NORMALISE = str.maketrans(
    {
        "–": "-",  # en dash
        "—": "-",  # em dash
        "‒": "-",  # figure dash
        "−": "-",  # minus sign
        "‑": "-",  # non-breaking hyphen
        "\u00a0": " ",
        "\u202f": " ",
        "\t": " ",
    }
)
_NUMBER = r"(\d+(?:[.,]\d+)?|[.,]\d+)"
_HOUR_UNIT = r"(?:h|godz\.?|godzin[ay]?|godzina)"
_MINUTE_UNIT = r"(?:m|min\.?|minut[ay]?|minuta)"
_CLOCK_RE = re.compile(rf"^(\d{{1,2}}):(\d{{2}})(?:\s*{_HOUR_UNIT})?$")
_NUMBER_RE = re.compile(rf"^{_NUMBER}$")
_HOURS_RE = re.compile(rf"^{_NUMBER}\s*{_HOUR_UNIT}(?:\s*(?:i\s+)?(\d+)\s*(?:{_MINUTE_UNIT})?)?$")
_MINUTES_RE = re.compile(rf"^{_NUMBER}\s*{_MINUTE_UNIT}$")
_TIME = r"(\d{1,2})(?:[:.,](\d{2}))?"
_RANGE_RE = re.compile(rf"^(?:od\s+)?{_TIME}\s*(?:-|do)\s*{_TIME}$")
_QUARTERS = {"00", "25", "50", "75"}


@dataclass(frozen=True)
class ParsedHours:
    """A duration in whole minutes; with the times when it was typed as from–to."""

    minutes: int
    time_from: dt.time | None = None
    time_to: dt.time | None = None


def _normalise(text: str | None) -> str:
    return " ".join((text or "").translate(_NORMALISE).lower().split())


def _unreadable(field: str, text: str) -> FieldError:
    return FieldError(
        field,
        _('Could not read "{text}". Type e.g. 1,5 or 1:30 or 90 min or 10:00–11:30.').format(text=text),
    )


def parse_hours(text: str | None, field: str = "minutes") -> ParsedHours:
    """What was typed in an hours cell: a duration, or from–to times (then with the times)."""
    raw = (text or "").strip()
    clean = _normalise(raw)
    if not clean:
        raise FieldError(field, _("Enter the hours."))
    if clean.startswith("-"):
        raise FieldError(field, _("The time cannot be negative."))
    range_match = _RANGE_RE.match(clean)
    if range_match:
        return _range(field, range_match.groups())
    minutes = _duration(field, clean, raw)
    if minutes <= 0:
        raise FieldError(field, _("The time must be more than zero."))
    if minutes > MAX_MINUTES:
        raise FieldError(field, _("More than 24 hours in one entry; enter each day separately."))
    return ParsedHours(minutes)


def parse_duration(text: str | None, field: str = "minutes") -> int:
    """The number of minutes in `text` (a duration or a from–to range)."""
    return parse_hours(text, field).minutes


def _duration(field: str, clean: str, raw: str) -> int:
    match = _CLOCK_RE.match(clean)
    if match:
        hours, minutes = int(match[1]), int(match[2])
        if minutes >= 60:
            raise FieldError(field, _("Minutes must be less than 60 (e.g. 1:45)."))
        return hours * 60 + minutes
    match = _NUMBER_RE.match(clean)
    if match:
        minutes = _decimal_hours(field, match[1], raw)
        if minutes > MAX_MINUTES and match[1].isdigit():
            raise FieldError(
                field,
                _('More than 24 hours. If you meant minutes, type "{number} min".').format(number=match[1]),
            )
        return minutes
    match = _HOURS_RE.match(clean)
    if match:
        minutes = _decimal_hours(field, match[1], raw)
        if match[2] is not None:
            extra = int(match[2])
            if minutes % 60:
                raise _unreadable(field, raw)  # "1,5 h 30 min"
            if extra >= 60:
                raise FieldError(field, _("Minutes must be less than 60 (e.g. 1:45)."))
            minutes += extra
        return minutes
    match = _MINUTES_RE.match(clean)
    if match:
        number = match[1]
        if not number.isdigit():
            raise FieldError(field, _("Minutes must be a whole number, e.g. 90 min."))
        return int(number)
    raise _unreadable(field, raw)


def _decimal_hours(field: str, number: str, raw: str) -> int:
    whole, _sep, fraction = number.replace(",", ".").partition(".")
    if len(fraction) == 2 and fraction not in _QUARTERS:
        clock = f"{int(whole or '0')}:{fraction}"
        raise FieldError(
            field,
            _(
                'Unclear: "{text}" may mean {clock}. Type {clock} for hours and minutes, or a '
                "decimal in quarters of an hour such as 1,25 or 1,75."
            ).format(text=raw, clock=clock),
        )
    try:
        minutes = Decimal(f"{whole or '0'}.{fraction or '0'}") * 60
    except InvalidOperation:
        raise _unreadable(field, raw) from None
    if minutes != minutes.to_integral_value():
        raise FieldError(field, _("Give the time to the minute, e.g. 1:20 or 1,25."))
    return int(minutes)


def _clock(field: str, hour: str, minute: str | None) -> dt.time:
    h, m = int(hour), int(minute or "0")
    if h > 23 or m > 59:
        text = f"{hour}:{minute}" if minute is not None else hour
        raise FieldError(field, _("{text} is not a time of day; use 0:00 to 23:59.").format(text=text))
    return dt.time(h, m)


def _range(field: str, parts: tuple[str | None, ...]) -> ParsedHours:
    h1, m1, h2, m2 = parts
    assert h1 is not None and h2 is not None
    start, end = _clock(field, h1, m1), _clock(field, h2, m2)
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes <= 0:
        raise FieldError(field, _("The end time must be later than the start time."))
    return ParsedHours(minutes, start, end)


def format_hours_input(minutes: int, time_from: dt.time | None = None, time_to: dt.time | None = None) -> str:
    """The text a card cell shows for stored hours: `10:00–11:30`, or decimal hours `1,5` when
    that is exact in quarters, else `1:20`. Reading it back with `parse_hours` gives the same."""
    if time_from is not None and time_to is not None:
        return f"{time_from:%H:%M}–{time_to:%H:%M}"
    if minutes % 15 == 0:
        text = str(Decimal(minutes) / Decimal(60)).replace(".", ",")
        return text.rstrip("0").rstrip(",") if "," in text else text
    return f"{minutes // 60}:{minutes % 60:02d}"


# --- the day of the month ---------------------------------------------------------------------
_DAY_RE = re.compile(r"^(\d{1,2})\.?$")
_DAY_MONTH_RE = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?\.?$")
_ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_day(text: str | None, month: Month, field: str = "work_date") -> dt.date:
    """A date on a card of `month`: the day (`5`), day and month (`5.03`), or a full date
    (`5.03.2025`, `2025-03-05`) which must lie in that month."""
    clean = _normalise(text).removesuffix(" r.").removesuffix("r.").strip()
    if not clean:
        raise FieldError(field, _("Enter the day."))
    day: int
    month_no = month.month
    year = month.year
    if match := _DAY_RE.match(clean):
        day = int(match[1])
    elif match := _DAY_MONTH_RE.match(clean):
        day, month_no = int(match[1]), int(match[2])
        year = int(match[3]) if match[3] else month.year
    elif match := _ISO_RE.match(clean):
        year, month_no, day = int(match[1]), int(match[2]), int(match[3])
    else:
        raise FieldError(field, _("Type the day of the month, e.g. 5 or 5.03."))
    if (year, month_no) != (month.year, month.month):
        raise FieldError(
            field,
            _("The date is outside this card's month ({month}).").format(
                month=format_month_numeric(month.first)
            ),
        )
    if not 1 <= day <= month.days:
        raise FieldError(field, _("This month has only {n} days.").format(n=month.days))
    return dt.date(year, month_no, day)


# --- kilometres -------------------------------------------------------------------------------
_KM_RE = re.compile(r"^(-?\d+(?:[.,]\d+)?)\s*(?:km)?$")


def parse_km(text: str | None, field: str = "travel_km") -> int | None:
    """Whole kilometres travelled (`12`, `12 km`), or None when the cell is empty."""
    clean = _normalise(text)
    if not clean:
        return None
    match = _KM_RE.match(clean)
    if not match:
        raise FieldError(field, _("Type the kilometres as a number, e.g. 12."))
    number = match[1]
    if number.startswith("-"):
        raise FieldError(field, _("Kilometres cannot be negative."))
    if not number.isdigit():
        raise FieldError(field, _("Type whole kilometres, e.g. 12."))
    km = int(number)
    if km > MAX_KM:
        raise FieldError(field, _("More than {n} km; check the number.").format(n=MAX_KM))
    return km
