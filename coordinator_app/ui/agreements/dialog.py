"""Add or edit a volunteer's agreement: validate field by field, confirm the warnings, save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.core.agreements import (
    AgreementWarning,
    SaveResult,
    check_agreement,
    create_agreement,
    form_context,
    get_agreement,
    new_agreement,
    update_agreement,
)
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import describe_database_error
from coordinator_app.i18n import _
from coordinator_app.ui.agreements.common import warnings_text
from coordinator_app.ui.agreements.form import AgreementForm
from coordinator_app.ui.widgets.forms import OptionalDateEdit, save_cancel_buttons, summary_label


class AgreementDialog(QDialog):
    """`agreement_id` None: a new agreement of `volunteer_id`, pre-filled with the defaults."""

    def __init__(
        self, db: Database, volunteer_id: int, agreement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.agreement_id = agreement_id
        self.result_: SaveResult | None = None
        self.warning_box: QMessageBox | None = None
        context = form_context(db, volunteer_id, agreement_id)
        self.form = AgreementForm(context, new=agreement_id is None)
        self.summary = summary_label()
        self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        name = context.volunteer.full_name
        if agreement_id is None:
            self.setWindowTitle(_("New agreement: {name}").format(name=name))
            self.form.load(new_agreement(db, volunteer_id))
            concluded = self.form.fields["concluded_on"]
            assert isinstance(concluded, OptionalDateEdit)
            concluded.dateChanged.connect(lambda _d: self._propose_number())
        else:
            stored = get_agreement(db, agreement_id)
            self.setWindowTitle(_("Agreement {number}: {name}").format(number=stored.data.number, name=name))
            self.form.load(stored.data)

    def _propose_number(self) -> None:
        """The number a new agreement would get: its sequence follows the conclusion date's year."""
        concluded = self.form.fields["concluded_on"]
        number = self.form.fields["number"]
        assert isinstance(concluded, OptionalDateEdit) and isinstance(number, QLineEdit)
        day = concluded.value()
        if day is None:
            return
        with self.db.session() as session:
            proposed = next_number(session, "agreement", day)
        number.setPlaceholderText(_("given when saved: {number}").format(number=proposed))

    def _show_errors(self, errors: ValidationErrors) -> None:
        by_field = errors.by_field()
        self.form.show_errors(by_field)
        self.summary.setText(
            _("The agreement was not saved. Correct the marked fields ({count}).").format(count=len(by_field))
        )
        self.summary.show()

    def _confirm(self, warnings: list[AgreementWarning]) -> bool:
        """Ask before saving with warnings (window-modal; kept in `warning_box` for tests)."""
        box = self.warning_box = QMessageBox(
            QMessageBox.Icon.Warning,
            _("Check before saving"),
            _("The agreement can be saved, but note:\n\n{warnings}\n\nSave it?").format(
                warnings=warnings_text(warnings)
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("agreement_warnings")
        box.button(QMessageBox.StandardButton.Save).setText(_("Save"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_("Go back"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        self.warning_box = None
        return answer == QMessageBox.StandardButton.Save

    def save(self) -> None:
        data = self.form.collect()
        try:
            warnings = check_agreement(self.db, self.volunteer_id, data, self.agreement_id)
        except ValidationErrors as errors:
            self._show_errors(errors)
            return
        self.form.show_errors({})
        self.summary.hide()
        if warnings and not self._confirm(warnings):
            return
        try:
            if self.agreement_id is None:
                self.result_ = create_agreement(self.db, self.volunteer_id, data)
            else:
                self.result_ = update_agreement(self.db, self.agreement_id, data)
        except ValidationErrors as errors:  # changed meanwhile (e.g. the number was taken)
            self._show_errors(errors)
            return
        except SQLAlchemyError as error:
            # A full disk, a removed USB stick, a damaged file: say so; the form keeps its data.
            message = describe_database_error(error)
            if message is None:
                raise
            QMessageBox.critical(self, _("The agreement was not saved"), message)
            return
        self.accept()
