"""Terminating an agreement (rozwiązanie porozumienia) and what it does to assignments.

The recorded `terminated_on` is the agreement's last day in force. Assignments resting on the
agreement that continue after that day are always listed (preview and warnings); ending them is
an explicit choice of the coordinator (`end_assignments`), because some will move to a new
agreement instead. Ending one means: its end date becomes the agreement's last day; when that
day has already passed it is also marked ended with the reason; a planned assignment that would
only start after the last day is marked ended (it cannot take place under this agreement).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.agreements.data import (
    AffectedAssignment,
    AgreementWarning,
    TerminationData,
    TerminationMode,
    TerminationPreview,
    TerminationResult,
    last_valid_day,
)
from coordinator_app.core.agreements.ending import NOTICE_PARTY, NoticeDelivery
from coordinator_app.core.agreements.facts import get_row
from coordinator_app.core.agreements.notice import notice_days_of, notice_end, notice_shortfall
from coordinator_app.core.agreements.rules import valid_on
from coordinator_app.core.agreements.service import ENTITY
from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.enums import AssignmentStatus, HoursStatus
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Agreement, Assignment, Client, HoursEntry
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date

ASSIGNMENT_ENTITY = "assignment"
LATEST_AHEAD = dt.timedelta(days=366)
REASON_LENGTH = 300
_RECORDED = ("terminated_on", "termination_mode", "notice_given_on", "notice_given_by", "notice_delivery")


def _affected_assignments(session: Session, agreement_id: int, last_day: dt.date) -> list[AffectedAssignment]:
    """Not-ended assignments on the agreement that run (or may run) past `last_day`."""
    rows = session.execute(
        select(
            Assignment.id,
            Assignment.number,
            ActivityType.code,
            Client.code,
            Assignment.date_from,
            Assignment.date_to,
            Assignment.status,
        )
        .join(ActivityType, ActivityType.id == Assignment.activity_type_id)
        .outerjoin(Client, Client.id == Assignment.client_id)
        .where(
            Assignment.agreement_id == agreement_id,
            Assignment.status != AssignmentStatus.ENDED.value,
            (Assignment.date_to.is_(None)) | (Assignment.date_to > last_day),
        )
        .order_by(Assignment.date_from, Assignment.id)
    )
    return [AffectedAssignment(*row) for row in rows]


def _hours_after(session: Session, agreement_id: int, last_day: dt.date) -> int:
    """Hours entries (not cancelled) of the agreement's assignments dated after `last_day`."""
    count = session.scalar(
        select(func.count())
        .select_from(HoursEntry)
        .join(Assignment, Assignment.id == HoursEntry.assignment_id)
        .where(
            Assignment.agreement_id == agreement_id,
            HoursEntry.work_date > last_day,
            HoursEntry.status.not_in((HoursStatus.CANCELLED.value, HoursStatus.NO_SHOW.value)),
        )
    )
    return int(count or 0)


def _other_agreement_after(session: Session, row: Agreement, last_day: dt.date) -> bool:
    next_day = last_day + dt.timedelta(days=1)
    for start, end, terminated in session.execute(
        select(Agreement.period_from, Agreement.period_to, Agreement.terminated_on).where(
            Agreement.volunteer_id == row.volunteer_id, Agreement.id != row.id
        )
    ):
        if valid_on(next_day, start, end, terminated) or start > next_day:
            return True
    return False


def _end_assignments(
    session: Session, affected: list[AffectedAssignment], last_day: dt.date, reason: str, today: dt.date
) -> list[int]:
    """End the assignments on `last_day` (see the module docstring); audited one by one."""
    ended: list[int] = []
    actor = current_actor()
    for line in affected:
        row = session.get(Assignment, line.id)
        assert row is not None
        before = {"date_to": row.date_to, "status": row.status, "end_reason": row.end_reason}
        if row.date_from > last_day:
            row.status = AssignmentStatus.ENDED.value
            row.end_reason = reason
        else:
            row.date_to = last_day
            if last_day < today:
                row.status = AssignmentStatus.ENDED.value
                row.end_reason = reason
        row.updated_by = actor
        after = {"date_to": row.date_to, "status": row.status, "end_reason": row.end_reason}
        record_changes(session, ASSIGNMENT_ENTITY, row.id, before, after, reason=reason)
        ended.append(row.id)
    return ended


def assignment_warnings(
    affected: list[AffectedAssignment], hours: int, ended: bool
) -> list[AgreementWarning]:
    warnings: list[AgreementWarning] = []
    if affected and not ended:
        names = ", ".join(a.number or f"#{a.id}" for a in affected)
        warnings.append(
            AgreementWarning(
                "assignments_continue",
                ngettext(
                    "{n} assignment rests on this agreement and continues after its end ({names}); "
                    "end it or move it to another agreement.",
                    "{n} assignments rest on this agreement and continue after its end ({names}); "
                    "end them or move them to another agreement.",
                    len(affected),
                ).format(n=len(affected), names=names),
            )
        )
    if hours:
        warnings.append(
            AgreementWarning(
                "hours_after_end",
                ngettext(
                    "{n} entry of hours is dated after the end of the agreement; check it.",
                    "{n} entries of hours are dated after the end of the agreement; check them.",
                    hours,
                ).format(n=hours),
            )
        )
    return warnings


def termination_preview(db: Database, agreement_id: int, terminated_on: dt.date) -> TerminationPreview:
    """What terminating with `terminated_on` as the last day would touch."""
    with db.session() as session:
        row = get_row(session, agreement_id)
        last = last_valid_day(row.period_to, terminated_on)
        assert last is not None
        return TerminationPreview(
            tuple(_affected_assignments(session, agreement_id, last)),
            _hours_after(session, agreement_id, last),
            _other_agreement_after(session, row, last),
        )


def _validate(row: Agreement, data: TerminationData, today: dt.date) -> TerminationData:
    errors: list[v.FieldError] = []
    mode = TerminationMode.parse(data.mode)
    day = data.terminated_on
    reason = " ".join((data.reason or "").split()) or None
    if row.terminated_on is not None:
        errors.append(
            v.FieldError(
                "terminated_on",
                _("The agreement was already terminated with effect from {date}.").format(
                    date=format_date(row.terminated_on)
                ),
            )
        )
    if mode is None:
        errors.append(v.FieldError("mode", _("Choose how the agreement ends."), required=True))
    if mode is TerminationMode.EXPIRY:
        if row.period_to is None:
            errors.append(
                v.FieldError(
                    "mode", _("An agreement for an indefinite period does not expire; choose another mode.")
                )
            )
        elif day is None:
            day = row.period_to
        elif day != row.period_to:
            errors.append(
                v.FieldError(
                    "terminated_on",
                    _("An agreement expires on the last day of its period ({date}).").format(
                        date=format_date(row.period_to)
                    ),
                )
            )
        elif day > today:
            errors.append(
                v.FieldError(
                    "terminated_on",
                    _("The period runs until {date}; its expiry can be recorded from that day.").format(
                        date=format_date(row.period_to)
                    ),
                )
            )
    elif day is None:
        errors.append(
            v.FieldError("terminated_on", _("Enter the last day the agreement is in force."), required=True)
        )
    elif day < row.concluded_on:
        errors.append(
            v.FieldError("terminated_on", _("The agreement cannot end before the date it was concluded."))
        )
    elif row.period_to is not None and day > row.period_to:
        errors.append(
            v.FieldError(
                "terminated_on",
                _("The agreement ends on {date} anyway; record its expiry instead.").format(
                    date=format_date(row.period_to)
                ),
            )
        )
    elif day > today + LATEST_AHEAD:
        errors.append(v.FieldError("terminated_on", _("The date is not possible.")))
    if reason and len(reason) > REASON_LENGTH:
        errors.append(v.FieldError("reason", _("Too long (at most {n} characters).").format(n=REASON_LENGTH)))
    given_on, delivery = None, None
    if not any(error.field == "terminated_on" for error in errors):
        given_on, delivery = _notice(row, mode, day, data, today, errors)
    if errors:
        raise v.ValidationErrors(errors)
    assert mode is not None
    return TerminationData(day, mode.value, reason, data.end_assignments, given_on, delivery)


def _notice(
    row: Agreement,
    mode: TerminationMode | None,
    last_day: dt.date | None,
    data: TerminationData,
    today: dt.date,
    errors: list[v.FieldError],
) -> tuple[dt.date | None, str | None]:
    """The day notice was given (or the parties agreed) and how it was delivered; an expiry has
    none. Without a date the notice counts as given on the day it is recorded (at the latest
    on the last day)."""
    if mode is None or mode is TerminationMode.EXPIRY or last_day is None:
        return None, None
    delivery = data.notice_delivery or None
    if delivery is not None and delivery not in {item.value for item in NoticeDelivery}:
        errors.append(v.FieldError("notice_delivery", _("Choose how the notice was delivered.")))
    given_on = data.notice_given_on or min(today, last_day)
    if given_on < row.concluded_on:
        errors.append(
            v.FieldError(
                "notice_given_on", _("The notice cannot be given before the agreement was concluded.")
            )
        )
    elif given_on > last_day:
        errors.append(
            v.FieldError("notice_given_on", _("The notice must be given before the agreement ends."))
        )
    elif given_on > today:
        errors.append(v.FieldError("notice_given_on", _("The notice cannot be dated in the future.")))
    return given_on, delivery


def notice_warning(
    row: Agreement, mode: TerminationMode, given_on: dt.date | None, last_day: dt.date
) -> AgreementWarning | None:
    """A warning when a notice (not a mutual termination) ends the agreement sooner than the
    notice period the agreement states."""
    if given_on is None or mode not in (TerminationMode.VOLUNTEER_NOTICE, TerminationMode.OPS_NOTICE):
        return None
    days = notice_days_of(row)
    short = notice_shortfall(given_on, last_day, days)
    if not short:
        return None
    return AgreementWarning(
        "notice_too_short",
        _(
            "The agreement states a notice period of {days} days; notice given on {given} ends it "
            "on {end} at the earliest."
        ).format(days=days, given=format_date(given_on), end=format_date(notice_end(given_on, days))),
    )


def terminate_agreement(
    db: Database, agreement_id: int, data: TerminationData, *, today: dt.date | None = None
) -> TerminationResult:
    """Record the end of an agreement; with `end_assignments` also end the assignments resting on
    it after its last day. One transaction; raises `ValidationErrors`."""
    today = today or dt.date.today()
    with db.session() as session:
        row = get_row(session, agreement_id)
        clean = _validate(row, data, today)
        assert clean.terminated_on is not None
        mode = TerminationMode(clean.mode)
        last = last_valid_day(row.period_to, clean.terminated_on)
        assert last is not None
        before = {name: getattr(row, name) for name in _RECORDED}
        row.terminated_on = clean.terminated_on
        row.termination_mode = mode.value
        row.notice_given_on = clean.notice_given_on
        row.notice_given_by = party.value if (party := NOTICE_PARTY.get(mode)) else None
        row.notice_delivery = clean.notice_delivery
        row.updated_by = current_actor()
        after = {name: getattr(row, name) for name in _RECORDED}
        audit_reason = f"{mode.document_text}" + (f": {clean.reason}" if clean.reason else "")
        record_changes(session, ENTITY, agreement_id, before, after, reason=audit_reason[:REASON_LENGTH])
        affected = _affected_assignments(session, agreement_id, last)
        hours = _hours_after(session, agreement_id, last)
        ended: list[int] = []
        if clean.end_assignments and affected:
            ended = _end_assignments(
                session, affected, last, f"Rozwiązanie porozumienia nr {row.number}"[:REASON_LENGTH], today
            )
        warnings = assignment_warnings(affected, hours, bool(ended))
        short = notice_warning(row, mode, clean.notice_given_on, clean.terminated_on)
        if short is not None:
            warnings.append(short)
        if not _other_agreement_after(session, row, last):
            warnings.append(
                AgreementWarning(
                    "no_other_agreement",
                    _(
                        "The volunteer has no other agreement after {date}; if they stop volunteering, "
                        "change their status in the volunteer's data."
                    ).format(date=format_date(last)),
                )
            )
        return TerminationResult(tuple(ended), tuple(warnings))


def check_termination(
    db: Database, agreement_id: int, data: TerminationData, *, today: dt.date | None = None
) -> None:
    """The refusals `terminate_agreement` would give, without recording anything (a form asks
    with empty data which of its fields are required)."""
    with db.session() as session:
        _validate(get_row(session, agreement_id), data, today or dt.date.today())
