"""The table model of the monthly hours card: card lines as text, errors per cell, defaults
for a new line, and the running total. Testable without a view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from coordinator_app.core.hours import (
    COLUMNS,
    CardContext,
    CardLine,
    CardTotals,
    canonical_text,
    card_totals,
    fill_defaults,
    parse_day,
    parse_hours,
    parse_km,
    split_card_field,
)
from coordinator_app.core.hours.card import (
    ACTIVITY,
    ASSIGNMENT,
    DAY,
    DESCRIPTION,
    HOURS,
    KM,
    PLACE,
    SOURCE,
    STATUS,
    resolve_activity,
    resolve_assignment,
    resolve_source,
    resolve_status,
)
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.i18n.formatting import format_weekday
from coordinator_app.ui.style import Colours

Index = QModelIndex | QPersistentModelIndex

HEADERS: dict[str, str] = {
    DAY: N_("Day"),
    HOURS: N_("Hours"),
    DESCRIPTION: N_("What was done"),
    ASSIGNMENT: N_("Assignment"),
    ACTIVITY: N_("Activity"),
    PLACE: N_("Place"),
    KM: N_("Km"),
    SOURCE: N_("Source"),
    STATUS: N_("Status"),
}
HEADER_TIPS: dict[str, str] = {
    DAY: N_("The day of the month (5) or the date (5.03)."),
    HOURS: N_("1,5 or 1:30 or 90 min, or from–to: 10:00-11:30."),
    DESCRIPTION: N_(
        "Briefly what was done. Leave out sensitive details about the client (health, family matters)."
    ),
    ASSIGNMENT: N_(
        "The client's code or the assignment's number; the volunteer's only assignment is filled in."
    ),
    ACTIVITY: N_("The activity code, e.g. ZAK; taken from the assignment."),
    KM: N_("Kilometres travelled (whole number)."),
    SOURCE: N_("Where the entry comes from: paper card, phone, coordinator."),
    STATUS: N_("planned, done, confirmed, cancelled, no-show. Only confirmed hours count in documents."),
}
ERROR_BACKGROUND = QColor(Colours.ERROR_BACKGROUND)
ERROR_TEXT = QColor(Colours.ERROR)
WEEKEND_BRUSH = QBrush(ERROR_TEXT)
# Asked for every cell on each paint: made once, not OR-ed together each time.
READ_ONLY_CELL = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_CELL = READ_ONLY_CELL | Qt.ItemFlag.ItemIsEditable
READ_ONLY_BACKGROUND = QColor(Colours.READ_ONLY_BACKGROUND)
NUMERIC = frozenset({DAY, HOURS, KM})
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# The roles, looked up once: the view asks ~1,300 times a card, and each `Qt.ItemDataRole.X`
# is an attribute lookup through Python's enum machinery.
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
CELL_ROLES = frozenset({DISPLAY, EDIT, TOOLTIP, BACKGROUND, FOREGROUND, ALIGNMENT})
HORIZONTAL = Qt.Orientation.Horizontal
BLANK_ROWS = 5  # empty rows offered under the stored entries


@dataclass
class _Row:
    line: CardLine
    errors: dict[str, str] = field(default_factory=dict)


class CardModel(QAbstractTableModel):
    """Rows are `CardLine`s; every cell is text. `changed` fires on every edit (total, dirty)."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx: CardContext | None = None
        self._rows: list[_Row] = []
        self.deleted_ids: list[int] = []
        self.read_only = False
        self.dirty = False
        # Asked for every visible row on each paint: worded once, not through Babel each time,
        # and each day typed read once (day text -> date, None when it is not one).
        self._weekdays = [format_weekday(weekday, short=True) for weekday in range(7)]
        self._days: dict[str, dt.date | None] = {}

    # --- loading ----------------------------------------------------------------------------
    def load(self, ctx: CardContext | None, lines: Iterable[CardLine]) -> None:
        self.beginResetModel()
        self.ctx = ctx
        self._days = {}  # another month: the same day text is another date
        self._rows = [_Row(line) for line in lines]
        if ctx is not None:
            self._rows += [_Row(CardLine()) for _i in range(BLANK_ROWS)]
        self.deleted_ids = []
        self.dirty = False
        self.endResetModel()
        self.changed.emit()

    def lines(self) -> list[CardLine]:
        return [row.line for row in self._rows]

    def line(self, row: int) -> CardLine:
        return self._rows[row].line

    def column_of(self, name: str) -> int:
        return COLUMNS.index(name)

    # --- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == HORIZONTAL:
            name = COLUMNS[section]
            if role == DISPLAY:
                return _(HEADERS[name])
            if role == TOOLTIP and name in HEADER_TIPS:
                return _(HEADER_TIPS[name])
            return None
        if role == DISPLAY:
            day = self.day_of(section)
            return self._weekdays[day.weekday()] if day is not None else ""
        if role == FOREGROUND:
            day = self.day_of(section)
            if day is not None and day.weekday() >= 5:
                return WEEKEND_BRUSH  # weekends stand out on the card
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in CELL_ROLES or not index.isValid():  # fonts, icons, check boxes…
            return None
        row = self._rows[index.row()]
        name = COLUMNS[index.column()]
        if role in (DISPLAY, EDIT):
            return row.line.text(name)
        if role == TOOLTIP:
            if name in row.errors:
                return row.errors[name]
            return self._tooltip(row.line, name)
        if role == BACKGROUND:
            if name in row.errors:
                return QBrush(ERROR_BACKGROUND)
            if self.read_only:
                return QBrush(READ_ONLY_BACKGROUND)
            return None
        if role == FOREGROUND:
            return QBrush(ERROR_TEXT) if name in row.errors else None
        return RIGHT_ALIGNED if name in NUMERIC else None

    def _tooltip(self, line: CardLine, name: str) -> str | None:
        if self.ctx is None:
            return None
        if name == ACTIVITY and line.activity:
            activity = next((a for a in self.ctx.activities if a.code == line.activity), None)
            return activity.label if activity else None
        if name == DESCRIPTION:
            return line.description or _(HEADER_TIPS[DESCRIPTION])
        if name in (PLACE, ASSIGNMENT) and line.text(name):
            return line.text(name)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return READ_ONLY_CELL if self.read_only or self.ctx is None else EDITABLE_CELL

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only or self.ctx is None:
            return False
        self.set_text(index.row(), COLUMNS[index.column()], str(value or ""))
        return True

    # --- editing ----------------------------------------------------------------------------
    def set_text(self, row: int, name: str, text: str) -> None:
        """Put typed text in a cell: choices are written as the app names them (`zak` → ZAK),
        a new line gets its defaults, a new assignment brings its activity type and place, and the cell
        is checked at once (its error shows in the row)."""
        assert self.ctx is not None
        entry = self._rows[row]
        line = entry.line
        text = text.strip() if name != DESCRIPTION else " ".join(text.split())
        if text and name != DESCRIPTION and name != PLACE:
            text = canonical_text(name, text, self.ctx)
        if line.text(name) == text:
            return
        was_blank = line.is_blank()
        old_assignment = line.assignment
        setattr(line, name, text)
        touched = {name}
        if was_blank and not line.is_blank():
            before = {n: line.text(n) for n in COLUMNS}
            fill_defaults(line, self.ctx)
            touched |= {n for n in COLUMNS if line.text(n) != before[n]}
        if name == ASSIGNMENT and text != old_assignment:
            chosen = self._assignment(text)
            if chosen is not None:
                line.activity = chosen.activity_code
                touched.add(ACTIVITY)
                previous = self._assignment(old_assignment) if old_assignment else None
                if not line.place or (previous is not None and line.place == previous.place):
                    line.place = chosen.place or ""  # the new assignment's place
                    touched.add(PLACE)
        for column in touched:
            self._check(entry, column)
        self.dirty = True
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        if row == len(self._rows) - 1:
            self.append_blank()
        self.changed.emit()

    def _assignment(self, text: str) -> Any:
        assert self.ctx is not None
        try:
            return self.ctx.assignment(resolve_assignment(text, self.ctx.assignments, self.ctx.month))
        except FieldError:
            return None

    def _check(self, entry: _Row, name: str) -> None:
        """The error of one cell as typed (the whole line is checked again when saving)."""
        assert self.ctx is not None
        text = entry.line.text(name)
        entry.errors.pop(name, None)
        if not text:
            return
        try:
            if name == DAY:
                parse_day(text, self.ctx.month)
            elif name == HOURS:
                parse_hours(text)
            elif name == KM:
                parse_km(text)
            elif name == ASSIGNMENT:
                resolve_assignment(text, self.ctx.assignments, self.ctx.month)
            elif name == ACTIVITY:
                resolve_activity(text, self.ctx.activities)
            elif name == SOURCE:
                resolve_source(text)
            elif name == STATUS:
                resolve_status(text)
        except FieldError as error:
            entry.errors[name] = error.message

    def clear(self, indexes: Iterable[Index]) -> None:
        """Delete pressed on selected cells: their text is removed."""
        for index in indexes:
            if index.isValid():
                self.set_text(index.row(), COLUMNS[index.column()], "")

    def append_blank(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(CardLine()))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        """Take a row off the card; a stored entry is deleted when the card is saved."""
        if not 0 <= row < len(self._rows) or self.read_only:
            return
        entry_id = self._rows[row].line.entry_id
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        if entry_id is not None:
            self.deleted_ids.append(entry_id)
            self.dirty = True
        if not self._rows or not self._rows[-1].line.is_blank():
            self.append_blank()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.beginResetModel()
        self.read_only = read_only
        self.endResetModel()

    def set_status_where(self, old: str, new_text: str) -> int:
        """Change the status of every line whose status is `old` (a code); returns how many."""
        count = 0
        for row, entry in enumerate(self._rows):
            try:
                status = resolve_status(entry.line.status)
            except FieldError:
                continue
            if status == old and not entry.line.is_blank():
                self.set_text(row, STATUS, new_text)
                count += 1
        return count

    # --- errors and totals ------------------------------------------------------------------
    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        for row, entry in enumerate(self._rows):
            entry.errors = {name: message for (r, name), message in errors.items() if r == row}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def errors(self) -> list[tuple[int, str, str]]:
        """(row, column, message) of every marked cell, in grid order."""
        return [
            (row, name, entry.errors[name])
            for row, entry in enumerate(self._rows)
            for name in COLUMNS
            if name in entry.errors
        ]

    def show_refusal(self, refusal: ValidationErrors, shown: int) -> tuple[str, tuple[int, str] | None]:
        """Mark the cells a refused save named; the message for under the grid (the first
        `shown` problems, each with its day and column) and the first wrong cell."""
        self.set_errors({split_card_field(key): message for key, message in refusal.by_field().items()})
        found = self.errors()
        lines = [self._where(row, column) + message for row, column, message in found[:shown]]
        if len(found) > shown:
            lines.append(
                _("…and {n} more (red cells; point at one to read why).").format(n=len(found) - shown)
            )
        rows = len({row for row, _column, _message in found})
        head = ngettext(
            "Nothing was saved: {n} line is wrong.", "Nothing was saved: {n} lines are wrong.", rows
        ).format(n=rows)
        first = (found[0][0], found[0][1]) if found else None
        return head + "\n" + "\n".join(lines), first

    def _where(self, row: int, column: str) -> str:
        day = self.day_of(row)
        typed = self.line(row).day.strip()
        if day is not None or typed:
            place = _("Day {day}").format(day=day.day if day is not None else typed)
        else:
            place = _("Row {row}").format(row=row + 1)
        return f"{place}, {_(HEADERS[column])}: "

    def totals(self) -> CardTotals:
        return card_totals(entry.line for entry in self._rows if not entry.line.is_blank())

    def day_of(self, row: int) -> dt.date | None:
        if self.ctx is None or not 0 <= row < len(self._rows):
            return None
        text = self._rows[row].line.day
        if text not in self._days:
            try:
                self._days[text] = parse_day(text, self.ctx.month)
            except FieldError:
                self._days[text] = None
        return self._days[text]
