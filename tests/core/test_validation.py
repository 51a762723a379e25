"""Field validators: PESEL, postal code, phone, e-mail, NIP, REGON."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from coordinator_app.core import validation as v
from coordinator_app.core.text import group_polish_phone, is_polish_mobile
from coordinator_app.i18n import _


def test_pesel_decodes_birth_date_and_sex() -> None:
    info = v.parse_pesel("44051401458")
    assert info.birth_date == dt.date(1944, 5, 14)
    assert info.sex == "M"


def test_pesel_of_2000s_keeps_leading_zero_and_century() -> None:
    # Born 2002-12-08: month 12 + 20 = 32; serial 0000 -> female (even tenth digit).
    body = "0232080000"
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
    info = v.parse_pesel(body + str(check))
    assert info.pesel.startswith("02")
    assert info.birth_date == dt.date(2002, 12, 8)
    assert info.sex == "K"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Podaj numer PESEL."),
        ("4405140145", "PESEL musi mieć dokładnie 11 cyfr."),
        ("4405140145a", "PESEL musi mieć dokładnie 11 cyfr."),
        ("44051401459", "Cyfra kontrolna PESEL jest błędna; sprawdź, czy nie ma literówki."),
        ("44133101456", "PESEL zawiera datę, która nie istnieje."),
    ],
)
def test_pesel_errors_are_polish_sentences(value: str, message: str) -> None:
    with pytest.raises(v.FieldError) as caught:
        v.parse_pesel(value)
    assert caught.value.field == "pesel"
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("raw", "clean"), [("62-200", "62-200"), ("62200", "62-200"), (" 05-120 ", "05-120")]
)
def test_postal_code_accepted_and_normalised(raw: str, clean: str) -> None:
    assert v.postal_code(raw) == clean


@pytest.mark.parametrize("raw", ["6-2200", "622000", "ab-cde", "62 200"])
def test_postal_code_rejected(raw: str) -> None:
    with pytest.raises(v.FieldError, match="00-000"):
        v.postal_code(raw)


@pytest.mark.parametrize(
    ("check", "label"), [(v.postal_code, "Postal code"), (v.nip, "NIP"), (v.regon, "REGON")]
)
@pytest.mark.parametrize("raw", ["", "   "])
def test_empty_required_codes_say_required(check: Callable[[str], str], label: str, raw: str) -> None:
    """Not "must look like 00-000" or "is not valid": the field is simply empty."""
    with pytest.raises(v.FieldError) as refused:
        check(raw)
    assert refused.value.message == _("{field} is required.").format(field=_(label))


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("600 123 456", "+48600123456"),
        ("0048 600-123-456", "+48600123456"),
        ("+48 22 123 45 67", "+48221234567"),
        ("+420 601 123 456", "+420601123456"),
        ("", ""),
    ],
)
def test_phone_normalised_to_e164(raw: str, e164: str) -> None:
    assert v.phone(raw) == e164


@pytest.mark.parametrize("raw", ["60012345", "0600123456", "+48 600 123 45", "tel. 600"])
def test_phone_rejected(raw: str) -> None:
    with pytest.raises(v.FieldError):
        v.phone(raw)


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+48614241122", "61 424 11 22"),  # Poznań landline: not "614 241 122"
        ("+48624001122", "62 400 11 22"),  # Kalisz
        ("+48717001122", "71 700 11 22"),  # Wrocław
        ("+48581234567", "58 123 45 67"),  # Gdańsk
        ("+48501234567", "501 234 567"),  # mobile
        ("+48451234567", "451 234 567"),  # mobile
        ("+48721234567", "721 234 567"),  # mobile
        ("+48881234567", "881 234 567"),  # mobile
        ("+48800123456", "800 123 456"),  # free line
        ("+420601123456", "+420601123456"),  # foreign: as stored
    ],
)
def test_phone_grouping_follows_the_polish_numbering_plan(e164: str, shown: str) -> None:
    assert v.format_phone(e164) == shown
    # What is shown is read back as the same number.
    assert v.phone(shown) == e164


def test_mobile_prefixes() -> None:
    assert is_polish_mobile("600123456") and is_polish_mobile("881234567")
    assert not is_polish_mobile("614241122") and not is_polish_mobile("60012345")
    assert group_polish_phone("12345") == "12345"


def test_phone_display_grouping() -> None:
    assert v.format_phone("+48600123456") == "600 123 456"
    assert v.format_phone("+48221234567") == "22 123 45 67"


def test_email() -> None:
    assert v.email(" anna@gops.pl ") == "anna@gops.pl"
    assert v.email("") == ""
    with pytest.raises(v.FieldError):
        v.email("anna@gops")


def test_nip_and_regon_vectors_from_the_domain_guide() -> None:
    assert v.nip("8567346215") == "8567346215"
    with pytest.raises(v.FieldError):
        v.nip("8567346216")
    for good in ("192598184", "123456785", "12345678512347"):
        assert v.regon(good) == good
    with pytest.raises(v.FieldError):
        v.regon("192598183")
