"""Create or edit a training programme: name, description, active."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QVBoxLayout, QWidget

from coordinator_app.core.trainings import ProgrammeData, create_programme, get_programme, update_programme
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import FieldErrors, line_edit, save_cancel_buttons, text_edit


class ProgrammeEditDialog(FormDialog[ProgrammeData]):
    def __init__(self, db: Database, programme_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.programme_id = programme_id
        self.saved_id: int | None = None
        self.setWindowTitle(_("New programme") if programme_id is None else _("Edit programme"))
        self.errors = FieldErrors()
        self.name = line_edit(200, _("e.g. Preparing volunteers – 5 meetings"))
        self.name.setObjectName("programme_name")
        self.description = text_edit(height=90)
        self.description.setObjectName("programme_description")
        self.active = QCheckBox(_("Active (offered for new sessions)"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(form, _("Name *"), "name", self.name)
        form.addRow(_("Description"), self.description)
        form.addRow("", self.active)
        buttons = self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)  # the room left goes below the fields, not between them
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(520, 260)
        if programme_id is not None:
            data = get_programme(db, programme_id)
            self.name.setText(data.name)
            self.description.setPlainText(data.description or "")
            self.active.setChecked(data.active)

    def collect(self) -> ProgrammeData:
        return ProgrammeData(self.name.text(), self.description.toPlainText(), self.active.isChecked())

    def write(self, data: ProgrammeData) -> None:
        if self.programme_id is None:
            self.saved_id = create_programme(self.db, data)
        else:
            update_programme(self.db, self.programme_id, data)
            self.saved_id = self.programme_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        first = self.errors.show(by_field)
        if first is not None:
            first.setFocus()

    def error_summary(self, by_field: dict[str, str]) -> str:
        return ""  # the message beside the name says it all
