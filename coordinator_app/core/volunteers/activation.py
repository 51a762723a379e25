"""Activation after the agreement: a candidate whose agreement both sides signed may start.

`activation_offer` says whether to offer it (and names the volunteer); `activate_volunteer`
sets the status to active through the ordinary update, so the change is validated, lands in
the status history with its date and reason, and in the audit log.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select

from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.volunteers.queries import get_volunteer
from coordinator_app.core.volunteers.service import update_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, Volunteer
from coordinator_app.i18n import _


def activation_offer(db: Database, volunteer_id: int) -> str | None:
    """The volunteer's name when they are a candidate with a signed agreement still in force;
    None when there is nothing to offer."""
    signed = exists().where(
        Agreement.volunteer_id == volunteer_id,
        Agreement.signed_by_volunteer_on.is_not(None),
        Agreement.terminated_on.is_(None),
    )
    with db.session() as session:
        row = session.execute(
            select(Volunteer.first_name, Volunteer.last_name).where(
                Volunteer.id == volunteer_id,
                Volunteer.status == VolunteerStatus.CANDIDATE.value,
                Volunteer.archived.is_(False),
                signed,
            )
        ).first()
    return None if row is None else f"{row.first_name} {row.last_name}"


def activate_volunteer(db: Database, volunteer_id: int, *, today: dt.date | None = None) -> None:
    """Make the candidate active from today, recorded as following the signed agreement.
    Raises `ValidationErrors` when the volunteer's record does not pass its checks."""
    today = today or dt.date.today()
    data = get_volunteer(db, volunteer_id)
    data.status = VolunteerStatus.ACTIVE.value
    data.status_change_date = today
    data.status_change_reason = _("Agreement signed")
    update_volunteer(db, volunteer_id, data, today=today)
