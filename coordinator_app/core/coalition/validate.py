"""Validation of a coalition meeting and of a yearly programme, field by field, in Polish.
Each returns a cleaned copy or raises `ValidationErrors` listing every wrong field at once;
a line of a table (an attendee, a task, an item) is reported under `<table>:<row>`."""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.core import validation as v
from coordinator_app.core.coalition.data import (
    HELD,
    ITEM_KINDS,
    MEETING_STATUSES,
    AttendeeInput,
    ItemInput,
    MeetingData,
    ProgrammeData,
    TaskInput,
    agenda_lines,
)
from coordinator_app.i18n import _

EARLIEST = dt.date(2000, 1, 1)
AHEAD = dt.timedelta(days=3 * 366)  # planning further ahead than this is a typing mistake
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_PARTICIPANTS = 100_000


def row_field(table: str, index: int) -> str:
    """The field key of one line of a table: `attendee:0`, `task:2`, `item:5`."""
    return f"{table}:{index}"


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _block(value: str | None) -> str | None:
    """Multi-line text: lines kept, trailing spaces and blank ends dropped."""
    lines = [line.rstrip() for line in (value or "").strip().splitlines()]
    return "\n".join(lines) or None


def _too_long(errors: list[v.FieldError], key: str, value: str | None, limit: int) -> None:
    if value is not None and len(value) > limit:
        errors.append(v.FieldError(key, _("The text is too long (at most {n} characters).").format(n=limit)))


def validate_meeting(data: MeetingData, today: dt.date | None = None) -> MeetingData:
    today = today or dt.date.today()
    out = dataclasses.replace(data)
    out.number, out.chaired_by, out.minuted_by = (
        _clean(out.number),
        _clean(out.chaired_by),
        _clean(out.minuted_by),
    )
    out.place = _clean(out.place) or ""
    out.agenda = "\n".join(agenda_lines(out.agenda))
    out.discussion = _block(out.discussion)
    errors: list[v.FieldError] = []
    _too_long(errors, "number", out.number, 40)
    if out.held_on is None:
        errors.append(v.FieldError("held_on", _("Enter the date of the meeting."), required=True))
    elif not EARLIEST <= out.held_on <= today + AHEAD:
        errors.append(v.FieldError("held_on", _("The date is not possible.")))
    elif out.status == HELD and out.held_on > today:
        errors.append(v.FieldError("status", _("A meeting in the future cannot be marked as held.")))
    if not out.place:
        errors.append(v.FieldError("place", v.required_message(_("Place"))))
    _too_long(errors, "place", out.place, 200)
    if not out.agenda:
        errors.append(v.FieldError("agenda", _("Enter at least one point of the agenda."), required=True))
    _too_long(errors, "chaired_by", out.chaired_by, 200)
    _too_long(errors, "minuted_by", out.minuted_by, 200)
    if out.status not in MEETING_STATUSES:
        errors.append(v.FieldError("status", _("Choose the status of the meeting.")))
    out.attendees = [_attendee(a, i, errors) for i, a in enumerate(out.attendees)]
    out.decisions = [text for text in (_block(d) for d in out.decisions) if text]
    out.tasks = [_task(t, i, out.held_on, errors) for i, t in enumerate(out.tasks)]
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _attendee(line: AttendeeInput, index: int, errors: list[v.FieldError]) -> AttendeeInput:
    key = row_field("attendee", index)
    name, function = _clean(line.person_name) or "", _clean(line.function)
    if not name:
        errors.append(v.FieldError(key, _("Attendee {n}: enter the name and surname.").format(n=index + 1)))
    elif len(name) > 200 or (function is not None and len(function) > 160):
        errors.append(v.FieldError(key, _("Attendee {n}: the text is too long.").format(n=index + 1)))
    return AttendeeInput(name, line.partner_id, function, bool(line.present))


def _task(line: TaskInput, index: int, held_on: dt.date | None, errors: list[v.FieldError]) -> TaskInput:
    key, n = row_field("task", index), index + 1
    text, responsible = _clean(line.description) or "", _clean(line.responsible)
    if not text:
        errors.append(v.FieldError(key, _("Task {n}: say what is to be done.").format(n=n)))
    elif len(text) > 300 or (responsible is not None and len(responsible) > 200):
        errors.append(v.FieldError(key, _("Task {n}: the text is too long.").format(n=n)))
    elif held_on is not None and line.due_on is not None and line.due_on < held_on:
        errors.append(v.FieldError(key, _("Task {n}: the deadline is before the meeting.").format(n=n)))
    elif held_on is not None and line.done_on is not None and line.done_on < held_on:
        errors.append(v.FieldError(key, _("Task {n}: it cannot be done before the meeting.").format(n=n)))
    return TaskInput(text, line.partner_id, responsible, line.due_on, line.done_on)


def validate_programme(data: ProgrammeData) -> ProgrammeData:
    out = dataclasses.replace(data)
    out.title = _clean(out.title) or ""
    out.adopted_by = _clean(out.adopted_by)
    out.introduction = _block(out.introduction)
    errors: list[v.FieldError] = []
    if out.year is None:
        errors.append(v.FieldError("year", _("Enter the year of the programme."), required=True))
    elif not FIRST_YEAR <= out.year <= LAST_YEAR:
        errors.append(v.FieldError("year", _("The year is not possible.")))
    if not out.title:
        errors.append(v.FieldError("title", v.required_message(_("Title"))))
    _too_long(errors, "title", out.title, 300)
    _too_long(errors, "adopted_by", out.adopted_by, 200)
    if (
        out.adopted_on is not None
        and out.year is not None
        and not (out.year - 1 <= out.adopted_on.year <= out.year)
    ):
        errors.append(
            v.FieldError("adopted_on", _("A programme is adopted in its year or in the year before."))
        )
    out.items = [_item(item, i, out.year, errors) for i, item in enumerate(out.items)]
    if errors:
        raise v.ValidationErrors(errors)
    return out


def _item(line: ItemInput, index: int, year: int | None, errors: list[v.FieldError]) -> ItemInput:
    key, n = row_field("item", index), index + 1
    out = dataclasses.replace(line, title=_clean(line.title) or "", description=_block(line.description))
    if not out.title:
        errors.append(v.FieldError(key, _("Item {n}: enter the title.").format(n=n)))
    elif len(out.title) > 200:
        errors.append(v.FieldError(key, _("Item {n}: the title is too long.").format(n=n)))
    elif out.kind not in ITEM_KINDS:
        errors.append(v.FieldError(key, _("Item {n}: choose the kind.").format(n=n)))
    elif out.planned_month is not None and not 1 <= out.planned_month <= 12:
        errors.append(v.FieldError(key, _("Item {n}: the month is not possible.").format(n=n)))
    elif out.planned_participants is not None and not 0 <= out.planned_participants <= MAX_PARTICIPANTS:
        errors.append(
            v.FieldError(key, _("Item {n}: the number of participants is not possible.").format(n=n))
        )
    elif year is not None and out.done_on is not None and out.done_on.year != year:
        errors.append(
            v.FieldError(key, _("Item {n}: the date done is outside the programme's year.").format(n=n))
        )
    return out
