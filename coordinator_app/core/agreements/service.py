"""Agreement writes: check (validate without saving), create, update. The form's reads are in
`queries`, what the rules read inside a session in `facts`.

Each use case is one short session and one transaction (`Database.session` commits at the end
or rolls everything back), and every change lands in the audit log.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session

from coordinator_app.core.agreements.data import (
    AGREEMENT_FIELDS,
    AgreementData,
    AgreementWarning,
    SaveResult,
)
from coordinator_app.core.agreements.facts import get_row, load_data, rule_context
from coordinator_app.core.agreements.validate import validate_agreement
from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    AgreementActivity,
)

ENTITY = "agreement"


def audit_view(data: AgreementData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in AGREEMENT_FIELDS}
    values["activities"] = data.activity_ids
    return values


def _write_activities(session: Session, agreement_id: int, activity_ids: set[int]) -> None:
    session.execute(delete(AgreementActivity).where(AgreementActivity.agreement_id == agreement_id))
    session.add_all(
        AgreementActivity(agreement_id=agreement_id, activity_type_id=aid) for aid in sorted(activity_ids)
    )


# --- saving -----------------------------------------------------------------------------------
def check_agreement(
    db: Database,
    volunteer_id: int,
    data: AgreementData,
    agreement_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> list[AgreementWarning]:
    """Validate without saving: the warnings, or `ValidationErrors` (for the form's Save)."""
    today = today or dt.date.today()
    with db.session() as session:
        stored = terminated = None
        if agreement_id is not None:
            row = get_row(session, agreement_id)
            stored, terminated = load_data(session, row), row.terminated_on
        ctx = rule_context(session, volunteer_id, data, agreement_id, stored, terminated)
        _clean, warnings = validate_agreement(data, ctx, today, creating=agreement_id is None)
    return warnings


def create_agreement(
    db: Database, volunteer_id: int, data: AgreementData, *, today: dt.date | None = None
) -> SaveResult:
    """Validate and save a new agreement; an empty number gets the next one of the pattern.
    Raises `ValidationErrors`; returns the id, the number and the warnings."""
    today = today or dt.date.today()
    with db.session() as session:
        ctx = rule_context(session, volunteer_id, data, None)
        clean, warnings = validate_agreement(data, ctx, today, creating=True)
        assert clean.concluded_on is not None
        if clean.number is None:
            clean.number = next_number(session, "agreement", clean.concluded_on)
        row = Agreement(
            volunteer_id=volunteer_id, **{name: getattr(clean, name) for name in AGREEMENT_FIELDS}
        )
        row.created_by = row.updated_by = current_actor()
        session.add(row)
        session.flush()
        _write_activities(session, row.id, clean.activity_ids)
        view = audit_view(clean)
        view["volunteer_id"] = volunteer_id
        record_changes(session, ENTITY, row.id, {}, view, action="create")
        return SaveResult(row.id, clean.number, tuple(warnings))


def update_agreement(
    db: Database, agreement_id: int, data: AgreementData, *, today: dt.date | None = None
) -> SaveResult:
    """Validate and save changes (corrections; amendments go through `record_annex`)."""
    today = today or dt.date.today()
    with db.session() as session:
        row = get_row(session, agreement_id)
        before = load_data(session, row)
        ctx = rule_context(session, row.volunteer_id, data, agreement_id, before, row.terminated_on)
        clean, warnings = validate_agreement(data, ctx, today, creating=False)
        for name in AGREEMENT_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        if clean.activity_ids != before.activity_ids:
            _write_activities(session, agreement_id, clean.activity_ids)
        record_changes(session, ENTITY, agreement_id, audit_view(before), audit_view(clean))
        assert clean.number is not None
        return SaveResult(agreement_id, clean.number, tuple(warnings))
