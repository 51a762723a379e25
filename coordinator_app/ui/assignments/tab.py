"""The Przydziały tab: the assignments list, searchable and sortable, with read-only details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from coordinator_app.core.assignments import AssignmentRow, get_assignment_details, list_assignments
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.i18n import N_, ngettext
from coordinator_app.ui.assignments.details import assignment_document
from coordinator_app.ui.assignments.table import make_assignment_model, status_predicate
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class AssignmentsTab(ListTab):
    object_prefix = "assignment"
    search_placeholder = N_("Search: number, volunteer, client code, activity…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading assignments…")
    load_failed_text = N_("Could not load the assignments: {error}")
    title_text = N_("Assignments")
    empty_text = N_("No assignments yet.")
    column_widths = (100, 170, 100, 200, 100, 85, 90, 90, 100)
    sort_column = "from"
    sort_order = Qt.SortOrder.DescendingOrder

    def make_model(self) -> tuple[RecordTableModel[AssignmentRow], SearchProxy]:
        return make_assignment_model()

    def load_records(self) -> list[AssignmentRow]:
        return list_assignments(self.db)

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
