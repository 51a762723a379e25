"""Action reads: the tab's list, one action with its shifts and sign-ups, the form's data and
the choices its lists offer."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.actions.data import (
    ActionData,
    ActionDetails,
    ActionNotFound,
    ActionRow,
    ShiftData,
    ShiftRow,
    SignupRow,
)
from coordinator_app.core.options import Option
from coordinator_app.core.rules import age_on
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    ActivityType,
    Agreement,
    Partner,
    Village,
    Volunteer,
)
from coordinator_app.i18n import _


def ops_label() -> str:
    return _("the OPS")


def partner_label(row: Partner) -> str:
    return row.short_name or row.name


def partner_names(session: Session) -> dict[int, str]:
    return {row.id: partner_label(row) for row in session.scalars(select(Partner))}


def list_actions(db: Database) -> list[ActionRow]:
    """Every action, newest first, with its shifts, the people needed and signed up."""
    with db.session() as session:
        names = partner_names(session)
        shifts = dict(
            session.execute(
                select(ActionShift.action_id, func.count(ActionShift.id)).group_by(ActionShift.action_id)
            ).all()
        )
        needed = dict(
            session.execute(
                select(ActionShift.action_id, func.sum(ActionShift.people_needed)).group_by(
                    ActionShift.action_id
                )
            ).all()
        )
        signed = dict(
            session.execute(
                select(ActionShift.action_id, func.count(ActionSignup.id))
                .join(ActionSignup, ActionSignup.shift_id == ActionShift.id)
                .group_by(ActionShift.action_id)
            ).all()
        )
        rows = session.scalars(select(Action).order_by(Action.date_from.desc(), Action.id.desc())).all()
        return [
            ActionRow(
                row.id,
                row.name,
                row.date_from,
                row.date_to,
                row.place or "",
                names.get(row.organiser_partner_id, "") if row.organiser_partner_id else ops_label(),
                row.status,
                int(shifts.get(row.id, 0)),
                int(needed.get(row.id) or 0),
                int(signed.get(row.id, 0)),
            )
            for row in rows
        ]


def load_action(session: Session, action_id: int) -> Action:
    row = session.get(Action, action_id)
    if row is None:
        raise ActionNotFound(action_id)
    return row


def action_data(session: Session, row: Action) -> ActionData:
    partners = {
        p.partner_id: p.contribution
        for p in session.scalars(select(ActionPartner).where(ActionPartner.action_id == row.id))
    }
    shifts = [
        ShiftData(
            s.shift_date,
            s.start_time,
            s.end_time,
            s.tasks,
            s.people_needed,
            bool(s.minors_allowed),
            s.required_training,
            s.requirements,
            id=s.id,
        )
        for s in _shift_rows(session, row.id)
    ]
    return ActionData(
        name=row.name,
        date_from=row.date_from,
        date_to=row.date_to,
        place=row.place,
        village_id=row.village_id,
        organiser_partner_id=row.organiser_partner_id,
        activity_type_id=row.activity_type_id,
        description=row.description,
        status=row.status,
        programme_item_id=row.programme_item_id,
        notes=row.notes,
        partners=partners,
        shifts=shifts,
    )


def _shift_rows(session: Session, action_id: int) -> list[ActionShift]:
    return list(
        session.scalars(
            select(ActionShift)
            .where(ActionShift.action_id == action_id)
            .order_by(ActionShift.shift_date, ActionShift.start_time, ActionShift.id)
        )
    )


def get_action(db: Database, action_id: int) -> ActionDetails:
    """One action with its shifts and everyone signed up (for the action window)."""
    with db.session() as session:
        return action_details(session, action_id)


def action_details(session: Session, action_id: int) -> ActionDetails:
    row = load_action(session, action_id)
    data = action_data(session, row)
    names = partner_names(session)
    activity = session.get(ActivityType, row.activity_type_id)
    shifts = _shift_rows(session, action_id)
    signups = _signups(session, [s.id for s in shifts], action_id, names)
    counts: dict[int, int] = {}
    for signup in signups:
        counts[signup.shift_id] = counts.get(signup.shift_id, 0) + 1
    return ActionDetails(
        id=row.id,
        data=data,
        organiser=names.get(row.organiser_partner_id, "") if row.organiser_partner_id else ops_label(),
        activity=activity.name if activity else "",
        partner_names=tuple(sorted((names.get(pid, "") for pid in data.partners), key=polish_sort_key)),
        shifts=tuple(
            ShiftRow(
                s.id,
                s.shift_date,
                s.start_time,
                s.end_time,
                s.tasks,
                s.people_needed,
                counts.get(s.id, 0),
                bool(s.minors_allowed),
                s.required_training,
                s.requirements,
            )
            for s in shifts
        ),
        signups=tuple(signups),
    )


def _signups(
    session: Session, shift_ids: list[int], action_id: int, names: dict[int, str]
) -> list[SignupRow]:
    if not shift_ids:
        return []
    rows = session.execute(
        select(ActionSignup, Volunteer, ActionShift.shift_date)
        .join(Volunteer, Volunteer.id == ActionSignup.volunteer_id)
        .join(ActionShift, ActionShift.id == ActionSignup.shift_id)
        .where(ActionSignup.shift_id.in_(shift_ids))
    ).all()
    result = [
        SignupRow(
            signup.id,
            signup.shift_id,
            volunteer.id,
            f"{volunteer.last_name} {volunteer.first_name}",
            age_on(volunteer.birth_date, day),
            volunteer.phone,
            names.get(signup.partner_id or volunteer.partner_id or 0),
            signup.attended,
            signup.minutes,
            signup.hours_entry_id,
            volunteer.registered_at_action_id == action_id,
        )
        for signup, volunteer, day in rows
    ]
    return sorted(result, key=lambda s: polish_sort_key(s.full_name))


def partner_choices(db: Database) -> list[Option]:
    """Active partners for the organiser and partner lists (by name in Polish order)."""
    with db.session() as session:
        rows = session.scalars(select(Partner).where(Partner.active.is_(True))).all()
        options = [Option(row.id, partner_label(row)) for row in rows]
    return sorted(options, key=lambda o: polish_sort_key(o.name))


def village_choices(db: Database) -> list[Option]:
    with db.session() as session:
        rows = session.execute(select(Village.id, Village.name).where(Village.active.is_(True))).all()
    return sorted((Option(vid, name) for vid, name in rows), key=lambda o: polish_sort_key(o.name))


def activity_choices(db: Database) -> list[Option]:
    with db.session() as session:
        rows = session.execute(
            select(ActivityType.id, ActivityType.name)
            .where(ActivityType.active.is_(True))
            .order_by(ActivityType.sort_order, ActivityType.id)
        ).all()
    return [Option(aid, name) for aid, name in rows]


def shift_action_id(db: Database, shift_id: int) -> int:
    with db.session() as session:
        action_id = session.scalar(select(ActionShift.action_id).where(ActionShift.id == shift_id))
    if action_id is None:
        raise ActionNotFound(shift_id)
    return int(action_id)


def action_agreement_ids(db: Database, action_id: int) -> list[int]:
    """The short agreements of the volunteers registered at this action (to print at once)."""
    with db.session() as session:
        volunteer_ids = select(Volunteer.id).where(Volunteer.registered_at_action_id == action_id)
        row = load_action(session, action_id)
        return list(
            session.scalars(
                select(Agreement.id)
                .where(Agreement.volunteer_id.in_(volunteer_ids), Agreement.period_from <= row.date_to)
                .where((Agreement.period_to.is_(None)) | (Agreement.period_to >= row.date_from))
                .order_by(Agreement.number)
            )
        )
