"""The windows the main menus open on the database: `opener(window, db)`, typed.

Each imports its dialog's package only when called, so the window's first paint needs none
of them (the documents and reports windows bring ReportLab, the summaries and more).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from coordinator_app.db.engine import Database

Opener = Callable[["QWidget", "Database"], object]


def reports(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.reports import open_reports

    open_reports(window, db)


def batch_print(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_batch_print

    open_batch_print(window, db)


def document_register(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_document_register

    open_document_register(window, db)


def intake_form(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_intake_form

    open_intake_form(window, db)


def organisation_settings(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_organisation_settings

    open_organisation_settings(window, db)


def template_editor(window: QWidget, db: Database) -> None:
    from coordinator_app.ui.documents import open_template_editor

    open_template_editor(window, db)
