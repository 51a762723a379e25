"""Save a session's attendance list (sign-in sheet) as PDF or XLSX, chosen through a file dialog."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coordinator_app.core.text import fold
from coordinator_app.core.trainings import AttendanceSheet, attendance_sheet
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.tasks import run_task

Writer = Callable[[AttendanceSheet, Path], Path]


def _writer(kind: str) -> Writer:
    """The document writer, imported only when used (ReportLab and openpyxl load slowly)."""
    if kind == "pdf":
        from coordinator_app.output.documents.attendance_list import build_attendance_list

        return build_attendance_list
    from coordinator_app.output.summaries.attendance_xlsx import write_attendance_xlsx

    return write_attendance_xlsx


def suggested_name(sheet: AttendanceSheet, kind: str) -> str:
    """`lista-obecnosci-2026-11-13-szkolenie-wprowadzajace.pdf`."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(sheet.title)).strip("-")
    if len(slug) > 40:
        slug = slug[:41].rsplit("-", 1)[0]  # whole words only
    prefix = _("attendance-list")  # a file name: no spaces or Polish letters
    return f"{prefix}-{sheet.session_date.isoformat()}-{slug}.{kind}"


def export_attendance_list(
    parent: QWidget, db: Database, session_id: int, kind: str, on_saved: Callable[[Path], None]
) -> None:
    """Ask where to save, then write the file in the background; `on_saved` gets the path."""
    try:
        writer = _writer(kind)
    except ImportError:
        QMessageBox.information(
            parent, _("Attendance list"), _("Printing attendance lists is not available in this version yet.")
        )
        return
    sheet = attendance_sheet(db, session_id)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    filters = _("PDF document (*.pdf)") if kind == "pdf" else _("Excel workbook (*.xlsx)")
    path, _chosen = QFileDialog.getSaveFileName(
        parent, _("Save the attendance list"), str(Path(folder) / suggested_name(sheet, kind)), filters
    )
    if not path:
        return
    target = Path(path)
    if target.suffix.lower() != f".{kind}":
        target = target.with_name(target.name + f".{kind}")

    def failed(error: Exception) -> None:
        QMessageBox.critical(
            parent, _("Attendance list"), _("The file could not be saved: {error}").format(error=error)
        )

    run_task(lambda: writer(sheet, target), on_saved, failed)
