"""The Szkolenia tab: the training sessions list, searchable and sortable, with read-only details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import TrainingRow, get_training_details, list_trainings
from coordinator_app.i18n import N_, ngettext
from coordinator_app.ui.trainings.details import training_document
from coordinator_app.ui.trainings.table import category_predicate, make_training_model
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class TrainingsTab(ListTab):
    object_prefix = "training"
    search_placeholder = N_("Search: title, trainer, place…")
    all_filter_text = N_("All categories")
    loading_text = N_("Loading training sessions…")
    load_failed_text = N_("Could not load the training sessions: {error}")
    title_text = N_("Training sessions")
    empty_text = N_("No training sessions yet.")
    column_widths = (90, 250, 170, 150, 150, 140, 65, 65)
    sort_column = "date"
    sort_order = Qt.SortOrder.DescendingOrder

    def make_model(self) -> tuple[RecordTableModel[TrainingRow], SearchProxy]:
        return make_training_model()

    def load_records(self) -> list[TrainingRow]:
        return list_trainings(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(category.value, category.label) for category in TrainingCategory]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return category_predicate(value)

    def count_text(self, shown: int, total: int) -> str:
        return ngettext(
            "{shown} of {total} training session", "{shown} of {total} training sessions", total
        ).format(shown=shown, total=total)

    def details_document(self, record_id: int) -> DetailsDocument:
        return training_document(get_training_details(self.db, record_id))
