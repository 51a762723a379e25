"""The rules an assignment must pass before it is saved, checked in the core (not only in the
dialog), inside the saving transaction.

Refusals (the assignment is not saved; each names exactly what is missing):
- the volunteer is active and not archived; the client, when there is one, is active; a need
  belongs to that client;
- a valid agreement (porozumienie) covers the whole assignment period (art. 44; domain §7.4);
- an assignment that involves minors — the activity type is flagged, the client has children
  in the household, or the coordinator marked it — has a complete, valid child-protection
  vetting record (domain §2.2.4). Missing items may be overridden by the coordinator with a
  reason (audited); an entry found in a register never can;
- the volunteer completed the trainings the activity type requires (readiness, issue 4);
- a volunteer under 13 goes on a home visit only with the adult the agreement names (minors.py).
An assignment being ended is not held back by the gates: ending must always be possible.

Warnings (saved after the coordinator confirms): double booking, no end date, an expired needs
assessment, no recorded consent to volunteer visits, a qualification the activity requires,
more planned hours than the volunteer offered, and a minor's schedule in school hours (minors.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.agreements import agreement_gap_message, valid_agreement_for
from coordinator_app.core.assignments.data import AssignmentData, Clash
from coordinator_app.core.assignments.minors import school_hours_warning, unaccompanied_home_visit
from coordinator_app.core.assignments.schedule import clashes
from coordinator_app.core.enums import (
    SERVING_ASSIGNMENT,
    ClientStatus,
    TrainingCategory,
    VolunteerStatus,
)
from coordinator_app.core.trainings.readiness import missing_categories
from coordinator_app.core.vetting import vetting_check
from coordinator_app.db.models import (
    ActivityType,
    Assignment,
    Client,
    Need,
    Qualification,
    Volunteer,
)
from coordinator_app.i18n import _, pgettext
from coordinator_app.i18n.formatting import format_date, format_hours, format_weekday


@dataclass
class GateResult:
    agreement_id: int | None = None
    involves_minors: bool = False
    errors: list[v.FieldError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)
    vetting_overridden: tuple[str, ...] = ()  # the gaps the coordinator's override accepted
    vetting_revealed: bool = False  # a refusal names a register entry: criminal-record data


def check_gates(
    session: Session, data: AssignmentData, today: dt.date, assignment_id: int | None = None
) -> GateResult:
    """Every refusal and warning for a validated `data` (see the module docstring)."""
    assert data.volunteer_id is not None and data.activity_type_id is not None and data.date_from
    result = GateResult()
    volunteer = session.get(Volunteer, data.volunteer_id)
    activity = session.get(ActivityType, data.activity_type_id)
    if volunteer is None or activity is None:
        raise LookupError("volunteer or activity type not found")
    name = f"{volunteer.first_name} {volunteer.last_name}"
    client = session.get(Client, data.client_id) if data.client_id is not None else None
    result.involves_minors = (
        bool(activity.involves_minors or (client is not None and client.children_in_household))
        or data.involves_minors_override
    )
    agreement_errors: list[v.FieldError] = []
    result.agreement_id = _agreement(session, data, name, agreement_errors)
    if data.status not in SERVING_ASSIGNMENT:
        # Suspending or ending is never refused; a new record still needs its agreement.
        if assignment_id is None:
            result.errors.extend(agreement_errors)
        return result
    result.errors.extend(agreement_errors)
    if volunteer.archived or volunteer.status != VolunteerStatus.ACTIVE:
        result.errors.append(
            v.FieldError(
                "volunteer_id",
                v.for_sex(
                    volunteer.sex,
                    pgettext("female", "{name} is not an active volunteer (status: {status})."),
                    pgettext("male", "{name} is not an active volunteer (status: {status})."),
                    _("{name} is not an active volunteer (status: {status})."),
                ).format(name=name, status=VolunteerStatus(volunteer.status).label),
            )
        )
    _client_and_need(session, data, client, assignment_id, result)
    if result.involves_minors:
        _vetting(session, data, name, max(data.date_from, today), result)
    missing = missing_categories(session, data.volunteer_id, data.activity_type_id, today)
    if missing:
        labels = ", ".join(TrainingCategory(c).label for c in missing)
        result.errors.append(
            v.FieldError(
                "training",
                v.for_sex(
                    volunteer.sex,
                    pgettext(
                        "female",
                        "{name} has not completed the training required for “{activity}”: {categories}.",
                    ),
                    pgettext(
                        "male",
                        "{name} has not completed the training required for “{activity}”: {categories}.",
                    ),
                    _("{name} has not completed the training required for “{activity}”: {categories}."),
                ).format(name=name, activity=activity.name, categories=labels),
            )
        )
    alone = unaccompanied_home_visit(session, volunteer, activity, result.agreement_id, data.date_from)
    if alone is not None:
        result.errors.append(v.FieldError("activity_type_id", alone))
    _warnings(session, data, volunteer, activity, client, assignment_id, today, result)
    school = school_hours_warning(session, volunteer, data.schedule, data.date_from, data.date_to)
    if school is not None:
        result.warnings.append(school)
    return result


def _agreement(session: Session, data: AssignmentData, name: str, errors: list[v.FieldError]) -> int | None:
    assert data.volunteer_id is not None and data.date_from is not None
    found = valid_agreement_for(session, data.volunteer_id, data.date_from, data.date_to)
    if found is not None:
        return int(found.id)
    reason = agreement_gap_message(session, data.volunteer_id, data.date_from, data.date_to)
    errors.append(
        v.FieldError(
            "agreement", _("No valid agreement with {name}: {reason}").format(name=name, reason=reason)
        )
    )
    return None


def _client_and_need(
    session: Session,
    data: AssignmentData,
    client: Client | None,
    assignment_id: int | None,
    result: GateResult,
) -> None:
    if client is not None and client.status != ClientStatus.ACTIVE:
        result.errors.append(
            v.FieldError(
                "client_id",
                _("Client {code} is not active (status: {status}).").format(
                    code=client.code, status=ClientStatus(client.status).label
                ),
            )
        )
    if data.need_id is None:
        return
    need = session.get(Need, data.need_id)
    if need is None or client is None or need.client_id != client.id:
        result.errors.append(v.FieldError("need_id", _("The need does not belong to this client.")))
        return
    other = session.scalar(
        select(Assignment.number)
        .where(
            Assignment.need_id == need.id,
            Assignment.status.in_(SERVING_ASSIGNMENT),
            Assignment.id != (assignment_id or 0),
        )
        .limit(1)
    )
    if other is not None:
        result.warnings.append(
            _("Another assignment ({number}) already serves this need.").format(number=other or "—")
        )


def _vetting(session: Session, data: AssignmentData, name: str, on: dt.date, result: GateResult) -> None:
    assert data.volunteer_id is not None
    check = vetting_check(session, data.volunteer_id, on)
    if not check.gaps:
        return
    listing = " ".join(check.gaps)
    if check.blocks_absolutely:
        message = _("{name} cannot work with minors: {gaps}").format(name=name, gaps=listing)
        result.vetting_revealed = True
    elif data.vetting_override_reason:
        result.vetting_overridden = tuple(check.gaps)
        return
    else:
        message = _(
            "The assignment involves minors and the child-protection vetting of {name} is not complete: "
            "{gaps}"
        ).format(name=name, gaps=listing)
    result.errors.append(v.FieldError("vetting", message))


def _warnings(
    session: Session,
    data: AssignmentData,
    volunteer: Volunteer,
    activity: ActivityType,
    client: Client | None,
    assignment_id: int | None,
    today: dt.date,
    result: GateResult,
) -> None:
    assert data.volunteer_id is not None and data.date_from is not None
    result.clashes = clashes(
        session, data.volunteer_id, data.schedule, data.date_from, data.date_to, exclude_id=assignment_id
    )
    for clash in result.clashes:
        result.warnings.append(_clash_text(clash))
    if data.date_to is None:
        result.warnings.append(_("The assignment has no end date."))
    if client is not None:
        if client.assessment_valid_until is not None and client.assessment_valid_until < today:
            result.warnings.append(
                _("The needs assessment of client {code} expired on {date}.").format(
                    code=client.code, date=format_date(client.assessment_valid_until)
                )
            )
        if client.visit_consent_date is None:
            result.warnings.append(
                _("Client {code} has no recorded consent to volunteer visits.").format(code=client.code)
            )
    if activity.requires_qualification:
        valid = session.scalar(
            select(func.count())
            .select_from(Qualification)
            .where(
                Qualification.volunteer_id == data.volunteer_id,
                (Qualification.expires_on.is_(None)) | (Qualification.expires_on >= data.date_from),
            )
        )
        if not valid:
            result.warnings.append(
                _("“{activity}” requires a qualification and none is recorded for the volunteer.").format(
                    activity=activity.name
                )
            )
    if volunteer.hours_per_month and data.planned_minutes_per_month:
        planned = session.scalar(
            select(func.sum(Assignment.planned_minutes_per_month)).where(
                Assignment.volunteer_id == data.volunteer_id,
                Assignment.status.in_(SERVING_ASSIGNMENT),
                Assignment.id != (assignment_id or 0),
            )
        )
        total = int(planned or 0) + data.planned_minutes_per_month
        if total > volunteer.hours_per_month * 60:
            result.warnings.append(
                _(
                    "With this assignment the volunteer is planned for {planned} a month; "
                    "they offered {offered}."
                ).format(planned=format_hours(total), offered=format_hours(volunteer.hours_per_month * 60))
            )


def _clash_text(clash: Clash) -> str:
    text = _("The schedule overlaps assignment {number}: {day} {start}–{end}.").format(
        number=clash.number or "—",
        day=format_weekday(clash.weekday),
        start=clash.start_time.strftime("%H:%M"),
        end=clash.end_time.strftime("%H:%M"),
    )
    if clash.fortnightly:
        text += " " + _("One of them is every other week, so they may fall in different weeks.")
    return text
