"""Matching for one need: the ranked volunteers with the reasons; one action makes the assignment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.assignments import assignment_for_need
from coordinator_app.core.matching import Candidate, match_need
from coordinator_app.core.reports.first_steps import empty_match_reason
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _, ngettext
from coordinator_app.ui.assignments.dialog import AssignmentDialog
from coordinator_app.ui.style import set_role
from coordinator_app.ui.widgets.tables import MISSING_COLOUR, fill_rows, read_only_table, table_item

NAME, POINTS, DISTANCE, FOR, AGAINST = range(5)


class MatchDialog(QDialog):
    def __init__(self, db: Database, need_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.need_id = need_id
        self.created_id: int | None = None
        match = match_need(db, need_id)
        self.setWindowTitle(
            _("Find a volunteer: {code}, {activity}").format(
                code=match.client_code, activity=match.activity_name
            )
        )
        header = QLabel(
            _("Client {code} ({village}) needs: {activity}. Preferred times: {times}.").format(
                code=match.client_code,
                village=match.village or "—",
                activity=match.activity_name,
                times=match.preferred_times or _("any"),
            )
            + (
                "\n" + _("Involves minors: only volunteers with complete vetting can be assigned.")
                if match.involves_minors
                else ""
            )
        )
        header.setWordWrap(True)
        self.table = read_only_table(
            [_("Volunteer"), _("Points"), _("Distance"), _("For"), _("Against / missing")], "match_table"
        )
        self.candidates = list(match.candidates)
        fill_rows(self.table, [self._cells(c) for c in self.candidates])
        self.table.setWordWrap(True)
        for column, width in ((NAME, 210), (POINTS, 60), (DISTANCE, 80), (FOR, 330)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(FOR, QHeaderView.ResizeMode.Interactive)
        self.table.resizeRowsToContents()
        self.table.itemDoubleClicked.connect(lambda _item: self.assign_selected())
        self.table.itemSelectionChanged.connect(self._update_button)
        self.count = QLabel(
            ngettext(
                "{shown} suitable volunteer shown of {total} active",
                "{shown} suitable volunteers shown of {total} active",
                match.considered,
            ).format(shown=len(self.candidates), total=match.considered)
        )
        # An empty list says why, and what to do next.
        self.reason = QLabel(empty_match_reason(db, match) or "")
        self.reason.setObjectName("match_empty_reason")
        self.reason.setWordWrap(True)
        set_role(self.reason, "caution")
        self.reason.setVisible(bool(self.reason.text()))
        self.assign_button = QPushButton(_("Create the assignment…"))
        self.assign_button.setObjectName("match_assign")
        self.assign_button.clicked.connect(self.assign_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.addButton(self.assign_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(1000, 560)
        if self.candidates:
            self.table.selectRow(0)
        self._update_button()

    @staticmethod
    def _cells(c: Candidate) -> list[Any]:
        colour = MISSING_COLOUR if c.blocked else None
        return [
            table_item(c.name, colour, data=c.volunteer_id),
            table_item(str(c.score), colour, right=True),
            table_item("" if c.distance_km is None else f"{c.distance_km} km", right=True),
            table_item("; ".join(c.reasons)),
            table_item("; ".join(c.concerns), colour),
        ]

    def selected(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        self.assign_button.setEnabled(self.selected() is not None)

    def assign_selected(self) -> None:
        candidate = self.selected()
        if candidate is None:
            return
        prefill = assignment_for_need(self.db, self.need_id, candidate.volunteer_id)
        dialog = AssignmentDialog(self.db, None, self, prefill=prefill)
        if dialog.exec():
            self.created_id = dialog.saved_id
            self.accept()
