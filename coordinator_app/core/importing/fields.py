"""Cells as people type them, read into the forms' values: names in one column, addresses in
one column, Polish dates and Excel serial numbers, months, hours, phones, PESEL numbers that
Excel turned into numbers. Every unreadable value is a `FieldError` with a Polish sentence."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from coordinator_app.core.calendar import Month
from coordinator_app.core.importing.sources import Cell
from coordinator_app.core.text import fold
from coordinator_app.core.validation import FieldError
from coordinator_app.i18n import _

EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug included)
MAX_MONTH_MINUTES = 744 * 60
_MONTHS = {
    "styczen": 1,
    "stycznia": 1,
    "sty": 1,
    "luty": 2,
    "lutego": 2,
    "lut": 2,
    "marzec": 3,
    "marca": 3,
    "mar": 3,
    "kwiecien": 4,
    "kwietnia": 4,
    "kwi": 4,
    "maj": 5,
    "maja": 5,
    "czerwiec": 6,
    "czerwca": 6,
    "cze": 6,
    "lipiec": 7,
    "lipca": 7,
    "lip": 7,
    "sierpien": 8,
    "sierpnia": 8,
    "sie": 8,
    "wrzesien": 9,
    "wrzesnia": 9,
    "wrz": 9,
    "pazdziernik": 10,
    "pazdziernika": 10,
    "paz": 10,
    "listopad": 11,
    "listopada": 11,
    "lis": 11,
    "grudzien": 12,
    "grudnia": 12,
    "gru": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
_STREET_PREFIX = re.compile(r"^(ul\.?|ulica|al\.?|aleja|os\.?|osiedle|pl\.?|plac)\s+", re.IGNORECASE)
_POSTAL = re.compile(r"(\d{2})\s*-\s*(\d{3})")
_NUMBER_AT_END = re.compile(r"^(.*?)\s+(?:nr\s+)?(\d+[a-zA-Z]?)(?:\s*(?:/|m\.?|lok\.?)\s*(\d+[a-zA-Z]?))?$")


def text(cell: Cell) -> str:
    """A cell as text: whole numbers without ".0", dates as they are printed, blanks empty."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "1" if cell else "0"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return " ".join(str(cell).split())


@dataclass(frozen=True)
class PersonName:
    first_name: str
    last_name: str
    second_name: str | None = None


def split_name(value: Cell, surname_first: bool = False) -> PersonName:
    """ "Jan Kowalski", "Anna Maria Nowak-Kowalska"; with `surname_first`, "Kowalski Jan"."""
    words = text(value).replace(",", " ").split()
    if len(words) < 2:
        raise FieldError("full_name", _("Give both the first name and the surname."))
    if surname_first:
        last, first, *rest = words
    else:
        first, *middle, last = words
        rest = middle
    return PersonName(first, last, " ".join(rest) or None)


def surname_first(header: Cell) -> bool:
    """Whether a combined name column's header names the surname first ("Nazwisko i imię")."""
    return fold(text(header)).lstrip().startswith(("nazwisk", "surname", "last"))


@dataclass(frozen=True)
class Address:
    street: str | None
    house_number: str
    flat_number: str | None
    postal_code: str
    locality: str
    post_office: str | None


def split_address(value: Cell) -> Address:
    """ "Wólka 12, 38-472 Lipowiec" (a village without streets, its post office in Lipowiec),
    "ul. Lipowa 5/3, 38-400 Krosno", "38-400 Krosno, ul. Lipowa 5 m. 3", "Mnichowo 132"."""
    raw = text(value)
    postal = ""
    town = ""
    parts = [part.strip() for part in raw.split(",") if part.strip()]
    rest: list[str] = []
    for part in parts:
        match = _POSTAL.search(part)
        if match and not postal:
            postal = f"{match[1]}-{match[2]}"
            town = (part[: match.start()] + " " + part[match.end() :]).strip()
        else:
            rest.append(part)
    if not postal and len(rest) >= 2:
        town, rest = rest[0], rest[1:]  # "Krosno, Lipowa 7": the town first, then the street
        if not _STREET_PREFIX.match(rest[0]):
            rest[0] = "ul. " + rest[0]
    place = " ".join(rest)
    street: str | None = None
    house, flat = "", None
    match = _NUMBER_AT_END.match(place)
    if match:
        place, house, flat = match[1].strip(), match[2], match[3]
    if _STREET_PREFIX.match(place):
        street = _STREET_PREFIX.sub("", place).strip()
        return Address(street, house, flat, postal, town, None)
    if not place:
        return Address(None, house, flat, postal, town, None)
    if town and fold(town) != fold(place):
        return Address(None, house, flat, postal, place, town)
    return Address(None, house, flat, postal, place, None)


def parse_date(cell: Cell, field: str) -> dt.date | None:
    """A date from a date cell, an Excel serial number, `5.03.2025`, `05-03-2025 r.`,
    `2025-03-05`, `5 marca 2025 r.`, `5.03.25`; None when empty."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if 1 <= cell < 80_000:
            return EXCEL_EPOCH + dt.timedelta(days=int(cell))
        raise _bad_date(field, cell)
    raw = text(cell)
    clean = fold(raw).replace("r.", "").replace("rok", "").strip().rstrip(".").strip()
    try:
        if m := re.fullmatch(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", clean):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{2}|\d{4})", clean):
            return dt.date(_year(m[3]), int(m[2]), int(m[1]))
        if (m := re.fullmatch(r"(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})", clean)) and m[2] in _MONTHS:
            return dt.date(int(m[3]), _MONTHS[m[2]], int(m[1]))
        if re.fullmatch(r"\d{4,5}", clean):
            return parse_date(int(clean), field)
    except ValueError:
        pass
    raise _bad_date(field, raw)


def _year(digits: str) -> int:
    """A two-digit year: 00–29 is 2000–2029, the rest the 1900s (birth dates and past hours)."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return 2000 + year if year < 30 else 1900 + year


def _bad_date(field: str, value: object) -> FieldError:
    return FieldError(field, _('"{value}" is not a date; write it as 5.03.2025.').format(value=value))


def parse_month(cell: Cell, field: str = "month") -> Month | None:
    """A month from a date, `2025-03`, `03.2025`, `3/2025`, `marzec 2025`, `III 2025`; None when empty."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, dt.date | int | float) and not isinstance(cell, bool):
        day = parse_date(cell, field)
        return Month.of(day) if day else None
    raw = text(cell)
    clean = fold(raw).replace("r.", "").strip().rstrip(".")
    roman = dict(
        zip(
            ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"],
            range(1, 13),
            strict=True,
        )
    )
    try:
        if m := re.fullmatch(r"(\d{4})\s*[-./]\s*(\d{1,2})", clean):
            return Month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{1,2})\s*[-./]\s*(\d{4})", clean):
            return Month(int(m[2]), int(m[1]))
        if m := re.fullmatch(r"([a-z]+)\.?\s+(\d{4})", clean):
            number = _MONTHS.get(m[1]) or roman.get(m[1])
            if number:
                return Month(int(m[2]), number)
        day = parse_date(cell, field)
        return Month.of(day) if day else None
    except (ValueError, FieldError):
        raise FieldError(
            field, _('"{value}" is not a month; write it as 03.2025.').format(value=raw)
        ) from None


def parse_minutes(cell: Cell, field: str = "hours") -> int | None:
    """Hours as a number (`2`, `2,5`, `2.75`), `2:30`, or a time cell; minutes, None when empty."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, dt.timedelta):
        return round(cell.total_seconds() / 60)
    if isinstance(cell, dt.time):
        return cell.hour * 60 + cell.minute
    raw = text(cell)
    clean = fold(raw).replace(" ", "")
    for unit in ("godzin", "godziny", "godz.", "godz", "h"):
        clean = clean.removesuffix(unit)
    if (m := re.fullmatch(r"(\d{1,3}):(\d{2})", clean)) and int(m[2]) < 60:
        return int(m[1]) * 60 + int(m[2])
    try:
        hours = Decimal(clean.replace(",", "."))
    except InvalidOperation:
        raise FieldError(
            field, _('"{value}" is not a number of hours; write e.g. 2,5.').format(value=raw)
        ) from None
    if hours <= 0 or not hours.is_finite():
        raise FieldError(field, _("The time must be more than zero."))
    minutes = int((hours * 60).to_integral_value())
    if minutes > MAX_MONTH_MINUTES:
        raise FieldError(field, _("More hours than a month has; check the number."))
    return minutes


def parse_sex(cell: Cell) -> str | None:
    key = fold(text(cell)).strip(" .")
    if not key:
        return None
    if key in ("k", "kobieta", "f", "female", "woman", "z", "zenska"):
        return "K"
    if key in ("m", "mezczyzna", "male", "man", "meska"):
        return "M"
    raise FieldError("sex", _('"{value}" is not a sex; write K or M.').format(value=text(cell)))


def pesel_text(cell: Cell) -> str:
    """A PESEL as text; a number Excel made of it gets back its leading zeros."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return str(int(cell)).zfill(11)
    return re.sub(r"\s", "", text(cell))


def phone_text(cell: Cell) -> str:
    """The first phone number of a cell ("600 123 456, 601 222 333"), labels like "tel." and
    "kom." dropped, a number Excel stored as a number as its digits."""
    raw = text(cell)
    first = re.split(r"[,;]|\s{2,}|\s+lub\s+|\s+i\s+", raw)[0]
    first = re.sub(r"^\s*(tel\.?|telefon|kom\.?|komórka|mobile|phone)[:\s]*", "", first, flags=re.IGNORECASE)
    return first.strip()


def parse_year(cell: Cell, field: str = "birth_year") -> int | None:
    """A year of birth, or the year of a date of birth."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 1000 <= cell <= 9999:
        return int(cell)
    raw = text(cell)
    if re.fullmatch(r"\d{4}( ?r\.?)?", raw):
        return int(raw[:4])
    day = parse_date(cell, field)
    return day.year if day else None
