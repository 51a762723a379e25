"""A volunteer's agreements, to embed in the volunteer's view: the list with each agreement's
state today, its annexes and termination, and the actions New / Edit / Annex / Terminate.

Printing is the document engine's job: the panel only says what to print through
`print_requested(kind, record_id)` — ("agreement", agreement id), ("annex", annex id),
("termination", agreement id). The Print button appears once a handler is attached with
`set_print_handler` (or passed to the constructor).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.agreements import (
    AgreementRow,
    AgreementState,
    AnnexRow,
    TerminationMode,
    list_annexes,
    list_volunteer_agreements,
    period_text,
)
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.agreements.annex_dialog import AnnexDialog
from coordinator_app.ui.agreements.common import warnings_text
from coordinator_app.ui.agreements.dialog import AgreementDialog
from coordinator_app.ui.agreements.termination_dialog import TerminationDialog
from coordinator_app.ui.style import Colours, set_role
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel

VALID_COLOUR = QColor(Colours.READY)
MUTED_COLOUR = QColor(Colours.MUTED)
WARNING_COLOUR = QColor(Colours.ERROR)
STATE_ORDER = {
    AgreementState.VALID: 0,
    AgreementState.FUTURE: 1,
    AgreementState.EXPIRED: 2,
    AgreementState.TERMINATED: 3,
}


def state_text(row: AgreementRow, today: dt.date | None = None) -> str:
    """`ważne`, or `ważne do 30.11.2026 (wypowiedziane)` while a notice runs."""
    if row.state is AgreementState.VALID and row.terminated_on is not None:
        return _("valid until {date} (terminated)").format(date=format_date(row.terminated_on))
    return row.state.label


def _state_colour(row: AgreementRow) -> QColor | None:
    if row.state is AgreementState.VALID:
        return VALID_COLOUR
    if row.state in (AgreementState.EXPIRED, AgreementState.TERMINATED):
        return MUTED_COLOUR
    return None


def _nnw_text(row: AgreementRow) -> str:
    if not row.nnw_required:
        return ""
    return row.nnw_policy or _("no policy")


def agreement_columns() -> list[Column[AgreementRow]]:
    return [
        Column("number", N_("Number"), lambda r: r.number, sort_key=lambda r: (r.concluded_on, r.number)),
        Column(
            "period",
            N_("Period"),
            lambda r: period_text(r.period_from, r.period_to),
            sort_key=lambda r: r.period_from,
        ),
        Column(
            "state",
            N_("State today"),
            state_text,
            sort_key=lambda r: STATE_ORDER[r.state],
            foreground=_state_colour,
            tooltip=lambda r: (
                _("Ended: {mode}, last day {date}.").format(
                    mode=mode.label, date=format_date(r.terminated_on)
                )
                if r.terminated_on and (mode := TerminationMode.parse(r.termination_mode))
                else None
            ),
        ),
        Column(
            "scope",
            N_("Scope"),
            lambda r: ", ".join(r.activity_codes),
            tooltip=lambda r: ", ".join(r.activity_codes),
        ),
        Column(
            "nnw",
            N_("NNW (≤ 30 days)"),
            _nnw_text,
            foreground=lambda r: WARNING_COLOUR if r.nnw_required and not r.nnw_policy else None,
        ),
        Column("signed", N_("Signed"), lambda r: _("yes") if r.signed else _("no")),
        Column(
            "annexes", N_("Annexes"), lambda r: str(r.annex_count) if r.annex_count else "", align_right=True
        ),
    ]


class VolunteerAgreementsPanel(QWidget):
    """`changed` is emitted after any save; `print_requested(kind, record_id)` asks to print."""

    changed = Signal()
    print_requested = Signal(str, int)

    def __init__(
        self,
        db: Database,
        volunteer_id: int,
        parent: QWidget | None = None,
        *,
        print_handler: Callable[[str, int], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("volunteer_agreements")
        self.db = db
        self.volunteer_id = volunteer_id
        self.model: RecordTableModel[AgreementRow] = RecordTableModel(agreement_columns(), lambda r: r.id)
        self.table = QTableView()
        self.table.setObjectName("agreements_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("period"), Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column_index("scope"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.new_button = self._button(_("&New agreement…"), "agreement_new", self.new_agreement)
        self.edit_button = self._button(_("&Edit…"), "agreement_edit", self.edit_selected)
        self.annex_button = self._button(_("&Annex…"), "agreement_annex", self.annex_selected)
        self.terminate_button = self._button(_("&Terminate…"), "agreement_terminate", self.terminate_selected)
        self.print_button = self._button(_("&Print"), "agreement_print", None)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.print_button.hide()
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.annex_button,
            self.terminate_button,
            self.print_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.details = QLabel()
        self.details.setObjectName("agreement_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("agreement_message")
        self.message.setWordWrap(True)
        set_role(self.message, "warning")
        self.message.hide()
        self.empty = QLabel(_("No agreement yet. A volunteer needs a valid agreement before any assignment."))
        self.empty.setObjectName("agreements_empty")
        self.empty.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._selection_changed())
        if print_handler is not None:
            self.set_print_handler(print_handler)
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], None] | None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    def set_print_handler(self, handler: Callable[[str, int], object]) -> None:
        """Attach the document engine's preview; shows the Print button."""
        self.print_requested.connect(handler)
        self.print_button.show()
        self._selection_changed()

    # --- data -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        rows = list_volunteer_agreements(self.db, self.volunteer_id)
        self.model.set_records(rows)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        row = self.model.row_of_id(current) if current is not None else None
        if row is None and rows:
            valid = next((r.id for r in rows if r.valid_today), rows[0].id)
            row = self.model.row_of_id(valid)
        if row is not None:
            self.table.selectRow(row)
        self._selection_changed()

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record else None

    def selected(self) -> AgreementRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record(indexes[0].row()) if indexes else None

    def _selection_changed(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        open_ = record is not None and record.terminated_on is None
        self.annex_button.setEnabled(
            open_ and record is not None and record.state is not AgreementState.EXPIRED
        )
        self.terminate_button.setEnabled(open_)
        annexes = list_annexes(self.db, record.id) if record else []
        self._fill_print_menu(record, annexes)
        self.details.setText(self._details_text(record, annexes) if record else "")
        self.details.setVisible(record is not None)

    def _details_text(self, record: AgreementRow, annexes: list[AnnexRow]) -> str:
        lines = [
            _("Agreement {number} concluded on {date}; period {period}.").format(
                number=record.number,
                date=format_date(record.concluded_on),
                period=period_text(record.period_from, record.period_to),
            )
        ]
        mode = TerminationMode.parse(record.termination_mode)
        if record.terminated_on is not None:
            lines.append(
                _("Ends: {mode}; last day in force {date}.").format(
                    mode=mode.label if mode else record.termination_mode or "",
                    date=format_date(record.terminated_on),
                )
            )
        for annex in annexes:
            first = annex.changes.splitlines()[0] if annex.changes else ""
            more = " …" if len(annex.changes.splitlines()) > 1 else ""
            lines.append(
                _("Annex {number} of {date}: {change}").format(
                    number=annex.number, date=format_date(annex.signed_on), change=first + more
                )
            )
        return "\n".join(lines)

    def _fill_print_menu(self, record: AgreementRow | None, annexes: list[AnnexRow]) -> None:
        self.print_menu.clear()
        self.print_button.setEnabled(record is not None)
        if record is None:
            return
        agreement_id = record.id
        self.print_menu.addAction(
            _("Agreement {number}").format(number=record.number),
            lambda: self.print_requested.emit("agreement", agreement_id),
        )
        for annex in annexes:
            self.print_menu.addAction(
                _("Annex {number}").format(number=annex.number), self._emitter("annex", annex.id)
            )
        mode = TerminationMode.parse(record.termination_mode)
        if record.terminated_on is not None and mode is not TerminationMode.EXPIRY:
            self.print_menu.addAction(
                _("Termination of the agreement"),
                lambda: self.print_requested.emit("termination", agreement_id),
            )
        elif mode is TerminationMode.EXPIRY or (
            record.terminated_on is None
            and record.period_to is not None
            and record.period_to < dt.date.today()
        ):
            self.print_menu.addAction(
                _("Confirmation of the expiry of the agreement"),
                lambda: self.print_requested.emit("expiry", agreement_id),
            )

    def _emitter(self, kind: str, record_id: int) -> Callable[[], None]:
        return lambda: self.print_requested.emit(kind, record_id)

    def _after(self, select_id: int, warnings: str) -> None:
        self.reload(select_id)
        self.message.setText(warnings)
        self.message.setVisible(bool(warnings))
        self.changed.emit()

    # --- actions ----------------------------------------------------------------------------
    def new_agreement(self) -> None:
        dialog = AgreementDialog(self.db, self.volunteer_id, None, self)
        if dialog.exec() and dialog.result_ is not None:
            self._after(dialog.result_.id, "")

    def edit_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            return
        dialog = AgreementDialog(self.db, self.volunteer_id, agreement_id, self)
        if dialog.exec() and dialog.result_ is not None:
            self._after(agreement_id, "")

    def annex_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None or not self.annex_button.isEnabled():
            return
        dialog = AnnexDialog(self.db, agreement_id, self)
        if dialog.exec() and dialog.result_ is not None:
            self._after(agreement_id, warnings_text(dialog.result_.warnings))

    def terminate_selected(self) -> None:
        agreement_id = self.selected_id()
        if agreement_id is None or not self.terminate_button.isEnabled():
            return
        dialog = TerminationDialog(self.db, agreement_id, self)
        if dialog.exec() and dialog.result_ is not None:
            self._after(agreement_id, warnings_text(dialog.result_.warnings))
