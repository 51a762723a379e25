"""The waiting list: open needs no volunteer serves yet, longest-waiting first."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.clients import WaitingNeed, need_priority_label, waiting_list
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.assignments.match_dialog import MatchDialog
from coordinator_app.ui.widgets.tables import MISSING_COLOUR, fill_rows, read_only_table, table_item

LONG_WAIT_DAYS = 30


def _days(n: int) -> str:
    return ngettext("{n} day", "{n} days", n).format(n=n)


class WaitingListDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(_("Waiting list"))
        self.search = QLineEdit()
        self.search.setObjectName("waiting_search")
        self.search.setPlaceholderText(_("Search: client code, village, activity…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = read_only_table(
            [
                _("Waiting"),
                _("Client"),
                _("Village"),
                _("Activity"),
                _("Priority"),
                _("Reported on"),
                _("Description"),
            ],
            "waiting_table",
        )
        for column, width in enumerate((80, 70, 130, 220, 80, 100)):
            self.table.setColumnWidth(column, width)
        self.table.itemDoubleClicked.connect(lambda _item: self.match_selected())
        self.count = QLabel()
        self.match_button = QPushButton(_("Find a volunteer…"))
        self.match_button.setObjectName("waiting_match")
        self.match_button.clicked.connect(self.match_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.addButton(self.match_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(960, 520)
        self.reload()

    def reload(self) -> None:
        self.needs: list[WaitingNeed] = waiting_list(self.db)
        fill_rows(
            self.table,
            [
                [
                    table_item(
                        _days(n.days_waiting),
                        MISSING_COLOUR if n.days_waiting > LONG_WAIT_DAYS else None,
                        right=True,
                    ),
                    table_item(n.client_code),
                    table_item(n.village or ""),
                    table_item(n.activity_name),
                    table_item(need_priority_label(n.priority)),
                    table_item(format_date(n.reported_on)),
                    table_item(n.description or ""),
                ]
                for n in self.needs
            ],
        )
        self._filter(self.search.text())
        if self.needs:
            self.table.selectRow(0)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        shown = 0
        for row, need in enumerate(self.needs):
            visible = all(word in need.search_text for word in words)
            self.table.setRowHidden(row, not visible)
            shown += visible
        self.count.setText(
            ngettext(
                "{shown} of {total} need waiting", "{shown} of {total} needs waiting", len(self.needs)
            ).format(shown=shown, total=len(self.needs))
        )
        self.match_button.setEnabled(shown > 0)

    def selected(self) -> WaitingNeed | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.table.isRowHidden(rows[0].row()):
            return None
        return self.needs[rows[0].row()]

    def match_selected(self) -> None:
        need = self.selected()
        if need is None:
            return
        dialog = MatchDialog(self.db, need.need_id, self)
        if dialog.exec():
            self.reload()
