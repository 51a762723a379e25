"""The Podopieczni tab: the clients list, searchable and sortable, with read-only details; adding
and editing clients, and the waiting list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from coordinator_app.core.clients import ClientRow, get_client_details, list_clients
from coordinator_app.core.enums import ClientStatus
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.ui.assignments.waiting_dialog import WaitingListDialog
from coordinator_app.ui.clients.details import client_document
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.clients.table import make_client_model, restricted_predicate, status_predicate
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class ClientsTab(ListTab):
    """Double-click shows the details (needs, assignments, hours); Edit opens the form."""

    object_prefix = "client"
    search_placeholder = N_("Search: code, surname, first name, village…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading clients…")
    load_failed_text = N_("Could not load the clients: {error}")
    title_text = N_("Clients")
    empty_text = N_("No clients yet. Add the first one with “Add client…”.")
    column_widths = (70, 200, 120, 230, 140, 90, 150)
    sort_column = "name"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.add_button = QPushButton(_("&Add client…"))
        self.add_button.setObjectName("client_add")
        self.add_button.clicked.connect(self.add_client)
        self.edit_button = QPushButton(_("&Edit…"))
        self.edit_button.setObjectName("client_edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.waiting_button = QPushButton(_("&Waiting list…"))
        self.waiting_button.setObjectName("client_waiting")
        self.waiting_button.clicked.connect(self.show_waiting_list)
        for position, button in enumerate((self.add_button, self.edit_button, self.waiting_button)):
            self.buttons_layout.insertWidget(position, button)
        self.show_restricted = QCheckBox(_("Show restricted"))
        self.show_restricted.setObjectName("client_show_restricted")
        self.show_restricted.setToolTip(_("Clients whose processing is restricted (art. 18 RODO)"))
        self.show_restricted.toggled.connect(self._apply_filter)
        self.filters_layout.addWidget(self.show_restricted)
        self._apply_filter()
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        self.edit_button.setEnabled(self.selected_id() is not None)

    def add_client(self) -> None:
        dialog = ClientDialog(self.db, None, self)
        if dialog.exec():
            self.status_message.emit(_("Client saved."))
            self.reload(select_id=dialog.saved_id)

    def edit_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            self.edit(client_id)

    def edit(self, client_id: int) -> None:
        dialog = ClientDialog(self.db, client_id, self)
        if dialog.exec():
            self.status_message.emit(_("Client saved."))
        self.reload(select_id=client_id)  # needs are saved even when the form is cancelled

    def show_waiting_list(self) -> None:
        WaitingListDialog(self.db, self).exec()
        self.reload()

    def make_model(self) -> tuple[RecordTableModel[ClientRow], SearchProxy]:
        return make_client_model()

    def load_records(self) -> list[ClientRow]:
        return list_clients(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(status.value, status.label) for status in ClientStatus]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return status_predicate(value)

    def current_predicate(self) -> Callable[[Any], bool] | None:
        return restricted_predicate(self.show_restricted.isChecked(), super().current_predicate())

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} client", "{shown} of {total} clients", total).format(
            shown=shown, total=total
        )

    def details_document(self, record_id: int) -> DetailsDocument:
        return client_document(get_client_details(self.db, record_id))
