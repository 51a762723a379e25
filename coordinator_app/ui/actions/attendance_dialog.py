"""Tick who came to an action's shifts, with the minutes when different from the whole shift."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.actions import ActionDetails, AttendanceMark, attendance_field, save_attendance
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.style import Colours
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.tables import keep_titles_whole

HEADERS = (N_("Volunteer"), N_("Shift"), N_("Attendance"), N_("Minutes"))
NAME, SHIFT, CAME, MINUTES = range(4)
CHOICES = ((None, N_("not ticked")), (True, N_("came")), (False, N_("did not come")))


class ActionAttendanceDialog(FormDialog[list[AttendanceMark]]):
    def __init__(self, db: Database, details: ActionDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.details = details
        self.setWindowTitle(_("Attendance: {name}").format(name=details.data.name))
        heading = QLabel(
            _(
                "Tick who came. Leave the minutes empty when the volunteer stayed the whole shift. "
                "Then turn the attendance into hours in the action window."
            )
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("action_attendance_table")
        self.table.setHorizontalHeaderLabels([_(h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((SHIFT, 170), (CAME, 130), (MINUTES, 90)):
            self.table.setColumnWidth(column, width)
        keep_titles_whole(self.table)
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._fill()

    def _fill(self) -> None:
        shifts = {s.id: s for s in self.details.shifts}
        self.signup_ids: list[int] = []
        self.came: list[QComboBox] = []
        self.minutes: list[QSpinBox] = []
        ordered = sorted(self.details.signups, key=lambda s: (shifts[s.shift_id].start_time, s.full_name))
        self.table.setRowCount(len(ordered))
        for row, signup in enumerate(ordered):
            shift = shifts[signup.shift_id]
            self.table.setItem(row, NAME, QTableWidgetItem(signup.full_name))
            when = f"{format_date(shift.shift_date)} {shift.start_time:%H:%M}–{shift.end_time:%H:%M}"
            self.table.setItem(row, SHIFT, QTableWidgetItem(when))
            came = QComboBox()
            came.setAccessibleName(_("Attendance of {name}").format(name=signup.full_name))
            for value, label in CHOICES:
                came.addItem(_(label), value)
            came.setCurrentIndex(max(came.findData(signup.attended), 0))
            minutes = QSpinBox()
            minutes.setAccessibleName(_("Minutes of {name}").format(name=signup.full_name))
            minutes.setRange(0, shift.minutes)
            minutes.setSpecialValueText(" ")
            minutes.setValue(signup.minutes or 0)
            minutes.setEnabled(signup.attended is True)
            came.currentIndexChanged.connect(
                lambda _i, c=came, m=minutes: m.setEnabled(c.currentData() is True)
            )
            self.table.setCellWidget(row, CAME, came)
            self.table.setCellWidget(row, MINUTES, minutes)
            self.signup_ids.append(signup.id)
            self.came.append(came)
            self.minutes.append(minutes)

    def set_attended(self, signup_id: int, attended: bool | None, minutes: int | None = None) -> None:
        """Tick one line (as the coordinator would with the mouse)."""
        row = self.signup_ids.index(signup_id)
        self.came[row].setCurrentIndex(self.came[row].findData(attended))
        self.minutes[row].setValue(minutes or 0)

    def failure_title(self) -> str:
        return _("The attendance was not saved")

    def collect(self) -> list[AttendanceMark]:
        return [
            AttendanceMark(sid, came.currentData(), minutes.value() or None)
            for sid, came, minutes in zip(self.signup_ids, self.came, self.minutes, strict=True)
        ]

    def write(self, data: list[AttendanceMark]) -> None:
        save_attendance(self.db, data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        for row, sid in enumerate(self.signup_ids):
            item = self.table.item(row, NAME)
            if item is None:
                continue
            wrong = attendance_field(sid) in by_field
            item.setForeground(QBrush(QColor(Colours.ERROR)) if wrong else self.table.palette().text())
            item.setToolTip(by_field.get(attendance_field(sid), ""))

    def error_summary(self, by_field: dict[str, str]) -> str:
        names = {sid: self.table.item(row, NAME) for row, sid in enumerate(self.signup_ids)}
        lines = [
            f"{item.text() if item else ''}: {message}"
            for sid, item in names.items()
            if (message := by_field.get(attendance_field(sid)))
        ]
        return _("The attendance was not saved:") + "\n" + "\n".join(lines)
