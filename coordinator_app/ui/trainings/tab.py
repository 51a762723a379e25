"""The Szkolenia tab: the training sessions list; adding, editing and deleting sessions, their
attendance and sign-in sheets; the readiness rules and the training programmes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings import (
    TrainingHasAttendance,
    TrainingNotFound,
    TrainingRow,
    delete_training,
    get_training_details,
    list_trainings,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
from coordinator_app.ui.trainings.details import training_document
from coordinator_app.ui.trainings.export import export_attendance_list
from coordinator_app.ui.trainings.programmes_dialog import ProgrammesDialog
from coordinator_app.ui.trainings.requirements_dialog import RequirementsDialog
from coordinator_app.ui.trainings.session_dialog import SessionDialog
from coordinator_app.ui.trainings.table import category_predicate, make_training_model
from coordinator_app.ui.widgets.changes import data_changes
from coordinator_app.ui.widgets.details_dialog import DetailsDocument
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy


class TrainingsTab(ListTab):
    object_prefix = "training"
    search_placeholder = N_("Search: title, trainer, place, programme…")
    all_filter_text = N_("All categories")
    loading_text = N_("Loading training sessions…")
    load_failed_text = N_("Could not load the training sessions: {error}")
    title_text = N_("Training sessions")
    empty_text = N_("No training sessions yet. Add the first one with “Add session…”.")
    column_widths = (85, 230, 150, 120, 130, 130, 60, 80, 80, 70)
    sort_column = "date"
    sort_order = Qt.SortOrder.DescendingOrder

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.add_button = self._button(_("&Add session…"), "training_add", self.add_session)
        self.edit_button = self._button(_("&Edit…"), "training_edit", self.edit_selected)
        self.attendance_button = self._button(
            _("A&ttendance…"), "training_attendance", self.attendance_selected
        )
        self.delete_button = self._button(_("Delete"), "training_delete", self.delete_selected)
        # One button with a menu keeps the row narrow enough for a small screen.
        self.export_button = self._button(_("&Attendance list"), "training_export", None)
        export_menu = QMenu(self.export_button)
        self.pdf_action = export_menu.addAction(
            _("Attendance list (PDF)…"), lambda: self.export_selected("pdf")
        )
        self.xlsx_action = export_menu.addAction(
            _("Attendance list (XLSX)…"), lambda: self.export_selected("xlsx")
        )
        self.export_button.setMenu(export_menu)
        for position, button in enumerate((self.add_button, self.edit_button, self.attendance_button)):
            self.buttons_layout.insertWidget(position, button)
        self.buttons_layout.insertWidget(4, self.delete_button)  # after Details
        self.buttons_layout.insertWidget(5, self.export_button)
        # The count may be cut short in a narrow window rather than widen it.
        self.count_label.setMinimumWidth(40)
        self.requirements_button = self._button(
            _("Required trainings…"), "training_requirements", self.edit_requirements
        )
        self.programmes_button = self._button(_("Programmes…"), "training_programmes", self.edit_programmes)
        self.filters_layout.addWidget(self.requirements_button)
        self.filters_layout.addWidget(self.programmes_button)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], Any] | None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # --- ListTab hooks ----------------------------------------------------------------------
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

    def activate(self, record_id: int) -> None:
        self.edit(record_id)

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "export_button"):
            return  # called by ListTab before this tab's buttons exist
        selected = self.selected_id() is not None
        for button in (self.edit_button, self.attendance_button, self.delete_button, self.export_button):
            button.setEnabled(selected)

    # --- actions ----------------------------------------------------------------------------
    def _changed(self, select_id: int | None, message: str) -> None:
        self.status_message.emit(message)
        self.reload(select_id=select_id)
        data_changes().trainings.emit()

    def add_session(self) -> None:
        dialog = SessionDialog(self.db, None, self)
        if dialog.exec():
            self._changed(dialog.saved_id, _("Training session saved."))

    def edit_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            self.edit(session_id)

    def edit(self, session_id: int) -> None:
        try:
            dialog = SessionDialog(self.db, session_id, self)
        except TrainingNotFound:
            self._gone()
            return
        if dialog.exec():
            self._changed(session_id, _("Training session saved."))

    def attendance_selected(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        try:
            dialog = AttendanceDialog(self.db, session_id, self)
        except TrainingNotFound:
            self._gone()
            return
        if dialog.exec():
            self._changed(session_id, _("Attendance saved."))

    def delete_selected(self) -> None:
        row = self.selected_record()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            _("Delete training session"),
            _("Delete the session “{title}” of {date}?").format(
                title=row.title, date=format_date(row.session_date)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_training(self.db, row.id)
        except TrainingHasAttendance as error:
            QMessageBox.information(self, _("Delete training session"), str(error))
            return
        except TrainingNotFound:
            pass
        self._changed(None, _("Training session deleted."))

    def _gone(self) -> None:
        self.status_message.emit(_("The record no longer exists; the list has been refreshed."))
        self.reload()

    def export_selected(self, kind: str) -> None:
        session_id = self.selected_id()
        if session_id is not None:
            export_attendance_list(self, self.db, session_id, kind, self._exported)

    def _exported(self, path: Path) -> None:
        self.status_message.emit(_("Saved: {path}").format(path=path))

    def edit_requirements(self) -> None:
        if RequirementsDialog(self.db, self).exec():
            self.status_message.emit(_("Required trainings saved."))
            data_changes().trainings.emit()

    def edit_programmes(self) -> None:
        ProgrammesDialog(self.db, self).exec()
        self.reload()
        data_changes().trainings.emit()
