"""The volunteer form's "Przydziały" page: their assignments with confirmed hours; open or add."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator_app.core.assignments import AssignmentData, list_assignments
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date, format_hours
from coordinator_app.ui.assignments.dialog import AssignmentDialog
from coordinator_app.ui.widgets.tables import fill_rows, read_only_table, table_item


class AssignmentsPage(QWidget):
    def __init__(self, db: Database, volunteer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.table = read_only_table(
            [_("Number"), _("Client"), _("Activity"), _("From"), _("To"), _("Status"), _("Confirmed hours")],
            "volunteer_assignments",
        )
        for column, width in enumerate((100, 70, 230, 85, 85, 90)):
            self.table.setColumnWidth(column, width)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.total = QLabel()
        self.add_button = QPushButton(_("New assignment…"))
        self.add_button.clicked.connect(self.add_assignment)
        self.open_button = QPushButton(_("Open…"))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        rows = sorted(
            list_assignments(self.db, volunteer_id=self.volunteer_id), key=lambda r: r.date_from, reverse=True
        )
        fill_rows(
            self.table,
            [
                [
                    table_item(r.number or "—", data=r.id),
                    table_item(r.client_code or "—"),
                    table_item(r.activity_name),
                    table_item(format_date(r.date_from)),
                    table_item(format_date(r.date_to)),
                    table_item(AssignmentStatus(r.status).label),
                    table_item(format_hours(r.confirmed_minutes), right=True),
                ]
                for r in rows
            ],
        )
        total = sum(r.confirmed_minutes for r in rows)
        self.total.setText(_("Confirmed in all: {hours}").format(hours=format_hours(total)))
        self.open_button.setEnabled(bool(rows))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        item = self.table.item(row, 0)
        if item is None:
            return
        assignment_id = int(item.data(Qt.ItemDataRole.UserRole))
        if AssignmentDialog(self.db, assignment_id, self).exec():
            self.reload()

    def add_assignment(self) -> None:
        prefill = AssignmentData(volunteer_id=self.volunteer_id)
        if AssignmentDialog(self.db, None, self, prefill=prefill).exec():
            self.reload()
