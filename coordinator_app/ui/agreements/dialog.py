"""Add or edit a volunteer's agreement: validate field by field, confirm the warnings, save."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QVBoxLayout, QWidget

from coordinator_app.core.agreements import (
    AgreementData,
    AgreementWarning,
    SaveResult,
    check_agreement,
    create_agreement,
    form_context,
    get_agreement,
    new_agreement,
    proposed_number,
    update_agreement,
)
from coordinator_app.core.validation import required_fields
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.agreements.activation import offer_activation
from coordinator_app.ui.agreements.common import warnings_text
from coordinator_app.ui.agreements.form import AgreementForm
from coordinator_app.ui.widgets.form_dialog import FormDialog, SaveCancelled
from coordinator_app.ui.widgets.forms import OptionalDateEdit, save_cancel_buttons


class AgreementDialog(FormDialog[AgreementData]):
    """`agreement_id` None: a new agreement of `volunteer_id`, pre-filled with the defaults."""

    def __init__(
        self, db: Database, volunteer_id: int, agreement_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.volunteer_id = volunteer_id
        self.agreement_id = agreement_id
        self.result_: SaveResult | None = None
        self.activated = False  # the candidate was activated after signing
        self.warning_box: QMessageBox | None = None
        context = form_context(db, volunteer_id, agreement_id)
        self.form = AgreementForm(context, new=agreement_id is None)
        self.form.errors.mark_required(
            required_fields(lambda: check_agreement(db, volunteer_id, AgreementData(), agreement_id))
        )
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
        proposed = proposed_number(self.db, "agreement", day)
        number.setPlaceholderText(_("given when saved: {number}").format(number=proposed))

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

    def failure_title(self) -> str:
        return _("The agreement was not saved")

    def collect(self) -> AgreementData:
        return self.form.collect()

    def validate(self, data: AgreementData) -> None:
        warnings = check_agreement(self.db, self.volunteer_id, data, self.agreement_id)
        self.clear_refusal()
        if warnings and not self._confirm(warnings):
            raise SaveCancelled

    def write(self, data: AgreementData) -> None:
        """May still refuse: the data changed meanwhile (e.g. the number was taken)."""
        if self.agreement_id is None:
            self.result_ = create_agreement(self.db, self.volunteer_id, data)
        else:
            self.result_ = update_agreement(self.db, self.agreement_id, data)
        self.activated = offer_activation(self, self.db, self.volunteer_id)

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)
