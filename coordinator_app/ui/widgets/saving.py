"""Run a save outside a form dialog (an editor that stays open) and explain a database failure
in a sentence, keeping what was typed. Form dialogs save through `FormDialog` (form_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from coordinator_app.db.errors import StorageError

T = TypeVar("T")


class SaveFailed(Exception):
    """The database refused the write; the user was told why."""


def save_or_explain(parent: QWidget, failed_title: str, action: Callable[[], T]) -> T:
    """`action()`; on a full disk, a removed USB stick or a damaged file, a message box says so
    and `SaveFailed` is raised (the transaction was rolled back, the editor keeps its data).
    Validation errors pass through for the editor to show beside its fields."""
    try:
        return action()
    except StorageError as error:
        QMessageBox.critical(parent, failed_title, error.message)
        raise SaveFailed from error
