"""Save a coalition document (a meeting's attendance list or minutes, the yearly programme) as
a PDF chosen through a file dialog, written in the background by the kind's own writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.tasks import run_task


def file_stem(kind: DocumentKind) -> str:
    """The suggested file name's start, without spaces or Polish letters."""
    stems = {
        DocumentKind.COALITION_ATTENDANCE: _("coalition-attendance-list"),
        DocumentKind.COALITION_MINUTES: _("coalition-minutes"),
        DocumentKind.PROGRAMME: _("volunteering-programme"),
    }
    return stems.get(kind, kind.cli_name)


def save_sheet(
    parent: QWidget,
    db: Database,
    kind: DocumentKind,
    record_id: int,
    label: str,
    on_saved: Callable[[Path], None],
) -> None:
    """Ask where to save, then write the PDF in the background; `label` ends the file name
    ("2-2026"), `on_saved` gets the path."""
    from coordinator_app.output.documents.registry import printed

    writer = printed(kind).sheet
    assert writer is not None  # the coalition's kinds are written straight from the database
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{file_stem(kind)}-{label}.pdf"
    path, _chosen = QFileDialog.getSaveFileName(
        parent, _("Save as PDF"), str(Path(folder) / name), _("PDF document (*.pdf)")
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")

    def write() -> Path:
        writer(db, record_id, target)
        return target

    def failed(error: Exception) -> None:
        QMessageBox.critical(
            parent, _("Save as PDF"), _("The file could not be saved: {error}").format(error=error)
        )

    run_task(write, on_saved, failed)
