"""Plik → "Pobierz wzór arkusza": choose what the sheet lists, then where to save it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from coordinator_app.core.importing.headers import CLIENTS, HOURS, VOLUNTEERS
from coordinator_app.core.importing.template import write_template
from coordinator_app.i18n import _

FILE_NAMES = {VOLUNTEERS: "wzor-wolontariusze.xlsx", CLIENTS: "wzor-klienci.xlsx", HOURS: "wzor-godziny.xlsx"}


def save_template(parent: QWidget, kind: str | None = None) -> Path | None:
    """Ask (when `kind` is None) which sheet, then where; write it. Returns the path saved."""
    if kind is None:
        labels = {
            _("Volunteers"): VOLUNTEERS,
            _("Clients"): CLIENTS,
            _("Hours of past months (history)"): HOURS,
        }
        label, ok = QInputDialog.getItem(
            parent, _("Download the blank sheet"), _("The sheet lists:"), list(labels), 0, False
        )
        if not ok:
            return None
        kind = labels[label]
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _("Save the blank sheet"), str(folder / FILE_NAMES[kind]), _("Excel workbook (*.xlsx)")
    )
    if not chosen:
        return None
    target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
    try:
        write_template(kind, target)
    except OSError as error:
        QMessageBox.warning(
            parent,
            _("Download the blank sheet"),
            _("The file could not be saved: {error}").format(error=error),
        )
        return None
    return target
