"""Sign-ups: the checks before a volunteer is signed up for a shift (warnings the coordinator
weighs, refusals the law sets), signing up, removing a sign-up, and the quick registration of
a new one-off volunteer with the short agreement."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.actions.data import (
    CANCELLED,
    DONE,
    ActionError,
    ActionNotFound,
    SignupIssue,
    SignupRefused,
)
from coordinator_app.core.audit import record_changes, record_event
from coordinator_app.core.enums import AssignmentStatus, TrainingCategory, VolunteerStatus
from coordinator_app.core.rules import age_on
from coordinator_app.core.trainings import completed_categories
from coordinator_app.core.vetting import vetting_check
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Action,
    ActionShift,
    ActionSignup,
    ActivityType,
    Assignment,
    AssignmentSchedule,
    Volunteer,
)
from coordinator_app.i18n import _

SIGNUP_ENTITY = "action_signup"
_ACTIVE_ASSIGNMENTS = (AssignmentStatus.PLANNED.value, AssignmentStatus.ACTIVE.value)


def _overlaps(a_from: dt.time, a_to: dt.time, b_from: dt.time, b_to: dt.time) -> bool:
    return a_from < b_to and b_from < a_to


def load_shift(session: Session, shift_id: int) -> tuple[ActionShift, Action]:
    shift = session.get(ActionShift, shift_id)
    if shift is None:
        raise ActionNotFound(shift_id)
    action = session.get(Action, shift.action_id)
    assert action is not None
    return shift, action


def _when(shift: ActionShift) -> str:
    return f"{shift.start_time:%H:%M}–{shift.end_time:%H:%M}"


def person_issues(
    session: Session, shift: ActionShift, volunteer: Volunteer, *, new_person: bool = False
) -> list[SignupIssue]:
    """The checks that need no training data: the age rules, the shift's places, the
    volunteer's status and double booking (other shifts and regular assignments)."""
    issues: list[SignupIssue] = []
    she = volunteer.sex == "K"
    if not new_person:
        taken = session.scalar(
            select(ActionSignup.id).where(
                ActionSignup.shift_id == shift.id, ActionSignup.volunteer_id == volunteer.id
            )
        )
        if taken is not None:
            issues.append(
                SignupIssue("duplicate", _("The volunteer is already signed up for this shift."), True)
            )
    if age_on(volunteer.birth_date, shift.shift_date) < 18:
        if not shift.minors_allowed:
            issues.append(
                SignupIssue(
                    "adults_only", _("This shift is for adults only; the volunteer is a minor."), True
                )
            )
        elif volunteer.guardian_consent_date is None:
            issues.append(
                SignupIssue(
                    "no_consent",
                    _("The volunteer is a minor and the guardian's consent is not recorded."),
                    True,
                )
            )
    signed = session.scalar(select(func.count(ActionSignup.id)).where(ActionSignup.shift_id == shift.id)) or 0
    if signed >= shift.people_needed:
        issues.append(
            SignupIssue(
                "full",
                _("The shift is already full ({signed} of {needed} people).").format(
                    signed=signed, needed=shift.people_needed
                ),
            )
        )
    if volunteer.archived or volunteer.status == VolunteerStatus.ENDED.value:
        issues.append(
            SignupIssue(
                "inactive",
                _("She has ended her volunteering (or is archived).")
                if she
                else _("He has ended his volunteering (or is archived)."),
            )
        )
    if not new_person:
        issues.extend(_double_booking(session, shift, volunteer.id))
    return issues


def _double_booking(session: Session, shift: ActionShift, volunteer_id: int) -> list[SignupIssue]:
    issues: list[SignupIssue] = []
    others = session.execute(
        select(ActionShift, Action.name)
        .join(ActionSignup, ActionSignup.shift_id == ActionShift.id)
        .join(Action, Action.id == ActionShift.action_id)
        .where(
            ActionSignup.volunteer_id == volunteer_id,
            ActionShift.shift_date == shift.shift_date,
            ActionShift.id != shift.id,
            Action.status != CANCELLED,
        )
    ).all()
    for other, name in others:
        if _overlaps(shift.start_time, shift.end_time, other.start_time, other.end_time):
            issues.append(
                SignupIssue(
                    "double_shift",
                    _("At the same time the volunteer is signed up for „{name}” ({when}).").format(
                        name=name, when=_when(other)
                    ),
                )
            )
    day = shift.shift_date
    slots = session.execute(
        select(AssignmentSchedule, Assignment.number)
        .join(Assignment, Assignment.id == AssignmentSchedule.assignment_id)
        .where(
            Assignment.volunteer_id == volunteer_id,
            Assignment.status.in_(_ACTIVE_ASSIGNMENTS),
            Assignment.date_from <= day,
            or_(Assignment.date_to.is_(None), Assignment.date_to >= day),
            AssignmentSchedule.weekday == day.weekday(),
        )
    ).all()
    for slot, number in slots:
        if _overlaps(shift.start_time, shift.end_time, slot.start_time, slot.end_time):
            issues.append(
                SignupIssue(
                    "double_assignment",
                    _("At the same time the volunteer has a regular assignment {number} ({when}).").format(
                        number=number or "", when=f"{slot.start_time:%H:%M}–{slot.end_time:%H:%M}"
                    ),
                )
            )
    return issues


def _vetting_issues(
    session: Session, action: Action, volunteer: Volunteer, day: dt.date
) -> list[SignupIssue]:
    """Work with children (the action's activity type involves minors) needs the child-protection
    vetting (2016 act, art. 21): an entry found in a register refuses, a gap is a warning the
    coordinator weighs, as for an assignment."""
    activity = session.get(ActivityType, action.activity_type_id)
    if activity is None or not activity.involves_minors:
        return []
    check = vetting_check(session, volunteer.id, day)
    if not check.gaps:
        return []
    listing = " ".join(check.gaps)
    if check.blocks_absolutely:
        return [
            SignupIssue(
                "vetting", _("The volunteer cannot work with minors: {gaps}").format(gaps=listing), True
            )
        ]
    return [
        SignupIssue(
            "vetting",
            _(
                "The action involves work with minors and the volunteer's vetting is not complete: {gaps}"
            ).format(gaps=listing),
        )
    ]


def check_signup(
    db: Database, shift_id: int, volunteer_id: int, *, today: dt.date | None = None
) -> list[SignupIssue]:
    """Everything to know before signing the volunteer up: refusals first, then warnings."""
    with db.session() as session:
        shift, _action = load_shift(session, shift_id)
        volunteer = session.get(Volunteer, volunteer_id)
        if volunteer is None:
            raise ActionNotFound(volunteer_id)
        issues = person_issues(session, shift, volunteer)
        issues += _vetting_issues(session, _action, volunteer, shift.shift_date)
        required = shift.required_training
        day = shift.shift_date
    if required and required not in completed_categories(
        db, volunteer_id, max(day, today or dt.date.today())
    ):
        issues.append(
            SignupIssue(
                "training",
                _(
                    "The shift requires the training „{category}”, which the volunteer has not attended."
                ).format(category=TrainingCategory(required).label),
            )
        )
    return sorted(issues, key=lambda issue: not issue.refusal)


def refuse_closed_action(action: Action) -> None:
    if action.status in (CANCELLED, DONE):
        raise ActionError(_("The action is cancelled or done; nobody can be signed up any more."))


def add_signup(
    session: Session, shift: ActionShift, volunteer_id: int, partner_id: int | None, today: dt.date
) -> int:
    row = ActionSignup(
        shift_id=shift.id, volunteer_id=volunteer_id, signed_up_on=today, partner_id=partner_id
    )
    session.add(row)
    session.flush()
    record_changes(
        session,
        SIGNUP_ENTITY,
        row.id,
        {},
        {"shift_id": shift.id, "volunteer_id": volunteer_id, "partner_id": partner_id},
        action="create",
    )
    return row.id


def sign_up(
    db: Database,
    shift_id: int,
    volunteer_id: int,
    partner_id: int | None = None,
    *,
    today: dt.date | None = None,
) -> tuple[int, list[SignupIssue]]:
    """Sign the volunteer up; returns the sign-up's id and the warnings the coordinator
    accepted. Raises `SignupRefused` when a refusal applies."""
    today = today or dt.date.today()
    issues = check_signup(db, shift_id, volunteer_id, today=today)
    refusals = [issue for issue in issues if issue.refusal]
    if refusals:
        raise SignupRefused(refusals)
    with db.session() as session:
        shift, action = load_shift(session, shift_id)
        refuse_closed_action(action)
        return add_signup(session, shift, volunteer_id, partner_id, today), issues


def remove_signup(db: Database, signup_id: int) -> None:
    """Remove a sign-up that has no hours recorded from it."""
    with db.session() as session:
        row = session.get(ActionSignup, signup_id)
        if row is None:
            raise ActionNotFound(signup_id)
        if row.hours_entry_id is not None:
            raise ActionError(
                _(
                    "Hours have been recorded from this sign-up; untick the attendance and turn it "
                    "into hours first."
                )
            )
        record_event(
            session, SIGNUP_ENTITY, signup_id, "delete", f"shift {row.shift_id}, volunteer {row.volunteer_id}"
        )
        session.delete(row)


def refusal_error(issues: list[SignupIssue], field: str = "volunteer") -> v.ValidationErrors:
    """Refusals as form errors (the quick registration shows them by the field)."""
    return v.ValidationErrors([v.FieldError(field, issue.message) for issue in issues])
