"""The import wizard: file → sheet and header row → columns → preview → dictionary values →
import and report. Reading, checking and writing run off the GUI thread with a progress bar
and Cancel; the wizard holds plain data only (`ImportState`), never a live ORM object."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget, QWizard

from coordinator_app.core.importing.headers import VOLUNTEERS
from coordinator_app.core.importing.preview import Preview
from coordinator_app.core.importing.service import ImportResult
from coordinator_app.core.importing.sources import SourceError, Workbook
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.tasks import Task, run_task


@dataclass
class ImportState:
    db: Database
    kind: str = VOLUNTEERS
    path: Path | None = None
    workbook: Workbook | None = None
    sheet: str | None = None
    header_index: int = 0
    mapping: dict[int, str] = field(default_factory=dict)
    preview: Preview | None = None
    result: ImportResult | None = None


class ImportWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        from coordinator_app.ui.importing.pages_check import DictionaryPage, PreviewPage
        from coordinator_app.ui.importing.pages_read import ColumnsPage, FilePage, SheetPage
        from coordinator_app.ui.importing.pages_write import ReportPage

        super().__init__(parent)
        self.state = ImportState(db)
        self.setWindowTitle(_("Import from a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.setButtonText(QWizard.WizardButton.NextButton, _("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, _("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, _("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, _("&Close"))
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.dictionary_page = DictionaryPage(self)
        self.report_page = ReportPage(self)
        for page in (
            self.file_page,
            self.sheet_page,
            self.columns_page,
            self.preview_page,
            self.dictionary_page,
            self.report_page,
        ):
            self.addPage(page)
        self.resize(1100, 640)
        self.task: Task | None = None

    def run_with_progress(
        self,
        title: str,
        work: Callable[[Callable[[int, int], bool]], Any],
        done: Callable[[Any], None],
        *,
        writes: bool = False,
    ) -> None:
        """Run `work(progress)` in the background behind a progress dialog with Cancel;
        `done(result)` on success; a refusal or a cancel is shown, and nothing is left half done."""
        dialog = QProgressDialog(title, _("Cancel"), 0, 0, self)
        dialog.setWindowTitle(_("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progressed(count: int, total: int, _stage: str) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(count, max(total, 1)))

        def finished(result: Any) -> None:
            dialog.close()
            self.task = None
            done(result)

        def failed(error: Exception) -> None:
            from coordinator_app.core.importing.preview import Cancelled
            from coordinator_app.core.validation import ValidationErrors
            from coordinator_app.db.errors import StorageError

            dialog.close()
            self.task = None
            if isinstance(error, Cancelled):
                return
            if isinstance(error, SourceError | ValueError) and not isinstance(error, ValidationErrors):
                message = str(error)
            elif isinstance(error, StorageError):
                message = error.message
            else:
                message = _("Unexpected error; nothing was saved. Details are in the log file.")
            QMessageBox.warning(self, _("Import"), message)

        def job(progress: Callable[[int, int, str], bool]) -> Any:
            return work(lambda count, total: progress(count, total, ""))

        self.task = run_task(job, finished, failed, writes=writes, on_progress=progressed)
        dialog.canceled.connect(self._cancel)
        dialog.show()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


def open_import_wizard(parent: QWidget, db: Database) -> None:
    ImportWizard(db, parent).exec()
