"""Reads of the coalition's meetings: the list, one meeting for editing, the partners to
choose from, the next number to suggest and the open tasks of the dashboard."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from coordinator_app.core.coalition.data import (
    MEETING_FIELDS,
    AttendeeInput,
    MeetingData,
    MeetingNotFound,
    MeetingRow,
    PartnerChoice,
    TaskInput,
    agenda_lines,
    agenda_topics,
)
from coordinator_app.core.text import fold, polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    CoalitionAttendee,
    CoalitionDecision,
    CoalitionMeeting,
    CoalitionTask,
    Partner,
)
from coordinator_app.i18n.formatting import format_date

_NUMBER = re.compile(r"^\s*(\d+)\s*/\s*(\d{4})\s*$")


def list_meetings(db: Database) -> list[MeetingRow]:
    """Every meeting with its counts (present, excused, open tasks), newest first."""
    a, t = CoalitionAttendee, CoalitionTask
    present = (
        select(func.count()).where(a.meeting_id == CoalitionMeeting.id, a.present.is_(True)).scalar_subquery()
    )
    excused = (
        select(func.count())
        .where(a.meeting_id == CoalitionMeeting.id, a.present.is_(False))
        .scalar_subquery()
    )
    open_tasks = (
        select(func.count()).where(t.meeting_id == CoalitionMeeting.id, t.done_on.is_(None)).scalar_subquery()
    )
    m = CoalitionMeeting
    with db.session() as session:
        people: dict[int, list[str]] = {}
        for meeting_id, name in session.execute(select(a.meeting_id, a.person_name)):
            people.setdefault(meeting_id, []).append(name)
        rows = session.execute(
            select(
                m.id, m.number, m.held_on, m.place, m.status, m.agenda, present, excused, open_tasks
            ).order_by(m.held_on.desc(), m.id.desc())
        ).all()
    result = []
    for mid, number, held_on, place, status, agenda, n_present, n_excused, n_open in rows:
        points = agenda_lines(agenda)
        words = [number or "", format_date(held_on), place, *points, *people.get(mid, [])]
        result.append(
            MeetingRow(
                mid,
                number,
                held_on,
                place,
                status,
                n_present,
                n_excused,
                n_open,
                "\n".join(points),
                "; ".join(agenda_topics(points)),
                fold(" ".join(words)),
            )
        )
    return result


def get_meeting(db: Database, meeting_id: int) -> MeetingData:
    """One meeting as the form edits it; raises `MeetingNotFound`."""
    with db.session() as session:
        row = session.get(CoalitionMeeting, meeting_id)
        if row is None:
            raise MeetingNotFound(meeting_id)
        data = MeetingData(**{name: getattr(row, name) for name in MEETING_FIELDS})
        a, d, t = CoalitionAttendee, CoalitionDecision, CoalitionTask
        data.attendees = [
            AttendeeInput(r.person_name, r.partner_id, r.function, r.present)
            for r in session.scalars(select(a).where(a.meeting_id == meeting_id).order_by(a.id))
        ]
        data.decisions = list(
            session.scalars(select(d.text).where(d.meeting_id == meeting_id).order_by(d.position, d.id))
        )
        data.tasks = [
            TaskInput(r.description, r.partner_id, r.responsible, r.due_on, r.done_on)
            for r in session.scalars(select(t).where(t.meeting_id == meeting_id).order_by(t.id))
        ]
        return data


def partner_choices(db: Database) -> list[PartnerChoice]:
    """The partners to pick from: coalition members and active partners first, by name."""
    with db.session() as session:
        rows = list(
            session.execute(
                select(Partner.id, Partner.name, Partner.short_name, Partner.coalition_member, Partner.active)
            ).all()
        )
    rows.sort(key=lambda r: (not r.coalition_member, not r.active, polish_sort_key(r.short_name or r.name)))
    return [PartnerChoice(r.id, r.short_name or r.name, r.name) for r in rows]


def suggest_number(db: Database, on: dt.date) -> str:
    """The next number of the year of `on`: "3/2026" after "2/2026" (numbers typed otherwise
    are counted as meetings of their year)."""
    with db.session() as session:
        return suggest_number_in(session, on)


def suggest_number_in(session: Session, on: dt.date) -> str:
    first, last = dt.date(on.year, 1, 1), dt.date(on.year, 12, 31)
    m = CoalitionMeeting
    highest = 0
    count = 0
    for (number,) in session.execute(select(m.number).where(m.held_on.between(first, last))):
        count += 1
        found = _NUMBER.match(number or "")
        if found and int(found.group(2)) == on.year:
            highest = max(highest, int(found.group(1)))
    return f"{max(highest, count) + 1}/{on.year}"


def open_tasks_query(today: dt.date, horizon_days: int = 14) -> Any:  # a Select of eight columns
    """One statement for the dashboard: open tasks, overdue first, then those due within
    `horizon_days`, then the undated; with the meeting, the partner's name and the deadline.
    Tasks due later than the horizon are left out (they need no attention yet)."""
    t, m = CoalitionTask, CoalitionMeeting
    horizon = today + dt.timedelta(days=horizon_days)
    urgency = case((t.due_on < today, 0), (t.due_on.is_(None), 2), else_=1)
    return (
        select(
            t.id,
            t.meeting_id,
            t.description,
            t.responsible,
            t.due_on,
            m.number,
            Partner.name,
            Partner.short_name,
        )
        .join(m, m.id == t.meeting_id)
        .outerjoin(Partner, Partner.id == t.partner_id)
        .where(t.done_on.is_(None), m.status != "cancelled", (t.due_on.is_(None)) | (t.due_on <= horizon))
        .order_by(urgency, t.due_on, t.id)
    )
