"""Read-only agreement queries: the assignment gate, a volunteer's list, the dashboard lists and
one agreement's details. Validity follows `rules` (period and termination, both ends included).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.agreements.data import (
    AgreementDetails,
    AgreementRef,
    AgreementRow,
    AgreementState,
    AnnexRow,
    EndingAgreement,
    TerminationMode,
    last_valid_day,
)
from coordinator_app.core.agreements.rules import (
    agreement_state,
    covers,
    insurance_clause,
    is_short,
    period_days,
)
from coordinator_app.core.agreements.service import (
    ENTITY,
    get_row,
    insurance_settings,
    load_data,
    volunteer_facts,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    AgreementActivity,
    AgreementAnnex,
    Staff,
    Volunteer,
)
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date

__all__ = [
    "ENTITY",
    "agreement_gap_message",
    "agreement_in_force_on",
    "agreements_ending_within",
    "agreements_missing_nnw",
    "get_agreement_details",
    "list_annexes",
    "list_volunteer_agreements",
    "valid_agreement_for",
]


_AGREEMENT_COLUMNS = (
    Agreement.id,
    Agreement.number,
    Agreement.period_from,
    Agreement.period_to,
    Agreement.terminated_on,
)
_LATEST_FIRST = (Agreement.concluded_on.desc(), Agreement.id.desc())
# Built once (the gate runs on every assignment save and in bulk checks): `rules.covers` in SQL.
_COVERING_UNTIL = (
    select(*_AGREEMENT_COLUMNS)
    .where(
        Agreement.volunteer_id == bindparam("volunteer_id"),
        Agreement.period_from <= bindparam("date_from"),
        or_(Agreement.period_to.is_(None), Agreement.period_to >= bindparam("date_to")),
        or_(Agreement.terminated_on.is_(None), Agreement.terminated_on >= bindparam("date_to")),
    )
    .order_by(*_LATEST_FIRST)
    .limit(1)
)
_COVERING_OPEN_ENDED = (
    select(*_AGREEMENT_COLUMNS)
    .where(
        Agreement.volunteer_id == bindparam("volunteer_id"),
        Agreement.period_from <= bindparam("date_from"),
        Agreement.period_to.is_(None),
        Agreement.terminated_on.is_(None),
    )
    .order_by(*_LATEST_FIRST)
    .limit(1)
)
_ACTIVITIES_OF = select(AgreementActivity.activity_type_id).where(
    AgreementActivity.agreement_id == bindparam("agreement_id")
)


def valid_agreement_for(
    session: Session, volunteer_id: int, date_from: dt.date, date_to: dt.date | None
) -> AgreementRef | None:
    """The volunteer's agreement in force on every day from `date_from` to `date_to` (both
    included; `date_to` None = open-ended, covered only by an indefinite agreement that is not
    terminated), or None. When several cover the period, the one concluded last.

    Two indexed queries built once (the agreement, then its activity types) on the session's
    connection; call it inside the session of the assignment being saved, so the check and the
    write are one transaction.
    """
    if date_to is not None and date_to < date_from:
        return None
    connection = session.connection()
    if date_to is None:
        params: dict[str, object] = {"volunteer_id": volunteer_id, "date_from": date_from}
        row = connection.execute(_COVERING_OPEN_ENDED, params).first()
    else:
        params = {"volunteer_id": volunteer_id, "date_from": date_from, "date_to": date_to}
        row = connection.execute(_COVERING_UNTIL, params).first()
    if row is None:
        return None
    aid, number, start, end, terminated = row
    activities = frozenset(connection.execute(_ACTIVITIES_OF, {"agreement_id": aid}).scalars())
    return AgreementRef(aid, number, volunteer_id, start, end, terminated, activities)


def agreement_gap_message(
    session: Session, volunteer_id: int, date_from: dt.date, date_to: dt.date | None
) -> str:
    """Why no agreement covers the period, in one Polish sentence naming the nearest agreement
    (for the assignment gate's refusal); an empty string when one does cover it."""
    if valid_agreement_for(session, volunteer_id, date_from, date_to) is not None:
        return ""
    rows = session.execute(
        select(Agreement.number, Agreement.period_from, Agreement.period_to, Agreement.terminated_on)
        .where(Agreement.volunteer_id == volunteer_id)
        .order_by(Agreement.period_from)
    ).all()
    if not rows:
        return _("The volunteer has no agreement; conclude one first.")
    # The agreement in force on the first day, else the one starting first after it, else the last.
    on_first = [r for r in rows if covers(date_from, date_from, r[1], r[2], r[3])]
    if on_first:
        number, _start, end, terminated = on_first[-1]
        last = last_valid_day(end, terminated)
        assert last is not None
        if date_to is None:
            return _(
                "Agreement {number} ends on {date}; an assignment without an end date needs an "
                "agreement for an indefinite period, or give the assignment an end date."
            ).format(number=number, date=format_date(last))
        if terminated is not None and terminated == last:
            return _(
                "Agreement {number} was terminated with effect from {date}; the assignment goes beyond it."
            ).format(number=number, date=format_date(last))
        return _("Agreement {number} is valid only until {date}; the assignment goes beyond it.").format(
            number=number, date=format_date(last)
        )
    later = [r for r in rows if r[1] > date_from]
    if later:
        number, start, _end, _terminated = later[0]
        return _("Agreement {number} starts only on {date}, after the start of the assignment.").format(
            number=number, date=format_date(start)
        )
    number, _start, end, terminated = rows[-1]
    last = last_valid_day(end, terminated)
    return _(
        "The volunteer has no agreement valid on {day}; the last one, {number}, ended on {date}."
    ).format(day=format_date(date_from), number=number, date=format_date(last))


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


def agreement_in_force_on(session: Session, volunteer_id: int, day: dt.date) -> AgreementRef | None:
    """The volunteer's agreement in force on `day` (the one concluded last if several): e.g. to
    offer its last day as the end of an open-ended assignment."""
    return valid_agreement_for(session, volunteer_id, day, day)


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
