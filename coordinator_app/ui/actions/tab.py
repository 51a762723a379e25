"""The Akcje tab: the one-off actions, filtered as you type and by status; a new action, and the
action window for the chosen one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from coordinator_app.core.actions import STATUSES, ActionNotFound, ActionRow, list_actions, status_label
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.ui.actions.action_dialog import ActionDialog
from coordinator_app.ui.actions.table import make_action_model, status_predicate
from coordinator_app.ui.actions.window import ActionWindow
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class ActionsTab(ListTab):
    object_prefix = "action"
    search_placeholder = N_("Search: name, place, organiser…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading the actions…")
    load_failed_text = N_("Could not load the actions: {error}")
    title_text = N_("One-off actions")
    empty_text = N_("No actions yet. Add the first one with “New action…”.")
    column_widths = (150, 260, 190, 170, 110, 60, 90)
    stretch_column = "name"
    sort_column = "date"
    sort_order = Qt.SortOrder.DescendingOrder
    has_details = False

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.window_: ActionWindow | None = None
        self.add_button = QPushButton(_("&New action…"))
        self.add_button.setObjectName("action_add")
        self.add_button.clicked.connect(self.add_action)
        self.open_button = QPushButton(_("O&pen…"))
        self.open_button.setObjectName("action_open")
        self.open_button.clicked.connect(self.open_selected)
        self.buttons_layout.insertWidget(0, self.add_button)
        self.buttons_layout.insertWidget(1, self.open_button)
        self.update_buttons()

    # --- ListTab hooks ----------------------------------------------------------------------
    def make_model(self) -> tuple[RecordTableModel[ActionRow], SearchProxy]:
        return make_action_model()

    def load_records(self) -> list[ActionRow]:
        return list_actions(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(status, status_label(status)) for status in STATUSES]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return status_predicate(value)

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} action", "{shown} of {total} actions", total).format(
            shown=shown, total=total
        )

    def update_buttons(self) -> None:
        super().update_buttons()
        if hasattr(self, "open_button"):
            self.open_button.setEnabled(self.selected_id() is not None)

    def activate(self, record_id: int) -> None:
        self.open_action(record_id)

    # --- actions ----------------------------------------------------------------------------
    def add_action(self) -> None:
        dialog = ActionDialog(self.db, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.status_message.emit(_("Action saved."))
            self.reload(select_id=dialog.saved_id)
            self.open_action(dialog.saved_id)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.open_action(record_id)

    def open_action(self, action_id: int) -> ActionWindow | None:
        """The action window (window-modal, without blocking)."""
        try:
            window = ActionWindow(self.db, action_id, self)
        except ActionNotFound:
            self.status_message.emit(_("The record no longer exists; the list has been refreshed."))
            self.reload()
            return None
        if self.window_ is not None:
            self.window_.close()
            self.window_.deleteLater()
        window.changed.connect(lambda: self.reload(select_id=action_id))
        self.window_ = window
        window.open()
        return window
