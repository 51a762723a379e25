"""The register of issued documents: number, date, person, wording version; print again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.issuing.catalog import KINDS
from coordinator_app.core.issuing.service import RegisterRow, list_register
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.widgets.accessibility import print_key

COLUMNS = (N_("Document"), N_("Number"), N_("Issued on"), N_("Person"), N_("Wording version"))


class RegisterDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[RegisterRow] = []
        self.setWindowTitle(_("Register of issued documents"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(_("Document"))
        self.kind.addItem(_("all documents"), None)
        for key, kind_spec in KINDS.items():
            if kind_spec.numbered:
                self.kind.addItem(kind_spec.label, key)
        self.kind.currentIndexChanged.connect(lambda _index: self.reload())
        self.search = QLineEdit()
        self.search.setPlaceholderText(_("Search by number or person"))
        self.search.textChanged.connect(lambda _text: self.apply_filter())
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([_(name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.print_again())
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        again = QPushButton(_("Print again…"))
        again.clicked.connect(self.print_again)
        print_key(self, again)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(again)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self.rows = list_register(self.db, kind=self.kind.currentData())
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            label = KINDS[row.kind].label if row.kind in KINDS else row.kind
            values = (
                label,
                row.number,
                format_date(row.issued_on),
                row.recipient,
                str(row.template_version or ""),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(index, column, item)
        self.apply_filter()

    def apply_filter(self) -> None:
        needle = fold(self.search.text().strip())
        shown = 0
        for index, row in enumerate(self.rows):
            visible = not needle or needle in fold(f"{row.number} {row.recipient}")
            self.table.setRowHidden(index, not visible)
            shown += visible
        self.count.setText(_("{shown} of {total}").format(shown=shown, total=len(self.rows)))

    def selected(self) -> RegisterRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def print_again(self) -> None:
        row = self.selected()
        if row is None or not row.printable:
            return
        from coordinator_app.ui.documents.preview import DocumentPreviewDialog

        dialog = DocumentPreviewDialog(self, self.db, register_id=row.id)
        if dialog.load():
            dialog.exec()
