"""Accountability records (issue 15, point 6): volunteers with client contact lacking an
authorisation or a confidentiality statement (issued here in one click, with today's date,
the default scope and the agreement's end as expiry), and the register of processing
activities, editable entry by entry."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.privacy import accountability as acc
from coordinator_app.core.privacy import accountability_service as service
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _

WIDTH, HEIGHT = 1100, 620
FIELD_LABELS = {
    "name": N_("Processing activity"),
    "purposes": N_("Purposes"),
    "legal_basis": N_("Legal basis"),
    "subjects": N_("Data subjects"),
    "data_categories": N_("Categories of data"),
    "recipients": N_("Recipients"),
    "transfers": N_("Transfers to third countries"),
    "retention": N_("Retention"),
    "security": N_("Security measures"),
}


def _table(model: QStandardItemModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class AccountabilityDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today or dt.date.today()
        self.setWindowTitle(_("Accountability records"))
        self.resize(WIDTH, HEIGHT)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._authorisations_tab(), _("Authorisations"))
        self.tabs.addTab(self._register_tab(), _("Register of processing activities"))
        layout.addWidget(self.tabs, 1)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.reload()

    def _authorisations_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.missing_model = QStandardItemModel(0, 3, self)
        self.missing_model.setHorizontalHeaderLabels([_("No."), _("Volunteer"), _("Missing")])
        self.missing_table = _table(self.missing_model)
        self.missing_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.missing_table, 1)
        self.issue_button = QPushButton(_("Record the missing documents as signed today"))
        self.issue_button.clicked.connect(self.issue_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.issue_button)
        layout.addLayout(row)
        return page

    def _register_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.register_model = QStandardItemModel(0, 4, self)
        self.register_model.setHorizontalHeaderLabels(
            [
                FIELD_LABELS["name"],
                FIELD_LABELS["purposes"],
                FIELD_LABELS["legal_basis"],
                FIELD_LABELS["retention"],
            ]
        )
        self.register_table = _table(self.register_model)
        self.register_table.doubleClicked.connect(lambda _index: self.edit_entry())
        layout.addWidget(self.register_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in ((_("Add entry…"), self.add_entry), (_("Edit entry…"), self.edit_entry)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return page

    def reload(self) -> None:
        service.revoke_for_ended_agreements(self.db, self.today)
        self.missing = service.missing_authorisations(self.db, self.today)
        self.missing_model.removeRows(0, self.missing_model.rowCount())
        for item in self.missing:
            kinds = ", ".join(_(acc.KINDS[kind]) for kind in item.missing)
            self.missing_model.appendRow(
                [QStandardItem(str(item.volunteer_id)), QStandardItem(item.name), QStandardItem(kinds)]
            )
        self.warning.setText(
            _(
                "Volunteers who help clients now without an authorisation or a confidentiality "
                "statement: {count}."
            ).format(count=len(self.missing))
            if self.missing
            else _(
                "Every volunteer who helps clients has an authorisation and a confidentiality "
                "statement in force."
            )
        )
        self.issue_button.setEnabled(bool(self.missing))
        self.entries = service.register_entries(self.db)
        self.register_model.removeRows(0, self.register_model.rowCount())
        for _id, entry in self.entries:
            cells = (entry.name, entry.purposes, entry.legal_basis, entry.retention)
            self.register_model.appendRow([QStandardItem(text) for text in cells])
        self.register_table.resizeRowsToContents()
        self.missing_table.resizeRowsToContents()

    def issue_selected(self) -> None:
        rows = sorted({index.row() for index in self.missing_table.selectionModel().selectedRows()})
        chosen = [self.missing[row] for row in rows] or self.missing
        for item in chosen:
            for kind in item.missing:
                scope = (
                    acc.DEFAULT_SCOPE
                    if kind == acc.AUTHORISATION
                    else _(
                        "Confidentiality of all information obtained while helping (art. 100 ust. 7 u.p.s.)"
                    )
                )
                service.issue_authorisation(
                    self.db, item.volunteer_id, acc.AuthorisationData(kind, self.today, scope)
                )
        self.reload()

    def add_entry(self) -> None:
        self._edit(None, dataclasses.replace(acc.DEFAULT_REGISTER[0], name=""))

    def edit_entry(self) -> None:
        rows = self.register_table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.windowTitle(), _("Select an entry first."))
            return
        entry_id, entry = self.entries[rows[0].row()]
        self._edit(entry_id, entry)

    def _edit(self, entry_id: int | None, entry: acc.ActivityEntry) -> None:
        dialog = RegisterEntryDialog(self, entry)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                service.save_register_entry(self.db, entry_id, dialog.entry(), self.today)
            except acc.AccountabilityError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))
                continue
            self.reload()
            return


class RegisterEntryDialog(QDialog):
    """One entry of the register: every field of art. 30 ust. 1."""

    def __init__(self, parent: QWidget | None, entry: acc.ActivityEntry) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Register of processing activities"))
        self.resize(760, 640)
        form = QFormLayout(self)
        self.name = QLineEdit(entry.name)
        form.addRow(_(FIELD_LABELS["name"]), self.name)
        self.fields: dict[str, QPlainTextEdit] = {}
        for key, label in FIELD_LABELS.items():
            if key == "name":
                continue
            edit = QPlainTextEdit(getattr(entry, key))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(58)
            self.fields[key] = edit
            form.addRow(_(label), edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def entry(self) -> acc.ActivityEntry:
        values = {key: edit.toPlainText() for key, edit in self.fields.items()}
        return acc.ActivityEntry(name=self.name.text(), **values)
