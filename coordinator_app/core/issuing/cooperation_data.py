"""The cooperation agreement (porozumienie o współpracy, domain §10) between the OPS and a local
partner, assembled from the Partner row.

The OPS signs through its head (or the signatory the settings name), as in the volunteer
agreement; the partner through its representative, whose name and function are printed in the
case the sentence needs, in their own gender. The partner's name is declined as an
organisation's; its grammatical gender ("Szkołą … reprezentowaną", "Kołem … reprezentowanym")
is read from its instrumental form. The number and the date are kept on the partner: the same
content is the same agreement whenever printed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from coordinator_app.core.audit import record_changes
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    _nip_text,
    case_values,
    letterhead,
    organisation_values,
    postal_address,
    representative,
    representative_values,
    require_organisation,
    sentence,
)
from coordinator_app.core.issuing.snapshot import (
    Assembled,
    DocumentNotFound,
    DocumentRefused,
    Signature,
    Snapshot,
)
from coordinator_app.core.names import known_forms
from coordinator_app.core.partners.queries import partner_data
from coordinator_app.core.validation import format_phone
from coordinator_app.db.models import Partner
from coordinator_app.i18n import _
from coordinator_app.i18n.inflection import CASES, Forms
from coordinator_app.i18n.polish import long_date

SUBJECT = "cooperation_agreement:"


def _partner(session: Session, partner_id: int) -> Partner:
    row = session.get(Partner, partner_id)
    if row is None:
        raise DocumentNotFound(_("There is no partner with id {id}.").format(id=partner_id))
    return row


def name_gender(forms: Forms | None) -> str | None:
    """ "K" when the name is grammatically feminine ("Szkołą Podstawową"), "M" for masculine and
    neuter ones ("Kołem", "Stowarzyszeniem": the same participle, "reprezentowanym"); None
    when the forms are unknown."""
    if forms is None:
        return None
    return "K" if forms["N"].split(" ", 1)[0].endswith("ą") else "M"


def representative_forms(session: Session, name: str, sex: str | None, role: str | None) -> Forms | None:
    """`Barbarę Kowalską – Dyrektor Szkoły` in every case. A woman keeps a masculine title in
    the nominative ("Dyrektor", "Prezes"), as formal Polish writes it; a feminine one
    ("Przewodniczącą") is declined with her name."""
    names = known_forms(session, "person", name, sex)
    if names is None:
        return None
    if not role:
        return names
    titles = known_forms(session, "title", role)
    if titles is None:
        return None
    if sex == "K" and not titles["N"].split(" ", 1)[0].endswith("ą"):
        titles = {case: role for case in CASES}
    return {case: f"{names[case]} – {titles[case]}" for case in CASES}


def _identifiers(row: Partner) -> str:
    parts = [
        f"NIP {_nip_text(row.nip)}" if row.nip else "",
        f"REGON {row.regon}" if row.regon else "",
        f"KRS {row.krs}" if row.krs else "",
    ]
    text = ", ".join(part for part in parts if part)
    return f", {text}" if text else ""


def _contact(session: Session, partner_id: int) -> str:
    """The partner's main contact person (else the first), with role, phone and e-mail."""
    contacts = partner_data(session, partner_id).contacts
    if not contacts:
        return ""
    person = contacts[0]
    parts = [person.full_name + (f" ({person.role})" if person.role else "")]
    if person.phone:
        parts.append(f"tel. {format_phone(person.phone)}")
    if person.email:
        parts.append(f"e-mail: {person.email}")
    return ", ".join(parts)


def _point(line: str) -> str:
    """One undertaking as the partner's record lists it, as a sentence of its own."""
    text = sentence(line)
    return text[:1].upper() + text[1:]


def partner_values(session: Session, row: Partner) -> tuple[dict[str, str], set[str]]:
    """The placeholders about the partner and the flags they give."""
    name_forms = known_forms(session, "organisation", row.name)
    name = " ".join((row.represented_by or "").split())
    role = " ".join((row.represented_by_role or "").split())
    rep_forms = representative_forms(session, name, row.represented_by_sex, role or None)
    scope = "\n".join(_point(line) for line in (row.cooperation_scope or "").splitlines() if line.strip())
    contact = _contact(session, row.id)
    values = {
        **case_values("partner", name_forms, name_gender(name_forms)),
        **case_values("partner_siedziba", known_forms(session, "place", row.locality or "")),
        **case_values("partner_reprezentant", rep_forms, row.represented_by_sex),
        "partner": row.name,
        "partner_siedziba": row.locality or "",
        "partner_adres": postal_address(
            row.street, row.house_number, None, row.postal_code, row.locality, row.post_office
        ),
        "partner_identyfikatory": _identifiers(row),
        "partner_reprezentant": f"{name} – {role}" if role else name,
        "zakres_partnera": scope,
        "kontakt_partnera": contact,
    }
    flags = {flag for flag, value in (("zakres", scope), ("kontakt", contact)) if value}
    return values, flags


def assemble_cooperation_agreement(session: Session, partner_id: int, issued_on: dt.date) -> Assembled:
    """Refused without the partner's representative (who signs) or the OPS's full data."""
    row = _partner(session, partner_id)
    org = require_organisation(session, full=True)
    if not row.represented_by:
        raise DocumentRefused(
            _(
                "Enter who represents {name} (name, function, sex) first: the partner signs the agreement."
            ).format(name=row.name)
        )
    concluded = row.agreement_signed_on or issued_on
    values = organisation_values(org, session)
    values.update(representative_values(session, None, org))
    text, signer = representative(session, None, org)
    partner, flags = partner_values(session, row)
    values.update(partner)
    values.update(
        {
            "reprezentant": text,
            "data_zawarcia": long_date(concluded),
            "miejsce_zawarcia": org.place_for_dates or org.locality or "",
            "data_do": long_date(row.agreement_valid_to) if row.agreement_valid_to else "",
            "data_wydania": long_date(concluded),
        }
    )
    if row.agreement_valid_to is None:
        flags.add("bez_terminu")
    warnings = []
    if row.agreement_valid_to is not None and row.agreement_valid_to < concluded:
        raise DocumentRefused(
            _("The agreement would end before it is concluded: correct the date it is valid to.")
        )
    if not row.cooperation_scope:
        warnings.append(
            _("The partner's cooperation scope is empty: the agreement lists only the general undertakings.")
        )
    snapshot = Snapshot(
        kind=DocumentKind.COOPERATION_AGREEMENT.value,
        subject=f"{SUBJECT}{row.id}",
        issued_on=concluded.isoformat(),
        recipient=row.name,
        fields=values,
        flags=sorted(flags),
        letterhead=letterhead(org),
        signatures=[
            Signature("za Ośrodek (podpis, pieczęć)", signer),
            Signature("za Partnera (podpis, pieczęć)", " ".join(row.represented_by.split())),
        ],
    )
    own_date = row.agreement_signed_on.isoformat() if row.agreement_signed_on else None
    return Assembled(snapshot, warnings, own_number=row.agreement_number, own_date=own_date)


def record_agreement_number(session: Session, snapshot: Snapshot, number: str, on: dt.date) -> None:
    """A cooperation agreement's number and date are kept on the partner."""
    partner_id = int(snapshot.subject.removeprefix(SUBJECT))
    row = session.get(Partner, partner_id)
    if row is None:
        return
    before = {"agreement_number": row.agreement_number, "agreement_signed_on": row.agreement_signed_on}
    row.agreement_number = number
    row.agreement_signed_on = on
    record_changes(
        session, "partner", partner_id, before, {"agreement_number": number, "agreement_signed_on": on}
    )
