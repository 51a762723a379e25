"""The RODO accountability documents assembled (issue 15, point 6): a volunteer's
authorisation to process data, confidentiality statement and image consent, and the register
of processing activities. The authorisation prints the scope and expiry of the volunteer's
latest authorisation recorded (else the default scope, valid until the agreement ends); the
image consent the scope of the latest consent (else the default)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.issuing.agreement_data import age_flags
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    full_name,
    letterhead,
    organisation_values,
    person_snapshot,
    person_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.snapshot import Assembled, Signature, Snapshot
from coordinator_app.core.privacy import accountability as acc
from coordinator_app.core.rules import AgeGroup
from coordinator_app.db.models import Agreement, Authorisation, ImageConsent, ProcessingActivity
from coordinator_app.i18n.polish import long_date

UNTIL_AGREEMENT_ENDS = "dnia zakończenia porozumienia"


def _volunteer_document(
    session: Session,
    kind: DocumentKind,
    volunteer_id: int,
    issued_on: dt.date,
    extra: dict[str, str],
    ops_signs: bool,
) -> Assembled:
    volunteer = volunteer_row(session, volunteer_id)
    org = require_organisation(session)
    group, flags = age_flags(volunteer, issued_on)
    values = organisation_values(org, session)
    values.update(person_values(volunteer, issued_on))
    values.update(extra)
    values["data_wydania"] = long_date(issued_on)
    signatures = []
    if ops_signs:
        signatures.append(Signature(org.manager_position or "Kierownik", org.manager_name or ""))
    signatures.append(Signature("Data i czytelny podpis", full_name(volunteer)))
    if group is not AgeGroup.ADULT:
        signatures.append(Signature("Przedstawiciel ustawowy (data, podpis)", volunteer.guardian_name or ""))
    snapshot = person_snapshot(
        kind=kind.value,
        subject=f"{kind.value}:{volunteer.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=signatures,
        volunteer_id=volunteer.id,
    )
    return Assembled(snapshot, [])


def assemble_authorisation(session: Session, volunteer_id: int, issued_on: dt.date) -> Assembled:
    latest = session.scalars(
        select(Authorisation)
        .where(Authorisation.volunteer_id == volunteer_id, Authorisation.kind == acc.AUTHORISATION)
        .order_by(Authorisation.issued_on.desc(), Authorisation.id.desc())
    ).first()
    scope = latest.scope if latest is not None else acc.DEFAULT_SCOPE
    expires = latest.expires_on if latest is not None else None
    if expires is None:
        ends = [
            a.terminated_on or a.period_to
            for a in session.scalars(select(Agreement).filter_by(volunteer_id=volunteer_id))
        ]
        expires = max((e for e in ends if e is not None), default=None) if ends and all(ends) else None
    until = f"{long_date(expires)} r." if expires is not None else UNTIL_AGREEMENT_ENDS
    extra = {"zakres": scope, "wazne_do": until}
    return _volunteer_document(
        session, DocumentKind.AUTHORISATION, volunteer_id, issued_on, extra, ops_signs=True
    )


def assemble_confidentiality(session: Session, volunteer_id: int, issued_on: dt.date) -> Assembled:
    kind = DocumentKind.CONFIDENTIALITY_STATEMENT
    return _volunteer_document(session, kind, volunteer_id, issued_on, {}, ops_signs=False)


def assemble_image_consent(session: Session, volunteer_id: int, issued_on: dt.date) -> Assembled:
    latest = session.scalars(
        select(ImageConsent).where(ImageConsent.volunteer_id == volunteer_id).order_by(ImageConsent.id.desc())
    ).first()
    scope = latest.scope if latest is not None else acc.DEFAULT_IMAGE_SCOPE
    kind = DocumentKind.IMAGE_CONSENT
    return _volunteer_document(session, kind, volunteer_id, issued_on, {"zakres": scope}, ops_signs=False)


def assemble_processing_register(session: Session, issued_on: dt.date) -> Assembled:
    org = require_organisation(session)
    rows = session.scalars(
        select(ProcessingActivity).order_by(ProcessingActivity.position, ProcessingActivity.id)
    )
    entries = [{key: getattr(row, key) for key in asdict(acc.DEFAULT_REGISTER[0])} for row in rows] or [
        asdict(entry) for entry in acc.DEFAULT_REGISTER
    ]
    values = organisation_values(org, session)
    values["data_wydania"] = long_date(issued_on)
    snapshot = Snapshot(
        kind=DocumentKind.PROCESSING_REGISTER.value,
        subject=DocumentKind.PROCESSING_REGISTER.value,
        issued_on=issued_on.isoformat(),
        fields=values,
        lists={"entries": entries},
        letterhead=letterhead(org),
        signatures=[Signature(org.manager_position or "Kierownik", org.manager_name or "")],
    )
    return Assembled(snapshot, [])
