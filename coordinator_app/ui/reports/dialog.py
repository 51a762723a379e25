"""Raporty: pick the summary (of a period, or the annual one for the yearly report and the
OZPS), the period and a format, preview the summary, save it as PDF, XLSX or CSV.

The figures are computed in the background with a progress bar and Cancel; the preview shows
the very tables the files hold. The two report settings (the small-count threshold and the
value of an hour of work) are edited here and saved before the figures are computed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.calendar import Period, PeriodError
from coordinator_app.core.reports import (
    Cancelled,
    monthly_summary,
    read_report_settings,
    save_report_settings,
)
from coordinator_app.core.reports.annual import annual_summary
from coordinator_app.core.reports.settings import MAX_SMALL_COUNT, MIN_SMALL_COUNT
from coordinator_app.core.reports.summary import Progress
from coordinator_app.core.validation import FieldError, ValidationErrors, money
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_money
from coordinator_app.output.summaries.annual_model import build_annual_document
from coordinator_app.output.summaries.monthly_html import document_html
from coordinator_app.output.summaries.monthly_model import ReportDocument
from coordinator_app.output.summaries.monthly_sections import build_document
from coordinator_app.ui.reports.period_picker import PeriodPicker
from coordinator_app.ui.tasks import Task, run_task
from coordinator_app.ui.widgets.forms import FieldErrors, line_edit

FORMATS = (("pdf", "PDF"), ("xlsx", "Excel (XLSX)"), ("csv", "CSV"))
PERIOD, ANNUAL = "period", "annual"


class ReportsDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Reports"))
        self.resize(900, 720)
        self.document: ReportDocument | None = None  # the preview on screen, for `period`
        self.period: Period | None = None
        self.task: Task | None = None
        self.saved_path: Path | None = None
        self._save_after = False

        self.picker = PeriodPicker(today or dt.date.today())
        self.picker.changed.connect(self._outdated)
        self.kind = QComboBox()
        self.kind.setObjectName("report_kind")
        self.kind.addItem(_("Summary of a period"), PERIOD)
        self.kind.addItem(_("Annual summary (yearly report, OZPS)"), ANNUAL)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.format = QComboBox()
        self.format.setObjectName("report_format")
        for key, label in FORMATS:
            self.format.addItem(label, key)
        settings = read_report_settings(db)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("report_threshold")
        self.threshold.setRange(MIN_SMALL_COUNT, MAX_SMALL_COUNT)
        self.threshold.setValue(settings.small_count)
        self.threshold.valueChanged.connect(self._outdated)
        self.hour_value = line_edit(20)
        self.hour_value.setObjectName("report_hour_value")
        self.hour_value.setText(format_money(settings.hour_value_grosze))
        self.hour_value.textChanged.connect(self._outdated)

        self.errors = FieldErrors()
        form = QFormLayout()
        form.addRow(_("Summary:"), self.kind)
        self.errors.add_row(form, _("Period:"), "period", self.picker)
        form.addRow(_("Format:"), self.format)
        options = QGroupBox(_("Report settings"))
        options_form = QFormLayout(options)
        self.errors.add_row(
            options_form, _("Show counts of people below this as “<n”:"), "small_count", self.threshold
        )
        self.errors.add_row(
            options_form, _("Value of an hour of volunteer work:"), "hour_value", self.hour_value
        )

        self.preview_button = QPushButton(_("&Preview"))
        self.preview_button.setObjectName("report_preview")
        self.preview_button.clicked.connect(lambda: self.start(save_after=False))
        self.save_button = QPushButton(_("&Save…"))
        self.save_button.setObjectName("report_save")
        self.save_button.clicked.connect(self._ask_and_save)
        self.progress = QProgressBar()
        self.progress.setObjectName("report_progress")
        self.progress.hide()
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setObjectName("report_cancel")
        self.cancel_button.clicked.connect(self._cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("report_status")
        self.status.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("report_preview_text")
        self.preview.setPlaceholderText(_("Choose the period and press Preview."))

        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.cancel_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(options)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close)

    # --- computing ---------------------------------------------------------------------------
    @property
    def annual(self) -> bool:
        return self.kind.currentData() == ANNUAL

    def _kind_changed(self, *_args: object) -> None:
        """The annual summary covers a calendar year: the picker shows the year only."""
        if self.annual:
            self.picker.set_period(Period.year(self.picker.year.value()))
        self.picker.kind.setEnabled(not self.annual)
        self._outdated()

    def _outdated(self, *_args: object) -> None:
        if self.document is not None:
            self.document = None
            self.status.setText(_("The choice has changed: press Preview to see the new figures."))

    def _validated(self) -> Period | None:
        """The chosen period, with the settings saved; None (and messages shown) when wrong."""
        errors: dict[str, str] = {}
        period = None
        try:
            period = self.picker.period()
        except PeriodError as exc:
            errors["period"] = str(exc)
        try:
            value = money(self.hour_value.text(), "hour_value")
            if value is None:
                raise FieldError("hour_value", _("Enter the value of an hour, e.g. 31,40 zł."))
            stored = read_report_settings(self.db)
            if (self.threshold.value(), value) != (stored.small_count, stored.hour_value_grosze):
                save_report_settings(self.db, self.threshold.value(), value)
        except FieldError as exc:
            errors[exc.field] = exc.message
        except ValidationErrors as exc:
            errors.update(exc.by_field())
        first = self.errors.show(errors)
        if first is not None:
            first.setFocus()
            return None
        return period

    def start(self, *, save_after: bool) -> None:
        """Compute the figures of the chosen period in the background."""
        if self.task is not None:
            return
        period = self._validated()
        if period is None:
            return
        self._save_after = save_after
        self.period = period
        self._busy(True, _("Computing the figures…"))
        db, annual = self.db, self.annual

        def work(progress: Progress) -> ReportDocument:
            if annual:
                return build_annual_document(annual_summary(db, period.start.year, progress=progress))
            return build_document(monthly_summary(db, period, progress=progress))

        self.task = run_task(work, self._computed, self._failed, on_progress=self._progressed)

    def _progressed(self, done: int, total: int, _stage: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.progress.setRange(0, 0)
        self.status.setText(message)

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _computed(self, document: ReportDocument) -> None:
        self.task = None
        self._busy(False)
        self.document = document
        self.preview.setHtml(document_html(document))
        self.status.setText(_("Preview of the summary: {period}.").format(period=document.period_label))
        if self._save_after:
            self._ask_and_save()

    def _failed(self, error: Exception) -> None:
        self.task = None
        self._busy(False)
        if isinstance(error, Cancelled):
            self.status.setText(_("Cancelled."))
            return
        message = _("The summary could not be prepared: {error}").format(error=error)
        self.status.setText(message)
        QMessageBox.critical(self, _("Reports"), message)

    # --- saving ------------------------------------------------------------------------------
    def _ask_and_save(self) -> None:
        if self.document is None or self.period is None:
            self.start(save_after=True)
            return
        from coordinator_app.output.summaries.annual import suggested_annual_name
        from coordinator_app.output.summaries.monthly import suggested_name

        fmt = str(self.format.currentData())
        if self.annual:
            name = suggested_annual_name(self.period.start.year, fmt)
        else:
            name = suggested_name(self.period, fmt)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        filters = {
            "pdf": _("PDF document (*.pdf)"),
            "xlsx": _("Excel workbook (*.xlsx)"),
            "csv": _("CSV file for Excel (*.csv)"),
        }
        path, _chosen = QFileDialog.getSaveFileName(
            self, _("Save the summary"), str(Path(folder) / name), filters[fmt]
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> None:
        """Write the previewed summary at `target` (the format chosen) in the background."""
        if self.document is None:
            return
        fmt = str(self.format.currentData())
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        document, db = self.document, self.db
        self._busy(True, _("Saving…"))

        def work() -> Path:
            from coordinator_app.core.issuing.letterhead import load_header
            from coordinator_app.output.summaries.monthly import write_document

            return write_document(document, fmt, target, load_header(db))

        self.task = run_task(work, self._saved, self._save_failed)

    def _saved(self, path: Path) -> None:
        self.task = None
        self._busy(False)
        self.saved_path = path
        self.status.setText(_("Saved: {path}").format(path=path))

    def _save_failed(self, error: Exception) -> None:
        self.task = None
        self._busy(False)
        message = _("The file could not be saved: {error}").format(error=error)
        self.status.setText(message)
        QMessageBox.critical(self, _("Reports"), message)


def open_reports(parent: QWidget | None, db: Database) -> ReportsDialog:
    """Open the Reports window (window-modal, without blocking); returns it."""
    dialog = ReportsDialog(db, parent)
    dialog.open()
    return dialog
