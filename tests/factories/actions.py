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
