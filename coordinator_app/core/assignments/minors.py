"""The assignment rules for volunteers who are minors themselves (issue 12, point 6).

- A volunteer under 13 does not go on home visits alone: an assignment of an activity type
  flagged `home_visit` is refused unless the agreement it rests on names the adult who
  accompanies the child on site (`Agreement.minor_escort`).
- A minor's schedule in school hours on a school day gets a warning: school days are Monday to
  Friday outside the summer holidays, the hours and the holiday months are settings
  (core.settings SCHOOL_*); the assignment's period decides whether any school day is touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core import settings
from coordinator_app.core.assignments.data import ScheduleSlot
from coordinator_app.core.rules import AgeGroup, age_group, age_on
from coordinator_app.db.models import ActivityType, Agreement, Setting, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_weekday

SCHOOL_WEEKDAYS = range(5)  # Monday to Friday


def setting_value(session: Session, setting: settings.AppSetting[int]) -> int:
    """A declared setting read in the caller's session (the default when not stored)."""
    return setting.value_from(session.scalar(select(Setting.value).where(Setting.key == setting.key)))


def unaccompanied_home_visit(
    session: Session, volunteer: Volunteer, activity: ActivityType, agreement_id: int | None, on: dt.date
) -> str | None:
    """The refusal for a volunteer under 13 sent on a home visit without an adult, or None."""
    if not activity.home_visit or age_group(age_on(volunteer.birth_date, on)) is not AgeGroup.CHILD:
        return None
    escort = None
    if agreement_id is not None:
        escort = session.scalar(select(Agreement.minor_escort).where(Agreement.id == agreement_id))
    if (escort or "").strip():
        return None
    return _(
        "{name} is under 13: “{activity}” is a home visit, and the agreement names no adult who "
        "accompanies the child on site."
    ).format(name=f"{volunteer.first_name} {volunteer.last_name}", activity=activity.name)


def _school_months(start: dt.date, end: dt.date | None, holidays: tuple[int, int]) -> bool:
    """Whether the period from `start` to `end` (None: open) touches a month outside the holidays."""
    first, last = holidays
    if end is None or (end - start).days >= 366:
        return True
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        in_holidays = first <= month <= last if first <= last else (month >= first or month <= last)
        if not in_holidays:
            return True
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return False


def school_hours_slots(
    slots: Iterable[ScheduleSlot], start: dt.date, end: dt.date | None, school: tuple[int, int, int, int]
) -> list[ScheduleSlot]:
    """The slots that overlap school hours on a school day; `school` is (from, to) in minutes
    after midnight and the (first, last) month of the holidays."""
    begin, finish, first, last = school
    if begin >= finish or not _school_months(start, end, (first, last)):
        return []
    found = []
    for slot in slots:
        slot_start = slot.start_time.hour * 60 + slot.start_time.minute
        slot_end = slot.end_time.hour * 60 + slot.end_time.minute
        if slot.weekday in SCHOOL_WEEKDAYS and slot_start < finish and slot_end > begin:
            found.append(slot)
    return found


def school_hours_warning(
    session: Session, volunteer: Volunteer, slots: Iterable[ScheduleSlot], start: dt.date, end: dt.date | None
) -> str | None:
    """The warning for a minor scheduled in school hours on school days, or None."""
    if age_group(age_on(volunteer.birth_date, start)) is AgeGroup.ADULT:
        return None
    school = (
        setting_value(session, settings.SCHOOL_HOURS_FROM),
        setting_value(session, settings.SCHOOL_HOURS_TO),
        setting_value(session, settings.SCHOOL_HOLIDAYS_FROM_MONTH),
        setting_value(session, settings.SCHOOL_HOLIDAYS_TO_MONTH),
    )
    found = school_hours_slots(slots, start, end, school)
    if not found:
        return None
    days = ", ".join(
        f"{format_weekday(slot.weekday)} {slot.start_time:%H:%M}–{slot.end_time:%H:%M}" for slot in found
    )
    return _(
        "{name} is a minor and the schedule falls in school hours ({start}–{end}) on school days: {days}."
    ).format(
        name=f"{volunteer.first_name} {volunteer.last_name}",
        start=f"{school[0] // 60}:{school[0] % 60:02d}",
        end=f"{school[1] // 60}:{school[1] % 60:02d}",
        days=days,
    )
