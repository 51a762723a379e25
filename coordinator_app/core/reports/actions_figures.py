"""`action_figures`: one-off actions, partners and the coalition in a period, counted in SQL.

Definitions (issue #18, agreed by the actions, partners and coalition parts):

- an action is *held* in the period when its status is "done" and its first day falls in it;
- a *participant* attended at least one shift dated in the period (sign-up ticked as
  attended); adult or minor by the age on their first such shift; *regular* when an
  assignment of theirs overlaps the period, else *one-off*;
- *hours of actions* are the confirmed hours entries made from attendance
  (action_signups.hours_entry_id) of the shifts dated in the period (an entry's day is its
  shift's day);
- *new* volunteers were quick-registered at an action whose first day is in the period; they
  *stayed* when they have an assignment (given after the action);
- a partner is *active* when it organised or joined an action held in the period, sent a
  volunteer who attended a shift in it (the sign-up's partner, else the volunteer's own), or
  was present at a coalition meeting held in it;
- coalition tasks are *open* at the period's end while not done by then.

Every figure is a grouped query; Python only merges a few rows per action or partner, so the
cost does not grow with the number of volunteers. Queries start from the shifts of the period
(indexed by day) and reach the hours entries by their key: action_signups.hours_entry_id has no
index, so starting from the hours table would scan the sign-ups once per entry. No SQL date
functions beyond EXTRACT (which SQLAlchemy writes for SQLite and PostgreSQL alike).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    ScalarSelect,
    Select,
    and_,
    case,
    distinct,
    exists,
    extract,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import InstrumentedAttribute

from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.reports.figures import Tally, suppress_tallies
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.models import (
    Action,
    ActionPartner,
    ActionShift,
    ActionSignup,
    Assignment,
    CoalitionAttendee,
    CoalitionMeeting,
    CoalitionTask,
    HoursEntry,
    Partner,
    Volunteer,
)

DONE = "done"
CANCELLED = "cancelled"
HELD = "held"
CONFIRMED = HoursStatus.CONFIRMED.value
ADULT_AGE = 18


@dataclass(frozen=True)
class ActionLine:
    """An action held (or with hours) in the period."""

    action_id: int
    name: str
    date_from: dt.date
    date_to: dt.date
    place: str
    organiser: str  # "" = the OPS
    status: str
    volunteers: int  # different volunteers who attended its shifts in the period
    minutes: int  # confirmed hours from attendance, in the period


@dataclass(frozen=True)
class PartnerLine:
    """A partner active in the period and its share."""

    partner_id: int
    name: str
    kind: str
    actions: int  # held in the period, organised or joined
    volunteers: int  # different volunteers it sent who attended
    minutes: int  # their confirmed hours from attendance
    meetings: int  # coalition meetings it was present at


@dataclass(frozen=True)
class CoalitionFigures:
    meetings: int  # held in the period
    tasks_agreed: int  # at meetings held in the period
    tasks_done: int  # done within the period
    tasks_open: int  # agreed by the period's end and not done by then
    tasks_overdue: int  # of those, due before the period's last day


@dataclass(frozen=True)
class ActionFigures:
    held: int
    cancelled: int  # actions planned to start in the period and cancelled
    participations: int  # attended sign-ups (one volunteer, one shift)
    participants: int  # different volunteers
    adults: int
    minors: int
    one_off: int
    regular: int
    by_majority: tuple[Tally, ...]  # "adults", "minors" (suppressed)
    by_kind: tuple[Tally, ...]  # "one_off", "regular" (suppressed)
    registered: int  # quick-registered at actions starting in the period
    stayed: int  # of those, given an assignment
    minutes: int
    by_action: tuple[ActionLine, ...]
    partners: tuple[PartnerLine, ...]
    coalition: CoalitionFigures


def _day_number(day: ColumnElement[dt.date] | InstrumentedAttribute[dt.date]) -> ColumnElement[int]:
    """20260314 for 14 March 2026: full years between two days are the difference // 10000
    (a person born on 29 February comes of age on 1 March, as `rules.age_on` says)."""
    return extract("year", day) * 10000 + extract("month", day) * 100 + extract("day", day)


def _confirmed_minutes() -> ColumnElement[int]:
    """The sum of confirmed minutes, tested inside the sum: a condition on the hours entries in
    WHERE would let the database start from the large hours table instead of the shifts."""
    return func.sum(case((HoursEntry.status == CONFIRMED, HoursEntry.minutes), else_=0))


def _attended(start: dt.date, end: dt.date) -> ColumnElement[bool]:
    return and_(ActionSignup.attended.is_(True), ActionShift.shift_date.between(start, end))


def _overlapping_assignment(
    volunteer: ColumnElement[int], start: dt.date, end: dt.date
) -> ColumnElement[bool]:
    a = Assignment
    return (
        exists()
        .where(a.volunteer_id == volunteer, a.date_from <= end, or_(a.date_to.is_(None), a.date_to >= start))
        .correlate_except(a)
    )


def _scalars(conn: Connection, query: Select[Any, Any, Any, Any]) -> tuple[int, ...]:
    row = conn.execute(query).one()
    return tuple(int(value or 0) for value in row)


def _participants(conn: Connection, start: dt.date, end: dt.date) -> tuple[int, ...]:
    """(participations, participants, adults, regular)."""
    s, sh = ActionSignup, ActionShift
    people = (
        select(
            s.volunteer_id.label("vid"), func.min(sh.shift_date).label("first_day"), func.count().label("n")
        )
        .join(sh, sh.id == s.shift_id)
        .where(_attended(start, end))
        .group_by(s.volunteer_id)
        .subquery()
    )
    adult = _day_number(people.c.first_day) - _day_number(Volunteer.birth_date) >= ADULT_AGE * 10000
    regular = _overlapping_assignment(people.c.vid, start, end)
    query = select(
        func.sum(people.c.n),
        func.count(),
        func.sum(case((adult, 1), else_=0)),
        func.sum(case((regular, 1), else_=0)),
    ).select_from(people.join(Volunteer, Volunteer.id == people.c.vid))
    return _scalars(conn, query)


def _counts(conn: Connection, start: dt.date, end: dt.date) -> tuple[int, ...]:
    """(held, cancelled, registered, stayed, minutes)."""
    a, v = Action, Volunteer
    starts = a.date_from.between(start, end)
    held = select(func.count()).where(starts, a.status == DONE).scalar_subquery()
    cancelled = select(func.count()).where(starts, a.status == CANCELLED).scalar_subquery()
    new = select(v.id).join(a, a.id == v.registered_at_action_id).where(starts).subquery()
    registered = select(func.count()).select_from(new).scalar_subquery()
    stayed_where = exists().where(Assignment.volunteer_id == new.c.id)
    stayed = select(func.count()).select_from(new).where(stayed_where).scalar_subquery()
    h = HoursEntry
    minutes = (
        select(func.coalesce(_confirmed_minutes(), 0))
        .select_from(ActionShift)
        .join(ActionSignup, ActionSignup.shift_id == ActionShift.id)
        .join(h, h.id == ActionSignup.hours_entry_id)
        .where(ActionShift.shift_date.between(start, end))
        .scalar_subquery()
    )
    return _scalars(conn, select(held, cancelled, registered, stayed, minutes))


def _by_action(conn: Connection, start: dt.date, end: dt.date) -> tuple[ActionLine, ...]:
    s, sh, h, a = ActionSignup, ActionShift, HoursEntry, Action
    people = (
        select(sh.action_id.label("aid"), func.count(distinct(s.volunteer_id)).label("n"))
        .join(sh, sh.id == s.shift_id)
        .where(_attended(start, end))
        .group_by(sh.action_id)
        .subquery()
    )
    hours = (
        select(sh.action_id.label("aid"), _confirmed_minutes().label("minutes"))
        .select_from(sh)
        .join(s, s.shift_id == sh.id)
        .join(h, h.id == s.hours_entry_id)
        .where(sh.shift_date.between(start, end))
        .group_by(sh.action_id)
        .subquery()
    )
    organiser = func.coalesce(Partner.short_name, Partner.name, literal(""))
    query = (
        select(
            a.id, a.name, a.date_from, a.date_to, a.place, organiser, a.status, people.c.n, hours.c.minutes
        )
        .outerjoin(Partner, Partner.id == a.organiser_partner_id)
        .outerjoin(people, people.c.aid == a.id)
        .outerjoin(hours, hours.c.aid == a.id)
        .where(
            or_(
                and_(a.status == DONE, a.date_from.between(start, end)),
                people.c.n.is_not(None),
                hours.c.minutes.is_not(None),
            )
        )
        .order_by(a.date_from, a.id)
    )
    return tuple(
        ActionLine(r[0], r[1], r[2], r[3], r[4] or "", r[5] or "", r[6], int(r[7] or 0), int(r[8] or 0))
        for r in conn.execute(query).all()
    )


def _partner_actions(conn: Connection, start: dt.date, end: dt.date) -> dict[int, int]:
    a, ap = Action, ActionPartner
    held = and_(a.status == DONE, a.date_from.between(start, end))
    pairs = union(
        select(a.organiser_partner_id.label("pid"), a.id.label("aid")).where(
            held, a.organiser_partner_id.is_not(None)
        ),
        select(ap.partner_id.label("pid"), ap.action_id.label("aid"))
        .join(a, a.id == ap.action_id)
        .where(held),
    ).subquery()
    query = select(pairs.c.pid, func.count(distinct(pairs.c.aid))).group_by(pairs.c.pid)
    return {int(pid): int(n) for pid, n in conn.execute(query).all()}


def _partner_people(conn: Connection, start: dt.date, end: dt.date) -> dict[int, tuple[int, int]]:
    """Partner → (volunteers, minutes) of the attended sign-ups it is credited with."""
    s, sh, h, v = ActionSignup, ActionShift, HoursEntry, Volunteer
    partner = func.coalesce(s.partner_id, v.partner_id)
    query = (
        select(partner, func.count(distinct(s.volunteer_id)), _confirmed_minutes())
        .select_from(s)
        .join(sh, sh.id == s.shift_id)
        .join(v, v.id == s.volunteer_id)
        .outerjoin(h, h.id == s.hours_entry_id)
        .where(_attended(start, end), partner.is_not(None))
        .group_by(partner)
    )
    return {int(pid): (int(n), int(minutes or 0)) for pid, n, minutes in conn.execute(query).all()}


def _partner_meetings(conn: Connection, start: dt.date, end: dt.date) -> dict[int, int]:
    at, m = CoalitionAttendee, CoalitionMeeting
    query = (
        select(at.partner_id, func.count(distinct(at.meeting_id)))
        .join(m, m.id == at.meeting_id)
        .where(
            at.present.is_(True), at.partner_id.is_not(None), m.status == HELD, m.held_on.between(start, end)
        )
        .group_by(at.partner_id)
    )
    return {int(pid or 0): int(n) for pid, n in conn.execute(query).all()}


def _partners(conn: Connection, start: dt.date, end: dt.date) -> tuple[PartnerLine, ...]:
    actions = _partner_actions(conn, start, end)
    people = _partner_people(conn, start, end)
    meetings = _partner_meetings(conn, start, end)
    ids = set(actions) | set(people) | set(meetings)
    if not ids:
        return ()
    query = select(Partner.id, Partner.short_name, Partner.name, Partner.kind).where(Partner.id.in_(ids))
    lines = [
        PartnerLine(
            pid,
            short or name,
            kind,
            actions.get(pid, 0),
            people.get(pid, (0, 0))[0],
            people.get(pid, (0, 0))[1],
            meetings.get(pid, 0),
        )
        for pid, short, name, kind in conn.execute(query).all()
    ]
    return tuple(sorted(lines, key=lambda line: polish_sort_key(line.name)))


def coalition_figures(conn: Connection, start: dt.date, end: dt.date) -> CoalitionFigures:
    m, t = CoalitionMeeting, CoalitionTask
    held_in = and_(m.status == HELD, m.held_on.between(start, end))
    meetings = select(func.count()).select_from(m).where(held_in).scalar_subquery()

    def tasks(*where: ColumnElement[bool]) -> ScalarSelect[int]:
        return (
            select(func.count()).select_from(t).join(m, m.id == t.meeting_id).where(*where).scalar_subquery()
        )

    open_at_end = and_(m.held_on <= end, m.status != CANCELLED, or_(t.done_on.is_(None), t.done_on > end))
    query = select(
        meetings,
        tasks(held_in),
        tasks(t.done_on.between(start, end)),
        tasks(open_at_end),
        tasks(open_at_end, t.due_on < end),
    )
    return CoalitionFigures(*_scalars(conn, query))


def action_figures(conn: Connection, start: dt.date, end: dt.date, threshold: int) -> ActionFigures:
    """The actions, partners and coalition figures of the days `start`–`end` (inclusive);
    breakdowns of people are suppressed below `threshold` as in the rest of the summary."""
    participations, participants, adults, regular = _participants(conn, start, end)
    held, cancelled, registered, stayed, minutes = _counts(conn, start, end)
    minors, one_off = participants - adults, participants - regular
    majority = (Tally("adults", "adults", adults), Tally("minors", "minors", minors))
    kinds = (Tally("one_off", "one_off", one_off), Tally("regular", "regular", regular))
    return ActionFigures(
        held=held,
        cancelled=cancelled,
        participations=participations,
        participants=participants,
        adults=adults,
        minors=minors,
        one_off=one_off,
        regular=regular,
        by_majority=suppress_tallies(majority, threshold),
        by_kind=suppress_tallies(kinds, threshold),
        registered=registered,
        stayed=stayed,
        minutes=minutes,
        by_action=_by_action(conn, start, end),
        partners=_partners(conn, start, end),
        coalition=coalition_figures(conn, start, end),
    )
