"""The preview's rows as a table: row number, state, who or what, the problems, the choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from coordinator_app.core.importing.fields import text
from coordinator_app.core.importing.hours import HoursRecord
from coordinator_app.core.importing.preview import MERGE, NEW, SKIP, ImportRow, Preview
from coordinator_app.core.importing.sources import Cell
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_hours
from coordinator_app.ui.style import Colours

COL_ROW, COL_STATE, COL_WHO, COL_PROBLEMS, COL_CHOICE = range(5)
ERROR, DUPLICATE, READY = "error", "duplicate", "ready"
SHOWN_ALL, SHOWN_ERRORS, SHOWN_DUPLICATES, SHOWN_READY = "", ERROR, DUPLICATE, READY
_COLOURS = {ERROR: Colours.ERROR_BACKGROUND, DUPLICATE: Colours.BANNER_BACKGROUND}
Index = QModelIndex | QPersistentModelIndex


def state_of(row: ImportRow) -> str:
    if not row.valid:
        return ERROR
    return DUPLICATE if row.is_duplicate else READY


def state_label(state: str) -> str:
    return {ERROR: _("error"), DUPLICATE: _("duplicate"), READY: _("ready for import")}[state]


def choice_label(row: ImportRow) -> str:
    if not row.valid:
        return _("not imported")
    return {NEW: _("import as new"), SKIP: _("skip"), MERGE: _("merge")}[row.choice]


def who(row: ImportRow, cells: list[Cell]) -> str:
    data = row.data
    if isinstance(data, HoursRecord):
        return f"{data.volunteer} · {data.month.key} · {format_hours(data.minutes)}"
    if data is not None:
        return f"{data.last_name} {data.first_name}, {data.locality}"
    return " · ".join(text(cell) for cell in cells if cell not in (None, ""))[:120]


class PreviewModel(QAbstractTableModel):
    HEADERS = (
        lambda: _("Row"),
        lambda: _("State"),
        lambda: _("Who / what"),
        lambda: _("Problems"),
        lambda: _("What happens"),
    )

    def __init__(self, preview: Preview) -> None:
        super().__init__()
        self.preview = preview

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.preview.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_PROBLEMS, COL_WHO):
            return row.reasons() or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _COLOURS.get(state_of(row))
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return state_of(row)
        if role == Qt.ItemDataRole.UserRole + 1:  # sort key
            return row.number if column == COL_ROW else self._text(row, column)
        return None

    def _text(self, row: ImportRow, column: int) -> str | int:
        if column == COL_ROW:
            return row.number
        if column == COL_STATE:
            return state_label(state_of(row))
        if column == COL_WHO:
            return who(row, row.cells)
        if column == COL_PROBLEMS:
            return row.reasons()
        return choice_label(row)

    def set_choice(self, rows: list[int], choice: str) -> int:
        """Set the choice of the given duplicate rows (merge only where one record matches);
        returns how many changed."""
        changed = 0
        for number in rows:
            row = self.preview.rows[number]
            if not row.valid or not row.is_duplicate:
                continue
            if choice == MERGE and len(row.duplicates) != 1:
                continue
            row.choice = choice
            row.merge_into = row.duplicates[0].record_id if choice == MERGE else None
            changed += 1
            self.dataChanged.emit(self.index(number, 0), self.index(number, COL_CHOICE))
        return changed


class StateFilter(QSortFilterProxyModel):
    """Rows of one state (all when the state is empty)."""

    def __init__(self) -> None:
        super().__init__()
        self.state = SHOWN_ALL
        self.setSortRole(Qt.ItemDataRole.UserRole + 1)

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.state:
            return True
        model = self.sourceModel()
        return bool(
            model.data(model.index(source_row, 0, source_parent), Qt.ItemDataRole.UserRole) == self.state
        )
