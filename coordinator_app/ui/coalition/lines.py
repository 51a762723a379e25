"""An editable table of lines (attendees, tasks, programme items): one row of plain form
widgets per line, Add and Remove buttons, and a wrong line marked red with its message."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.coalition import PartnerChoice
from coordinator_app.i18n import _
from coordinator_app.ui.style import repolish
from coordinator_app.ui.widgets.tables import keep_titles_whole

RowFactory = Callable[[], list[QWidget]]


def partner_combo(partners: Sequence[PartnerChoice], none_text: str) -> QComboBox:
    """A choice of partner; the first entry (None) stands for the OPS (or a guest)."""
    combo = QComboBox()
    combo.addItem(none_text, None)
    for partner in partners:
        combo.addItem(partner.name, partner.id)
        combo.setItemData(combo.count() - 1, partner.full_name, Qt.ItemDataRole.ToolTipRole)
    return combo


class LinesTable(QWidget):
    """`headers` are shown; `make_row` gives a new row's widgets, one per column."""

    def __init__(
        self,
        name: str,
        headers: Sequence[str],
        widths: Sequence[int],
        make_row: RowFactory,
        add_text: str,
        parent: QWidget | None = None,
        *,
        stretch: int | None = 1,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.make_row = make_row
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{name}_table")
        self.table.setAccessibleName(add_text.rstrip("…").replace("&", ""))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes through the row's fields
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(self.table)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}_add")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.remove_button = QPushButton(_("Remove the line"))
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._rows: list[list[QWidget]] = []

    def add_row(self, *, focus: bool = False) -> list[QWidget]:
        widgets = self.make_row()
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, widget in enumerate(widgets):
            widget.setAccessibleName(f"{self.headers[column]} ({row + 1})")
            if isinstance(widget, QCheckBox):
                holder = QWidget()
                box = QHBoxLayout(holder)
                box.setContentsMargins(6, 0, 0, 0)
                box.addWidget(widget)
                self.table.setCellWidget(row, column, holder)
            else:
                self.table.setCellWidget(row, column, widget)
        self._rows.append(widgets)
        self.table.selectRow(row)
        if focus:
            self.table.scrollToBottom()
            widgets[0].setFocus()
        return widgets

    def show_starts(self) -> None:
        """Show the beginning of long texts, not their end (after loading)."""
        for widgets in self._rows:
            for widget in widgets:
                if isinstance(widget, QLineEdit):
                    widget.setCursorPosition(0)

    def rows(self) -> list[list[QWidget]]:
        return list(self._rows)

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.table.removeRow(row)
            del self._rows[row]
            self._renumber()

    def _renumber(self) -> None:
        for row, widgets in enumerate(self._rows):
            for column, widget in enumerate(widgets):
                widget.setAccessibleName(f"{self.headers[column]} ({row + 1})")

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._rows = []

    def mark(self, messages: dict[int, str]) -> None:
        """Mark the first field of each wrong row (row → message) red, with its message as
        the tooltip; the other rows are unmarked."""
        for row, widgets in enumerate(self._rows):
            message = messages.get(row, "")
            first = widgets[0]
            if bool(first.property("invalid")) != bool(message):
                first.setProperty("invalid", bool(message))
                repolish(first)
            first.setToolTip(message)
        if messages and min(messages) < len(self._rows):
            self._rows[min(messages)][0].setFocus()
