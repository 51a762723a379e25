"""The audit log window: filters on top, the entries below, how many are shown at the bottom.

Every change of a filter starts a new read in the background (after a short pause while the
user types); a read that a newer one overtook is dropped when it arrives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.audit_queries import AuditFilter, AuditPage, entity_kinds, read_audit_log
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.audit.model import BEFORE, PERSON, REASON, AuditTableModel, entity_label
from coordinator_app.ui.tasks import run_task
from coordinator_app.ui.widgets.forms import OptionalDateEdit

TYPING_PAUSE_MS = 300
# Fits a 1366×768 screen less its task bar (1366×728) with the window's frame.
WIDTH, HEIGHT = 1300, 640


class AuditLogDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Audit log"))
        self.resize(WIDTH, HEIGHT)
        self._generation = 0
        self._kinds_loaded = False
        self.loading = False
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for key, width in ((PERSON, 170), (BEFORE, 160), (REASON, 160)):
            self.table.setColumnWidth(self.model.column_index(key), width)
        header.setSectionResizeMode(self.model.column_index(REASON), QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.status = QLabel()
        bottom.addWidget(self.status, 1)
        close = QPushButton(_("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.reload)
        self.reload()

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(_("Person (volunteer or client)"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(_("Kind of record"))
        self.kind.addItem(_("all records"), None)
        self.date_from, self.date_to = OptionalDateEdit(), OptionalDateEdit()
        self.text = QLineEdit()
        self.text.setPlaceholderText(_("Search in users, fields, values and reasons"))
        self.person.textChanged.connect(lambda _text: self._timer.start())
        self.text.textChanged.connect(lambda _text: self._timer.start())
        self.kind.currentIndexChanged.connect(lambda _index: self.reload())
        self.date_from.dateChanged.connect(lambda _date: self._timer.start())
        self.date_to.dateChanged.connect(lambda _date: self._timer.start())
        row.addWidget(self.person, 2)
        row.addWidget(self.kind, 1)
        row.addWidget(QLabel(_("From")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(_("To")))
        row.addWidget(self.date_to)
        row.addWidget(self.text, 2)
        return row

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            person=self.person.text(),
            entity=self.kind.currentData(),
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            text=self.text.text(),
        )

    def reload(self) -> None:
        """Read the entries matching the filters, in the background."""
        self._timer.stop()
        self._generation += 1
        generation, wanted, db = self._generation, self.current_filter(), self.db
        with_kinds = not self._kinds_loaded
        self.loading = True
        self.status.setText(_("Loading…"))

        def work() -> tuple[list[str] | None, AuditPage]:
            kinds = entity_kinds(db) if with_kinds else None
            return kinds, read_audit_log(db, wanted)

        run_task(work, lambda result: self._loaded(generation, result), self._failed)

    def _loaded(self, generation: int, result: tuple[list[str] | None, AuditPage]) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        kinds, page = result
        if kinds is not None and not self._kinds_loaded:
            self._kinds_loaded = True
            self.kind.blockSignals(True)
            for kind in sorted(kinds, key=entity_label):
                self.kind.addItem(entity_label(kind), kind)
            self.kind.blockSignals(False)
        self.model.set_records(page.rows)
        self.loading = False
        if page.truncated:
            text = _("Entries shown: {count} (the newest; narrow the filters to see older ones).")
        else:
            text = _("Entries shown: {count}.")
        self.status.setText(text.format(count=len(page.rows)))

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self.status.setText(_("The audit log could not be read: {error}").format(error=error))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
