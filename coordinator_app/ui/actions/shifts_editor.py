"""The shifts of an action as the form edits them: a list of the shifts, and below it the
fields of the one chosen (date, times, tasks, people needed, minors, required training)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.actions import ShiftData
from coordinator_app.core.enums import TrainingCategory
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.forms import OptionalDateEdit, OptionalTimeEdit, line_edit
from coordinator_app.ui.widgets.tables import compact_rows


def _when(shift: ShiftData) -> str:
    day = format_date(shift.shift_date) if shift.shift_date else ""
    start = f"{shift.start_time:%H:%M}" if shift.start_time else ""
    end = f"{shift.end_time:%H:%M}" if shift.end_time else ""
    return f"{day} {start}–{end}".strip()


class ShiftsEditor(QWidget):
    """`load` the shifts, `shifts()` gives them back as edited; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shifts: list[ShiftData] = []
        self._loading = False
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("shifts_table")
        self.table.setAccessibleName(_("Shifts"))
        self.table.setHorizontalHeaderLabels([_("When"), _("Tasks"), _("People needed"), _("Minors")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(1, 220)
        compact_rows(self.table)
        self.table.itemSelectionChanged.connect(self._show_current)
        self.add_button = QPushButton(_("A&dd shift"))
        self.add_button.setObjectName("shift_add")
        self.add_button.clicked.connect(self.add_shift)
        self.remove_button = QPushButton(_("Re&move shift"))
        self.remove_button.setObjectName("shift_remove")
        self.remove_button.clicked.connect(self.remove_shift)
        self._build_fields()
        self.error = QLabel()
        self.error.setObjectName("error_shifts")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addLayout(self.fields_layout)
        self._show_current()

    def _build_fields(self) -> None:
        self.date = OptionalDateEdit()
        self.start = OptionalTimeEdit()
        self.end = OptionalTimeEdit()
        self.tasks = line_edit(300, _("e.g. collecting food at the shop tills"))
        self.people = QSpinBox()
        self.people.setRange(1, 500)
        self.minors = QCheckBox(_("Minors may come (with the guardian's consent)"))
        self.training = QComboBox()
        self.training.addItem(_("none"), None)
        for value, label in TrainingCategory.choices():
            self.training.addItem(label, value)
        self.requirements = line_edit(300, _("e.g. work clothes, a health and safety briefing"))
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("–"))
        times.addWidget(self.end)
        times.addStretch(1)
        form = QFormLayout()
        form.addRow(_("Date of the shift"), self.date)
        form.addRow(_("From – to"), times)
        form.addRow(_("Tasks"), self.tasks)
        form.addRow(_("People needed"), self.people)
        form.addRow("", self.minors)
        form.addRow(_("Required training"), self.training)
        form.addRow(_("Other requirements"), self.requirements)
        self.start.setAccessibleName(_("Start of the shift"))
        self.end.setAccessibleName(_("End of the shift"))
        self.fields_layout = form
        for widget, signal in (
            (self.date, self.date.dateChanged),
            (self.start, self.start.timeChanged),
            (self.end, self.end.timeChanged),
            (self.tasks, self.tasks.textChanged),
            (self.people, self.people.valueChanged),
            (self.minors, self.minors.toggled),
            (self.training, self.training.currentIndexChanged),
            (self.requirements, self.requirements.textChanged),
        ):
            signal.connect(lambda *_args: self._field_edited())
            widget.setEnabled(False)

    # --- data ---------------------------------------------------------------------------------
    def load(self, shifts: list[ShiftData]) -> None:
        self._shifts = [dataclasses.replace(s) for s in shifts]
        self.table.setRowCount(0)
        for row in range(len(self._shifts)):
            self.table.insertRow(row)
            self._refresh_row(row)
        if self._shifts:
            self.table.selectRow(0)
        self._show_current()

    def shifts(self) -> list[ShiftData]:
        return [dataclasses.replace(s) for s in self._shifts]

    def current_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def add_shift(self, *, default: ShiftData | None = None) -> None:
        """A new shift like the last one (its date and times), or on `default`."""
        last = self._shifts[-1] if self._shifts else None
        new = default or ShiftData(
            shift_date=last.shift_date if last else None,
            start_time=last.end_time if last else None,
            end_time=None,
            tasks=last.tasks if last else "",
            people_needed=last.people_needed if last else 1,
            minors_allowed=last.minors_allowed if last else False,
        )
        self._shifts.append(new)
        row = len(self._shifts) - 1
        self.table.insertRow(row)
        self._refresh_row(row)
        self.table.selectRow(row)
        self.changed.emit()
        self.date.setFocus()

    def remove_shift(self) -> None:
        row = self.current_row()
        if row is None:
            return
        del self._shifts[row]
        self.table.removeRow(row)
        self._show_current()
        self.changed.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.table.setProperty("invalid", bool(message))

    # --- behaviour ----------------------------------------------------------------------------
    def _refresh_row(self, row: int) -> None:
        shift = self._shifts[row]
        texts = [
            _when(shift),
            shift.tasks,
            str(shift.people_needed),
            _("yes") if shift.minors_allowed else _("no"),
        ]
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _show_current(self) -> None:
        row = self.current_row()
        shift = self._shifts[row] if row is not None and row < len(self._shifts) else None
        self._loading = True
        try:
            self.date.set_value(shift.shift_date if shift else None)
            self.start.set_value(shift.start_time if shift else None)
            self.end.set_value(shift.end_time if shift else None)
            self.tasks.setText(shift.tasks if shift else "")
            self.people.setValue(shift.people_needed if shift else 1)
            self.minors.setChecked(bool(shift and shift.minors_allowed))
            self.training.setCurrentIndex(
                max(self.training.findData(shift.required_training if shift else None), 0)
            )
            self.requirements.setText((shift.requirements or "") if shift else "")
        finally:
            self._loading = False
        for widget in (self.date, self.start, self.end, self.tasks, self.people, self.minors, self.training):
            widget.setEnabled(shift is not None)
        self.requirements.setEnabled(shift is not None)
        self.remove_button.setEnabled(shift is not None)

    def _field_edited(self) -> None:
        row = self.current_row()
        if self._loading or row is None:
            return
        shift = self._shifts[row]
        shift.shift_date = self.date.value()
        shift.start_time = self.start.value()
        shift.end_time = self.end.value()
        shift.tasks = self.tasks.text()
        shift.people_needed = self.people.value()
        shift.minors_allowed = self.minors.isChecked()
        shift.required_training = self.training.currentData()
        shift.requirements = self.requirements.text().strip() or None
        self._refresh_row(row)
        self.changed.emit()
