"""Printing in the window: preview, print, save as PDF, the opinion editor, the organisation
settings, the wording of documents, batch printing and the register.

Entry points for the main window and the tabs (each opens a modal dialog):

    open_document_preview(parent, db, kind, id=…, volunteer_id=…, month=…, options=…)
    open_document_preview(parent, db, register_id=…)      # print an issued document again
    open_opinion_editor(parent, db, volunteer_id)
    open_organisation_settings(parent, db)
    open_template_editor(parent, db)
    open_batch_print(parent, db)
    open_document_register(parent, db)

Qt widgets over `core.issuing`, rendering through `output.documents` (pages shown with
pypdfium2); imports core, db, i18n, output, ui.style, ui.tasks and ui.widgets.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.output.documents.kinds import CliMode
from coordinator_app.output.documents.registry import printed


def open_document_preview(
    parent: QWidget | None,
    db: Database,
    kind: str | None = None,
    *,
    id: int | None = None,
    volunteer_id: int | None = None,
    month: Month | None = None,
    options: dict[str, Any] | None = None,
    register_id: int | None = None,
) -> int | None:
    """Preview a document (kind + ids) or an issued one (register_id); returns the register id
    once it is issued (printed or saved), else None. The opinion opens its editor first; an
    hours card without a month asks for it."""
    from coordinator_app.core.issuing.service import DocumentRequest
    from coordinator_app.ui.documents.preview import DocumentPreviewDialog

    declared = printed(kind) if register_id is None and kind is not None else None
    # A kind written in the window (the opinion) opens its editor before anything is issued.
    written_first = declared is not None and declared.cli is CliMode.REPRINT
    if written_first and id is not None and not (options or {}).get("assessment"):
        open_opinion_editor(parent, db, id)
        return None
    if declared is not None and declared.needs_month and not month:
        import datetime as dt

        default = Month.of(dt.date.today()).key
        text, accepted = QInputDialog.getText(
            parent, _("Monthly hours card"), _("Month (YYYY-MM):"), text=default
        )
        if not accepted:
            return None
        try:
            month = Month.parse(text)
        except ValueError:
            wrong = _("Give the month as YYYY-MM, e.g. 2025-03.")
            missing = _("Give the month of the hours card as YYYY-MM.")
            QMessageBox.warning(parent, _("Print preview"), wrong if text.strip() else missing)
            return None
    if register_id is not None:
        dialog = DocumentPreviewDialog(parent, db, register_id=register_id)
    else:
        if kind is None:
            raise ValueError("kind or register_id is needed")
        request = DocumentRequest(
            kind, id, volunteer_id=volunteer_id, month=month, options=dict(options or {})
        )
        dialog = DocumentPreviewDialog(parent, db, request=request)
    if not dialog.load():
        return None
    dialog.exec()
    return dialog.register_id


def open_intake_form(parent: QWidget | None, db: Database) -> None:
    """The blank application form (karta zgłoszenia), to print and fill in by hand."""
    open_document_preview(parent, db, DocumentKind.INTAKE_FORM)


def open_opinion_editor(parent: QWidget | None, db: Database, volunteer_id: int) -> None:
    from coordinator_app.ui.documents.opinion_editor import OpinionEditor

    OpinionEditor(parent, db, volunteer_id).exec()


def open_organisation_settings(parent: QWidget | None, db: Database) -> bool:
    from coordinator_app.ui.documents.organisation_dialog import open_organisation_dialog

    return open_organisation_dialog(parent, db)


def open_template_editor(parent: QWidget | None, db: Database) -> None:
    from coordinator_app.ui.documents.template_editor import TemplateEditor

    TemplateEditor(parent, db).exec()


def open_batch_print(parent: QWidget | None, db: Database) -> None:
    from coordinator_app.ui.documents.batch_dialog import BatchPrintDialog

    BatchPrintDialog(parent, db).exec()


def open_document_register(parent: QWidget | None, db: Database) -> None:
    from coordinator_app.ui.documents.register_dialog import RegisterDialog

    RegisterDialog(parent, db).exec()
