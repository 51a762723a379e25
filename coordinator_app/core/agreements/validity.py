"""Whether an agreement covers a period, asked inside the caller's session: the assignment gate
checks and writes in one transaction. Validity follows `rules` (period and termination, both
ends included)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.agreements.data import AgreementRef, last_valid_day
from coordinator_app.core.agreements.rules import covers
from coordinator_app.db.models import Agreement, AgreementActivity
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date

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


def agreement_in_force_on(session: Session, volunteer_id: int, day: dt.date) -> AgreementRef | None:
    """The volunteer's agreement in force on `day` (the one concluded last if several): e.g. to
    offer its last day as the end of an open-ended assignment."""
    return valid_agreement_for(session, volunteer_id, day, day)
