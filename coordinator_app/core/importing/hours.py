"""Rows of the hours history: volunteer, date or month, hours, activity type → confirmed
entries of months that have ended (the import closes them as the month close does).

A month's total is kept as entries of at most 8 hours on the month's first days (a day holds at
most 24 hours, so a larger total is spread evenly): certificates and reports count the month's
hours, never the days. Each entry's description says it came from the month's total."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from sqlalchemy import func, select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import PAPER, HoursInput
from coordinator_app.core.hours.validate import validate_entry
from coordinator_app.core.importing import fields as f
from coordinator_app.core.importing.headers import HOURS
from coordinator_app.core.importing.preview import (
    SKIP,
    Duplicate,
    Preview,
    Progress,
    cell_values,
    field_errors,
    report_progress,
)
from coordinator_app.core.importing.sources import Cell
from coordinator_app.core.text import digits, fold
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, HoursEntry, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_month_numeric

DAY_SHARE = 8 * 60
UNKNOWN_ACTIVITY = -1  # stands for an activity type the coordinator adds or maps before importing


@dataclass
class HoursRecord:
    volunteer_id: int
    volunteer: str
    month: Month
    minutes: int
    activity_type_id: int  # UNKNOWN_ACTIVITY until the dictionary choice is made
    activity: str = ""  # as typed
    entries: list[HoursInput] = field(default_factory=list)


def month_entries(month: Month, minutes: int, description: str | None) -> list[HoursInput]:
    """A month's total as entries of at most `DAY_SHARE` on the first days (evenly when larger)."""
    share = max(DAY_SHARE, math.ceil(minutes / month.days))
    note = _("hours of the month {month} from the imported sheet").format(
        month=format_month_numeric(month.first)
    )
    text = f"{description} ({note})" if description else note
    out = []
    day, left = 1, minutes
    while left > 0:
        part = min(share, left)
        out.append(
            HoursInput(work_date=dt.date(month.year, month.month, day), minutes=part, description=text[:300])
        )
        left -= part
        day += 1
    return out


def _volunteers(db: Database) -> tuple[dict[str, int], dict[str, list[tuple[int, str]]]]:
    by_pesel: dict[str, int] = {}
    by_name: dict[str, list[tuple[int, str]]] = {}
    with db.session() as session:
        for vid, first, last, pesel in session.execute(
            select(Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.pesel)
        ):
            if pesel:
                by_pesel[pesel] = vid
            label = f"{last} {first}"
            by_name.setdefault(fold(f"{first} {last}"), []).append((vid, label))
            by_name.setdefault(fold(f"{last} {first}"), []).append((vid, label))
    return by_pesel, by_name


def _activities(db: Database) -> dict[str, int]:
    with db.session() as session:
        rows = session.execute(select(ActivityType.id, ActivityType.code, ActivityType.name)).all()
    found: dict[str, int] = {}
    for aid, _code, name in rows:  # "Zakupy" finds "Zakupy, wykup leków, opłacanie rachunków"
        found.setdefault(fold(name.replace(":", ",").split(",")[0]).strip(), aid)
    found |= {fold(name): aid for aid, _code, name in rows}
    found |= {fold(code): aid for aid, code, _name in rows}
    return found


def _who(
    values: dict[str, Cell], by_pesel: dict[str, int], by_name: dict[str, list[tuple[int, str]]]
) -> tuple[int, str]:
    pesel = digits(f.pesel_text(values.get("pesel"))) if values.get("pesel") not in (None, "") else ""
    if pesel:
        if pesel in by_pesel:
            return by_pesel[pesel], pesel
        raise FieldError("pesel", _("No volunteer in the app has this PESEL; import the volunteers first."))
    name = (
        f.text(values.get("full_name"))
        or f"{f.text(values.get('first_name'))} {f.text(values.get('last_name'))}"
    )
    found = {vid: label for vid, label in by_name.get(fold(" ".join(name.split())), [])}
    if not name.strip():
        raise FieldError("full_name", _("Give the volunteer's name."))
    if not found:
        raise FieldError(
            "full_name",
            _("No volunteer called {name} in the app; import the volunteers first.").format(name=name),
        )
    if len(found) > 1:
        raise FieldError(
            "full_name", _("Several volunteers are called {name}; add a PESEL column.").format(name=name)
        )
    ((vid, label),) = found.items()
    return vid, label


def _existing_months(db: Database) -> set[tuple[int, str]]:
    """(volunteer, YYYY-MM) pairs that already have confirmed hours."""
    with db.session() as session:
        rows = session.execute(
            select(HoursEntry.volunteer_id, func.strftime("%Y-%m", HoursEntry.work_date))
            .where(HoursEntry.status == HoursStatus.CONFIRMED.value)
            .distinct()
        ).all()
    return {(vid, month) for vid, month in rows}


def read_rows(db: Database, preview: Preview, today: dt.date, check: Progress) -> None:
    by_pesel, by_name = _volunteers(db)
    activities = _activities(db)
    existing = _existing_months(db)
    seen: dict[tuple[object, ...], int] = {}
    total = len(preview.rows)
    for done, row in enumerate(preview.rows, start=1):
        values = cell_values(row.cells, preview.mapping)
        errors: list[FieldError] = []
        record = _record(values, by_pesel, by_name, activities, errors, today)
        if record is not None:
            activity = f.text(values.get("activity"))
            if record.activity_type_id == UNKNOWN_ACTIVITY:
                row.activity = activity
                preview.unknown_activities.setdefault(fold(activity), activity)
            try:
                record.entries = [
                    validate_entry(entry, {}, {*activities.values(), UNKNOWN_ACTIVITY}, today)
                    for entry in record.entries
                ]
            except ValidationErrors as invalid:
                errors.extend(invalid.errors)
        row.errors = field_errors(HOURS, errors)
        if record is not None and not errors:
            row.data = record
            key = (
                record.volunteer_id,
                record.month.key,
                tuple((e.work_date, e.minutes) for e in record.entries),
                fold(row.activity or str(record.activity_type_id)),
            )
            if key in seen:
                row.same_as_row = seen[key]
            seen.setdefault(key, row.number)
            if (record.volunteer_id, record.month.key) in existing:
                row.duplicates = [
                    Duplicate(
                        record.volunteer_id,
                        record.volunteer,
                        _("the volunteer already has confirmed hours in {month}").format(
                            month=format_month_numeric(record.month.first)
                        ),
                    )
                ]
        if row.is_duplicate:
            row.choice = SKIP
        report_progress(check, done, total)


def _record(
    values: dict[str, Cell],
    by_pesel: dict[str, int],
    by_name: dict[str, list[tuple[int, str]]],
    activities: dict[str, int],
    errors: list[FieldError],
    today: dt.date,
) -> HoursRecord | None:
    try:
        volunteer_id, label = _who(values, by_pesel, by_name)
        minutes = f.parse_minutes(values.get("hours"))
        if minutes is None:
            raise FieldError("minutes", _("Enter the hours."))
        day = f.parse_date(values.get("work_date"), "work_date")
        month = Month.of(day) if day else f.parse_month(values.get("month"))
        if month is None:
            raise FieldError("work_date", _("Give the date or the month of the hours."))
        if month.last >= today:
            raise FieldError("work_date", _("Only months that have ended can be imported as history."))
        activity = f.text(values.get("activity"))
        if not activity:
            raise FieldError("activity_type_id", _("Choose the activity type."))
    except FieldError as error:
        errors.append(error)
        return None
    description = f.text(values.get("description")) or None
    activity_id = activities.get(fold(activity), UNKNOWN_ACTIVITY)
    if day is not None:
        entries = [HoursInput(work_date=day, minutes=minutes, description=description)]
    else:
        entries = month_entries(month, minutes, description)
    for entry in entries:
        entry.activity_type_id = activity_id
        entry.status = HoursStatus.CONFIRMED.value
        entry.source = PAPER
    return HoursRecord(volunteer_id, label, month, minutes, activity_id, activity, entries)
