"""Read-only agreement queries: a volunteer's list, the dashboard lists, one agreement's details
and what the agreement form shows (its pick-lists and defaults, a new or a stored agreement).
Validity follows `rules` (period and termination, both ends included); the assignment gate's
questions, asked inside its own session, are in `validity`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Literal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.agreements.data import (
    AgreementData,
    AgreementDetails,
    AgreementRow,
    AgreementState,
    AnnexRow,
    EndingAgreement,
    FormContext,
    StoredAgreement,
    TerminationMode,
    last_valid_day,
)
from coordinator_app.core.agreements.defaults import clause_defaults, default_period_end
from coordinator_app.core.agreements.facts import (
    activity_choices,
    activity_ids_of,
    default_representative,
    get_row,
    insurance_settings,
    load_data,
    signatories,
    volunteer_facts,
)
from coordinator_app.core.agreements.rules import (
    agreement_state,
    insurance_clause,
    is_short,
    period_days,
)
from coordinator_app.core.agreements.service import ENTITY
from coordinator_app.core.enums import StatementKind
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.core.rules import AgeGroup
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    AgreementActivity,
    AgreementAnnex,
    Organisation,
    Staff,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerStatement,
)

__all__ = [
    "ENTITY",
    "agreements_ending_within",
    "agreements_missing_nnw",
    "form_context",
    "get_agreement",
    "get_agreement_details",
    "list_annexes",
    "list_volunteer_agreements",
    "new_agreement",
]


def list_volunteer_agreements(
    db: Database, volunteer_id: int, *, today: dt.date | None = None
) -> list[AgreementRow]:
    """A volunteer's agreements, newest period first, each with its state today."""
    today = today or dt.date.today()
    with db.session() as session:
        codes: dict[int, list[str]] = defaultdict(list)
        for aid, code in session.execute(
            select(AgreementActivity.agreement_id, ActivityType.code)
            .join(Agreement, Agreement.id == AgreementActivity.agreement_id)
            .join(ActivityType, ActivityType.id == AgreementActivity.activity_type_id)
            .where(Agreement.volunteer_id == volunteer_id)
            .order_by(ActivityType.sort_order, ActivityType.code)
        ):
            codes[aid].append(code)
        annexes: dict[int, int] = {
            aid: int(n)
            for aid, n in session.execute(
                select(AgreementAnnex.agreement_id, func.count())
                .join(Agreement, Agreement.id == AgreementAnnex.agreement_id)
                .where(Agreement.volunteer_id == volunteer_id)
                .group_by(AgreementAnnex.agreement_id)
            )
        }
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.number,
                Agreement.concluded_on,
                Agreement.period_from,
                Agreement.period_to,
                Agreement.terminated_on,
                Agreement.termination_mode,
                Agreement.nnw_policy,
                Agreement.signed_by_ops_on,
                Agreement.signed_by_volunteer_on,
            )
            .where(Agreement.volunteer_id == volunteer_id)
            .order_by(Agreement.period_from.desc(), Agreement.id.desc())
        ).all()
    return [
        AgreementRow(
            id=aid,
            number=number,
            concluded_on=concluded,
            period_from=start,
            period_to=end,
            terminated_on=terminated,
            termination_mode=mode,
            state=agreement_state(today, start, end, terminated),
            activity_codes=tuple(codes.get(aid, ())),
            nnw_required=is_short(start, end),
            nnw_policy=policy,
            signed=signed_ops is not None and signed_volunteer is not None,
            annex_count=annexes.get(aid, 0),
        )
        for aid, number, concluded, start, end, terminated, mode, policy, signed_ops, signed_volunteer in rows
    ]


def agreements_ending_within(
    db: Database, days: int, *, today: dt.date | None = None
) -> list[EndingAgreement]:
    """Agreements whose last day falls from today to `days` days ahead, soonest first, with
    whether the volunteer already has an agreement continuing after it."""
    today = today or dt.date.today()
    horizon = today + dt.timedelta(days=days)
    with db.session() as session:
        in_window = or_(
            and_(Agreement.period_to >= today, Agreement.period_to <= horizon),
            and_(Agreement.terminated_on >= today, Agreement.terminated_on <= horizon),
        )
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.number,
                Agreement.volunteer_id,
                Agreement.period_from,
                Agreement.period_to,
                Agreement.terminated_on,
                Volunteer.last_name,
                Volunteer.first_name,
            )
            .join(Volunteer, Volunteer.id == Agreement.volunteer_id)
            .where(in_window, Volunteer.archived.is_(False))
        ).all()
        volunteer_ids = {r[2] for r in rows}
        periods: dict[int, list[tuple[int, dt.date, dt.date | None]]] = defaultdict(list)
        if volunteer_ids:
            for aid, vid, start, end, terminated in session.execute(
                select(
                    Agreement.id,
                    Agreement.volunteer_id,
                    Agreement.period_from,
                    Agreement.period_to,
                    Agreement.terminated_on,
                ).where(Agreement.volunteer_id.in_(volunteer_ids))
            ):
                periods[vid].append((aid, start, last_valid_day(end, terminated)))
    result = []
    for aid, number, vid, start, end, terminated, last_name, first_name in rows:
        last = last_valid_day(end, terminated)
        if last is None or not today <= last <= horizon or last < start:
            continue
        successor = any(
            other != aid
            and other_start <= last + dt.timedelta(days=1)
            and (other_last is None or other_last > last)
            for other, other_start, other_last in periods[vid]
        )
        result.append(
            EndingAgreement(
                aid,
                number,
                vid,
                f"{last_name} {first_name}",
                last,
                (last - today).days,
                terminated is not None and terminated == last,
                successor,
            )
        )
    result.sort(key=lambda e: (e.last_day, e.volunteer_name, e.number))
    return result


def agreements_missing_nnw(db: Database, *, today: dt.date | None = None) -> list[tuple[int, str, int]]:
    """(agreement id, number, volunteer id) of agreements of 30 days or fewer, not yet ended,
    with no NNW policy recorded: the OPS's insurance duty (art. 46 ust. 3) is still open."""
    today = today or dt.date.today()
    with db.session() as session:
        rows = session.execute(
            select(
                Agreement.id,
                Agreement.number,
                Agreement.volunteer_id,
                Agreement.period_from,
                Agreement.period_to,
                Agreement.terminated_on,
            ).where(
                Agreement.period_to.is_not(None),
                Agreement.period_to >= today,
                or_(Agreement.nnw_policy.is_(None), Agreement.nnw_policy == ""),
            )
        ).all()
    return [
        (aid, number, vid)
        for aid, number, vid, start, end, terminated in rows
        if is_short(start, end)
        and agreement_state(today, start, end, terminated) in (AgreementState.VALID, AgreementState.FUTURE)
    ]


def list_annexes(db: Database, agreement_id: int) -> list[AnnexRow]:
    with db.session() as session:
        return _annexes(session, agreement_id)


def _annexes(session: Session, agreement_id: int) -> list[AnnexRow]:
    rows = session.execute(
        select(AgreementAnnex.id, AgreementAnnex.number, AgreementAnnex.signed_on, AgreementAnnex.changes)
        .where(AgreementAnnex.agreement_id == agreement_id)
        .order_by(AgreementAnnex.signed_on, AgreementAnnex.id)
    )
    return [AnnexRow(aid, agreement_id, number, signed, changes) for aid, number, signed, changes in rows]


def get_agreement_details(
    db: Database, agreement_id: int, *, today: dt.date | None = None
) -> AgreementDetails:
    """One agreement with the volunteer's facts, names of activities and representative, the
    insurance clause, annexes and its state: what a details view or the printed agreement needs."""
    today = today or dt.date.today()
    with db.session() as session:
        row = get_row(session, agreement_id)
        data = load_data(session, row)
        facts = volunteer_facts(session, row.volunteer_id)
        insurance = insurance_settings(session)
        activities = tuple(
            (code, name)
            for code, name in session.execute(
                select(ActivityType.code, ActivityType.name)
                .join(AgreementActivity, AgreementActivity.activity_type_id == ActivityType.id)
                .where(AgreementActivity.agreement_id == agreement_id)
                .order_by(ActivityType.sort_order, ActivityType.code)
            )
        )
        representative = session.get(Staff, row.representative_id) if row.representative_id else None
        annexes = tuple(_annexes(session, agreement_id))
    clause = insurance_clause(
        row.period_from,
        row.period_to,
        nnw_policy=row.nnw_policy,
        insurer=insurance.nnw_insurer if row.nnw_policy and row.nnw_policy == insurance.nnw_policy else None,
        oc_policy=row.oc_policy,
    )
    return AgreementDetails(
        id=row.id,
        number=row.number,
        volunteer=facts,
        age_group=facts.age_group(row.concluded_on),
        data=data,
        activities=activities,
        representative_name=f"{representative.first_name} {representative.last_name}"
        if representative
        else None,
        representative_position=representative.position if representative else None,
        terminated_on=row.terminated_on,
        termination_mode=TerminationMode.parse(row.termination_mode),
        template_version=row.template_version,
        state=agreement_state(today, row.period_from, row.period_to, row.terminated_on),
        annexes=annexes,
        insurance_text=clause.document_text(),
        nnw_required=clause.nnw_required,
        period_days=period_days(row.period_from, row.period_to),
    )


# --- the agreement form ------------------------------------------------------------------------
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
        signing = tuple(signatories(session, keep_signatory))
        terms = session.execute(
            select(Staff.id, Staff.role_valid_from, Staff.role_valid_to).where(
                Staff.id.in_([choice.id for choice in signing])
            )
        )
        return FormContext(
            volunteer=volunteer_facts(session, volunteer_id),
            activities=tuple(activity_choices(session, keep_activities)),
            signatories=signing,
            signatory_terms={sid: (start, end) for sid, start, end in terms},
            insurance=insurance_settings(session),
            proposed_number=next_number(session, "agreement", today),
            terminated_on=terminated_on,
            termination_mode=mode,
        )


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
        activities = activity_choices(session, set())
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
            age={AgeGroup.ADULT: "adult", AgeGroup.MINOR: "minor"}.get(facts.age_group(today), "child"),
        )
        place = (org.place_for_dates or org.locality) if org else None
        representative = default_representative(session, signatories(session, None), today)
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


def proposed_number(db: Database, kind: Literal["agreement", "annex"], on: dt.date) -> str:
    """The number a new agreement or annex dated `on` would get if saved now (shown as a hint;
    the number is given when it is saved)."""
    with db.session() as session:
        return next_number(session, kind, on)
