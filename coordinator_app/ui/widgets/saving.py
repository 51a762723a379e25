"""Run a save and explain a database failure in a sentence, keeping the form's data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from coordinator_app.db.errors import describe_database_error

T = TypeVar("T")


class SaveFailed(Exception):
    """The database refused the write; the user was told why."""


def save_or_explain(parent: QWidget, failed_title: str, action: Callable[[], T]) -> T:
    """`action()`; on a full disk, a removed USB stick or a damaged file, a message box says so
    and `SaveFailed` is raised (the transaction was rolled back, the form keeps its data).
    Validation errors pass through for the form to show beside its fields."""
    try:
        return action()
    except SQLAlchemyError as error:
        message = describe_database_error(error)
        if message is None:
            raise
        QMessageBox.critical(parent, failed_title, message)
        raise SaveFailed from error
