"""Values every document shares: the letterhead and organisation fields, the person, addresses,
dates. Documents are printed in Polish whatever the language of the window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from coordinator_app.core.issuing.organisation import (
    DEFAULT_RETENTION,
    OrganisationData,
    genitive_name,
    organisation_from_session,
)
from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused, Signature, Snapshot
from coordinator_app.core.validation import format_phone
from coordinator_app.db.models import Staff, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date

_STREET_PREFIXES = ("ul.", "al.", "pl.", "os.", "plac", "aleja", "osiedle", "rynek")


def postal_address(
    street: str | None,
    house: str | None,
    flat: str | None,
    postal_code: str | None,
    locality: str | None,
    post_office: str | None = None,
) -> str:
    """`ul. Szkolna 12/3, 38-471 Modrzewo`, or in a village without streets `Mnichowo 132,
    62-200 Mnichowo` (domain §6.4: the addressee's locality on the last line)."""
    number = (house or "").strip()
    if flat:
        number = f"{number}/{flat.strip()}"
    if street:
        name = street.strip()
        prefix = (
            ""
            if name.lower().startswith(("ul.", "al.", "pl.", "os.", "plac", "aleja", "osiedle"))
            else "ul. "
        )
        first = f"{prefix}{name} {number}".strip()
    else:
        first = f"{(locality or '').strip()} {number}".strip()
    town = (locality or post_office or "").strip()
    second = f"{(postal_code or '').strip()} {town}".strip()
    return ", ".join(part for part in (first, second) if part)


def organisation_values(org: OrganisationData) -> dict[str, str]:
    """The placeholders about the OPS: name, address, identifiers, head, coordinator, IOD."""
    contact = []
    if org.coordinator_phone:
        contact.append(f"tel. {format_phone(org.coordinator_phone)}")
    if org.coordinator_email:
        contact.append(f"e-mail: {org.coordinator_email}")
    return {
        "nazwa_ops": org.full_name,
        "nazwa_ops_dopelniacz": genitive_name(org),
        "adres_ops": postal_address(org.street, org.house_number, None, org.postal_code, org.locality),
        "nip": _nip_text(org.nip),
        "regon": org.regon or "",
        "miejscowosc": org.place_for_dates or org.locality or "",
        "kierownik": org.manager_name or "",
        "kierownik_stanowisko": org.manager_position or "",
        "koordynator": org.coordinator_name or "",
        "koordynator_kontakt": (", " + ", ".join(contact)) if contact else "",
        "iod": ", ".join(part for part in (org.dpo_name, org.dpo_contact) if part),
        "kontakt_ops": _contact(org.phone, org.email),
        "retencja": org.gdpr_retention or DEFAULT_RETENTION,
        "ubezpieczyciel_nnw": org.nnw_insurer or "",
        "polisa_nnw": org.nnw_policy or "",
        "polisa_oc": org.oc_policy or "",
    }


def _contact(phone: str | None, email: str | None) -> str:
    """`, tel. 12 345 67 89, e-mail: gops@…` after an address; empty when neither is known."""
    parts = [f"tel. {format_phone(phone)}" if phone else "", f"e-mail: {email}" if email else ""]
    text = ", ".join(part for part in parts if part)
    return f", {text}" if text else ""


def _nip_text(nip: str | None) -> str:
    """`689-133-19-53`, the usual printed grouping of a NIP."""
    if nip and len(nip) == 10 and nip.isdigit():
        return f"{nip[:3]}-{nip[3:6]}-{nip[6:8]}-{nip[8:]}"
    return nip or ""


def letterhead(org: OrganisationData) -> dict[str, Any]:
    """What the letterhead prints, kept in the snapshot (the logo by its hash)."""
    ids = " · ".join(
        part
        for part in (
            f"NIP {_nip_text(org.nip)}" if org.nip else "",
            f"REGON {org.regon}" if org.regon else "",
        )
        if part
    )
    contact_parts = []
    if org.phone:
        contact_parts.append(f"tel. {format_phone(org.phone)}")
    if org.email:
        contact_parts.append(f"e-mail: {org.email}")
    if org.website:
        contact_parts.append(org.website)
    lines = [
        postal_address(org.street, org.house_number, None, org.postal_code, org.locality),
        ids,
        ", ".join(contact_parts),
    ]
    return {
        "name": org.full_name,
        "lines": [line for line in lines if line],
        "custom": org.letterhead or "",
        "footer": org.footer or "",
        "logo_sha256": org.logo_sha256,
        "place": org.place_for_dates or org.locality or "",
        "jrwa": org.jrwa_symbol or "",
    }


def require_organisation(session: Session, *, full: bool = False) -> OrganisationData:
    """The organisation's data, refusing to print without the name (and, for agreements and
    their annexes, without the address, NIP, REGON and head)."""
    org = organisation_from_session(session)
    missing = []
    if not org.full_name:
        missing.append(_("full name"))
    if not (org.place_for_dates or org.locality):
        missing.append(_("place used in dates"))
    if full:
        if not (org.locality and org.house_number):
            missing.append(_("address"))
        if not org.nip:
            missing.append(_("NIP"))
        if not org.regon:
            missing.append(_("REGON"))
    if missing:
        raise DocumentRefused(
            _("Complete the organisation settings first ({missing}).").format(missing=", ".join(missing))
        )
    return org


def volunteer_row(session: Session, volunteer_id: int) -> Volunteer:
    row = session.get(Volunteer, volunteer_id)
    if row is None:
        raise DocumentNotFound(_("There is no volunteer with id {id}.").format(id=volunteer_id))
    return row


def full_name(volunteer: Volunteer) -> str:
    return f"{volunteer.first_name} {volunteer.last_name}"


def person_values(volunteer: Volunteer) -> dict[str, str]:
    return {"imie_nazwisko": full_name(volunteer), "data_urodzenia": long_date(volunteer.birth_date)}


def representative(session: Session, staff_id: int | None, org: OrganisationData) -> tuple[str, str]:
    """(`Konrad Ośka – Kierownik`, name) of who signs for the OPS: the agreement's
    representative (with the authorisation when there is one) or the head of the centre."""
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        if staff is not None:
            name = f"{staff.first_name} {staff.last_name}"
            text = f"{name} – {staff.position}" if staff.position else name
            if staff.authorisation_number:
                text += f" (upoważnienie nr {staff.authorisation_number}"
                if staff.authorisation_date:
                    text += f" z dnia {long_date(staff.authorisation_date)} r."
                text += ")"
            return text, name
    name = org.manager_name or ""
    position = org.manager_position or ""
    return (f"{name} – {position}" if position else name), name


def period_text(start: dt.date, end: dt.date | None) -> str:
    if end is None:
        return f"od {long_date(start)} r. na czas nieokreślony"
    return f"od {long_date(start)} r. do {long_date(end)} r."


def sentence(text: str | None) -> str:
    """Free text as one clause point: spaces collapsed, a final `;` or `,` made a full stop."""
    cleaned = " ".join((text or "").split()).rstrip(";,")
    if cleaned and cleaned[-1] not in ".!?":
        cleaned += "."
    return cleaned


def person_snapshot(
    *,
    kind: str,
    subject: str,
    volunteer: Volunteer,
    org: OrganisationData,
    issued_on: dt.date,
    values: dict[str, str],
    flags: Iterable[str] = (),
    **rest: Any,
) -> Snapshot:
    """The snapshot of a document about `volunteer`, with what every such document records: the
    person's sex (for the gendered forms) and name, the filled fields and flags, the letterhead."""
    return Snapshot(
        kind=kind,
        subject=subject,
        issued_on=issued_on.isoformat(),
        sex=volunteer.sex,
        recipient=full_name(volunteer),
        fields=values,
        flags=sorted(flags),
        letterhead=letterhead(org),
        **rest,
    )


def manager_signature(org: OrganisationData) -> Signature:
    """The head of the centre signs with their position and the stamp."""
    label = f"{org.manager_position} (podpis, pieczęć)" if org.manager_position else "podpis, pieczęć"
    return Signature(label, org.manager_name or "")
