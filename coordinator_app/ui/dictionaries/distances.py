"""The village-to-village distance grid: km typed in the upper triangle, mirrored below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coordinator_app.core.dictionaries import VillageRow, distance_km, distance_matrix, set_distance
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.style import Colours, set_role

MIRROR = QColor(Colours.MIRROR_BACKGROUND)


class DistanceGrid(QWidget):
    """Active villages × active villages; each change is saved at once."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.village_ids: list[int] = []
        self.km: dict[tuple[int, int], int] = {}
        note = QLabel(
            _(
                "Road distance in km between villages (whole numbers, 0–300). Type it above the grey "
                "diagonal; the lower half mirrors it. Delete the number to clear a distance."
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("distance_grid")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._changed)
        self.message = QLabel()
        self.message.setObjectName("distance_error")
        set_role(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def load(self, villages: list[VillageRow]) -> None:
        active = [v for v in villages if v.active]
        self.village_ids = [v.id for v in active]
        self.km = distance_matrix(self.db)
        table = self.table
        table.blockSignals(True)
        table.clear()
        table.setRowCount(len(active))
        table.setColumnCount(len(active))
        for index, village in enumerate(active):
            number = str(index + 1)
            column = QTableWidgetItem(number)
            column.setToolTip(village.name)
            table.setHorizontalHeaderItem(index, column)
            table.setVerticalHeaderItem(index, QTableWidgetItem(f"{number}. {village.name}"))
        for row, a in enumerate(self.village_ids):
            for col, b in enumerate(self.village_ids):
                table.setItem(row, col, self._cell(row, col, a, b))
        table.blockSignals(False)

    def _cell(self, row: int, col: int, a: int, b: int) -> QTableWidgetItem:
        km = self.km.get((min(a, b), max(a, b)))
        item = QTableWidgetItem("—" if row == col else ("" if km is None else str(km)))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if row >= col:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setBackground(QBrush(MIRROR))
        return item

    def cell(self, a_id: int, b_id: int) -> QTableWidgetItem | None:
        """The cell of the pair (row of `a_id`, column of `b_id`)."""
        return self.table.item(self.village_ids.index(a_id), self.village_ids.index(b_id))

    def _changed(self, item: QTableWidgetItem) -> None:
        row, col = item.row(), item.column()
        if row >= col:
            return
        a, b = self.village_ids[row], self.village_ids[col]
        key = (min(a, b), max(a, b))
        try:
            km = distance_km(item.text())
            set_distance(self.db, a, b, km)
        except (FieldError, ValidationErrors) as error:
            message = error.message if isinstance(error, FieldError) else error.errors[0].message
            self.message.setText(message)
            self.message.show()
            km = self.km.get(key)
        else:
            self.message.hide()
            if km is None:
                self.km.pop(key, None)
            else:
                self.km[key] = km
        text = "" if km is None else str(km)
        self.table.blockSignals(True)
        item.setText(text)
        mirror = self.table.item(col, row)
        if mirror is not None:
            mirror.setText(text)
        self.table.blockSignals(False)
