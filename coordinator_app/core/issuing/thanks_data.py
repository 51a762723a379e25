"""The thank-you diploma (podziękowanie) of a volunteer for a year, with the year's confirmed
hours when asked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    full_name,
    manager_signature,
    organisation_values,
    person_snapshot,
    person_values,
    require_organisation,
    volunteer_row,
)
from coordinator_app.core.issuing.snapshot import Assembled, DocumentRefused, Signature
from coordinator_app.db.engine import Database
from coordinator_app.db.models import HoursEntry
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import hours_accusative, hours_text, long_date


def default_thanks_year(db: Database, volunteer_id: int, today: dt.date) -> int:
    """The year a thank-you is printed for unless another is chosen: the latest year up to
    this one with the volunteer's confirmed hours (this year when there are none)."""
    with db.session() as session:
        last = session.scalar(
            select(func.max(HoursEntry.work_date)).where(
                HoursEntry.volunteer_id == volunteer_id,
                HoursEntry.status == HoursStatus.CONFIRMED.value,
                HoursEntry.minutes > 0,
                HoursEntry.work_date <= dt.date(today.year, 12, 31),
            )
        )
    return last.year if last is not None else today.year


def assemble_thanks(
    session: Session, volunteer_id: int, issued_on: dt.date, options: dict[str, Any] | None = None
) -> Assembled:
    """Options: `year` (default: the year of issue), `hours` (state the year's confirmed hours)."""
    options = {"year": issued_on.year, "hours": True, **(options or {})}
    year = int(options["year"])
    volunteer = volunteer_row(session, volunteer_id)
    org = require_organisation(session)
    minutes = (
        session.scalar(
            select(func.coalesce(func.sum(HoursEntry.minutes), 0)).where(
                HoursEntry.volunteer_id == volunteer.id,
                HoursEntry.status == HoursStatus.CONFIRMED.value,
                HoursEntry.work_date >= dt.date(year, 1, 1),
                HoursEntry.work_date <= dt.date(year, 12, 31),
            )
        )
        or 0
    )
    if not minutes:
        raise DocumentRefused(
            _(
                "{name} has no confirmed hours in {year}: a thank-you for that year cannot be issued. "
                "Confirm the year's hours first, or choose another year."
            ).format(name=full_name(volunteer), year=year)
        )
    flags = {"godziny"} if options["hours"] else set()
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(
        {
            "rok": str(year),
            "godziny": hours_text(minutes),
            "godziny_biernik": hours_accusative(minutes),
            "data_wydania": long_date(issued_on),
        }
    )
    snapshot = person_snapshot(
        kind=DocumentKind.THANKS.value,
        subject=f"thanks:{volunteer.id}:{year}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=[
            manager_signature(org),
            Signature("Koordynator wolontariatu", org.coordinator_name or ""),
        ],
        options={"year": year, "hours": bool(options["hours"])},
        volunteer_id=volunteer.id,
    )
    return Assembled(snapshot, [])
