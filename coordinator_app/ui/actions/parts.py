"""Pieces of the action window: its read-only tables and the summary's text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget

from coordinator_app.core.actions import ActionSummary
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_hours
from coordinator_app.ui.widgets.tables import compact_rows, keep_titles_whole

SHIFT_HEADERS = (N_("When"), N_("Tasks"), N_("Needed"), N_("Signed up"), N_("Minors"), N_("Training"))
SIGNUP_HEADERS = (N_("Volunteer"), N_("Age"), N_("Phone"), N_("Partner"), N_("Attendance"), N_("Hours"))


def make_table(name: str, headers: tuple[str, ...], label: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(label)
    table.setHorizontalHeaderLabels([_(h) for h in headers])
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(
        1 if name == "shifts" else 0, QHeaderView.ResizeMode.Stretch
    )
    table.setColumnWidth(0, 190 if name == "shifts" else 260)
    compact_rows(table)
    keep_titles_whole(table)
    return table


def attendance_text(attended: bool | None) -> str:
    return {None: "", True: _("came"), False: _("did not come")}[attended]


def summary_text(s: ActionSummary) -> str:
    lines = [
        _("Volunteers: {n} (adults {adults}, minors {minors})").format(
            n=s.volunteers, adults=s.adults, minors=s.minors
        ),
        _("Came: {n}").format(n=s.attended),
        _("Hours: {hours}").format(hours=format_hours(s.minutes)),
        _("One-off volunteers (no regular assignment): {n}").format(n=s.one_off),
        _("New volunteers registered at the action: {n}, of whom stayed: {stayed}").format(
            n=s.new_volunteers, stayed=s.stayed
        ),
        _("Partners: {names}").format(names=", ".join(s.partners) or "—"),
    ]
    return "\n".join(lines)


def push_button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button
