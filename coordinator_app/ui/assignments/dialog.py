"""Add or edit an assignment: the core's gates refuse or warn; the coordinator confirms warnings."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from coordinator_app.core.assignments import (
    AssignmentData,
    AssignmentWarnings,
    create_assignment,
    get_assignment,
    update_assignment,
)
from coordinator_app.core.assignments.validate import validate_assignment
from coordinator_app.core.dictionaries import (
    client_options,
    list_activity_types,
    list_social_workers,
    volunteer_options,
)
from coordinator_app.core.enums import AssignmentStatus
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.assignments.form import AssignmentForm
from coordinator_app.ui.documents import open_document_preview
from coordinator_app.ui.widgets.form_dialog import FormDialog, SaveCancelled
from coordinator_app.ui.widgets.forms import save_cancel_buttons
from coordinator_app.ui.widgets.print_button import print_button


class AssignmentDialog(FormDialog[AssignmentData]):
    def __init__(
        self,
        db: Database,
        assignment_id: int | None,
        parent: QWidget | None = None,
        *,
        prefill: AssignmentData | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.assignment_id = assignment_id
        self.saved_id: int | None = None
        self._reopen_need = True
        data = (prefill or AssignmentData()) if assignment_id is None else get_assignment(db, assignment_id)
        self._stored_status = None if assignment_id is None else data.status
        self.form = AssignmentForm(
            db,
            volunteer_options(db, data.volunteer_id),
            client_options(db, data.client_id),
            list_activity_types(db),
            list_social_workers(db),
        )
        self.form.errors.mark_required(
            required_fields(lambda: validate_assignment(AssignmentData(), dt.date.today()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        self.buttons = save_cancel_buttons(self, self.save)
        layout.addWidget(self.buttons)
        self.resize(720, 640)
        self.setWindowTitle(_("New assignment") if assignment_id is None else _("Edit assignment"))
        self.form.load(data)
        if assignment_id is not None:
            self.print_button = print_button(
                self,
                [
                    (
                        _("Referral for the client…"),
                        lambda: open_document_preview(self, db, "referral", id=assignment_id),
                    ),
                    (
                        _("Monthly hours card…"),
                        lambda: open_document_preview(self, db, "timesheet", id=assignment_id),
                    ),
                ],
            )
            self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)

    def failure_title(self) -> str:
        return _("The assignment was not saved")

    def collect(self) -> AssignmentData:
        return self.form.collect()

    def validate(self, data: AssignmentData) -> None:
        reopen = self._ask_reopen_need(data)
        if reopen is None:
            raise SaveCancelled
        self._reopen_need = reopen

    def write(self, data: AssignmentData) -> None:
        """The core refuses or warns; warnings confirmed, the save is tried again accepting them."""
        accept_warnings = False
        while True:
            try:
                self.saved_id = self._write(data, accept_warnings, self._reopen_need)
                return
            except AssignmentWarnings as warnings:
                if not self._confirm(warnings.warnings):
                    raise SaveCancelled from None
                accept_warnings = True

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)

    def _write(self, data: AssignmentData, accept_warnings: bool, reopen_need: bool) -> int:
        if self.assignment_id is None:
            return create_assignment(self.db, data, accept_warnings=accept_warnings)
        update_assignment(
            self.db, self.assignment_id, data, accept_warnings=accept_warnings, reopen_need=reopen_need
        )
        return self.assignment_id

    def _confirm(self, warnings: list[str]) -> bool:
        listing = "\n".join(f"• {w}" for w in warnings)
        answer = QMessageBox.warning(
            self,
            _("Please check"),
            _("{listing}\n\nSave the assignment anyway?").format(listing=listing),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Save

    def _ask_reopen_need(self, data: AssignmentData) -> bool | None:
        """When ending an assignment that served a need: is the help still needed?
        Yes puts the need back on the waiting list. None: the coordinator cancelled."""
        ending = data.status == AssignmentStatus.ENDED and self._stored_status != AssignmentStatus.ENDED
        if not ending or data.need_id is None:
            return True
        answer = QMessageBox.question(
            self,
            _("End assignment"),
            _(
                "Does the client still need this help? "
                "Yes puts the need back on the waiting list; No closes it."
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes
