"""The Wolontariusze tab: a searchable, sortable list and the actions on it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.volunteers import (
    VolunteerRow,
    archive_volunteer,
    list_volunteers,
    restore_volunteer,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.ui.tasks import run_task
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.volunteers.table import make_volunteer_model, status_predicate


class VolunteersTab(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model, self.proxy = make_volunteer_model()
        self._select_after_load: int | None = None
        self.loaded = False

        self.search = QLineEdit()
        self.search.setObjectName("volunteer_search")
        self.search.setPlaceholderText(_("Search: surname, first name, village, phone…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.status_filter = QComboBox()
        self.status_filter.addItem(_("All statuses"), None)
        for status in VolunteerStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.currentIndexChanged.connect(self._apply_predicate)
        self.show_archived = QCheckBox(_("Show archived"))
        self.show_archived.toggled.connect(self._apply_predicate)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setObjectName("volunteer_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.model.sort(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((240, 60, 160, 120, 150)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(_("&Add volunteer…"))
        self.add_button.clicked.connect(self.add_volunteer)
        self.edit_button = QPushButton(_("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(_("Archive…"))
        self.archive_button.clicked.connect(self.toggle_archive_selected)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._apply_predicate()
        self._update_buttons()

    # --- loading ----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._select_after_load = select_id if select_id is not None else self.selected_id()
        self.status_message.emit(_("Loading volunteers…"))
        run_task(lambda: list_volunteers(self.db), self._on_loaded, self._on_load_failed)

    def _on_loaded(self, rows: list[VolunteerRow]) -> None:
        self.model.set_records(rows)
        self.loaded = True
        self._update_count()
        if self._select_after_load is not None:
            self.select_id(self._select_after_load)
        self.status_message.emit("")

    def _on_load_failed(self, error: Exception) -> None:
        self.status_message.emit(_("Could not load the volunteers."))
        QMessageBox.critical(
            self, _("Volunteers"), _("Could not load the volunteers: {error}").format(error=error)
        )

    # --- filtering --------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _apply_predicate(self, *_args: Any) -> None:
        self.proxy.set_predicate(
            status_predicate(self.status_filter.currentData(), self.show_archived.isChecked())
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            ngettext("{shown} of {total} volunteer", "{shown} of {total} volunteers", total).format(
                shown=shown, total=total
            )
        )

    # --- selection --------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.record_at(rows[0].row()).id

    def select_id(self, volunteer_id: int) -> bool:
        source_row = self.model.row_of_id(volunteer_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _update_buttons(self) -> None:
        volunteer_id = self.selected_id()
        self.edit_button.setEnabled(volunteer_id is not None)
        self.archive_button.setEnabled(volunteer_id is not None)
        if volunteer_id is not None:
            row = self.model.record(self.model.row_of_id(volunteer_id) or 0)
            self.archive_button.setText(_("Restore from archive") if row.archived else _("Archive…"))

    # --- actions ----------------------------------------------------------------------------
    def add_volunteer(self) -> None:
        dialog = VolunteerDialog(self.db, None, self)
        if dialog.exec():
            self.status_message.emit(_("Volunteer saved."))
            self.reload(select_id=dialog.saved_id)

    def edit_selected(self) -> None:
        volunteer_id = self.selected_id()
        if volunteer_id is None:
            return
        dialog = VolunteerDialog(self.db, volunteer_id, self)
        if dialog.exec():
            self.status_message.emit(_("Volunteer saved."))
            self.reload(select_id=volunteer_id)

    def toggle_archive_selected(self) -> None:
        volunteer_id = self.selected_id()
        if volunteer_id is None:
            return
        row = self.model.record(self.model.row_of_id(volunteer_id) or 0)
        if row.archived:
            restore_volunteer(self.db, volunteer_id)
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
            archive_volunteer(self.db, volunteer_id, reason.strip() or None)
        self.reload(select_id=volunteer_id)
