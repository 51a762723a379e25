"""The explicit consent (art. 9 ust. 2 lit. a RODO) under which the OPS keeps health information
about a volunteer: given on a date by the volunteer or, for a minor, by the guardian; withdrawn
on a date. Withdrawing erases the information (no basis is left to keep it, art. 17 ust. 1
lit. b RODO); the record of the consent itself stays as proof of lawful past processing.

The health information is printed only in the OPS's copy of the agreement and never goes to
the audit log (the log names the change, not the text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import record_changes
from coordinator_app.db.engine import Database
from coordinator_app.db.models import HealthConsent, Volunteer
from coordinator_app.i18n import _

ENTITY = "health_consent"


@dataclass
class HealthConsentData:
    given_on: dt.date
    given_by: str  # the name of the person who signed the consent
    given_by_guardian: bool = False
    health_info: str | None = None


@dataclass(frozen=True)
class HealthConsentRow:
    id: int
    given_on: dt.date
    given_by: str
    given_by_guardian: bool
    health_info: str | None
    withdrawn_on: dt.date | None


def _row(row: HealthConsent) -> HealthConsentRow:
    return HealthConsentRow(
        row.id, row.given_on, row.given_by, bool(row.given_by_guardian), row.health_info, row.withdrawn_on
    )


def _logged(row: HealthConsent | None) -> dict[str, object]:
    """What the audit log keeps: never the health information itself."""
    if row is None:
        return {}
    return {
        "given_on": row.given_on,
        "given_by": row.given_by,
        "given_by_guardian": bool(row.given_by_guardian),
        "health_info": "(zapisane)" if row.health_info else None,
        "withdrawn_on": row.withdrawn_on,
    }


def validate_health_consent(data: HealthConsentData, today: dt.date) -> HealthConsentData:
    errors = []
    given_by = v.clean_text(data.given_by)
    if not given_by:
        errors.append(v.FieldError("given_by", _("Enter who gave the consent.")))
    if data.given_on > today:
        errors.append(v.FieldError("given_on", _("The consent cannot be dated in the future.")))
    if errors:
        raise v.ValidationErrors(errors)
    lines = [" ".join(line.split()) for line in (data.health_info or "").splitlines()]
    info = "\n".join(line for line in lines if line) or None
    return HealthConsentData(data.given_on, given_by or "", data.given_by_guardian, info)


def record_health_consent(
    db: Database, volunteer_id: int, data: HealthConsentData, today: dt.date | None = None
) -> int:
    """Store a new consent; an earlier one still in force is withdrawn on the new one's date."""
    clean = validate_health_consent(data, today or dt.date.today())
    with db.session() as session:
        if session.get(Volunteer, volunteer_id) is None:
            raise LookupError(volunteer_id)
        earlier = active_health_consent(session, volunteer_id)
        if earlier is not None:
            _withdraw(session, earlier, max(clean.given_on, earlier.given_on))
        row = HealthConsent(
            volunteer_id=volunteer_id,
            given_on=clean.given_on,
            given_by=clean.given_by,
            given_by_guardian=clean.given_by_guardian,
            health_info=clean.health_info,
        )
        session.add(row)
        session.flush()
        record_changes(session, ENTITY, row.id, {}, _logged(row), action="create")
        return row.id


def _withdraw(session: Session, row: HealthConsent, on: dt.date) -> None:
    before = _logged(row)
    row.withdrawn_on = on
    row.health_info = None
    record_changes(session, ENTITY, row.id, before, _logged(row))


def withdraw_health_consent(db: Database, consent_id: int, on: dt.date) -> None:
    """The consent is withdrawn on `on` and the health information erased."""
    with db.session() as session:
        row = session.get(HealthConsent, consent_id)
        if row is None:
            raise LookupError(consent_id)
        if on < row.given_on:
            raise v.ValidationErrors(
                [v.FieldError("withdrawn_on", _("A consent cannot be withdrawn before it was given."))]
            )
        if row.withdrawn_on is None:
            _withdraw(session, row, on)


def active_health_consent(session: Session, volunteer_id: int) -> HealthConsent | None:
    """The consent in force (not withdrawn), the newest if several."""
    return session.scalars(
        select(HealthConsent)
        .where(HealthConsent.volunteer_id == volunteer_id, HealthConsent.withdrawn_on.is_(None))
        .order_by(HealthConsent.given_on.desc(), HealthConsent.id.desc())
    ).first()


def list_health_consents(db: Database, volunteer_id: int) -> list[HealthConsentRow]:
    with db.session() as session:
        rows = session.scalars(
            select(HealthConsent)
            .where(HealthConsent.volunteer_id == volunteer_id)
            .order_by(HealthConsent.given_on.desc(), HealthConsent.id.desc())
        )
        return [_row(row) for row in rows]
