"""Validation of a vetting record, field by field, with Polish messages.

Validation refuses what is wrong or inconsistent (a date in the future, KRK information
presented before it was issued, a check without its printout number); it does not refuse what
is merely missing: a record waiting for the KRK information is saved, and `evaluate` lists
what it still lacks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from coordinator_app.core import validation as v
from coordinator_app.core.vetting.data import KRK_SCOPE_DEFAULT, TEXT_LIMITS, VettingData
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date

EARLIEST = dt.date(2000, 1, 1)
LONGEST_VALIDITY_YEARS = 10

# Every date typed in the form except "valid until" records something that already happened.
PAST_DATES = (
    "rspts_date",
    "commission_date",
    "krk_issue_date",
    "krk_presented_on",
    "residence_statement_date",
    "standards_training_date",
)

Fail = Callable[[str, str], None]  # report a message for a field (the first one per field wins)


def _clean(value: str | None, multiline: bool = False) -> str | None:
    if value is None:
        return None
    if multiline:
        lines = [line.rstrip() for line in value.strip().splitlines()]
        return "\n".join(lines) or None
    return " ".join(value.split()) or None


def validate_vetting(data: VettingData, today: dt.date) -> VettingData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field at once.

    The KRK scope gets its default text ("art. 21 ust. 3 ustawy z dnia 13 maja 2016 r.") when
    KRK dates are given and no scope was typed.
    """
    out = dataclasses.replace(data)
    for name in ("rspts_reference", "rspts_checked_by", "krk_scope", "standards_trained_by"):
        setattr(out, name, _clean(getattr(out, name)))
    out.foreign_records = _clean(out.foreign_records, multiline=True)
    out.notes = _clean(out.notes, multiline=True)
    errors: dict[str, str] = {}

    def fail(field: str, message: str) -> None:
        errors.setdefault(field, message)

    for name, limit in TEXT_LIMITS.items():
        value = getattr(out, name)
        if value is not None and len(value) > limit:
            fail(name, _("The text is too long (at most {count} characters).").format(count=limit))
    for name in PAST_DATES:
        day = getattr(out, name)
        if day is None:
            continue
        if day > today:
            fail(name, _("The date cannot be in the future."))
        elif day < EARLIEST:
            fail(name, _("The date is not possible."))

    _check_rspts(out, fail)
    _check_commission(out, fail)
    _check_krk(out, fail)
    if out.standards_trained_by and out.standards_training_date is None:
        fail("standards_training_date", _("Enter the date of the familiarisation with the standards."))
    _check_validity(out, today, fail)
    if errors:
        raise v.ValidationErrors([v.FieldError(field, message) for field, message in errors.items()])
    return out


def _check_rspts(out: VettingData, fail: Fail) -> None:
    if out.rspts_date is None:
        if out.rspts_entry_found is not None or out.rspts_reference or out.rspts_checked_by:
            fail("rspts_date", _("Enter the date of the RSPTS check."))
        return
    if out.rspts_entry_found is None:
        fail("rspts_entry_found", _("Choose the result of the check."))
    if not out.rspts_reference:
        fail("rspts_reference", _("Enter the printout number or ID of the check."))
    if not out.rspts_checked_by:
        fail("rspts_checked_by", _("Enter who made the check."))


def _check_commission(out: VettingData, fail: Fail) -> None:
    if out.commission_date is None:
        if out.commission_entry_found is not None:
            fail("commission_date", _("Enter the date of the State Commission register check."))
        return
    if out.commission_entry_found is None:
        fail("commission_entry_found", _("Choose the result of the check."))


def _check_krk(out: VettingData, fail: Fail) -> None:
    given = out.krk_issue_date is not None or out.krk_presented_on is not None
    if not given:
        if out.krk_has_entries is not None:
            fail("krk_presented_on", _("Enter the date the KRK information was presented."))
        return
    if out.krk_issue_date is None:
        fail("krk_issue_date", _("Enter the issue date of the KRK information."))
    if out.krk_presented_on is None:
        fail("krk_presented_on", _("Enter the date the KRK information was presented."))
    if (
        out.krk_issue_date is not None
        and out.krk_presented_on is not None
        and out.krk_presented_on < out.krk_issue_date
    ):
        fail("krk_presented_on", _("The KRK information cannot be presented before it was issued."))
    if out.krk_has_entries is None:
        fail("krk_has_entries", _("Choose what the KRK information says."))
    if not out.krk_scope:
        out.krk_scope = KRK_SCOPE_DEFAULT


def _check_validity(out: VettingData, today: dt.date, fail: Fail) -> None:
    if out.valid_until is None:
        return
    checks = [d for d in (out.rspts_date, out.commission_date, out.krk_presented_on) if d is not None]
    latest = max(checks, default=None)
    if latest is not None and out.valid_until <= latest:
        fail(
            "valid_until",
            _("The validity must end after the checks ({date}).").format(date=format_date(latest)),
        )
    elif out.valid_until < EARLIEST:
        fail("valid_until", _("The date is not possible."))
    elif out.valid_until > dt.date(today.year + LONGEST_VALIDITY_YEARS, 12, 31):
        fail(
            "valid_until",
            _("The validity is too long (at most {years} years).").format(years=LONGEST_VALIDITY_YEARS),
        )
