"""The Przydziały tab: the assignments list, searchable and sortable, with details; adding,
editing and ending assignments, and the waiting list with matching."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from coordinator_app.core.assignments import (
    AssignmentRow,
    count_assignments,
    get_assignment_details,
    list_assignments,
)
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.ui.assignments.details import assignment_document
from coordinator_app.ui.assignments.dialog import AssignmentDialog
from coordinator_app.ui.assignments.table import make_assignment_model, status_predicate
from coordinator_app.ui.assignments.waiting_dialog import WaitingListDialog
from coordinator_app.ui.hours.actions import open_hours_card
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy

# From this many assignments the list shows its newest first while it reads the rest (at
# 212,786 the whole list takes 1.5 s). Below it the whole list, read in 0.2 s at 21,000, is
# shown at once: a first screen painted beside that read would slow it by a fifth.
FIRST_SCREEN_FROM = 50_000


class AssignmentsTab(ListTab):
    object_prefix = "assignment"
    search_placeholder = N_("Search: number, volunteer, client code, activity…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading assignments…")
    load_failed_text = N_("Could not load the assignments: {error}")
    title_text = N_("Assignments")
    empty_text = N_("No assignments yet. Start from the waiting list or “Add assignment…”.")
    column_widths = (100, 170, 100, 200, 100, 85, 90, 90, 100)
    stretch_column = "activity"
    sort_column = "from"
    sort_order = Qt.SortOrder.DescendingOrder

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.add_button = QPushButton(_("&Add assignment…"))
        self.add_button.setObjectName("assignment_add")
        self.add_button.clicked.connect(self.add_assignment)
        self.edit_button = QPushButton(_("&Edit…"))
        self.edit_button.setObjectName("assignment_edit")
        self.edit_button.clicked.connect(self.edit_selected)
        self.end_button = QPushButton(_("E&nd…"))
        self.end_button.setObjectName("assignment_end")
        self.end_button.clicked.connect(self.end_selected)
        self.waiting_button = QPushButton(_("&Waiting list…"))
        self.waiting_button.setObjectName("assignment_waiting")
        self.waiting_button.clicked.connect(self.show_waiting_list)
        self.hours_button = QPushButton(_("Ho&urs card…"))
        self.hours_button.setObjectName("assignment_hours")
        self.hours_button.clicked.connect(self.hours_card)
        buttons = (self.add_button, self.edit_button, self.end_button, self.hours_button, self.waiting_button)
        for position, button in enumerate(buttons):
            self.buttons_layout.insertWidget(position, button)
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        row = self.selected_record()
        self.edit_button.setEnabled(row is not None)
        self.end_button.setEnabled(row is not None and row.status != AssignmentStatus.ENDED)
        self.hours_button.setEnabled(row is not None)

    # --- actions ----------------------------------------------------------------------------
    def add_assignment(self) -> None:
        dialog = AssignmentDialog(self.db, None, self)
        if dialog.exec():
            self.status_message.emit(_("Assignment saved."))
            self.reload(select_id=dialog.saved_id)

    def edit_selected(self) -> None:
        assignment_id = self.selected_id()
        if assignment_id is not None:
            self.edit(assignment_id)

    def edit(self, assignment_id: int) -> None:
        dialog = AssignmentDialog(self.db, assignment_id, self)
        if dialog.exec():
            self.status_message.emit(_("Assignment saved."))
            self.reload(select_id=assignment_id)

    def end_selected(self) -> None:
        assignment_id = self.selected_id()
        if assignment_id is None:
            return
        dialog = AssignmentDialog(self.db, assignment_id, self)
        dialog.form.begin_ending()
        if dialog.exec():
            self.status_message.emit(_("Assignment ended."))
            self.reload(select_id=assignment_id)

    def hours_card(self) -> None:
        """The monthly hours card of the selected assignment's volunteer."""
        row = self.selected_record()
        if row is not None and open_hours_card(self, self.db, row.volunteer_id):
            self.reload(select_id=row.id)

    def show_waiting_list(self) -> None:
        WaitingListDialog(self.db, self).exec()
        self.reload()

    def make_model(self) -> tuple[RecordTableModel[AssignmentRow], SearchProxy]:
        return make_assignment_model()

    def load_records(self) -> list[AssignmentRow]:
        return list_assignments(self.db)

    def load_first_records(self, count: int) -> list[AssignmentRow] | None:
        if count_assignments(self.db) < FIRST_SCREEN_FROM:
            return None  # read whole in a fifth of a second: shown at once
        return list_assignments(self.db, newest=count)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(status.value, status.label) for status in AssignmentStatus]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return status_predicate(value)

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} assignment", "{shown} of {total} assignments", total).format(
            shown=shown, total=total
        )

    def details_document(self, record_id: int) -> DetailsDocument:
        return assignment_document(get_assignment_details(self.db, record_id))
