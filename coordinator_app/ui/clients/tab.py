"""The Podopieczni tab: the clients list, searchable and sortable, with read-only details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coordinator_app.core.clients import ClientRow, get_client_details, list_clients
from coordinator_app.core.enums import ClientStatus
from coordinator_app.i18n import N_, ngettext
from coordinator_app.ui.clients.details import client_document
from coordinator_app.ui.clients.table import make_client_model, status_predicate
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class ClientsTab(ListTab):
    object_prefix = "client"
    search_placeholder = N_("Search: code, surname, first name, village…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading clients…")
    load_failed_text = N_("Could not load the clients: {error}")
    title_text = N_("Clients")
    empty_text = N_("No clients yet.")
    column_widths = (70, 200, 120, 230, 140, 90, 150)
    sort_column = "name"

    def make_model(self) -> tuple[RecordTableModel[ClientRow], SearchProxy]:
        return make_client_model()

    def load_records(self) -> list[ClientRow]:
        return list_clients(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(status.value, status.label) for status in ClientStatus]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return status_predicate(value)

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} client", "{shown} of {total} clients", total).format(
            shown=shown, total=total
        )

    def details_document(self, record_id: int) -> DetailsDocument:
        return client_document(get_client_details(self.db, record_id))
