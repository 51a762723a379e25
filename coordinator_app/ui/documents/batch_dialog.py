"""Batch printing in the background: thank-you diplomas for everyone active in a year, monthly
hours cards for every assignment of a month, certificates for a year; one PDF, with progress
and Cancel (cancelling issues nothing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.snapshot import DocumentRefused
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.ui.tasks import Task, run_task
from coordinator_app.ui.widgets.accessibility import print_key

if TYPE_CHECKING:
    from coordinator_app.output.documents.kinds import Batch


class BatchPrintDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.result: Any = None
        self.setWindowTitle(_("Batch printing"))
        self.resize(620, 240)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        from coordinator_app.output.documents.registry import batches

        self.kind = QComboBox()
        for entry in batches():
            assert entry.batch is not None
            self.kind.addItem(_(entry.batch.label), entry.kind.value)
        self.kind.currentIndexChanged.connect(lambda _index: self._kind_changed())
        form.addRow(_("Documents"), self.kind)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        form.addRow(_("Year"), self.year)
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("MM.yyyy")
        form.addRow(_("Month"), self.month)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        self.out = QLineEdit()
        self.out.setObjectName("batch_out")
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self.choose_file)
        row_layout.addWidget(self.out, 1)
        row_layout.addWidget(choose)
        form.addRow(_("PDF file"), row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(_("Print to PDF"))
        self.start_button.clicked.connect(self.start)
        print_key(self, self.start_button)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._kind_changed()

    @property
    def kind_key(self) -> str:
        return str(self.kind.currentData())

    @property
    def batch(self) -> Batch:
        from coordinator_app.output.documents.registry import printed

        batch = printed(self.kind_key).batch
        assert batch is not None
        return batch

    def _kind_changed(self) -> None:
        monthly = self.batch.monthly
        self.month.setEnabled(monthly)
        self.year.setEnabled(not monthly)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suffix = self.selected_month().key if monthly else str(self.year.value())
        self.out.setText(str(Path(folder) / f"{self.batch.file_stem}-{suffix}.pdf"))

    def selected_month(self) -> Month:
        return Month(self.month.date().year(), self.month.date().month())

    def choose_file(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self, _("Save as PDF"), self.out.text(), _("PDF document (*.pdf)")
        )
        if path:
            self.out.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def targets(self) -> list[int]:
        from coordinator_app.core.issuing.batch import thanks_targets, timesheet_targets

        if self.batch.monthly:
            return timesheet_targets(self.db, self.selected_month())
        return thanks_targets(self.db, self.year.value())

    def start(self) -> None:
        out = Path(self.out.text().strip())
        if not self.out.text().strip() or not out.parent.is_dir():
            self.message.setText(_("Choose an existing folder for the PDF file."))
            return
        ids = self.targets()
        if not ids:
            self.message.setText(_("There is nothing to print for the chosen period."))
            return
        kind = self.kind_key
        month = self.selected_month() if self.batch.monthly else None
        options: dict[str, Any] = {} if self.batch.monthly else self.batch.options(self.year.value())
        self.progress = QProgressDialog(_("Printing…"), _("Cancel"), 0, len(ids), self)
        self.progress.setWindowTitle(_("Batch printing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.start_button.setEnabled(False)

        def work(progress: Any) -> Any:
            from coordinator_app.output.documents.batch import run_batch

            return run_batch(
                self.db,
                kind,
                ids,
                out,
                month=month,
                options=options,
                title=self.kind.currentText(),
                progress=lambda done, total: progress(done, total, ""),
            )

        self.task = run_task(work, self._finished, self._failed, writes=True, on_progress=self._progressed)
        self.progress.canceled.connect(self.task.cancel)

    def _progressed(self, done: int, total: int, _stage: str) -> None:
        if self.progress is not None and not self.progress.wasCanceled():
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.start_button.setEnabled(True)

    def _finished(self, result: Any) -> None:
        self._close_progress()
        self.result = result
        text = ngettext(
            "Printed {n} document ({pages} pages) into {path}.",
            "Printed {n} documents ({pages} pages) into {path}.",
            result.documents,
        ).format(n=result.documents, pages=result.pages, path=result.out)
        if result.skipped:
            text += "\n" + _("Left out:") + "\n" + "\n".join(result.skipped[:20])
        self.message.setText(text)

    def _failed(self, error: Exception) -> None:
        from coordinator_app.core.issuing.batch import BatchCancelled

        self._close_progress()
        if isinstance(error, BatchCancelled):
            self.message.setText(_("Cancelled: nothing was issued or saved."))
        elif isinstance(error, DocumentRefused):
            self.message.setText(str(error))
        else:
            QMessageBox.critical(self, _("Batch printing"), _("Printing failed: {error}").format(error=error))
