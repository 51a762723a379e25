"""Every partner's share in a period, for the monthly and annual summaries: one grouped query
per figure, the partners with anything to show, by name.

The rules are those of `queries`: a sign-up belongs to the partner it names, else to the one
its volunteer came through; its hours are the confirmed entry made from its attendance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select, union
from sqlalchemy.orm import Session

from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    HoursEntry,
    Partner,
    Volunteer,
)

Period = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class PartnerShareRow:
    partner_id: int
    name: str
    kind: str
    actions_organised: int  # actions it organised starting in the period
    actions_joined: int  # actions it joined (not organised) starting in the period
    volunteers: int  # distinct volunteers of its sign-ups for shifts in the period
    signups: int  # its sign-ups for shifts in the period
    action_minutes: int  # confirmed hours of those sign-ups
    volunteer_minutes: int  # confirmed hours in the period of the volunteers who came through it

    @property
    def active(self) -> bool:
        return any((self.actions_organised, self.actions_joined, self.signups, self.volunteer_minutes))


def _organised(period: Period) -> Select[int | None, int]:
    return (
        select(Action.organiser_partner_id, func.count(Action.id))
        .where(Action.organiser_partner_id.is_not(None), Action.date_from.between(*period))
        .group_by(Action.organiser_partner_id)
    )


def _joined(period: Period) -> Select[int, int]:
    return (
        select(ActionPartner.partner_id, func.count(ActionPartner.id))
        .join(Action, Action.id == ActionPartner.action_id)
        .where(
            Action.date_from.between(*period),
            or_(
                Action.organiser_partner_id.is_(None), Action.organiser_partner_id != ActionPartner.partner_id
            ),
        )
        .group_by(ActionPartner.partner_id)
    )


def _signups(period: Period) -> Select[Any]:
    partner = func.coalesce(ActionSignup.partner_id, Volunteer.partner_id)
    confirmed = case((HoursEntry.status == HoursStatus.CONFIRMED.value, HoursEntry.minutes), else_=0)
    return (
        select(
            partner,
            func.count(func.distinct(ActionSignup.volunteer_id)),
            func.count(ActionSignup.id),
            func.coalesce(func.sum(confirmed), 0),
        )
        .join(Volunteer, Volunteer.id == ActionSignup.volunteer_id)
        .join(ActionShift, ActionShift.id == ActionSignup.shift_id)
        .outerjoin(HoursEntry, HoursEntry.id == ActionSignup.hours_entry_id)
        .where(partner.is_not(None), ActionShift.shift_date.between(*period))
        .group_by(partner)
    )


def _volunteer_hours(period: Period) -> Select[Any]:
    pairs = union(
        select(Volunteer.id.label("volunteer_id"), Volunteer.partner_id.label("partner_id")).where(
            Volunteer.partner_id.is_not(None)
        ),
        select(ActionSignup.volunteer_id, ActionSignup.partner_id).where(
            ActionSignup.partner_id.is_not(None)
        ),
    ).subquery()
    return (
        select(pairs.c.partner_id, func.sum(HoursEntry.minutes))
        .join(HoursEntry, HoursEntry.volunteer_id == pairs.c.volunteer_id)
        .where(and_(HoursEntry.status == HoursStatus.CONFIRMED.value, HoursEntry.work_date.between(*period)))
        .group_by(pairs.c.partner_id)
    )


def partner_shares(session: Session, period: Period) -> list[PartnerShareRow]:
    """The partners active in `period` (both ends included) with their share, by name."""
    organised = {pid: n for pid, n in session.execute(_organised(period))}
    joined = {pid: n for pid, n in session.execute(_joined(period))}
    signups = {pid: (people, n, minutes) for pid, people, n, minutes in session.execute(_signups(period))}
    hours = {pid: minutes for pid, minutes in session.execute(_volunteer_hours(period))}
    rows = []
    for pid, name, kind in session.execute(select(Partner.id, Partner.name, Partner.kind)):
        people, count, minutes = signups.get(pid, (0, 0, 0))
        row = PartnerShareRow(
            pid,
            name,
            kind,
            int(organised.get(pid, 0)),
            int(joined.get(pid, 0)),
            int(people),
            int(count),
            int(minutes),
            int(hours.get(pid) or 0),
        )
        if row.active:
            rows.append(row)
    return sorted(rows, key=lambda row: polish_sort_key(row.name))
