"""Saving the monthly hours card: every line checked at once, then the whole card written in
one transaction, or nothing when any line is wrong (errors keyed by `card_field`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import fields

from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.card import (
    DAY,
    DEFAULT_SOURCE,
    FIELD_COLUMN,
    STATUS,
    CardLine,
    CardResult,
    card_field,
    parse_line,
)
from coordinator_app.core.hours.data import ActivityChoice, AssignmentChoice, HoursInput, can_change_status
from coordinator_app.core.hours.queries import _activity_choices
from coordinator_app.core.hours.service import Writer, _writer_for, status_change_error
from coordinator_app.core.hours.validate import clean_text
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import HoursEntry
from coordinator_app.i18n import _


def save_card(
    db: Database,
    volunteer_id: int,
    month: Month | dt.date | str,
    lines: Sequence[CardLine],
    *,
    deleted_ids: Iterable[int] = (),
    reason: str | None = None,
    today: dt.date | None = None,
    confirm_paper: bool = False,
) -> CardResult:
    """Save a whole card in one transaction: new lines are added, changed ones updated, rows
    removed from the card (`deleted_ids`) deleted; unchanged rows are not touched. Raises
    `ValidationErrors` (keys from `card_field`) naming every wrong cell, and nothing is saved;
    `ClosedMonthError` when the month is closed and no reason is given. With `confirm_paper`
    the done lines whose source is the paper card are saved as confirmed (the signed card is
    the confirmation), and the audit log says so."""
    month = Month.coerce(month)
    with db.session() as session:
        writer = _writer_for(session, volunteer_id, today)
        assignments = tuple(writer.assignments.values())
        activities = _activity_choices(session)
        stored = {
            entry.id: entry
            for entry in session.scalars(
                select(HoursEntry).where(
                    HoursEntry.volunteer_id == volunteer_id,
                    HoursEntry.work_date.between(month.first, month.last),
                )
            )
        }
        errors: list[FieldError] = []
        ready: list[tuple[CardLine, HoursInput]] = []
        for index, line in enumerate(lines):
            if line.is_blank():
                continue
            line_errors = _check_line(line, month, assignments, activities, writer, stored)
            if isinstance(line_errors, list):
                errors.extend(FieldError(card_field(index, e.field), e.message) for e in line_errors)
            else:
                ready.append((line, line_errors))
        if errors:
            raise ValidationErrors(errors)
        confirmed_by_card = _confirm_paper_lines(ready) if confirm_paper else set()
        gone = set(deleted_ids)
        doomed = [stored[i] for i in sorted(gone) if i in stored]
        changing = [
            (line, clean)
            for line, clean in ready
            if line.entry_id is None or (line.entry_id not in gone and _differs(stored[line.entry_id], clean))
        ]
        if changing or doomed:
            writer.guard([month.first], reason)
        created = updated = 0
        for entry in doomed:
            writer.delete(entry, reason)
        session.flush()
        for line, clean in changing:
            note = paper_confirmation_note() if id(clean) in confirmed_by_card else None
            if line.entry_id is None:
                writer.add(clean, reason, note)
                created += 1
            elif writer.update(stored[line.entry_id], clean, reason, note):
                updated += 1
        return CardResult(created, updated, len(doomed))


def paper_confirmation_note() -> str:
    return _("Confirmed by the volunteer's paper card.")


def _confirm_paper_lines(ready: list[tuple[CardLine, HoursInput]]) -> set[int]:
    """Done lines from the paper card become confirmed; the ids of the inputs changed."""
    changed: set[int] = set()
    for _line, clean in ready:
        if clean.status == HoursStatus.DONE.value and clean.source == DEFAULT_SOURCE:
            clean.status = HoursStatus.CONFIRMED.value
            changed.add(id(clean))
    return changed


def _differs(entry: HoursEntry, clean: HoursInput) -> bool:
    return any(getattr(entry, f.name) != getattr(clean, f.name) for f in fields(HoursInput))


def _check_line(
    line: CardLine,
    month: Month,
    assignments: Sequence[AssignmentChoice],
    activities: Sequence[ActivityChoice],
    writer: Writer,
    stored: dict[int, HoursEntry],
) -> list[FieldError] | HoursInput:
    """The cleaned entry of a line, or its errors by column. A stored entry whose line was
    not changed is kept as it is, not checked again (rules may have tightened since)."""
    data, errors = parse_line(line, month, assignments, activities)
    entry = stored.get(line.entry_id) if line.entry_id is not None else None
    if line.entry_id is not None and entry is None:
        return [FieldError(DAY, _("This entry is no longer in this month's card; reopen the card."))]
    if entry is not None and not errors:
        same = dataclasses.replace(
            data, description=clean_text(data.description), place=clean_text(data.place)
        )
        if not _differs(entry, same):
            return same
    failed = {e.field for e in errors}
    try:
        clean = writer.validate(data)
    except ValidationErrors as found:
        for error in found.errors:
            column = FIELD_COLUMN.get(error.field, DAY)
            if column not in failed:
                errors.append(FieldError(column, error.message))
                failed.add(column)
        return errors
    if errors:
        return errors
    if entry is not None and not can_change_status(entry.status, clean.status):
        return [FieldError(STATUS, status_change_error(entry.status, clean.status).message)]
    return clean
