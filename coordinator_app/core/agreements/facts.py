"""What the agreement rules, forms and writes read inside the caller's session: the volunteer's
facts, the insurance settings, the pick-lists of the form, the other agreements' periods, the
context validation needs, and a stored agreement. Public functions elsewhere open the session."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from coordinator_app.core.agreements.data import (
    AGREEMENT_FIELDS,
    AgreementContext,
    AgreementData,
    AgreementNotFound,
    Choice,
    InsuranceSettings,
    PeriodLine,
    VolunteerFacts,
    last_valid_day,
)
from coordinator_app.core.agreements.rules import preferred_signatory, signs_on
from coordinator_app.core.enums import StatementKind
from coordinator_app.core.text import polish_sort_key
from coordinator_app.core.volunteers.data import VolunteerNotFound
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    AgreementActivity,
    Organisation,
    Staff,
    Volunteer,
    VolunteerStatement,
)


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


def signatories(session: Session, keep_id: int | None) -> list[Choice]:
    """Active authorised signatories, those whose dated role has ended (for agreements of their
    days), plus the one already on the agreement (even if no longer)."""
    condition: ColumnElement[bool] = Staff.is_signatory.is_(True) & (
        Staff.active.is_(True) | Staff.role_valid_to.is_not(None)
    )
    if keep_id is not None:
        condition = condition | (Staff.id == keep_id)
    rows = session.execute(
        select(Staff.id, Staff.first_name, Staff.last_name, Staff.position).where(condition)
    )
    choices = [
        Choice(sid, f"{first} {last}" + (f" ({pos})" if pos else "")) for sid, first, last, pos in rows
    ]
    return sorted(choices, key=lambda c: polish_sort_key(c.name))


def activity_choices(session: Session, keep_ids: set[int]) -> list[Choice]:
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


def other_periods(session: Session, volunteer_id: int, exclude_id: int | None) -> tuple[PeriodLine, ...]:
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


def rule_context(
    session: Session,
    volunteer_id: int,
    data: AgreementData,
    agreement_id: int | None,
    stored: AgreementData | None = None,
    terminated_on: dt.date | None = None,
) -> AgreementContext:
    keep = set(stored.activity_ids) if stored else set()
    activities = activity_choices(session, keep)
    number = " ".join((data.number or "").split())
    taken = False
    if number:
        other = session.scalar(select(Agreement.id).where(Agreement.number == number))
        taken = other is not None and other != agreement_id
    signing = signatories(session, stored.representative_id if stored else None)
    return AgreementContext(
        volunteer=volunteer_facts(session, volunteer_id),
        signatory_ids=frozenset(c.id for c in signing),
        signatory_terms=signatory_terms(session, [c.id for c in signing]),
        activity_ids=frozenset(c.id for c in activities),
        minors_activities={
            aid: code
            for aid, code in session.execute(
                select(ActivityType.id, ActivityType.code).where(ActivityType.involves_minors.is_(True))
            )
        },
        insurance=insurance_settings(session),
        others=other_periods(session, volunteer_id, agreement_id),
        number_taken=taken,
        stored=stored,
        terminated_on=terminated_on,
    )


def load_data(session: Session, row: Agreement) -> AgreementData:
    data = AgreementData(**{name: getattr(row, name) for name in AGREEMENT_FIELDS})
    data.written_form = bool(data.written_form)
    data.activity_ids = activity_ids_of(session, row.id)
    return data


def get_row(session: Session, agreement_id: int) -> Agreement:
    row = session.get(Agreement, agreement_id)
    if row is None:
        raise AgreementNotFound(agreement_id)
    return row


def signatory_terms(session: Session, ids: list[int]) -> dict[int, tuple[dt.date | None, dt.date | None]]:
    """Each signatory's signing role: id -> (first day, last day), None for an open end."""
    rows = session.execute(
        select(Staff.id, Staff.role_valid_from, Staff.role_valid_to).where(Staff.id.in_(ids))
    )
    return {sid: (start, end) for sid, start, end in rows}


def default_representative(session: Session, signatories: list[Choice], on: dt.date) -> int | None:
    """Among the signatories in office on `on`: the signatory of the latest agreement, else the
    head of the centre (never the deputy while the head signs), else the first."""
    terms = signatory_terms(session, [c.id for c in signatories])
    present = [c for c in signatories if signs_on(terms, c.id, on)]
    latest = session.scalar(
        select(Agreement.representative_id)
        .where(Agreement.representative_id.is_not(None))
        .order_by(Agreement.created_at.desc(), Agreement.id.desc())
        .limit(1)
    )
    return preferred_signatory(present, latest)
