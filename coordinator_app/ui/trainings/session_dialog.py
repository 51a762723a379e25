"""Add or edit a training session: validate field by field, save."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.core.trainings import (
    TrainingData,
    create_training,
    get_training,
    update_training,
    validate_training,
)
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.errors import describe_database_error
from coordinator_app.i18n import _
from coordinator_app.ui.trainings.session_form import TrainingForm
from coordinator_app.ui.widgets.forms import save_cancel_buttons, summary_label


class SessionDialog(QDialog):
    def __init__(self, db: Database, session_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.saved_id: int | None = None
        self.form = TrainingForm()
        self.summary = summary_label()
        buttons = self.buttons = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(640, 620)
        if session_id is None:
            self.setWindowTitle(_("New training session"))
            self.form.load(TrainingData())
        else:
            data = get_training(db, session_id)
            self.setWindowTitle(_("Edit training session: {title}").format(title=data.title))
            self.form.load(data)

    def save(self) -> None:
        data, unreadable = self.form.collect()
        try:
            validate_training(data)
            errors = dict(unreadable)
        except ValidationErrors as found:
            errors = {**found.by_field(), **unreadable}
        if errors:
            self.form.show_errors(errors)
            self.summary.setText(
                _("The session was not saved. Correct the marked fields ({count}).").format(count=len(errors))
            )
            self.summary.show()
            return
        try:
            if self.session_id is None:
                self.saved_id = create_training(self.db, data)
            else:
                update_training(self.db, self.session_id, data)
                self.saved_id = self.session_id
        except SQLAlchemyError as error:
            # A full disk, a removed USB stick, a damaged file: say so; the form keeps its data.
            message = describe_database_error(error)
            if message is None:
                raise
            QMessageBox.critical(self, _("The session was not saved"), message)
            return
        self.accept()
