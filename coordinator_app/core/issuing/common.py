"""Values every document shares: the letterhead and organisation fields, the person, addresses,
dates. Documents are printed in Polish whatever the language of the window."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session, object_session

from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.core.issuing.organisation import (
    DEFAULT_RETENTION,
    OrganisationData,
    genitive_name,
    organisation_from_session,
)
from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused, Signature, Snapshot
from coordinator_app.core.names import known_forms, staff_sex
from coordinator_app.core.rules import age_on
from coordinator_app.core.validation import format_phone
from coordinator_app.db.models import Staff, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.inflection import CASES, Forms, honorific
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
    """`ul. Szkolna 12/3, 38-471 Modrzewo`; in a village without streets `Podlesie 128,
    38-472 Lipowiec` (the post office's town after the postal code, domain §6.4); a street in
    a locality served by another post office: `ul. Leśna 5, Podlesie, 38-472 Lipowiec`."""
    number = (house or "").strip()
    if flat:
        number = f"{number}/{flat.strip()}"
    place = (locality or "").strip()
    town = (post_office or "").strip() or place
    parts = []
    if street:
        name = street.strip()
        prefix = "" if name.lower().startswith(_STREET_PREFIXES) else "ul. "
        parts.append(f"{prefix}{name} {number}".strip())
        if place and place != town:
            parts.append(place)
    else:
        parts.append(f"{place} {number}".strip())
    code = (postal_code or "").strip()
    if code or street or town != place:  # without a postal code the village is not said twice
        parts.append(f"{code} {town}".strip())
    return ", ".join(part for part in parts if part)


def case_values(name: str, forms: Forms | None, sex: str | None = None) -> dict[str, str]:
    """`{name@D}` … `{name@Ms}` for the template language (none when the forms are unknown) and
    `{name.plec}`, the sex of the person in the field, for `{name:jego/jej}`."""
    values = {f"{name}@{case}": forms[case] for case in CASES} if forms else {}
    if sex:
        values[f"{name}.plec"] = sex
    return values


def organisation_values(org: OrganisationData, session: Session | None = None) -> dict[str, str]:
    """The placeholders about the OPS: name, address, identifiers, head, coordinator, IOD, with
    the declined forms of the name, the seat, the head and the coordinator (the forms the
    coordinator confirmed when a session is given, else the dictionary's safe ones)."""
    contact = []
    if org.coordinator_phone:
        contact.append(f"tel. {format_phone(org.coordinator_phone)}")
    if org.coordinator_email:
        contact.append(f"e-mail: {org.coordinator_email}")
    name_forms = known_forms(session, "organisation", org.full_name)
    if name_forms is not None and org.full_name_genitive:
        name_forms = {**name_forms, "D": org.full_name_genitive}
    manager_sex = staff_sex(session, org.manager_name)
    coordinator_sex = staff_sex(session, org.coordinator_name)
    return {
        **case_values("nazwa_ops", name_forms),
        **case_values("siedziba", known_forms(session, "place", org.locality or "")),
        **case_values("kierownik_stanowisko", known_forms(session, "title", org.manager_position or "")),
        **case_values(
            "kierownik", known_forms(session, "person", org.manager_name or "", manager_sex), manager_sex
        ),
        **case_values(
            "koordynator",
            known_forms(session, "person", org.coordinator_name or "", coordinator_sex),
            coordinator_sex,
        ),
        "siedziba": org.locality or "",
        "nazwa_ops": org.full_name,
        "nazwa_ops_dopelniacz": name_forms["D"] if name_forms else genitive_name(org),
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


def person_values(volunteer: Volunteer, on: dt.date | None = None) -> dict[str, str]:
    """The volunteer's name with its declined forms, how the document addresses them and the
    guardian's name forms and sex. `on` is the date their age is taken on (today by default;
    `person_snapshot` takes the issue date)."""
    session = object_session(volunteer)
    name = full_name(volunteer)
    forms = known_forms(session, "person", name, volunteer.sex)
    guardian = " ".join((volunteer.guardian_name or "").split())
    guardian_forms = known_forms(session, "person", guardian, volunteer.guardian_sex) if guardian else None
    return {
        "imie_nazwisko": name,
        "data_urodzenia": long_date(volunteer.birth_date),
        **case_values("imie_nazwisko", forms, volunteer.sex),
        **address_values(volunteer, name, forms, on or dt.date.today()),
        **case_values("opiekun", guardian_forms, volunteer.guardian_sex),
    }


def address_values(volunteer: Volunteer, name: str, forms: Forms | None, on: dt.date) -> dict[str, str]:
    """`osoba`: "Pani Henryka Zapora" for an adult, the name alone for a person under 18 (never
    "Pan" for a child); `zwrot`: "Pan"/"Pani", or "Wolontariusz"/"Wolontariuszka" under 18."""
    adult = age_on(volunteer.birth_date, on) >= 18
    title = honorific(volunteer.sex) if adult else None
    if adult:
        address = title["M"] if title else "Pan/Pani"
    else:
        address = {"M": "Wolontariusz", "K": "Wolontariuszka"}.get(
            volunteer.sex or "", "Wolontariusz/Wolontariuszka"
        )
    person_forms = None
    if forms is not None and (title or not adult):
        person_forms = {case: f"{title[case]} {forms[case]}" if title else forms[case] for case in CASES}
    person = f"{address} {name}" if adult else name
    return {"osoba": person, "zwrot": address, **case_values("osoba", person_forms)}


# "działająca na podstawie upoważnienia": the participle in each case, (masculine, feminine)
_ACTING = {
    "M": ("działający", "działająca"),
    "D": ("działającego", "działającej"),
    "C": ("działającemu", "działającej"),
    "B": ("działającego", "działającą"),
    "N": ("działającym", "działającą"),
    "Ms": ("działającym", "działającej"),
}
_HEAD_TITLES = ("kierownik", "dyrektor", "p.o. kierownik", "p.o. dyrektor")
_NAMES_THE_UNIT = ("ośrodk", "centrum", "ops", "cus", "jednostk")


@dataclass(frozen=True)
class Signatory:
    """Who signs for the OPS and by what right: the head of the centre by virtue of office
    ("Kierownik Gminnego Ośrodka Pomocy Społecznej w Modrzewie"), anyone else – a deputy, an
    employee – on the basis of the head's authorisation ("działająca na podstawie upoważnienia
    nr 5/2025 z dnia 8 stycznia 2025 r.")."""

    name: str
    position: str  # as recorded ("Kierownik", "Zastępca kierownika")
    unit: str  # the OPS in the genitive after the head's title, "" when the title names it
    authorisation: str  # "na podstawie upoważnienia nr …", "" for the head
    sex: str | None

    def text(self, case: str = "M", position: str | None = None) -> str:
        """`Konrad Ośka – Kierownik Gminnego Ośrodka …` with the position in the form given."""
        title = " ".join(part for part in (position or self.position, self.unit) if part)
        text = f"{self.name} – {title}" if title else self.name
        if self.authorisation:
            masculine, feminine = _ACTING[case]
            text += f", {gendered(self.sex, masculine, feminine)} {self.authorisation}"
        return text


def _authorisation(staff: Staff) -> str:
    number = (staff.authorisation_number or "").strip() or "…………"
    date = f"{long_date(staff.authorisation_date)} r." if staff.authorisation_date else "…………"
    return f"na podstawie upoważnienia nr {number} z dnia {date}"


def signatory(session: Session, staff_id: int | None, org: OrganisationData) -> Signatory:
    """The agreement's representative, else the head of the centre (organisation settings)."""
    staff = session.get(Staff, staff_id) if staff_id is not None else None
    if staff is None:
        name, position = " ".join((org.manager_name or "").split()), (org.manager_position or "").strip()
        sex, head = staff_sex(session, org.manager_name), True
    else:
        name, position, sex = (
            f"{staff.first_name} {staff.last_name}",
            (staff.position or "").strip(),
            staff.sex,
        )
        head = name == " ".join((org.manager_name or "").split()) or position.lower().startswith(_HEAD_TITLES)
    unit = ""
    if head and position and not any(word in position.lower() for word in _NAMES_THE_UNIT):
        unit = genitive_name(org)
    authorisation = "" if head or staff is None else _authorisation(staff)
    return Signatory(name, position, unit, authorisation, sex)


def representative(session: Session, staff_id: int | None, org: OrganisationData) -> tuple[str, str]:
    """(`Konrad Ośka – Kierownik Gminnego Ośrodka …`, name) of who signs for the OPS: the
    agreement's representative (a deputy with the authorisation) or the head of the centre."""
    found = signatory(session, staff_id, org)
    return found.text(), found.name


def representative_values(session: Session, staff_id: int | None, org: OrganisationData) -> dict[str, str]:
    """`{reprezentant@B}` … and `{reprezentant.plec}`: the declined forms of what
    `representative` prints, when the name and the position are both known in every case."""
    found = signatory(session, staff_id, org)
    names = known_forms(session, "person", found.name, found.sex)
    titles = known_forms(session, "title", found.position) if found.position else None
    if names is None or (found.position and titles is None):
        return case_values("reprezentant", None, found.sex)
    forms = {
        case: dataclasses.replace(found, name=names[case]).text(case, titles[case] if titles else None)
        for case in CASES
    }
    return case_values("reprezentant", forms, found.sex)


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
    person's sex (for the gendered forms) and name, the filled fields and flags, the letterhead.
    How the person is addressed follows their age on the issue date (flag `maloletni` under 18)."""
    all_flags = set(flags)
    if "imie_nazwisko" in values:
        # The forms follow the name the document prints (and its age rule the issue date).
        name = values["imie_nazwisko"]
        forms = known_forms(object_session(volunteer), "person", name, volunteer.sex)
        values = {k: v for k, v in values.items() if not k.startswith(("imie_nazwisko@", "osoba@"))}
        values.update(case_values("imie_nazwisko", forms, volunteer.sex))
        values.update(address_values(volunteer, name, forms, issued_on))
    if age_on(volunteer.birth_date, issued_on) < 18:
        all_flags.add("maloletni")
    return Snapshot(
        kind=kind,
        subject=subject,
        issued_on=issued_on.isoformat(),
        sex=volunteer.sex,
        recipient=full_name(volunteer),
        fields=values,
        flags=sorted(all_flags),
        letterhead=letterhead(org),
        **rest,
    )


def coordinator_signature(session: Session, org: OrganisationData) -> Signature:
    """The coordinator approves in their own gender: "Zatwierdziła – koordynator wolontariatu"."""
    approved = gendered(staff_sex(session, org.coordinator_name), "Zatwierdził", "Zatwierdziła")
    return Signature(f"{approved} – koordynator wolontariatu", org.coordinator_name or "")


def manager_signature(org: OrganisationData) -> Signature:
    """The head of the centre signs with their position and the stamp."""
    label = f"{org.manager_position} (podpis, pieczęć)" if org.manager_position else "podpis, pieczęć"
    return Signature(label, org.manager_name or "")
