"""The last page: what will happen, the import itself (one transaction, in the background),
then the report: how many landed, the rejected rows to save as XLSX, and undo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from coordinator_app.core.importing.service import ImportResult, run_import
from coordinator_app.i18n import _

if TYPE_CHECKING:
    from coordinator_app.ui.importing.wizard import ImportWizard


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(_("Import"))
        self.setSubTitle(_("All the rows go in one transaction: either all of them are saved, or none."))
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        self.import_button = QPushButton(_("&Import now"))
        self.import_button.clicked.connect(self._import)
        self.rejected_button = QPushButton(_("Save the rejected rows (.xlsx)…"))
        self.rejected_button.clicked.connect(self._save_rejected)
        self.undo_button = QPushButton(_("&Undo this import"))
        self.undo_button.clicked.connect(self._undo)
        row = QHBoxLayout()
        for button in (self.import_button, self.rejected_button, self.undo_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        state = self.owner.state
        preview = state.preview
        assert preview is not None
        state.result = None
        self.text.setText(
            _(
                "{ok} rows will be imported in one go; {rejected} will not (you can save them with the "
                "reasons, fix them and import them again). The import can be undone as a whole until "
                "one of its records is changed by hand."
            ).format(ok=len(preview.to_import()), rejected=len(preview.rejected()))
        )
        self.import_button.setEnabled(bool(preview.to_import()))
        self.import_button.setVisible(True)
        self.undo_button.setVisible(False)
        self.rejected_button.setEnabled(bool(preview.rejected()))
        self.owner.button(QWizard.WizardButton.FinishButton).setText(_("&Close"))

    def isComplete(self) -> bool:
        return True

    def _import(self) -> None:
        state = self.owner.state
        preview = state.preview
        assert preview is not None and state.path is not None
        path, sheet = state.path, state.sheet

        def work(progress):  # type: ignore[no-untyped-def]
            return run_import(state.db, preview, file_name=path.name, sheet=sheet, progress=progress)

        self.owner.run_with_progress(_("Importing…"), work, self._imported, writes=True)

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.owner.state.result = result
        text = _("Import no. {n} done: {imported} imported, {rejected} not imported.").format(
            n=result.batch_id, imported=result.imported + result.merged, rejected=result.rejected
        )
        if result.closed_months:
            text += " " + _("Months closed: {months}.").format(months=", ".join(result.closed_months))
        self.text.setText(text)
        self.import_button.setVisible(False)
        self.undo_button.setVisible(True)
        self.owner.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _save_rejected(self) -> None:
        from coordinator_app.core.importing.rejected import write_rejected

        state = self.owner.state
        assert state.preview is not None and state.path is not None
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        suggested = folder / f"{state.path.stem}-{_('rejected')}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("Save the rejected rows"), str(suggested), _("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return
        target = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
        try:
            count = write_rejected(state.preview, target)
        except OSError as error:
            QMessageBox.warning(
                self, _("Import"), _("The file could not be saved: {error}").format(error=error)
            )
            return
        QMessageBox.information(
            self, _("Import"), _("Rejected rows ({n}) saved: {path}").format(n=count, path=target)
        )

    def _undo(self) -> None:
        from coordinator_app.core.importing.undo import undo_import

        result = self.owner.state.result
        assert result is not None
        answer = QMessageBox.question(
            self, _("Undo the import"), _("Remove everything import no. {n} added?").format(n=result.batch_id)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def undone(_count: object) -> None:
            self.text.setText(_("Import no. {n} was undone.").format(n=result.batch_id))
            self.undo_button.setVisible(False)

        self.owner.run_with_progress(
            _("Undoing the import…"),
            lambda _progress: undo_import(self.owner.state.db, result.batch_id),
            undone,
            writes=True,
        )
