"""A volunteer's former names: when the name changes, the old one is kept with the last day it
was borne, so that a document issued later about an earlier act names the person as they were
named then (`name_on`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.db.models import Volunteer, VolunteerName


def record_former_name(
    session: Session, volunteer: Volunteer, first_name: str, last_name: str, valid_to: dt.date
) -> None:
    """Keep the name the volunteer bore until `valid_to` (called when the name changes)."""
    session.add(
        VolunteerName(
            volunteer_id=volunteer.id, first_name=first_name, last_name=last_name, valid_to=valid_to
        )
    )


def name_on(session: Session, volunteer: Volunteer, on: dt.date) -> tuple[str, str]:
    """(first name, surname) the volunteer bore on `on`."""
    former = session.scalars(
        select(VolunteerName)
        .where(VolunteerName.volunteer_id == volunteer.id, VolunteerName.valid_to >= on)
        .order_by(VolunteerName.valid_to)
        .limit(1)
    ).first()
    if former is not None:
        return former.first_name, former.last_name
    return volunteer.first_name, volunteer.last_name
