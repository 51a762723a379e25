"""Recurring schedules: reading and writing an assignment's slots, and double booking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import ColumnElement, delete, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.assignments.data import Clash, ScheduleSlot
from coordinator_app.core.enums import SERVING_ASSIGNMENT
from coordinator_app.db.models import Assignment, AssignmentSchedule
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_weekday


def load_schedule(session: Session, assignment_id: int) -> list[ScheduleSlot]:
    return [
        ScheduleSlot(weekday, start, end, bool(other))
        for weekday, start, end, other in session.execute(
            select(
                AssignmentSchedule.weekday,
                AssignmentSchedule.start_time,
                AssignmentSchedule.end_time,
                AssignmentSchedule.every_other_week,
            )
            .where(AssignmentSchedule.assignment_id == assignment_id)
            .order_by(AssignmentSchedule.weekday, AssignmentSchedule.start_time)
        )
    ]


def write_schedule(session: Session, assignment_id: int, slots: Sequence[ScheduleSlot]) -> None:
    session.execute(delete(AssignmentSchedule).where(AssignmentSchedule.assignment_id == assignment_id))
    session.add_all(
        AssignmentSchedule(
            assignment_id=assignment_id,
            weekday=slot.weekday,
            start_time=slot.start_time,
            end_time=slot.end_time,
            every_other_week=slot.every_other_week,
        )
        for slot in sorted(slots, key=lambda s: (s.weekday, s.start_time))
    )


def schedule_text(slots: Sequence[ScheduleSlot]) -> str:
    """`wt. 16:00–18:00, czw. 10:00–12:00 (co 2 tyg.)` for lists and documents."""
    parts = []
    for slot in sorted(slots, key=lambda s: (s.weekday, s.start_time)):
        text = f"{format_weekday(slot.weekday, short=True)} {slot.start_time:%H:%M}–{slot.end_time:%H:%M}"
        parts.append(text + (" " + _("(every other week)") if slot.every_other_week else ""))
    return ", ".join(parts)


def clashes(
    session: Session,
    volunteer_id: int,
    slots: Sequence[ScheduleSlot],
    date_from: dt.date,
    date_to: dt.date | None,
    *,
    exclude_id: int | None = None,
) -> list[Clash]:
    """Slots of the volunteer's other planned or active assignments, running in the same period,
    that overlap one of `slots` on the same weekday (double booking)."""
    if not slots:
        return []
    overlapping_period: list[ColumnElement[bool]] = [
        Assignment.date_to.is_(None) | (Assignment.date_to >= date_from)
    ]
    if date_to is not None:
        overlapping_period.append(Assignment.date_from <= date_to)
    rows = session.execute(
        select(
            Assignment.id,
            Assignment.number,
            AssignmentSchedule.weekday,
            AssignmentSchedule.start_time,
            AssignmentSchedule.end_time,
            AssignmentSchedule.every_other_week,
        )
        .join(AssignmentSchedule, AssignmentSchedule.assignment_id == Assignment.id)
        .where(
            Assignment.volunteer_id == volunteer_id,
            Assignment.status.in_(SERVING_ASSIGNMENT),
            Assignment.id != (exclude_id or 0),
            or_(*(AssignmentSchedule.weekday == slot.weekday for slot in slots)),
            *overlapping_period,
        )
        .order_by(AssignmentSchedule.weekday, AssignmentSchedule.start_time)
    ).all()
    found = []
    for aid, number, weekday, start, end, other in rows:
        for slot in slots:
            if slot.weekday == weekday and slot.start_time < end and start < slot.end_time:
                found.append(Clash(aid, number, weekday, start, end, bool(other) or slot.every_other_week))
                break
    return found
