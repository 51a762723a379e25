"""The one way a form dialog saves: collect → validate → write → field errors or the storage
error → accept.

A dialog subclasses `FormDialog[Data]` and supplies `collect` (the form's values), `write`
(calls the core service; keeps what it returns, e.g. the new id) and `show_field_errors`
(marks the fields); `validate` (validation and questions before writing), `failure_title` and
`error_summary` are optional. The service refuses with `ValidationErrors` (shown beside the
fields, with the summary line under the form) or `StorageError` (a full disk, a removed USB
stick, a damaged file: a message box says so); either way the dialog stays open and keeps
what was typed. `SaveCancelled` stops a save quietly (the coordinator answered "no").
The summary follows the fields as they are corrected: its count drops with each mark taken
away, and it goes once nothing is left to correct.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.errors import StorageError
from coordinator_app.i18n import _
from coordinator_app.ui.widgets.forms import FieldErrors, summary_label

Data = TypeVar("Data")


class SaveCancelled(Exception):
    """The save stopped without an error to show (the coordinator declined a question, or the
    dialog already said why)."""


def not_saved_summary(failure: str, count: int) -> str:
    """The line under a refused form, e.g. "The volunteer was not saved. Correct the marked
    fields (2)."; `failure` is the dialog's `failure_title`."""
    return _("{failure}. Correct the marked fields ({count}).").format(failure=failure, count=count)


class FormDialog(QDialog, Generic[Data]):
    """A dialog that saves a form through a core service; its Save button runs `save`. The
    subclass places `self.summary` (the refusal line) in its layout and declares its hooks:
    `collect` (the form's data), `write` (call the service, which validates again in its
    transaction) and `show_field_errors` (each message beside its field, field key → message,
    the others cleared); `validate`, `failure_title` and `error_summary` have defaults."""

    collect: Callable[[], Data]
    write: Callable[[Data], None]
    show_field_errors: Callable[[dict[str, str]], None]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary_label()
        self._refused: dict[str, str] = {}
        self._followed: FieldErrors | None = None

    # --- what each form may change ------------------------------------------------------------
    def failure_title(self) -> str:
        """The title of the message box, e.g. "The volunteer was not saved"."""
        return self.windowTitle()

    def validate(self, data: Data) -> None:
        """Checks and questions before writing: raise `ValidationErrors` to show field errors,
        `SaveCancelled` to stop."""

    def error_summary(self, by_field: dict[str, str]) -> str:
        """The line under the form; empty hides it."""
        return not_saved_summary(self.failure_title(), len(by_field))

    def field_errors(self) -> FieldErrors | None:
        """The marks of the form's fields, so the summary can follow them: `errors` of the
        dialog or of its `form`; None when the form keeps no such marks."""
        for owner in (self, getattr(self, "form", None)):
            errors = getattr(owner, "errors", None)
            if isinstance(errors, FieldErrors):
                return errors
        return None

    # --- the one way to save ----------------------------------------------------------------
    def save(self) -> None:
        try:
            data = self.collect()
            self.validate(data)
            self.write(data)
        except SaveCancelled:
            return
        except ValidationErrors as errors:
            self.show_refusal(errors.by_field())
            return
        except StorageError as error:
            QMessageBox.critical(self, self.failure_title(), error.message)
            return
        self.accept()

    def show_refusal(self, by_field: dict[str, str]) -> None:
        """The fields' messages and the summary line."""
        self.show_field_errors(by_field)
        self._refused = dict(by_field)
        marks = self.field_errors()
        if marks is not None and marks is not self._followed:
            marks.cleared.append(self._update_summary)
            self._followed = marks
        self._update_summary()

    def _update_summary(self) -> None:
        """The summary of what is still to correct: a refusal whose field was changed since
        no longer counts (a refusal with no field of its own stays until the next save)."""
        left = self._refused
        marks = self.field_errors()
        if marks is not None:
            fields, marked = marks.field_keys(), marks.marked()
            left = {key: text for key, text in left.items() if key not in fields or key in marked}
        text = self.error_summary(left) if left else ""
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def clear_refusal(self) -> None:
        """No field is marked and the summary is hidden (the form passed its checks)."""
        self._refused = {}
        self.show_field_errors({})
        self.summary.hide()
