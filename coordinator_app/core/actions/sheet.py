"""The sign-up and attendance sheets of one shift, as the PDF writer prints them: the action,
the shift, and one numbered row per volunteer signed up (by surname in Polish order)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.core.actions.data import ActionNotFound
from coordinator_app.core.actions.queries import ops_label, partner_names
from coordinator_app.core.rules import age_on
from coordinator_app.core.text import polish_sort_key
from coordinator_app.core.validation import format_phone
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, ActionShift, ActionSignup, Organisation, Volunteer


@dataclass(frozen=True)
class SheetRow:
    number: int
    full_name: str  # "Surname First-name"
    age: int
    phone: str  # grouped for reading ("600 123 456"), "" when none
    partner: str  # the partner the volunteer came with, "" when none


@dataclass(frozen=True)
class ShiftSheet:
    organisation: str
    action: str
    organiser: str
    shift_date: dt.date
    time_text: str  # "09:00–13:00"
    place: str
    tasks: str
    requirements: str
    minors_allowed: bool
    people_needed: int
    rows: tuple[SheetRow, ...]


def shift_sheet(db: Database, shift_id: int) -> ShiftSheet:
    """The sheet of one shift; raises `ActionNotFound` for an unknown id."""
    with db.session() as session:
        shift = session.get(ActionShift, shift_id)
        if shift is None:
            raise ActionNotFound(shift_id)
        action = session.get(Action, shift.action_id)
        assert action is not None
        org = session.get(Organisation, 1)
        names = partner_names(session)
        people = session.execute(
            select(Volunteer, ActionSignup.partner_id)
            .join(ActionSignup, ActionSignup.volunteer_id == Volunteer.id)
            .where(ActionSignup.shift_id == shift_id, Volunteer.restricted_on.is_(None))  # art. 18 RODO
        ).all()
        lines = sorted(people, key=lambda p: polish_sort_key(f"{p[0].last_name} {p[0].first_name}"))
        rows = tuple(
            SheetRow(
                number,
                f"{volunteer.last_name} {volunteer.first_name}",
                age_on(volunteer.birth_date, shift.shift_date),
                format_phone(volunteer.phone),
                names.get(partner_id or volunteer.partner_id or 0, ""),
            )
            for number, (volunteer, partner_id) in enumerate(lines, start=1)
        )
        organiser = (
            names.get(action.organiser_partner_id or 0, "") or (org.full_name if org else "") or ops_label()
        )
        return ShiftSheet(
            organisation=(org.full_name if org else "") or "",
            action=action.name,
            organiser=organiser,
            shift_date=shift.shift_date,
            time_text=f"{shift.start_time:%H:%M}–{shift.end_time:%H:%M}",
            place=action.place or "",
            tasks=shift.tasks,
            requirements=shift.requirements or "",
            minors_allowed=bool(shift.minors_allowed),
            people_needed=shift.people_needed,
            rows=rows,
        )
