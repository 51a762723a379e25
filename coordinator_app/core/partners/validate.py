"""Field-by-field validation of a partner and of its contact persons, with Polish messages.

NIP and REGON are checked with python-stdnum (as the organisation settings are) but, unlike the
OPS's own, are optional: a parish or a housewives' club often has neither at hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from coordinator_app.core import validation as v
from coordinator_app.core.enums import Sex
from coordinator_app.core.partners.data import PARTNER_KIND_LABELS, ContactData, PartnerData
from coordinator_app.i18n import _

SEXES = frozenset(s.value for s in Sex)
MAX_SCOPE = 4000


def _collect(errors: list[v.FieldError]) -> Callable[[Callable[[], Any]], Any]:
    def check(func: Callable[[], Any]) -> Any:
        try:
            return func()
        except v.FieldError as error:
            errors.append(error)
            return None

    return check


def _multiline(value: str | None) -> str | None:
    lines = [" ".join(line.split()) for line in (value or "").replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines).strip()
    return text or None


def _check_address(out: PartnerData, errors: list[v.FieldError]) -> None:
    """The seat, rural-aware (domain §6.4): no street in a village without streets."""
    out.street = v.clean_text(out.street)
    out.post_office = v.clean_text(out.post_office)
    out.house_number = (out.house_number or "").strip()
    out.locality = v.clean_text(out.locality) or ""
    check = _collect(errors)
    check(lambda: v.required(out.house_number, "house_number", _("House number")))
    check(lambda: v.required(out.locality, "locality", _("Locality")))
    out.postal_code = check(lambda: v.postal_code(out.postal_code)) or out.postal_code


def _check_identifiers(out: PartnerData, errors: list[v.FieldError]) -> None:
    check = _collect(errors)
    if out.nip:
        out.nip = check(lambda: v.nip(out.nip or "")) or out.nip
    if out.regon:
        out.regon = check(lambda: v.regon(out.regon or "")) or out.regon
    if out.krs:
        digits = out.krs.replace(" ", "")
        if digits.isdigit() and len(digits) <= 10:
            out.krs = digits.zfill(10)
        else:
            errors.append(v.FieldError("krs", _("KRS number has 10 digits.")))


def _check_representative(out: PartnerData, errors: list[v.FieldError]) -> None:
    """Who signs for the partner: their sex gives the agreement its forms ("reprezentowaną
    przez Panią …"), so it is asked for with the name."""
    out.represented_by = v.person_name(out.represented_by) or None
    out.represented_by_role = v.clean_text(out.represented_by_role)
    if out.represented_by_sex is not None and out.represented_by_sex not in SEXES:
        errors.append(v.FieldError("represented_by_sex", _("Choose the sex.")))
    if out.represented_by and out.represented_by_sex is None:
        errors.append(
            v.FieldError(
                "represented_by_sex",
                _("Choose the representative's sex: the agreement writes their name in the right forms."),
            )
        )
    if not out.represented_by and (out.represented_by_role or out.represented_by_sex):
        errors.append(v.FieldError("represented_by", _("Enter who represents the partner.")))


def validate_partner(data: PartnerData, today: dt.date) -> PartnerData:
    """A cleaned copy of `data`, or `ValidationErrors` listing every wrong field at once."""
    out = dataclasses.replace(data, contacts=[dataclasses.replace(c) for c in data.contacts])
    errors: list[v.FieldError] = []
    check = _collect(errors)
    out.name = v.clean_text(out.name) or ""
    out.short_name = v.clean_text(out.short_name)
    check(lambda: v.required(out.name, "name", _("Name")))
    if not out.kind:
        errors.append(v.FieldError("kind", _("Choose the kind of partner."), required=True))
    elif out.kind not in PARTNER_KIND_LABELS:
        errors.append(v.FieldError("kind", _("Choose the kind of partner from the list.")))
    _check_address(out, errors)
    out.phone = check(lambda: v.phone(out.phone or "", "phone") or None) if out.phone else None
    out.email = check(lambda: v.email(out.email or "", "email") or None) if out.email else None
    _check_identifiers(out, errors)
    _check_representative(out, errors)
    out.cooperation_scope = _multiline(out.cooperation_scope)
    out.notes = _multiline(out.notes)
    if out.cooperation_scope and len(out.cooperation_scope) > MAX_SCOPE:
        errors.append(
            v.FieldError(
                "cooperation_scope", _("The scope may have at most {n} characters.").format(n=MAX_SCOPE)
            )
        )
    if out.cooperation_since is not None and out.cooperation_since > today:
        errors.append(v.FieldError("cooperation_since", _("The date cannot be in the future.")))
    if (
        out.agreement_valid_to is not None
        and out.cooperation_since is not None
        and out.agreement_valid_to < out.cooperation_since
    ):
        errors.append(
            v.FieldError("agreement_valid_to", _("The agreement cannot end before the cooperation began."))
        )
    for index, contact in enumerate(out.contacts):
        try:
            out.contacts[index] = validate_contact(contact)
        except v.ValidationErrors:
            errors.append(
                v.FieldError(
                    "contacts",
                    _("Contact person {n} is incomplete: open it and correct it.").format(n=index + 1),
                )
            )
    if sum(1 for c in out.contacts if c.primary) > 1:
        errors.append(v.FieldError("contacts", _("Only one contact person can be the main one.")))
    if errors:
        raise v.ValidationErrors(errors)
    return out


def validate_contact(data: ContactData) -> ContactData:
    out = dataclasses.replace(data)
    errors: list[v.FieldError] = []
    check = _collect(errors)
    out.first_name = v.person_name(out.first_name)
    out.last_name = v.person_name(out.last_name)
    out.role = v.clean_text(out.role)
    check(lambda: v.required(out.first_name, "first_name", _("First name")))
    check(lambda: v.required(out.last_name, "last_name", _("Surname")))
    if out.sex is not None and out.sex not in SEXES:
        errors.append(v.FieldError("sex", _("Choose the sex.")))
    out.phone = check(lambda: v.phone(out.phone or "", "phone") or None) if out.phone else None
    out.email = check(lambda: v.email(out.email or "", "email") or None) if out.email else None
    if errors:
        raise v.ValidationErrors(errors)
    return out
