"""Field validators with Polish messages. Each returns the normalised value or raises
`FieldError` naming the field, so a form can show the message beside that field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stdnum import exceptions as stdnum_errors
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import pesel as stdnum_pesel
from stdnum.pl import regon as stdnum_regon

from coordinator_app.core.text import group_polish_phone
from coordinator_app.i18n import _


class FieldError(ValueError):
    """A value the user typed is wrong; `field` names the form field, `message` says why.
    `required`: the field was refused for being empty, in words of its own ("Choose the
    volunteer.") rather than `required_message`; the form gives it the asterisk all the same."""

    def __init__(self, field: str, message: str, *, required: bool = False) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
        self.required = required or is_required_message(message)


class ValidationErrors(ValueError):
    """Several field errors found at once (a whole form)."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def by_field(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.message)
        return result


@dataclass(frozen=True)
class PeselInfo:
    pesel: str
    birth_date: dt.date
    sex: str  # "K" (kobieta) or "M" (mężczyzna)


def parse_pesel(value: str, field: str = "pesel") -> PeselInfo:
    """Check a PESEL with python-stdnum and decode its birth date and sex."""
    compact = stdnum_pesel.compact(value or "")
    if not compact:
        raise FieldError(field, _("Enter the PESEL number."))
    if not compact.isdigit() or len(compact) != 11:
        raise FieldError(field, _("PESEL must have exactly 11 digits."))
    try:
        stdnum_pesel.validate(compact)
    except stdnum_errors.InvalidChecksum:
        raise FieldError(field, _("PESEL check digit is wrong; check for a typing mistake.")) from None
    except stdnum_errors.ValidationError:
        raise FieldError(field, _("PESEL encodes a date that does not exist.")) from None
    sex = "M" if stdnum_pesel.get_gender(compact) == "M" else "K"
    return PeselInfo(compact, stdnum_pesel.get_birth_date(compact), sex)


_POSTAL_RE = re.compile(r"^\d{2}-\d{3}$")


def postal_code(value: str, field: str = "postal_code") -> str:
    """`00-000` (five digits are accepted too); an empty code is reported as required."""
    text = (value or "").strip()
    if not text:
        raise FieldError(field, required_message(_("Postal code")))
    if re.fullmatch(r"\d{5}", text):
        text = f"{text[:2]}-{text[2:]}"
    if not _POSTAL_RE.match(text):
        raise FieldError(field, _("Postal code must look like 00-000."))
    return text


def phone(value: str, field: str = "phone") -> str:
    """Normalise a Polish phone number to E.164 (`+48600123456`); foreign numbers keep `+`."""
    text = re.sub(r"[\s\-()./]", "", value or "")
    if not text:
        return ""
    if text.startswith("00"):
        text = "+" + text[2:]
    if text.startswith("+"):
        if not text[1:].isdigit() or not 8 <= len(text) - 1 <= 15:
            raise FieldError(field, _("Phone number is not valid."))
        if text.startswith("+48") and len(text) != 12:
            raise FieldError(field, _("A Polish phone number has 9 digits."))
        return text
    if not text.isdigit() or len(text) != 9:
        raise FieldError(field, _("A Polish phone number has 9 digits."))
    return "+48" + text


def format_phone(e164: str | None) -> str:
    """Display grouping: mobile `600 123 456`, Polish landline `61 424 11 22` (by the
    numbering plan's prefixes, see `core.text.group_polish_phone`)."""
    if not e164:
        return ""
    if e164.startswith("+48") and len(e164) == 12:
        return group_polish_phone(e164[3:])
    return e164


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")


def email(value: str, field: str = "email") -> str:
    text = (value or "").strip()
    if text and not _EMAIL_RE.match(text):
        raise FieldError(field, _("E-mail address is not valid."))
    return text


def nip(value: str, field: str = "nip") -> str:
    """A valid NIP (digits only); an empty one is reported as required."""
    if not (value or "").strip():
        raise FieldError(field, required_message("NIP"))
    try:
        return str(stdnum_nip.validate(value or ""))
    except stdnum_errors.ValidationError:
        raise FieldError(field, _("NIP is not valid.")) from None


def regon(value: str, field: str = "regon") -> str:
    """A valid REGON (digits only); an empty one is reported as required."""
    if not (value or "").strip():
        raise FieldError(field, required_message("REGON"))
    try:
        return str(stdnum_regon.validate(value or ""))
    except stdnum_errors.ValidationError:
        raise FieldError(field, _("REGON is not valid.")) from None


_MONEY_RE = re.compile(r"^(\d{1,9})(?:,(\d{1,2}))?$")


def money(value: str | None, field: str) -> int | None:
    """An amount typed as `150,50 zł`, `150.50`, `1 234,5 PLN` or `150`, in grosze (15050);
    None when empty. Money is kept exact, as whole grosze."""
    text = (value or "").strip().lower()
    for suffix in ("zł", "zl", "pln"):
        text = text.removesuffix(suffix)
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not text:
        return None
    if text.startswith("-"):
        raise FieldError(field, _("The amount cannot be negative."))
    # With a comma, a dot groups thousands (1.234,50); alone, it is the decimal point (150.50).
    text = text.replace(".", "") if "," in text else text.replace(".", ",")
    match = _MONEY_RE.match(text)
    if not match:
        raise FieldError(field, _("Enter the amount in złoty, e.g. 150,50 zł."))
    return int(match[1]) * 100 + int((match[2] or "0").ljust(2, "0"))


def for_sex(sex: str | None, female: str, male: str, unknown: str) -> str:
    """The message that agrees with the person's sex ("K" or "M"): Polish verbs and nouns
    take it ("nie ukończyła" / "nie ukończył"); `unknown` when it is not recorded."""
    return female if sex == "K" else male if sex == "M" else unknown


def required_message(label: str) -> str:
    """The one message of an empty required field."""
    return _("{field} is required.").format(field=label)


def is_required_message(message: str) -> bool:
    """True when `message` is the one message of an empty required field."""
    before, _sep, after = _("{field} is required.").partition("{field}")
    return message.startswith(before) and message.endswith(after) and len(message) > len(before + after)


def required_fields(check: Callable[[], object]) -> frozenset[str]:
    """The fields `check` (a whole-form validation given empty data) reports as required: the
    forms put their asterisks by these, so the asterisk and the refusal cannot disagree."""
    try:
        check()
    except ValidationErrors as errors:
        return frozenset(error.field for error in errors.errors if error.required)
    return frozenset()


def required(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldError(field, required_message(label))
    return text


def clean_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return " ".join(text.split()) if text else None


def person_name(value: str | None) -> str:
    """Trim and collapse spaces; capitalise a name typed all in lower or upper case."""
    text = clean_text(value) or ""
    if text and (text.islower() or text.isupper()):
        text = "-".join(part.capitalize() for part in text.split("-"))
        text = " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return text


def check_address(record: Any, errors: list[FieldError]) -> None:
    """Clean a rural-aware address in place (domain §6.4: no street in a village without
    streets) and add the errors of its fields: house number and locality required, postal code
    `00-000`. `record` has the fields of the `Address` mixin."""
    for name in ("street", "flat_number", "post_office"):
        setattr(record, name, clean_text(getattr(record, name)))
    record.house_number = (record.house_number or "").strip()
    record.locality = clean_text(record.locality) or ""
    for value, key, label in (
        (record.house_number, "house_number", _("House number")),
        (record.locality, "locality", _("Locality")),
    ):
        try:
            required(value, key, label)
        except FieldError as error:
            errors.append(error)
    try:
        record.postal_code = postal_code(record.postal_code)
    except FieldError as error:
        errors.append(error)
