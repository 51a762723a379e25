"""Reads and writes of the accountability records: authorisations and confidentiality
statements (revoked automatically when the volunteer's agreements have all ended), the warning
for volunteers with client contact who have none, image consents and the register of
processing activities."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import record_changes
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.core.privacy import accountability as acc
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    Assignment,
    Authorisation,
    ImageConsent,
    ProcessingActivity,
    Volunteer,
)
from coordinator_app.i18n import _

ENTITY = "authorisation"


def _agreement_end(agreement: Agreement) -> dt.date | None:
    return agreement.terminated_on or agreement.period_to


def issue_authorisation(db: Database, volunteer_id: int, data: acc.AuthorisationData) -> int:
    """Record an authorisation or a statement; without an expiry it expires with the
    volunteer's current agreement (if that has an end)."""
    clean = acc.validate_authorisation(data)
    with db.session() as session:
        expires = clean.expires_on
        if expires is None:
            ends = [
                _agreement_end(a)
                for a in session.scalars(select(Agreement).filter_by(volunteer_id=volunteer_id))
            ]
            if ends and all(ends):
                expires = max(e for e in ends if e is not None)
        row = Authorisation(
            volunteer_id=volunteer_id,
            kind=clean.kind,
            issued_on=clean.issued_on,
            scope=clean.scope,
            expires_on=expires,
        )
        session.add(row)
        session.flush()
        record_changes(
            session, ENTITY, row.id, {}, {"kind": clean.kind, "issued_on": clean.issued_on}, action="create"
        )
        return row.id


def revoke_for_ended_agreements(db: Database, today: dt.date) -> int:
    """Revoke, on the day the last agreement ended, every authorisation of a volunteer whose
    agreements have all ended by `today`; returns how many were revoked."""
    revoked = 0
    with db.session() as session:
        rows = session.scalars(select(Authorisation).where(Authorisation.revoked_on.is_(None)))
        for row in rows:
            ends = [
                _agreement_end(a)
                for a in session.scalars(select(Agreement).filter_by(volunteer_id=row.volunteer_id))
            ]
            if not ends or not all(ends):
                continue
            ended = max(e for e in ends if e is not None)
            if ended < today:
                row.revoked_on = max(ended, row.issued_on)
                row.revoked_reason = acc.REASON_AGREEMENT_ENDED
                record_changes(session, ENTITY, row.id, {"revoked_on": None}, {"revoked_on": row.revoked_on})
                revoked += 1
    return revoked


def revoke(db: Database, authorisation_id: int, on: dt.date, reason: str) -> None:
    with db.session() as session:
        row = session.get(Authorisation, authorisation_id)
        if row is None:
            raise acc.AccountabilityError(_("There is no such record."))
        row.revoked_on, row.revoked_reason = on, " ".join(reason.split())[:300] or None
        record_changes(
            session, ENTITY, row.id, {"revoked_on": None}, {"revoked_on": on}, reason=row.revoked_reason
        )


@dataclass(frozen=True)
class MissingAuthorisation:
    """A volunteer with client contact (an active assignment to a client) lacking what is named."""

    volunteer_id: int
    name: str
    missing: tuple[str, ...]  # kinds: authorisation / confidentiality


def _in_force(session: Session, volunteer_id: int, kind: str, on: dt.date) -> bool:
    rows = session.scalars(select(Authorisation).filter_by(volunteer_id=volunteer_id, kind=kind))
    return any(acc.in_force(r.issued_on, r.expires_on, r.revoked_on, on) for r in rows)


def missing_authorisations(db: Database, on: dt.date) -> list[MissingAuthorisation]:
    """The warning: volunteers helping a client now without an authorisation or statement in force."""
    with db.session() as session:
        contact = (
            select(Volunteer.id, Volunteer.last_name, Volunteer.first_name)
            .join(Assignment, Assignment.volunteer_id == Volunteer.id)
            .where(
                Assignment.client_id.is_not(None),
                Assignment.status == AssignmentStatus.ACTIVE.value,
                Volunteer.anonymised_at.is_(None),
            )
            .group_by(Volunteer.id)
            .order_by(func.lower(Volunteer.last_name), Volunteer.id)
        )
        found = []
        for vid, last, first in session.execute(contact):
            missing = tuple(kind for kind in acc.KINDS if not _in_force(session, vid, kind, on))
            if missing:
                found.append(MissingAuthorisation(vid, f"{last} {first}", missing))
    return found


def give_image_consent(db: Database, volunteer_id: int, given_on: dt.date, scope: str) -> int:
    scope = " ".join(scope.split())
    if not scope:
        raise acc.AccountabilityError(_("Describe what the image may be used for."))
    with db.session() as session:
        row = ImageConsent(volunteer_id=volunteer_id, given_on=given_on, scope=scope[:300])
        session.add(row)
        session.flush()
        record_changes(
            session, "image_consent", row.id, {}, {"given_on": given_on, "scope": row.scope}, action="create"
        )
        return row.id


def withdraw_image_consent(db: Database, consent_id: int, on: dt.date) -> None:
    with db.session() as session:
        row = session.get(ImageConsent, consent_id)
        if row is None:
            raise acc.AccountabilityError(_("There is no such record."))
        if on < row.given_on:
            raise acc.AccountabilityError(_("The consent cannot be withdrawn before it was given."))
        record_changes(
            session, "image_consent", row.id, {"withdrawn_on": row.withdrawn_on}, {"withdrawn_on": on}
        )
        row.withdrawn_on = on


def image_consent_in_force(db: Database, volunteer_id: int, on: dt.date) -> bool:
    with db.session() as session:
        rows = session.scalars(select(ImageConsent).filter_by(volunteer_id=volunteer_id))
        return any(r.given_on <= on and (r.withdrawn_on is None or r.withdrawn_on > on) for r in rows)


_ENTRY_FIELDS = tuple(f.name for f in fields(acc.ActivityEntry))


def register_entries(db: Database) -> list[tuple[int, acc.ActivityEntry]]:
    """The register of processing activities; filled with the default entries when empty."""
    with db.session() as session:
        if not session.scalar(select(func.count()).select_from(ProcessingActivity)):
            for position, entry in enumerate(acc.DEFAULT_REGISTER, start=1):
                session.add(
                    ProcessingActivity(position=position, **{f: getattr(entry, f) for f in _ENTRY_FIELDS})
                )
            session.flush()
        rows = session.scalars(
            select(ProcessingActivity).order_by(ProcessingActivity.position, ProcessingActivity.id)
        )
        return [(row.id, acc.ActivityEntry(**{f: getattr(row, f) for f in _ENTRY_FIELDS})) for row in rows]


def save_register_entry(db: Database, entry_id: int | None, entry: acc.ActivityEntry, today: dt.date) -> int:
    """Add (`entry_id` None) or change an entry; every field must be filled."""
    values = {f: " ".join(str(getattr(entry, f)).split()) for f in _ENTRY_FIELDS}
    if not all(values.values()):
        raise acc.AccountabilityError(
            _('Fill in every field of the entry (write "nie dotyczy" where none applies).')
        )
    with db.session() as session:
        row = session.get(ProcessingActivity, entry_id) if entry_id is not None else None
        if row is None:
            last = session.scalar(select(func.max(ProcessingActivity.position))) or 0
            row = ProcessingActivity(position=last + 1)
            session.add(row)
        before = {f: getattr(row, f) for f in _ENTRY_FIELDS}
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_on = today
        session.flush()
        record_changes(session, "processing_activity", row.id, before, values)
        return row.id
