"""The summary of one action: volunteers (adults and minors), who came, the hours recorded,
the partners, the new volunteers registered at it and those of them who stayed (were later
given a regular assignment)."""

from __future__ import annotations

from sqlalchemy import func, select

from coordinator_app.core.actions.data import ActionSummary
from coordinator_app.core.actions.queries import load_action, partner_names
from coordinator_app.core.rules import age_on
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActionPartner,
    ActionShift,
    ActionSignup,
    Assignment,
    HoursEntry,
    Volunteer,
)


def action_summary(db: Database, action_id: int) -> ActionSummary:
    with db.session() as session:
        action = load_action(session, action_id)
        rows = session.execute(
            select(ActionSignup, ActionShift.shift_date, Volunteer.birth_date, Volunteer.partner_id)
            .join(ActionShift, ActionShift.id == ActionSignup.shift_id)
            .join(Volunteer, Volunteer.id == ActionSignup.volunteer_id)
            .where(ActionShift.action_id == action_id)
        ).all()
        ages: dict[int, int] = {}
        came: set[int] = set()
        partner_ids: set[int] = set()
        for signup, day, birth, own_partner in rows:
            ages[signup.volunteer_id] = min(ages.get(signup.volunteer_id, 200), age_on(birth, day))
            if signup.attended:
                came.add(signup.volunteer_id)
            partner_ids.update(p for p in (signup.partner_id, own_partner) if p)
        by_shift = session.execute(
            select(ActionShift.id, func.coalesce(func.sum(HoursEntry.minutes), 0))
            .join(ActionSignup, ActionSignup.shift_id == ActionShift.id)
            .join(HoursEntry, HoursEntry.id == ActionSignup.hours_entry_id)
            .where(ActionShift.action_id == action_id)
            .group_by(ActionShift.id)
        ).all()
        if action.organiser_partner_id:
            partner_ids.add(action.organiser_partner_id)
        partner_ids.update(
            session.scalars(select(ActionPartner.partner_id).where(ActionPartner.action_id == action_id))
        )
        names = partner_names(session)
        new_ids = set(
            session.scalars(select(Volunteer.id).where(Volunteer.registered_at_action_id == action_id))
        )
        with_assignment = set(
            session.scalars(
                select(Assignment.volunteer_id)
                .where(Assignment.volunteer_id.in_(set(ages) | new_ids))
                .distinct()
            )
        )
    minors = sum(1 for age in ages.values() if age < 18)
    return ActionSummary(
        volunteers=len(ages),
        adults=len(ages) - minors,
        minors=minors,
        attended=len(came),
        minutes=sum(int(m) for _sid, m in by_shift),
        partners=tuple(sorted((names[p] for p in partner_ids if p in names), key=polish_sort_key)),
        new_volunteers=len(new_ids),
        stayed=len(new_ids & with_assignment),
        one_off=len(set(ages) - with_assignment),
        minutes_by_shift=tuple((int(sid), int(m)) for sid, m in by_shift),
    )
