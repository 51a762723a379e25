"""The yearly "do przeglądu" list (issue 15, point 5): what is past its retention period, a
preview of what keeps each record and what anonymisation erases, and one click to anonymise
the selected people (or destroy the selected vetting details)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy import anonymise_service
from coordinator_app.core.privacy.retention_queries import VETTING, DueRecord, due_records, review_date
from coordinator_app.core.privacy.retention_service import destroy_vetting_details
from coordinator_app.core.privacy.retention_view import kind_label
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _

WIDTH, HEIGHT = 1000, 600
ROLE = Qt.ItemDataRole.UserRole + 1


class RetentionReviewDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.records: list[DueRecord] = []
        self.setWindowTitle(_("Retention review"))
        self.resize(WIDTH, HEIGHT)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(_("Review of the year")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(self.today.year)
        self.year.valueChanged.connect(self.reload)
        top.addWidget(self.year)
        self.as_of = QLabel()
        top.addWidget(self.as_of, 1)
        layout.addLayout(top)
        note = QLabel(
            _(
                "Retention periods are settings with typical defaults (JRWA category B5): confirm them "
                "with your archivist and data protection officer."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [_("Record"), _("No."), _("Person"), _("Matter closed"), _("Past retention since")]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._preview)
        layout.addWidget(self.table, 1)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)
        bottom = QHBoxLayout()
        self.status = QLabel()
        bottom.addWidget(self.status, 1)
        periods = QPushButton(_("Retention periods…"))
        periods.clicked.connect(self.edit_periods)
        bottom.addWidget(periods)
        self.anonymise_button = QPushButton(_("Anonymise the selected…"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        bottom.addWidget(self.anonymise_button)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        on = review_date(self.year.value(), self.today)
        self.as_of.setText(_("as of {date}").format(date=f"{on:%d.%m.%Y}"))
        self.records = due_records(self.db, on)
        self.model.removeRows(0, self.model.rowCount())
        for index, record in enumerate(self.records):
            cells = [
                kind_label(record.kind),
                str(record.subject_id),
                record.name,
                f"{record.closed_on:%d.%m.%Y}",
                f"{record.free_from:%d.%m.%Y}",
            ]
            items = [QStandardItem(text) for text in cells]
            items[0].setData(index, ROLE)
            self.model.appendRow(items)
        self.table.resizeColumnsToContents()
        self.status.setText(_("Past retention: {count}").format(count=len(self.records)))
        self.anonymise_button.setEnabled(bool(self.records) and on <= self.today)
        self._preview()

    def edit_periods(self) -> None:
        from coordinator_app.ui.privacy.retention_settings import RetentionSettingsDialog

        if RetentionSettingsDialog(self, self.db).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def selected(self) -> list[DueRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.records[row] for row in rows]

    def _preview(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.preview.setText(_("Select the records to anonymise (Ctrl or Shift selects several)."))
            return
        people = sum(1 for r in chosen if r.kind != VETTING)
        vettings = len(chosen) - people
        self.preview.setText(
            _(
                "Selected: {people} people to anonymise and {vettings} vetting records to destroy. "
                "Anonymisation erases names, PESEL, address but the village, phone, e-mail, the day "
                "of birth, notes and names in issued documents; it keeps sex, year and month of "
                "birth, village, activity types and hours, so the reports keep their figures."
            ).format(people=people, vettings=vettings)
        )

    def anonymise_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            QMessageBox.information(self, self.windowTitle(), _("Select the records to anonymise first."))
            return
        question = _("Anonymise {count} selected records? This cannot be undone.").format(count=len(chosen))
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if (
            QMessageBox.question(self, self.windowTitle(), question, buttons)
            != QMessageBox.StandardButton.Yes
        ):
            return
        problems = self.apply(chosen)
        self.reload()
        text = _(anonymise_service.BACKUPS_NOTE)
        if problems:
            text = "\n\n".join([*problems, text])
        QMessageBox.information(self, self.windowTitle(), text)

    def apply(self, chosen: list[DueRecord]) -> list[str]:
        """Anonymise (or destroy vetting details of) `chosen`; returns the refusals."""
        reason = _("Retention period over (review of {year})").format(year=self.year.value())
        problems: list[str] = []
        for record in chosen:
            if record.kind == VETTING:
                destroy_vetting_details(self.db, record.subject_id)
                continue
            try:
                anonymise_service.anonymise(
                    self.db,
                    record.kind,
                    record.subject_id,
                    reason,
                    category=anonymise_service.RETENTION,
                    today=self.today,
                    wipe=False,
                )
            except anonymise_service.AnonymisationError as exc:
                problems.append(f"{record.name}: {exc}")
        anonymise_service.wipe_free_space(self.db)  # once, after all of them
        return problems
