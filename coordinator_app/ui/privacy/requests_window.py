"""The register of RODO requests: every request with its deadline, the open ones first and
the overdue ones in red; Add, Edit, and "Export data…" for an access request."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.requests import RequestKind, RequestSubject
from coordinator_app.core.privacy.requests_queries import RequestRow, list_requests
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.privacy.requests_form import RequestDialog
from coordinator_app.ui.style import Colours, set_role

HEADERS = ("No.", "Request", "Person", "Received", "Deadline", "State")


def state_text(row: RequestRow) -> str:
    deadline = row.deadline
    if not deadline.open:
        assert deadline.answered_on is not None
        late = " " + _("(after the deadline)") if deadline.answered_late else ""
        return _("answered {date}").format(date=format_date(deadline.answered_on)) + late
    if deadline.overdue:
        return _("overdue by {days} d.").format(days=-deadline.days_left)
    return _("open, {days} d. left").format(days=deadline.days_left)


class RequestsWindow(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.rows: list[RequestRow] = []
        self.setWindowTitle(_("Register of RODO requests"))
        note = QLabel(
            _(
                "Answer within one month of receipt; in a complex case the deadline may be extended by "
                "two months, telling the person why within the first month (art. 12 ust. 3 RODO)."
            )
        )
        note.setWordWrap(True)
        set_role(note, "note")
        self.open_only = QCheckBox(_("Only unanswered"))
        self.open_only.setObjectName("open_only")
        self.open_only.toggled.connect(lambda _c: self.reload())
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("requests_table")
        self.table.setHorizontalHeaderLabels([_(text) for text in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        add = QPushButton(_("&Add request…"))
        add.setObjectName("add_request")
        add.clicked.connect(self.add)
        edit = QPushButton(_("&Edit…"))
        edit.clicked.connect(self.edit_selected)
        self.export_button = QPushButton(_("E&xport the person's data…"))
        self.export_button.setObjectName("export_for_request")
        self.export_button.setToolTip(_("The answer to an access request: the letter, JSON and XLSX"))
        self.export_button.clicked.connect(self.export_selected)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(1000, 560)
        self.reload()

    def reload(self) -> None:
        self.rows = list_requests(self.db, self.today, open_only=self.open_only.isChecked())
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            kind = RequestKind(row.kind).label if row.kind in RequestKind._value2member_map_ else row.kind
            values = (
                str(row.id),
                kind,
                row.person,
                format_date(row.received_on),
                format_date(row.deadline.due_on),
                state_text(row),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if row.deadline.overdue:
                    item.setForeground(QColor(Colours.ERROR))
                elif not row.deadline.open:
                    item.setForeground(QColor(Colours.MUTED))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def add(self) -> None:
        dialog = RequestDialog(self.db, None, self)
        if dialog.exec():
            self.reload()

    def export_selected(self) -> None:
        from coordinator_app.ui.privacy.access_export import AccessExportDialog

        selected = self.table.currentRow()
        person = person_of(self.rows[selected]) if 0 <= selected < len(self.rows) else None
        AccessExportDialog(self.db, self, person=person).exec()

    def edit_selected(self) -> None:
        selected = self.table.currentRow()
        if 0 <= selected < len(self.rows):
            dialog = RequestDialog(self.db, self.rows[selected].id, self)
            if dialog.exec():
                self.reload()


def person_of(row: RequestRow) -> PersonRef | None:
    """The person a request is about, when they are in the database."""
    if row.subject == RequestSubject.CLIENT.value and row.client_id is not None:
        return PersonRef(PersonRole.CLIENT, row.client_id)
    if row.subject in (RequestSubject.VOLUNTEER.value, RequestSubject.GUARDIAN.value) and row.volunteer_id:
        return PersonRef(PersonRole(row.subject), row.volunteer_id)
    return None


def open_requests_register(parent: QWidget | None, db: Database) -> None:
    RequestsWindow(db, parent).exec()
