"""One-off actions for the tests: a partner row, and an action with shifts made through the
service as the form would (validated, audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coordinator_app.core.actions import ActionData, ShiftData, create_action
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Partner
from tests.factories.records import TODAY, TOW, save

ACTION_DAY = dt.date(2026, 12, 12)  # a Saturday three weeks after TODAY


def partner_row(name: str = "Szkoła Podstawowa w Mnichowie", **fields: Any) -> Partner:
    values: dict[str, Any] = {"kind": "school", "short_name": None, "active": True}
    return Partner(name=name, **{**values, **fields})


def add_partner(db: Database, name: str = "Szkoła Podstawowa w Mnichowie", **fields: Any) -> int:
    return save(db, partner_row(name, **fields))


def shift_data(start: str = "09:00", end: str = "13:00", **changes: Any) -> ShiftData:
    """A shift on ACTION_DAY for 3 people, adults only unless `minors_allowed`."""
    values: dict[str, Any] = {
        "shift_date": ACTION_DAY,
        "start_time": dt.time.fromisoformat(start),
        "end_time": dt.time.fromisoformat(end),
        "tasks": "Zbiórka żywności przy sklepie",
        "people_needed": 3,
    }
    return ShiftData(**{**values, **changes})


def action_data(**changes: Any) -> ActionData:
    """ "Świąteczna zbiórka żywności" on ACTION_DAY in Mnichowo, two shifts (the second one
    open to minors), activity type TOW."""
    values: dict[str, Any] = {
        "name": "Świąteczna zbiórka żywności",
        "date_from": ACTION_DAY,
        "date_to": ACTION_DAY,
        "place": "Mnichowo, sklep „Groszek”",
        "activity_type_id": TOW,
        "status": "open",
        "shifts": [shift_data(), shift_data("13:00", "17:00", minors_allowed=True, people_needed=4)],
    }
    return ActionData(**{**values, **changes})


def add_action(db: Database, **changes: Any) -> int:
    return create_action(db, action_data(**changes), today=TODAY)


def action_with_people(db: Database, people: int = 3) -> int:
    """An open action (in a month of its own, ahead of today) with two shifts and up to
    `people` volunteers of the database signed up for the first shift (those no rule refuses)."""
    from sqlalchemy import select

    from coordinator_app.core.actions import check_signup, get_action, sign_up
    from coordinator_app.db.models import Volunteer

    day = dt.date.today() + dt.timedelta(days=20)
    action_id = add_action(
        db,
        date_from=day,
        date_to=day,
        shifts=[
            shift_data(shift_date=day),
            shift_data("13:00", "17:00", shift_date=day, minors_allowed=True),
        ],
    )
    shift = get_action(db, action_id).shifts[0].id
    with db.session() as session:
        ids = list(
            session.scalars(select(Volunteer.id).where(Volunteer.archived.is_(False)).order_by(Volunteer.id))
        )
    signed = 0
    for vid in ids:
        if signed == people:
            break
        if not any(issue.refusal for issue in check_signup(db, shift, vid)):
            sign_up(db, shift, vid)
            signed += 1
    return action_id
