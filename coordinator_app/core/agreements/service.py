"""Agreement use cases: the form's pick lists and defaults, read one, check, create, update.

Each use case is one short session and one transaction (`Database.session` commits at the end
or rolls everything back), and every change lands in the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from coordinator_app.core.agreements.data import (
    AGREEMENT_FIELDS,
    AgreementContext,
    AgreementData,
    AgreementNotFound,
    AgreementWarning,
    Choice,
    FormContext,
    InsuranceSettings,
    PeriodLine,
    SaveResult,
    StoredAgreement,
    VolunteerFacts,
    last_valid_day,
)
from coordinator_app.core.agreements.defaults import clause_defaults, default_period_end
from coordinator_app.core.agreements.validate import validate_agreement
from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.enums import StatementKind
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.core.rules import AgeGroup
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.core.volunteers.service import VolunteerNotFound
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    AgreementActivity,
    Organisation,
    Staff,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerStatement,
)

ENTITY = "agreement"


# --- reading what the rules need -----------------------------------------------------------
def volunteer_facts(session: Session, volunteer_id: int) -> VolunteerFacts:
    row = session.get(Volunteer, volunteer_id)
    if row is None:
        raise VolunteerNotFound(volunteer_id)
    waiver = session.scalar(
        select(VolunteerStatement.id).where(
            VolunteerStatement.volunteer_id == volunteer_id,
            VolunteerStatement.kind == StatementKind.TRAVEL_WAIVER.value,
            VolunteerStatement.withdrawn_on.is_(None),
        )
    )
    return VolunteerFacts(
        id=row.id,
        full_name=f"{row.first_name} {row.last_name}",
        birth_date=row.birth_date,
        sex=row.sex,
        status=row.status,
        guardian_name=row.guardian_name,
        guardian_consent_date=row.guardian_consent_date,
        travel_waiver=waiver is not None,
        hours_per_month=row.hours_per_month,
    )


def insurance_settings(session: Session) -> InsuranceSettings:
    org = session.get(Organisation, 1)
    if org is None:
        return InsuranceSettings()
    return InsuranceSettings(
        nnw_insurer=org.nnw_insurer or None,
        nnw_policy=org.nnw_policy or None,
        nnw_valid_from=org.nnw_valid_from,
        nnw_valid_to=org.nnw_valid_to,
        oc_policy=org.oc_policy or None,
    )


def _signatories(session: Session, keep_id: int | None) -> list[Choice]:
    """Active authorised signatories, plus the one already on the agreement (even if no longer)."""
    condition: ColumnElement[bool] = Staff.is_signatory.is_(True) & Staff.active.is_(True)
    if keep_id is not None:
        condition = condition | (Staff.id == keep_id)
    rows = session.execute(
        select(Staff.id, Staff.first_name, Staff.last_name, Staff.position).where(condition)
    )
    choices = [
        Choice(sid, f"{first} {last}" + (f" ({pos})" if pos else "")) for sid, first, last, pos in rows
    ]
    return sorted(choices, key=lambda c: polish_sort_key(c.name))


def _activities(session: Session, keep_ids: set[int]) -> list[Choice]:
    """Active activity types in dictionary order, plus any inactive one the agreement names."""
    condition: ColumnElement[bool] = ActivityType.active.is_(True)
    if keep_ids:
        condition = condition | ActivityType.id.in_(keep_ids)
    rows = session.execute(
        select(ActivityType.id, ActivityType.code, ActivityType.name, ActivityType.involves_minors)
        .where(condition)
        .order_by(ActivityType.sort_order, ActivityType.code)
    )
    return [Choice(aid, f"{code} — {name}", bool(minors)) for aid, code, name, minors in rows]


def _other_periods(session: Session, volunteer_id: int, exclude_id: int | None) -> tuple[PeriodLine, ...]:
    rows = session.execute(
        select(
            Agreement.id,
            Agreement.number,
            Agreement.period_from,
            Agreement.period_to,
            Agreement.terminated_on,
        )
        .where(Agreement.volunteer_id == volunteer_id)
        .order_by(Agreement.period_from)
    )
    return tuple(
        PeriodLine(aid, number, start, last_valid_day(end, terminated))
        for aid, number, start, end, terminated in rows
        if aid != exclude_id
    )


def activity_ids_of(session: Session, agreement_id: int) -> set[int]:
    return set(
        session.scalars(
            select(AgreementActivity.activity_type_id).where(AgreementActivity.agreement_id == agreement_id)
        )
    )


def _context(
    session: Session,
    volunteer_id: int,
    data: AgreementData,
    agreement_id: int | None,
    stored: AgreementData | None = None,
    terminated_on: dt.date | None = None,
) -> AgreementContext:
    keep = set(stored.activity_ids) if stored else set()
    activities = _activities(session, keep)
    number = " ".join((data.number or "").split())
    taken = False
    if number:
        other = session.scalar(select(Agreement.id).where(Agreement.number == number))
        taken = other is not None and other != agreement_id
    return AgreementContext(
        volunteer=volunteer_facts(session, volunteer_id),
        signatory_ids=frozenset(
            c.id for c in _signatories(session, stored.representative_id if stored else None)
        ),
        activity_ids=frozenset(c.id for c in activities),
        minors_activities={
            aid: code
            for aid, code in session.execute(
                select(ActivityType.id, ActivityType.code).where(ActivityType.involves_minors.is_(True))
            )
        },
        insurance=insurance_settings(session),
        others=_other_periods(session, volunteer_id, agreement_id),
        number_taken=taken,
        stored=stored,
        terminated_on=terminated_on,
    )


def load_data(session: Session, row: Agreement) -> AgreementData:
    data = AgreementData(**{name: getattr(row, name) for name in AGREEMENT_FIELDS})
    data.written_form = bool(data.written_form)
    data.activity_ids = activity_ids_of(session, row.id)
    return data


def audit_view(data: AgreementData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in AGREEMENT_FIELDS}
    values["activities"] = data.activity_ids
    return values


def write_activities(session: Session, agreement_id: int, activity_ids: set[int]) -> None:
    session.execute(delete(AgreementActivity).where(AgreementActivity.agreement_id == agreement_id))
    session.add_all(
        AgreementActivity(agreement_id=agreement_id, activity_type_id=aid) for aid in sorted(activity_ids)
    )


def get_row(session: Session, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise AgreementNotFound(agreement_id)
    return row


# --- the form --------------------------------------------------------------------------------
def form_context(
    db: Database, volunteer_id: int, agreement_id: int | None = None, *, today: dt.date | None = None
) -> FormContext:
    """Pick lists and facts for the agreement form of a volunteer (new or existing agreement)."""
    today = today or dt.date.today()
    with db.session() as session:
        keep_activities: set[int] = set()
        keep_signatory: int | None = None
        terminated_on = mode = None
        if agreement_id is not None:
            row = get_row(session, agreement_id)
            keep_activities = activity_ids_of(session, agreement_id)
            keep_signatory = row.representative_id
            terminated_on, mode = row.terminated_on, row.termination_mode
        return FormContext(
            volunteer=volunteer_facts(session, volunteer_id),
            activities=tuple(_activities(session, keep_activities)),
            signatories=tuple(_signatories(session, keep_signatory)),
            insurance=insurance_settings(session),
            proposed_number=next_number(session, "agreement", today),
            terminated_on=terminated_on,
            termination_mode=mode,
        )


def _default_representative(session: Session, signatories: list[Choice]) -> int | None:
    """The signatory of the latest agreement, else the manager (Kierownik), else the first."""
    ids = {c.id for c in signatories}
    latest = session.scalar(
        select(Agreement.representative_id)
        .where(Agreement.representative_id.is_not(None))
        .order_by(Agreement.created_at.desc(), Agreement.id.desc())
        .limit(1)
    )
    if latest in ids:
        return latest
    for choice in signatories:
        name = fold(choice.name)
        if "kierownik" in name and "zastepca" not in name:
            return choice.id
    return signatories[0].id if signatories else None


def new_agreement(db: Database, volunteer_id: int, *, today: dt.date | None = None) -> AgreementData:
    """A new agreement pre-filled for the volunteer: today's date and the OPS's place, a period
    to the end of the year, the activities the volunteer prefers (work with minors only when
    chosen explicitly), default clause texts, the usual representative and the guardian's
    consent date recorded with the volunteer."""
    today = today or dt.date.today()
    with db.session() as session:
        facts = volunteer_facts(session, volunteer_id)
        org = session.get(Organisation, 1)
        waiver = session.execute(
            select(VolunteerStatement.signed_on, VolunteerStatement.scope).where(
                VolunteerStatement.volunteer_id == volunteer_id,
                VolunteerStatement.kind == StatementKind.TRAVEL_WAIVER.value,
                VolunteerStatement.withdrawn_on.is_(None),
            )
        ).first()
        activities = _activities(session, set())
        minors = {c.id for c in activities if c.flag}
        preferred = set(
            session.scalars(
                select(VolunteerActivityPreference.activity_type_id).where(
                    VolunteerActivityPreference.volunteer_id == volunteer_id,
                    VolunteerActivityPreference.excluded.is_(False),
                )
            )
        )
        texts = clause_defaults(
            gmina=org.gmina if org else None,
            coordinator=org.coordinator_name if org else None,
            hours_per_month=facts.hours_per_month,
            waiver_signed_on=waiver[0] if waiver else None,
            waiver_scope=waiver[1] if waiver else None,
        )
        place = (org.place_for_dates or org.locality) if org else None
        representative = _default_representative(session, _signatories(session, None))
    consent = facts.guardian_consent_date if facts.age_group(today) is AgeGroup.MINOR else None
    return AgreementData(
        number=None,
        concluded_on=today,
        concluded_in=place or "",
        period_from=today,
        period_to=default_period_end(today),
        activity_ids={a.id for a in activities if a.id in preferred and a.id not in minors},
        scope=texts.scope,
        manner=texts.manner,
        time_commitment=texts.time_commitment,
        termination_terms=texts.termination_terms,
        written_form=True,
        cost_rules=texts.cost_rules,
        representative_id=representative,
        guardian_consent_on=consent,
    )


def proposed_number(db: Database, kind: Literal["agreement", "annex"], on: dt.date) -> str:
    """The number a new agreement or annex dated `on` would get if saved now (shown as a hint;
    the number is given when it is saved)."""
    with db.session() as session:
        return next_number(session, kind, on)


def get_agreement(db: Database, agreement_id: int) -> StoredAgreement:
    with db.session() as session:
        row = get_row(session, agreement_id)
        return StoredAgreement(
            row.id,
            row.volunteer_id,
            load_data(session, row),
            row.terminated_on,
            row.termination_mode,
            row.template_version,
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
        ctx = _context(session, volunteer_id, data, agreement_id, stored, terminated)
        _clean, warnings = validate_agreement(data, ctx, today, creating=agreement_id is None)
    return warnings


def create_agreement(
    db: Database, volunteer_id: int, data: AgreementData, *, today: dt.date | None = None
) -> SaveResult:
    """Validate and save a new agreement; an empty number gets the next one of the pattern.
    Raises `ValidationErrors`; returns the id, the number and the warnings."""
    today = today or dt.date.today()
    with db.session() as session:
        ctx = _context(session, volunteer_id, data, None)
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
        write_activities(session, row.id, clean.activity_ids)
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
        ctx = _context(session, row.volunteer_id, data, agreement_id, before, row.terminated_on)
        clean, warnings = validate_agreement(data, ctx, today, creating=False)
        for name in AGREEMENT_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        if clean.activity_ids != before.activity_ids:
            write_activities(session, agreement_id, clean.activity_ids)
        record_changes(session, ENTITY, agreement_id, audit_view(before), audit_view(clean))
        assert clean.number is not None
        return SaveResult(agreement_id, clean.number, tuple(warnings))
