"""Add or edit a training session: validate field by field, save."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from coordinator_app.core.trainings import (
    TrainingData,
    create_training,
    get_training,
    update_training,
    validate_training,
)
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.trainings.session_form import TrainingForm
from coordinator_app.ui.widgets.form_dialog import FormDialog
from coordinator_app.ui.widgets.forms import save_cancel_buttons

# The session typed in, and the messages of fields that could not even be read (the cost).
Typed = tuple[TrainingData, dict[str, str]]


class SessionDialog(FormDialog[Typed]):
    def __init__(self, db: Database, session_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.session_id = session_id
        self.saved_id: int | None = None
        self.form = TrainingForm()
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

    def failure_title(self) -> str:
        return _("The session was not saved")

    def collect(self) -> Typed:
        return self.form.collect()

    def validate(self, data: Typed) -> None:
        """Every field's message at once: the unreadable ones and the core's validation."""
        session, unreadable = data
        try:
            validate_training(session)
            errors = dict(unreadable)
        except ValidationErrors as found:
            errors = {**found.by_field(), **unreadable}
        if errors:
            raise ValidationErrors([FieldError(key, message) for key, message in errors.items()])

    def write(self, data: Typed) -> None:
        session, _unreadable = data
        if self.session_id is None:
            self.saved_id = create_training(self.db, session)
        else:
            update_training(self.db, self.session_id, session)
            self.saved_id = self.session_id

    def show_field_errors(self, by_field: dict[str, str]) -> None:
        self.form.show_errors(by_field)
