"""The Wolontariusze tab: the searchable, sortable list, and adding, editing and archiving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QInputDialog, QPushButton, QWidget

from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.volunteers import (
    VolunteerRow,
    archive_volunteer,
    list_volunteers,
    restore_volunteer,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.volunteers.table import make_volunteer_model, status_predicate
from coordinator_app.ui.widgets.changes import data_changes
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class VolunteersTab(ListTab):
    object_prefix = "volunteer"
    search_placeholder = N_("Search: surname, first name, village, phone…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading volunteers…")
    load_failed_text = N_("Could not load the volunteers: {error}")
    title_text = N_("Volunteers")
    empty_text = N_("No volunteers yet. Add the first one with “Add volunteer…” (Ctrl+N).")
    column_widths = (240, 60, 160, 120, 150, 110)
    sort_column = "name"
    has_details = False  # a row opens the form, which shows everything

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.show_archived = QCheckBox(_("Show archived"))
        self.show_archived.setObjectName("volunteer_show_archived")
        self.show_archived.toggled.connect(self._apply_filter)
        self.filters_layout.addWidget(self.show_archived)
        QWidget.setTabOrder(self.filter, self.show_archived)  # Tab follows the row, then the list
        self.show_restricted = QCheckBox(_("Show restricted"))
        self.show_restricted.setObjectName("volunteer_show_restricted")
        self.show_restricted.setToolTip(_("Volunteers whose processing is restricted (art. 18 RODO)"))
        self.show_restricted.toggled.connect(self._apply_filter)
        self.filters_layout.addWidget(self.show_restricted)
        QWidget.setTabOrder(self.show_archived, self.show_restricted)
        self.add_button = QPushButton(_("&Add volunteer…"))
        self.add_button.clicked.connect(self.add_volunteer)
        self.edit_button = QPushButton(_("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(_("Archive…"))
        self.archive_button.clicked.connect(self.toggle_archive_selected)
        for position, button in enumerate((self.add_button, self.edit_button, self.archive_button)):
            self.buttons_layout.insertWidget(position, button)
        self._apply_filter()
        self.update_buttons()
        # Attendance and the readiness rules change the readiness column: reload when next shown.
        self._stale = False
        data_changes().trainings.connect(self._trainings_changed)

    def _trainings_changed(self) -> None:
        if not self.loaded:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()

    # --- ListTab hooks ----------------------------------------------------------------------
    def make_model(self) -> tuple[RecordTableModel[VolunteerRow], SearchProxy]:
        return make_volunteer_model()

    def load_records(self) -> list[VolunteerRow]:
        return list_volunteers(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return VolunteerStatus.choices()

    def current_predicate(self) -> Callable[[Any], bool]:
        return status_predicate(
            self.filter.currentData(), self.show_archived.isChecked(), self.show_restricted.isChecked()
        )

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} volunteer", "{shown} of {total} volunteers", total).format(
            shown=shown, total=total
        )

    def activate(self, record_id: int) -> None:
        self.edit(record_id)

    def update_buttons(self) -> None:
        super().update_buttons()
        row = self.selected_record()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        archived = row is not None and row.archived
        self.archive_button.setText(_("Restore from archive") if archived else _("Archive…"))

    # --- actions ----------------------------------------------------------------------------
    def add_volunteer(self) -> None:
        dialog = VolunteerDialog(self.db, None, self)
        if dialog.exec():
            self.status_message.emit(_("Volunteer saved."))
            self.reload(select_id=dialog.saved_id)

    def edit_selected(self) -> None:
        volunteer_id = self.selected_id()
        if volunteer_id is not None:
            self.edit(volunteer_id)

    def edit(self, volunteer_id: int) -> None:
        dialog = VolunteerDialog(self.db, volunteer_id, self)
        if dialog.exec():
            self.status_message.emit(_("Volunteer saved."))
            self.reload(select_id=volunteer_id)

    def toggle_archive_selected(self) -> None:
        row = self.selected_record()
        if row is None:
            return
        if row.archived:
            restore_volunteer(self.db, row.id)
        else:
            reason, ok = QInputDialog.getText(
                self,
                _("Archive volunteer"),
                _("{name} will be hidden from the lists; nothing is deleted.\nReason (optional):").format(
                    name=row.full_name
                ),
            )
            if not ok:
                return
            archive_volunteer(self.db, row.id, reason.strip() or None)
        self.reload(select_id=row.id)
