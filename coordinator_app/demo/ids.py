"""Identifiers and contact data: PESEL, NIP, REGON, phone numbers, e-mail addresses."""

from __future__ import annotations

import datetime as dt
import random

from stdnum.pl import nip as stdnum_nip
from stdnum.pl import pesel as stdnum_pesel
from stdnum.pl import regon as stdnum_regon

_MONTH_OFFSET = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}
_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
_MOBILE_PREFIXES = ("50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88")
_FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")


class PeselFactory:
    """Valid, unique PESEL numbers that encode the given birth date and sex."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._used: set[str] = set()

    def make(self, birth: dt.date, sex: str) -> str:
        month = birth.month + _MONTH_OFFSET[birth.year // 100]
        head = f"{birth.year % 100:02d}{month:02d}{birth.day:02d}"
        while True:
            serial = self._rng.randrange(1000)
            sex_digit = self._rng.randrange(5) * 2 + (1 if sex == "M" else 0)
            first10 = f"{head}{serial:03d}{sex_digit}"
            number = first10 + stdnum_pesel.calc_check_digit(first10)
            if number not in self._used:
                self._used.add(number)
                return number


def make_nip(rng: random.Random) -> str:
    """A valid NIP (the first three digits look like a tax-office code)."""
    while True:
        digits = f"{rng.randrange(680, 690)}{rng.randrange(1_000_000):06d}"
        check = sum(w * int(d) for w, d in zip(_NIP_WEIGHTS, digits, strict=True)) % 11
        if check != 10:
            number = digits + str(check)
            assert stdnum_nip.is_valid(number)
            return number


def make_regon(rng: random.Random) -> str:
    """A valid nine-digit REGON (18 = the podkarpackie prefix of older numbers)."""
    first8 = f"18{rng.randrange(1_000_000):06d}"
    number = first8 + stdnum_regon.calc_check_digit(first8)
    assert stdnum_regon.is_valid(number)
    return number


def mobile(rng: random.Random) -> str:
    return f"+48{rng.choice(_MOBILE_PREFIXES)}{rng.randrange(10_000_000):07d}"


def landline(rng: random.Random) -> str:
    return f"+4813{rng.randrange(4_300_000, 4_399_999):07d}"


def ascii_fold(text: str) -> str:
    return text.translate(_FOLD)


def email(rng: random.Random, first: str, last: str) -> str:
    local = f"{ascii_fold(first)}.{ascii_fold(last)}".lower().replace(" ", "").replace("-", "")
    if rng.random() < 0.4:
        local += str(rng.randrange(1, 99))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def login(first: str, last: str) -> str:
    """A workstation login like `mnowak`, used as the author of records."""
    return ascii_fold(first[0] + last).lower()


def id_document(rng: random.Random) -> str:
    """A foreigner's passport or residence card (seria i numer dokumentu)."""
    letters = "ABCEFHKMPRTX"
    if rng.random() < 0.6:
        return f"paszport {rng.choice(letters)}{rng.choice(letters)}{rng.randrange(1_000_000):06d}"
    return f"karta pobytu R{rng.choice(letters)}{rng.randrange(10_000_000):07d}"
