"""The coalition's meetings list: number, date, place, status, present and excused, open tasks,
agenda; searched as typed (diacritics ignored), filtered by status; adding, editing, deleting,
and the attendance list and minutes saved as PDF."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from coordinator_app.core.coalition import (
    MEETING_STATUSES,
    MeetingNotFound,
    MeetingRow,
    delete_meeting,
    list_meetings,
    status_label,
)
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.coalition.meeting_dialog import CoalitionMeetingDialog
from coordinator_app.ui.coalition.printing import save_sheet
from coordinator_app.ui.widgets.list_tab import ListTab, natural_key
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, attribute_is, searchable_model


def meeting_columns() -> list[Column[MeetingRow]]:
    return [
        Column("number", N_("Number"), lambda r: r.number or "", sort_key=lambda r: natural_key(r.number)),
        Column(
            "date",
            N_("Date"),
            lambda r: format_date(r.held_on),
            sort_key=lambda r: r.held_on,
            align_right=True,
        ),
        Column("place", N_("Place"), lambda r: r.place, tooltip=lambda r: r.place),
        Column("status", N_("Status"), lambda r: status_label(r.status)),
        Column(
            "present", N_("Present"), lambda r: str(r.present), sort_key=lambda r: r.present, align_right=True
        ),
        Column(
            "excused", N_("Excused"), lambda r: str(r.excused), sort_key=lambda r: r.excused, align_right=True
        ),
        Column(
            "open_tasks",
            N_("Open tasks"),
            lambda r: str(r.open_tasks),
            sort_key=lambda r: r.open_tasks,
            align_right=True,
        ),
        # What each meeting was about; its whole agenda, routine points too, in the tooltip.
        Column("agenda", N_("Agenda"), lambda r: r.topics, tooltip=lambda r: r.agenda or None),
    ]


def make_meeting_model() -> tuple[RecordTableModel[MeetingRow], SearchProxy]:
    return searchable_model(meeting_columns())


class MeetingsView(ListTab):
    object_prefix = "meeting"
    search_placeholder = N_("Search: number, date, place, agenda, people…")
    all_filter_text = N_("All statuses")
    loading_text = N_("Loading coalition meetings…")
    load_failed_text = N_("Could not load the coalition meetings: {error}")
    title_text = N_("Coalition meetings")
    empty_text = N_("No coalition meetings yet. Add the first one with “Add meeting…”.")
    column_widths = (80, 90, 220, 90, 70, 80, 90, 200)
    sort_column = "date"
    sort_order = Qt.SortOrder.DescendingOrder
    has_details = False

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.add_button = self._button(_("&Add meeting…"), "meeting_add", self.add_meeting)
        self.edit_button = self._button(_("&Edit…"), "meeting_edit", self.edit_selected)
        self.delete_button = self._button(_("Delete"), "meeting_delete", self.delete_selected)
        self.print_button = self._button(_("&Print"), "meeting_print", None)
        menu = QMenu(self.print_button)
        menu.addAction(
            _("Attendance list (PDF)…"), lambda: self.print_selected(DocumentKind.COALITION_ATTENDANCE)
        )
        menu.addAction(_("Minutes (PDF)…"), lambda: self.print_selected(DocumentKind.COALITION_MINUTES))
        self.print_button.setMenu(menu)
        for position, button in enumerate(
            (self.add_button, self.edit_button, self.delete_button, self.print_button)
        ):
            self.buttons_layout.insertWidget(position, button)
        self.count_label.setMinimumWidth(40)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], Any] | None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    # --- ListTab hooks ----------------------------------------------------------------------
    def make_model(self) -> tuple[RecordTableModel[MeetingRow], SearchProxy]:
        return make_meeting_model()

    def load_records(self) -> list[MeetingRow]:
        return list_meetings(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return [(value, status_label(value)) for value in MEETING_STATUSES]

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return attribute_is("status", value)

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} meeting", "{shown} of {total} meetings", total).format(
            shown=shown, total=total
        )

    def activate(self, record_id: int) -> None:
        self.edit(record_id)

    def update_buttons(self) -> None:
        super().update_buttons()
        if not hasattr(self, "print_button"):
            return  # called by ListTab before this view's buttons exist
        selected = self.selected_id() is not None
        for button in (self.edit_button, self.delete_button, self.print_button):
            button.setEnabled(selected)

    # --- actions ----------------------------------------------------------------------------
    def _changed(self, select_id: int | None, message: str) -> None:
        self.status_message.emit(message)
        self.reload(select_id=select_id)

    def add_meeting(self) -> None:
        dialog = CoalitionMeetingDialog(self.db, None, self)
        if dialog.exec():
            self._changed(dialog.saved_id, _("Meeting saved."))

    def edit_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.edit(meeting_id)

    def edit(self, meeting_id: int) -> None:
        try:
            dialog = CoalitionMeetingDialog(self.db, meeting_id, self)
        except MeetingNotFound:
            self.status_message.emit(_("The record no longer exists; the list has been refreshed."))
            self.reload()
            return
        if dialog.exec():
            self._changed(meeting_id, _("Meeting saved."))

    def delete_selected(self) -> None:
        row = self.selected_record()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            _("Delete meeting"),
            _("Delete the meeting of {date} with its attendance, decisions and tasks?").format(
                date=format_date(row.held_on)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with contextlib.suppress(MeetingNotFound):  # deleted meanwhile: the list reloads
            delete_meeting(self.db, row.id)
        self._changed(None, _("Meeting deleted."))

    def print_selected(self, kind: DocumentKind) -> None:
        row = self.selected_record()
        if row is not None:
            label = (row.number or row.held_on.isoformat()).replace("/", "-")
            save_sheet(self, self.db, kind, row.id, label, self._saved)

    def _saved(self, path: Path) -> None:
        self.status_message.emit(_("Saved: {path}").format(path=path))
