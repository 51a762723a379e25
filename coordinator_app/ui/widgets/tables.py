"""Small read-only tables for detail pages, the choice box forms use, and column titles that
are never cut (`keep_titles_whole`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyle,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

from coordinator_app.ui.style import Colours

READY_COLOUR = QColor(Colours.READY)
MISSING_COLOUR = QColor(Colours.ERROR)


def read_only_table(headers: Sequence[str], name: str) -> QTableWidget:
    """A table of whole-row selection, not editable, the last column stretched."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    last = len(headers) - 1
    # The last column stretches; where there is no room to stretch it keeps its whole title.
    header.resizeSection(last, max(header.sectionSize(last), title_width(header, last)))
    header.setStretchLastSection(True)
    compact_rows(table)
    keep_titles_whole(table)
    return table


SORT_ARROW = 14  # room for the sort indicator beside a column title


def title_width(header: QHeaderView, section: int) -> int:
    """The width a column needs for its whole title (its widest line, margins, sort arrow)."""
    model = header.model()
    text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) if model else None
    if not text:
        return 0
    font = QFont(header.font())
    # A header highlights (in bold) the columns of the selected row: measure the bold title.
    font.setBold(font.bold() or header.highlightSections())
    metrics = QFontMetrics(font)
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = SORT_ARROW if header.isSortIndicatorShown() else 0
    return max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + margin + arrow


def keep_titles_whole(table: QTableView) -> None:
    """No column of `table` is ever narrower than its title, whatever width it is given (by
    code, by a remembered layout or by the mouse); a stretched column is left to stretch."""
    header = table.horizontalHeader()

    def widen(section: int, _old: int = 0, new: int = -1) -> None:
        size = header.sectionSize(section) if new < 0 else new
        stretched = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and header.visualIndex(section) == header.count() - 1
        )
        if size <= 0 or stretched or header.isSectionHidden(section):
            return
        needed = title_width(header, section)
        if size < needed:
            header.resizeSection(section, needed)

    header.sectionResized.connect(widen)
    for section in range(header.count()):
        widen(section)


def compact_rows(table: QTableView) -> None:
    """Rows one line of text high (plus a little air), so a list shows as many as it can."""
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(table.fontMetrics().height() + 4)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)


def table_item(
    text: str, colour: QColor | None = None, *, data: Any = None, right: bool = False
) -> QTableWidgetItem:
    """A cell with its text as tooltip; `data` is kept under the user role (e.g. a record id)."""
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if colour is not None:
        item.setForeground(colour)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, item in enumerate(cells):
            table.setItem(r, c, item)


def choice_box(choices: Sequence[tuple[Any, str]], editable: bool = False) -> QComboBox:
    """A combo box of (value, label) pairs; the value is the item data."""
    combo = QComboBox()
    combo.setEditable(editable)
    for value, label in choices:
        combo.addItem(label, value)
    return combo
