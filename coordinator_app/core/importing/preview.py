"""The preview: every row of the sheet read into the forms' data, validated with the forms'
validators, with its duplicates (in the database and earlier in the file) and the dictionary
values the app does not know yet. Nothing is written here; `service.run_import` writes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coordinator_app.core.importing.headers import HOURS, field_label
from coordinator_app.core.importing.sources import Cell
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _

NEW, SKIP, MERGE = "new", "skip", "merge"
ADD, MAP, LEAVE = "add", "map", "leave"
# Reports done and total rows; returns False to cancel.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 200


class Cancelled(Exception):
    """The coordinator cancelled the work; nothing was written."""


@dataclass(frozen=True)
class Duplicate:
    record_id: int
    label: str  # e.g. "Kowalski Jan, ur. 5.03.1980"
    reason: str


@dataclass
class ImportRow:
    """One row of the sheet: what it holds, what it becomes, what is wrong with it."""

    number: int  # the row's number as the spreadsheet shows it (1 = first row)
    cells: list[Cell]
    data: Any = None  # VolunteerData / ClientData / HoursRecord once read and valid
    errors: list[tuple[str, str]] = field(default_factory=list)  # (field label, message)
    duplicates: list[Duplicate] = field(default_factory=list)
    same_as_row: int | None = None  # an earlier row of the file with the same person / hours
    choice: str = NEW
    merge_into: int | None = None
    village: str | None = None  # the locality as typed, looked up in the villages dictionary
    activity: str | None = None  # hours: the activity type as typed

    @property
    def valid(self) -> bool:
        return not self.errors and self.data is not None

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicates) or self.same_as_row is not None

    def reasons(self) -> str:
        """Why the row is not imported as it is, in one text."""
        parts = [f"{label}: {message}" if label else message for label, message in self.errors]
        if self.same_as_row is not None:
            parts.append(_("the same as row {n} of the file").format(n=self.same_as_row))
        parts += [
            _("already in the app: {who} ({reason})").format(who=d.label, reason=d.reason)
            for d in self.duplicates
        ]
        return "; ".join(parts)


@dataclass
class Preview:
    kind: str
    headers: list[Cell]
    mapping: dict[int, str]
    rows: list[ImportRow]
    # folded name → the name as typed, for values the dictionaries lack
    unknown_villages: dict[str, str] = field(default_factory=dict)
    unknown_activities: dict[str, str] = field(default_factory=dict)
    # folded name → (ADD | MAP | LEAVE, id of the existing record for MAP)
    village_choices: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    activity_choices: dict[str, tuple[str, int | None]] = field(default_factory=dict)

    @property
    def valid_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.valid]

    @property
    def error_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if not row.valid]

    @property
    def duplicate_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.valid and row.is_duplicate]

    def to_import(self) -> list[ImportRow]:
        """Rows that will be written: valid, not skipped, their activity type resolved."""
        return [row for row in self.valid_rows if row.choice != SKIP and self._resolved(row)]

    def rejected(self) -> list[ImportRow]:
        """Rows that will not be written, with their reasons (for the report)."""
        return [row for row in self.rows if not row.valid or row.choice == SKIP or not self._resolved(row)]

    def _resolved(self, row: ImportRow) -> bool:
        if self.kind != HOURS or row.activity is None:
            return True
        return self.activity_choices.get(fold(row.activity), (LEAVE, None))[0] != LEAVE

    def rejection_reason(self, row: ImportRow) -> str:
        if not row.valid:
            return row.reasons()
        if row.choice == SKIP:
            return _("skipped as a duplicate") + ": " + row.reasons()
        return _('the activity type "{name}" is not in the dictionary').format(name=row.activity)


def field_errors(kind: str, errors: Sequence[Any]) -> list[tuple[str, str]]:
    """(label, message) pairs from `FieldError`s, each message once."""
    seen: set[tuple[str, str]] = set()
    out: list[tuple[str, str]] = []
    for error in errors:
        item = (field_label(kind, _form_to_import_field(error.field)), error.message)
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _form_to_import_field(name: str) -> str:
    return {"work_date": "work_date", "minutes": "hours", "activity_type_id": "activity"}.get(name, name)


def cell_values(row: Sequence[Cell], mapping: dict[int, str]) -> dict[str, Cell]:
    return {key: row[index] if index < len(row) else None for index, key in mapping.items()}


def build_preview(
    db: Database,
    rows: Sequence[Sequence[Cell]],
    header_index: int,
    mapping: dict[int, str],
    kind: str,
    *,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Preview:
    """Read and check every row under the header row. Raises `Cancelled` when `progress`
    returns False."""
    from coordinator_app.core.importing import hours, people

    today = today or dt.date.today()
    headers = list(rows[header_index]) if rows else []
    body = [
        ImportRow(number=header_index + 2 + offset, cells=list(row))
        for offset, row in enumerate(rows[header_index + 1 :])
        if any(cell is not None for cell in row)
    ]
    preview = Preview(kind, headers, dict(mapping), body)
    check = progress or (lambda done, total: True)
    if kind == HOURS:
        hours.read_rows(db, preview, today, check)
    else:
        people.read_rows(db, preview, today, check)
    return preview


def report_progress(check: Progress, done: int, total: int) -> None:
    if (done % PROGRESS_EVERY == 0 or done == total) and not check(done, total):
        raise Cancelled
