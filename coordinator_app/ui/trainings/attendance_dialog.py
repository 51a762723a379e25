"""A session's participants: add them (chosen or all of a status), mark attendance, save."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.enums import AttendanceStatus, VolunteerStatus
from coordinator_app.core.privacy.restriction import marked
from coordinator_app.core.privacy.restriction_service import restricted_volunteer_ids
from coordinator_app.core.text import polish_sort_key
from coordinator_app.core.trainings import (
    AttendanceInput,
    TrainingDetails,
    attendance_field,
    default_status,
    get_training_details,
    save_attendance,
    volunteer_choices,
    volunteer_ids_with_status,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.documents import open_document_preview
from coordinator_app.ui.style import Colours
from coordinator_app.ui.trainings.volunteer_picker import VolunteerPicker
from coordinator_app.ui.widgets.accessibility import print_key
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.tables import keep_titles_whole

NAME, STATUS, HOURS, RESULT, CERTIFICATE = range(5)
HEADERS = (N_("Volunteer"), N_("Attendance"), N_("Hours"), N_("Result"), N_("Certificate no."))
ERROR_COLOUR = QColor(Colours.ERROR)


@dataclass
class Participant:
    volunteer_id: int
    name: str
    status: str
    minutes: int | None
    result: str | None
    certificate: str | None


class AttendanceDialog(FormDialog[list[AttendanceInput]]):
    def __init__(self, db: Database, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.details: TrainingDetails = get_training_details(db, session_id)
        self.choices = {c.id: c for c in volunteer_choices(db)}
        restricted = restricted_volunteer_ids(db, (a.volunteer_id for a in self.details.attendance))
        self.participants: dict[int, Participant] = {
            a.volunteer_id: Participant(
                a.volunteer_id,
                marked(a.volunteer_name, a.volunteer_id in restricted),  # art. 18 RODO
                a.status,
                a.minutes_attended,
                a.result,
                a.certificate_number,
            )
            for a in self.details.attendance
        }
        self.setWindowTitle(_("Attendance: {title}").format(title=self.details.title))
        heading = QLabel(
            _(
                "{date}, {duration}. Present counts towards readiness; "
                "partly counts from three quarters of the time."
            ).format(date=format_date(self.details.session_date), duration=self.details.duration_text)
        )
        heading.setWordWrap(True)
        self.add_button = QPushButton(_("Add volunteers…"))
        self.add_button.setObjectName("attendance_add")
        self.add_button.clicked.connect(self.pick_volunteers)
        self.status_choice = QComboBox()
        self.status_choice.setObjectName("attendance_status_choice")
        self.status_choice.setAccessibleName(_("Status"))
        for value, label in VolunteerStatus.choices():
            self.status_choice.addItem(label, value)
        self.status_choice.setCurrentIndex(self.status_choice.findData(VolunteerStatus.ACTIVE.value))
        self.add_all_button = QPushButton(_("Add all of this status"))
        self.add_all_button.setObjectName("attendance_add_all")
        self.add_all_button.clicked.connect(lambda: self.add_with_status(self.status_choice.currentData()))
        self.remove_button = QPushButton(_("Remove from the list"))
        self.remove_button.clicked.connect(self.remove_selected)
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addSpacing(12)
        tools.addWidget(QLabel(_("Status:")))
        tools.addWidget(self.status_choice)
        tools.addWidget(self.add_all_button)
        tools.addStretch(1)
        tools.addWidget(self.remove_button)
        self.certificate_button = QPushButton(_("Training certificate…"))
        self.certificate_button.setObjectName("attendance_certificate")
        print_key(self, self.certificate_button)
        self.certificate_button.setToolTip(
            _("Print the certificate for the selected participant (saved attendance).")
        )
        self.certificate_button.clicked.connect(self.print_certificate)
        tools.addWidget(self.certificate_button)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("attendance_table")
        self.table.setHorizontalHeaderLabels([_(header) for header in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((STATUS, 130), (HOURS, 90), (RESULT, 140), (CERTIFICATE, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        keep_titles_whole(self.table)
        self.count = QLabel()
        buttons = self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self._fill()

    def print_certificate(self) -> None:
        """The training certificate of the selected participant, from the saved attendance."""
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            open_document_preview(
                self, self.db, "training_certificate", id=self.session_id, volunteer_id=self.rows[row]
            )

    # --- the table --------------------------------------------------------------------------
    def _fill(self) -> None:
        """Rebuild the rows from `participants`, by surname in Polish order."""
        self.table.setRowCount(0)
        self.rows: list[int] = sorted(
            self.participants, key=lambda vid: polish_sort_key(self.participants[vid].name)
        )
        self.table.setRowCount(len(self.rows))
        for row, vid in enumerate(self.rows):
            p = self.participants[vid]
            self.table.setItem(row, NAME, QTableWidgetItem(p.name))
            status = QComboBox()
            for value, label in AttendanceStatus.choices():
                status.addItem(label, value)
            status.setCurrentIndex(status.findData(p.status))
            hours = QDoubleSpinBox()
            hours.setRange(0, self.details.duration_minutes / 60)
            hours.setDecimals(2)
            hours.setSingleStep(0.25)
            hours.setSpecialValueText(" ")
            hours.setSuffix(_(" h"))
            hours.setValue((p.minutes or 0) / 60)
            result = QLineEdit(p.result or "")
            result.setMaxLength(120)
            status.currentIndexChanged.connect(
                lambda _i, v=vid, s=status, h=hours: self._status_changed(v, s, h)
            )
            hours.valueChanged.connect(lambda value, v=vid: self._set_minutes(v, value))
            result.textChanged.connect(lambda text, v=vid: setattr(self.participants[v], "result", text))
            self.table.setCellWidget(row, STATUS, status)
            self.table.setCellWidget(row, HOURS, hours)
            self.table.setCellWidget(row, RESULT, result)
            self.table.setItem(row, CERTIFICATE, QTableWidgetItem(p.certificate or ""))
            hours.setEnabled(p.status in (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY))
        self._update_count()

    def _status_changed(self, vid: int, combo: QComboBox, hours: QDoubleSpinBox) -> None:
        p = self.participants[vid]
        p.status = combo.currentData()
        marked = p.status in (AttendanceStatus.PRESENT, AttendanceStatus.PARTLY)
        hours.setEnabled(marked)
        if p.status == AttendanceStatus.PRESENT:
            hours.setValue(self.details.duration_minutes / 60)
        elif p.status == AttendanceStatus.PARTLY and p.minutes == self.details.duration_minutes:
            hours.setValue(0)  # the time attended must be typed in
        elif not marked:
            hours.setValue(0)
        self._update_count()

    def _set_minutes(self, vid: int, hours: float) -> None:
        self.participants[vid].minutes = round(hours * 60) or None

    def _update_count(self) -> None:
        counts = {s.value: 0 for s in AttendanceStatus}
        for p in self.participants.values():
            counts[p.status] = counts.get(p.status, 0) + 1
        total = len(self.participants)
        people = ngettext("{n} participant", "{n} participants", total).format(n=total)
        split = _("{present} present, {partly} partly, {absent} absent, {registered} registered").format(
            present=counts["present"],
            partly=counts["partly"],
            absent=counts["absent"],
            registered=counts["registered"],
        )
        self.count.setText(f"{people}: {split}")

    # --- adding and removing ----------------------------------------------------------------
    def add_ids(self, volunteer_ids: list[int]) -> int:
        status = default_status(self.details.session_date)
        minutes = self.details.duration_minutes if status is AttendanceStatus.PRESENT else None
        added = 0
        for vid in volunteer_ids:
            if vid in self.participants or vid not in self.choices:
                continue
            self.participants[vid] = Participant(
                vid, self.choices[vid].full_name, status.value, minutes, None, None
            )
            added += 1
        if added:
            self._fill()
        return added

    def pick_volunteers(self) -> None:
        picker = VolunteerPicker(self.choices.values(), set(self.participants), self)
        if picker.exec():
            self.add_ids(picker.chosen_ids())

    def add_with_status(self, status: str) -> int:
        added = self.add_ids(volunteer_ids_with_status(self.db, status))
        if not added:
            self.count.setText(_("Nobody more to add with this status."))
        return added

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        for row in rows:
            self.participants.pop(self.rows[row], None)
        if rows:
            self._fill()

    # --- saving -----------------------------------------------------------------------------
    def lines(self) -> list[AttendanceInput]:
        return [
            AttendanceInput(p.volunteer_id, p.status, p.minutes, (p.result or "").strip() or None)
            for p in self.participants.values()
        ]

    def failure_title(self) -> str:
        return _("The attendance was not saved")

    def collect(self) -> list[AttendanceInput]:
        return self.lines()

    def write(self, data: list[AttendanceInput]) -> None:
        save_attendance(self.db, self.session_id, data)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        """A wrong line's volunteer turns red; the tooltip says why."""
        for row, vid in enumerate(self.rows):
            wrong = attendance_field(vid) in by_field
            item = self.table.item(row, NAME)
            if item is None:
                continue
            item.setForeground(QBrush(ERROR_COLOUR) if wrong else self.table.palette().text())
            item.setToolTip(by_field.get(attendance_field(vid), ""))

    def error_summary(self, by_field: dict[str, str]) -> str:
        messages = [
            f"{self.participants[vid].name}: {by_field[attendance_field(vid)]}"
            for vid in self.rows
            if attendance_field(vid) in by_field
        ]
        return _("The attendance was not saved:") + "\n" + "\n".join(messages)
