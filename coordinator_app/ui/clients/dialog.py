"""Add or edit a client; an existing client's dialog also lists and edits their needs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator_app.core.clients import (
    ClientData,
    create_client,
    get_client,
    get_client_details,
    need_priority_label,
    reveal_health_notes,
    update_client,
)
from coordinator_app.core.clients.validate import validate_client
from coordinator_app.core.dictionaries import list_social_workers, list_villages
from coordinator_app.core.enums import NeedStatus
from coordinator_app.core.options import Option
from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.assignments.match_dialog import MatchDialog
from coordinator_app.ui.clients.form import ClientForm
from coordinator_app.ui.clients.need_dialog import NeedDialog
from coordinator_app.ui.privacy.access_banner import restriction_banner
from coordinator_app.ui.privacy.person_actions import rodo_button
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.tables import fill_rows, read_only_table, table_item


class NeedsPage(QWidget):
    """The client's needs with Add / Edit / Find a volunteer."""

    def __init__(self, db: Database, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.client_id = client_id
        self.table = read_only_table(
            [_("Kind of help"), _("Description"), _("When"), _("Priority"), _("Status"), _("Reported on")],
            "needs_table",
        )
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_need())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(_("Add need…"))
        self.add_button.clicked.connect(self.add_need)
        self.edit_button = QPushButton(_("Edit need…"))
        self.edit_button.clicked.connect(self.edit_need)
        self.match_button = QPushButton(_("Find a volunteer…"))
        self.match_button.setObjectName("match_need")
        self.match_button.clicked.connect(self.match_need)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.match_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        details = get_client_details(self.db, self.client_id)
        self._status = {n.id: n.status for n in details.needs}
        fill_rows(
            self.table,
            [
                [
                    table_item(n.activity_name, data=n.id),
                    table_item(n.description or ""),
                    table_item(", ".join(p for p in (n.frequency, n.preferred_times) if p)),
                    table_item(need_priority_label(n.priority)),
                    table_item(NeedStatus(n.status).label),
                    table_item(format_date(n.reported_on)),
                ]
                for n in details.needs
            ],
        )
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 200)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_need(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 and self.table.selectedItems() else None
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        need = self.selected_need()
        self.edit_button.setEnabled(need is not None)
        self.match_button.setEnabled(need is not None and self._status.get(need) == NeedStatus.OPEN)

    def add_need(self) -> None:
        dialog = NeedDialog(self.db, self.client_id, None, self)
        if dialog.exec():
            self.reload(dialog.saved_id)

    def edit_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            dialog = NeedDialog(self.db, self.client_id, need, self)
            if dialog.exec():
                self.reload(need)

    def match_need(self) -> None:
        need = self.selected_need()
        if need is not None:
            MatchDialog(self.db, need, self).exec()
            self.reload(need)


class ClientDialog(FormDialog[ClientData]):
    def __init__(self, db: Database, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.client_id = client_id
        self.saved_id: int | None = None
        reveal = None if client_id is None else (lambda: reveal_health_notes(db, client_id))
        self.form = ClientForm(
            list_villages(db), list_social_workers(db), reveal, add_workers=self._open_staff_list
        )
        self.form.errors.mark_required(
            required_fields(lambda: validate_client(ClientData(), dt.date.today()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        self.buttons = save_cancel_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.resize(720, 620)
        if client_id is None:
            self.setWindowTitle(_("New client"))
            self.form.load(ClientData(), None)
            return
        code, data = get_client(db, client_id)
        self.setWindowTitle(_("Edit client {code}").format(code=code))
        layout.insertWidget(0, restriction_banner(db, PersonRole.CLIENT, client_id))
        self.form.load(data, code)
        self.rodo_button = rodo_button(self, db, PersonRef(PersonRole.CLIENT, client_id))
        self.buttons.addButton(self.rodo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.needs_page = NeedsPage(db, client_id)
        self.form.addTab(self.needs_page, _("Needs"))
        hint = QLabel(_("Needs are saved at once, apart from the Save button."))
        set_role(hint, "note")
        needs_layout = self.needs_page.layout()
        if needs_layout is not None:
            needs_layout.addWidget(hint)

    def _open_staff_list(self) -> list[Option]:
        """The staff editor over this form; the social workers as they are afterwards."""
        from coordinator_app.ui.dictionaries import DictionariesDialog

        dialog = DictionariesDialog(self.db, self)
        dialog.tabs.setCurrentWidget(dialog.staff)
        dialog.exec()
        return list_social_workers(self.db)

    def failure_title(self) -> str:
        return _("The client was not saved")

    def collect(self) -> ClientData:
        return self.form.collect()

    def write(self, data: ClientData) -> None:
        if self.client_id is None:
            self.saved_id = create_client(self.db, data)
        else:
            update_client(self.db, self.client_id, data)
            self.saved_id = self.client_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)
