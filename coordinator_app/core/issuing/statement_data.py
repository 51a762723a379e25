"""The child-protection statements (art. 21 ust. 5 and 6 of the 2016 act) assembled for a
volunteer, and their link to the volunteer's vetting record once issued.

The statement on the countries of residence leaves the countries to be written by hand (they
are the volunteer's declaration, not data the centre holds); the statement on a country without
criminal-record information names that country (`options["country"]`, or a line to fill in)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.issuing.agreement_data import age_flags
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    full_name,
    organisation_values,
    person_snapshot,
    person_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.snapshot import Assembled, DocumentRefused, Signature, Snapshot
from coordinator_app.core.rules import AgeGroup, age_on
from coordinator_app.db.models import IssuedDocument, Vetting
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date

BLANK = "........................................"
COUNTRY_LENGTH = 80
CRIMINAL_LIABILITY_AGE = 17  # art. 10 § 1 of the Criminal Code


def _statement(
    session: Session, kind: DocumentKind, volunteer_id: int, issued_on: dt.date, extra: dict[str, str]
) -> Assembled:
    volunteer = volunteer_row(session, volunteer_id)
    org = require_organisation(session)
    group, flags = age_flags(volunteer, issued_on)
    if group is AgeGroup.CHILD:
        raise DocumentRefused(
            _(
                "{name} is under 13: a child makes no statement under criminal liability and "
                "cannot have been convicted, so the statements of art. 21 of the child-protection "
                "act are not taken from a child. Note the check in the vetting record instead."
            ).format(name=full_name(volunteer))
        )
    age = age_on(volunteer.birth_date, issued_on)
    if age is not None and age < CRIMINAL_LIABILITY_AGE:
        flags.add("nieletni")  # liable as a juvenile, not under the Criminal Code
    values = organisation_values(org)
    values.update(person_values(volunteer))
    values.update(extra)
    signatures = [Signature("Data i czytelny podpis osoby składającej oświadczenie", full_name(volunteer))]
    if group is not AgeGroup.ADULT:
        signatures.append(Signature("Przedstawiciel ustawowy (data, podpis)", volunteer.guardian_name or ""))
    snapshot = person_snapshot(
        kind=kind.value,
        subject=f"{kind.value}:{volunteer.id}" + (f":{extra['panstwo']}" if "panstwo" in extra else ""),
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=signatures,
        volunteer_id=volunteer.id,
    )
    return Assembled(snapshot, [])


def assemble_residence_statement(session: Session, volunteer_id: int, issued_on: dt.date) -> Assembled:
    volunteer = volunteer_row(session, volunteer_id)
    citizenship = " ".join((volunteer.citizenship or "").split()) or BLANK
    return _statement(
        session, DocumentKind.RESIDENCE_STATEMENT, volunteer_id, issued_on, {"obywatelstwo": citizenship}
    )


def assemble_no_record_statement(
    session: Session, volunteer_id: int, issued_on: dt.date, options: dict[str, Any] | None = None
) -> Assembled:
    country = " ".join(str((options or {}).get("country") or "").split())[:COUNTRY_LENGTH] or BLANK
    return _statement(
        session, DocumentKind.NO_RECORD_STATEMENT, volunteer_id, issued_on, {"panstwo": country}
    )


_LINK_COLUMNS = {
    DocumentKind.RESIDENCE_STATEMENT.value: "residence_document_id",
    DocumentKind.NO_RECORD_STATEMENT.value: "no_record_document_id",
}


def link_to_vetting(session: Session, snapshot: Snapshot, _version: int, _on: dt.date) -> None:
    """Point the volunteer's current vetting record at the statement just issued (a record
    entered later finds it through `issued_statement`)."""
    assert snapshot.volunteer_id is not None
    vetting = session.scalars(
        select(Vetting)
        .where(Vetting.volunteer_id == snapshot.volunteer_id)
        .order_by(Vetting.created_at.desc(), Vetting.id.desc())
        .limit(1)
    ).first()
    document_id = issued_statement(session, snapshot.kind, snapshot.volunteer_id)
    if vetting is not None and document_id is not None:
        setattr(vetting, _LINK_COLUMNS[snapshot.kind], document_id)


def issued_statement(session: Session, kind: str, volunteer_id: int) -> int | None:
    """The register id of the newest statement of `kind` issued for the volunteer."""
    return session.scalar(
        select(IssuedDocument.id)
        .where(IssuedDocument.kind == kind, IssuedDocument.volunteer_id == volunteer_id)
        .order_by(IssuedDocument.issued_on.desc(), IssuedDocument.id.desc())
        .limit(1)
    )


def statement_date(session: Session, document_id: int | None) -> str:
    """`5 marca 2026` for a linked statement, empty when none."""
    if document_id is None:
        return ""
    day = session.scalar(select(IssuedDocument.issued_on).where(IssuedDocument.id == document_id))
    return long_date(day) if day else ""
