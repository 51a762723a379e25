"""Edit a recurring schedule: rows of weekday × from–to, every or every other week."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.assignments import ScheduleSlot
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_weekday
from coordinator_app.ui.style import set_role


class _Row:
    def __init__(self, editor: ScheduleEditor, slot: ScheduleSlot) -> None:
        self.day = QComboBox()
        for weekday in range(7):
            self.day.addItem(format_weekday(weekday), weekday)
        self.day.setCurrentIndex(slot.weekday)
        self.start = QTimeEdit(QTime(slot.start_time.hour, slot.start_time.minute))
        self.end = QTimeEdit(QTime(slot.end_time.hour, slot.end_time.minute))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.fortnightly = QCheckBox(_("every other week"))
        self.fortnightly.setChecked(slot.every_other_week)
        self.remove = QPushButton(_("Remove"))
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        self.widgets: tuple[QWidget, ...] = (self.day, self.start, self.end, self.fortnightly, self.remove)
        self.day.currentIndexChanged.connect(editor.changed.emit)
        self.start.timeChanged.connect(editor.changed.emit)
        self.end.timeChanged.connect(editor.changed.emit)
        self.fortnightly.toggled.connect(editor.changed.emit)

    def slot(self) -> ScheduleSlot:
        start, end = self.start.time(), self.end.time()
        return ScheduleSlot(
            int(self.day.currentData()),
            dt.time(start.hour(), start.minute()),
            dt.time(end.hour(), end.minute()),
            self.fortnightly.isChecked(),
        )


class ScheduleEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule")
        self._rows: list[_Row] = []
        self.grid = QGridLayout()
        for column, title in enumerate((_("Day"), _("From"), _("To"))):
            self.grid.addWidget(QLabel(title), 0, column)
        self.empty = QLabel(_("No fixed times: visits are agreed case by case."))
        set_role(self.empty, "note")
        self.add_button = QPushButton(_("Add a day…"))
        self.add_button.setObjectName("schedule_add")
        self.add_button.clicked.connect(lambda: self.add_row())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_empty()

    def add_row(self, slot: ScheduleSlot | None = None) -> None:
        if slot is None:
            last = self._rows[-1].slot() if self._rows else None
            weekday = (last.weekday + 1) % 7 if last else 0
            start, end = (last.start_time, last.end_time) if last else (dt.time(10), dt.time(12))
            slot = ScheduleSlot(weekday, start, end)
        row = _Row(self, slot)
        index = len(self._rows) + 1
        for column, widget in enumerate(row.widgets):
            self.grid.addWidget(widget, index, column)
        self._rows.append(row)
        self._update_empty()
        self.changed.emit()

    def remove_row(self, row: _Row) -> None:
        slots = [r.slot() for r in self._rows if r is not row]
        self.set_slots(slots)
        self.changed.emit()

    def set_slots(self, slots: list[ScheduleSlot]) -> None:
        for row in self._rows:
            for widget in row.widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        for slot in slots:
            self.add_row(slot)
        self._update_empty()

    def slots(self) -> list[ScheduleSlot]:
        return [row.slot() for row in self._rows]

    def _update_empty(self) -> None:
        self.empty.setVisible(not self._rows)
