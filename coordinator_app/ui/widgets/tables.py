"""Small read-only tables for detail pages, and the choice box forms use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem

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
    table.horizontalHeader().setStretchLastSection(True)
    return table


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
