"""Rows of partners and of what ties them to volunteers: the partner with its contacts, a
one-off action with a shift, a sign-up (written straight to the tables, as `records` does)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    Partner,
    PartnerContact,
)


def partner_row(name: str = "Szkoła Podstawowa im. Jana Pawła II w Modrzewie", **fields: Any) -> Partner:
    """An active school in Modrzewo represented by its head teacher, Pani Barbara Kowalska."""
    values: dict[str, Any] = {
        "short_name": None,
        "kind": "school",
        "street": "Szkolna",
        "house_number": "5",
        "postal_code": "38-471",
        "locality": "Modrzewo",
        "represented_by": "Barbara Kowalska",
        "represented_by_sex": "K",
        "represented_by_role": "Dyrektor Szkoły",
        "active": True,
        "coalition_member": False,
    }
    return Partner(name=name, **{**values, **fields})


def contact_row(partner_id: int, name: str = "Nowak Ewa", **fields: Any) -> PartnerContact:
    """A contact person ("Surname First-name") at the partner."""
    last, first = name.split(" ", 1)
    return PartnerContact(partner_id=partner_id, first_name=first, last_name=last, **fields)


def action_row(activity_type_id: int, **fields: Any) -> Action:
    """A done one-day food collection on 7 November 2026 organised by the OPS."""
    values: dict[str, Any] = {
        "name": "Zbiórka żywności",
        "date_from": dt.date(2026, 11, 7),
        "date_to": dt.date(2026, 11, 7),
        "status": "done",
    }
    return Action(activity_type_id=activity_type_id, **{**values, **fields})


def action_partner_row(action_id: int, partner_id: int, **fields: Any) -> ActionPartner:
    return ActionPartner(action_id=action_id, partner_id=partner_id, **fields)


def shift_row(action_id: int, **fields: Any) -> ActionShift:
    """A morning shift, 9:00–13:00 on 7 November 2026, for ten people."""
    values: dict[str, Any] = {
        "shift_date": dt.date(2026, 11, 7),
        "start_time": dt.time(9, 0),
        "end_time": dt.time(13, 0),
        "tasks": "zbieranie darów",
        "people_needed": 10,
        "minors_allowed": True,
    }
    return ActionShift(action_id=action_id, **{**values, **fields})


def signup_row(shift_id: int, volunteer_id: int, **fields: Any) -> ActionSignup:
    values: dict[str, Any] = {"signed_up_on": dt.date(2026, 11, 1)}
    return ActionSignup(shift_id=shift_id, volunteer_id=volunteer_id, **{**values, **fields})


def add_partner(db: Any, name: str = "Szkoła Podstawowa im. Jana Pawła II w Modrzewie", **fields: Any) -> int:
    """A school (as `partner_row`) with its main contact person, the club's teacher; its id."""
    with db.session() as session:
        row = partner_row(name, **fields)
        session.add(row)
        session.flush()
        session.add(
            contact_row(
                row.id, "Nowak Ewa", sex="K", role="opiekunka Szkolnego Koła Wolontariatu", primary=True
            )
        )
        return int(row.id)
