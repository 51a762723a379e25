"""The yearly programmes list: year, title, adopted on, items planned and done; adding, editing,
deleting, and the programme saved as PDF."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from coordinator_app.core.coalition import (
    ItemInUse,
    ProgrammeNotFound,
    ProgrammeRow,
    delete_programme,
    list_programmes,
)
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.db.engine import Database
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.coalition.printing import save_sheet
from coordinator_app.ui.coalition.programme_dialog import YearlyProgrammeDialog
from coordinator_app.ui.widgets.list_tab import ListTab
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy, searchable_model


def programme_columns() -> list[Column[ProgrammeRow]]:
    return [
        Column("year", N_("Year"), lambda r: str(r.year), sort_key=lambda r: r.year, align_right=True),
        Column("title", N_("Title"), lambda r: r.title, tooltip=lambda r: r.title),
        Column(
            "adopted_on",
            N_("Adopted on"),
            lambda r: format_date(r.adopted_on),
            sort_key=lambda r: (r.adopted_on is None, r.adopted_on),
            align_right=True,
        ),
        Column("items", N_("Items"), lambda r: str(r.items), sort_key=lambda r: r.items, align_right=True),
        Column("done", N_("Done"), lambda r: str(r.done), sort_key=lambda r: r.done, align_right=True),
    ]


class ProgrammesView(ListTab):
    object_prefix = "programme"
    search_placeholder = N_("Search: year, title, items…")
    all_filter_text = N_("All programmes")
    loading_text = N_("Loading the yearly programmes…")
    load_failed_text = N_("Could not load the yearly programmes: {error}")
    title_text = N_("Yearly programmes")
    empty_text = N_("No yearly programme yet. Add one with “Add programme…”.")
    column_widths = (60, 420, 100, 80, 80)
    stretch_column = "title"
    sort_column = "year"
    sort_order = Qt.SortOrder.DescendingOrder
    has_details = False

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.filter.hide()  # one programme a year: nothing to filter by
        self.add_button = self._button(_("Add &programme…"), "programme_add", self.add_programme)
        self.edit_button = self._button(_("&Edit…"), "programme_edit", self.edit_selected)
        self.delete_button = self._button(_("Delete"), "programme_delete", self.delete_selected)
        self.print_button = self._button(_("Programme (PDF)…"), "programme_print", self.print_selected)
        for position, button in enumerate(
            (self.add_button, self.edit_button, self.delete_button, self.print_button)
        ):
            self.buttons_layout.insertWidget(position, button)
        self.update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- ListTab hooks ----------------------------------------------------------------------
    def make_model(self) -> tuple[RecordTableModel[ProgrammeRow], SearchProxy]:
        return searchable_model(programme_columns())

    def load_records(self) -> list[ProgrammeRow]:
        return list_programmes(self.db)

    def filter_options(self) -> list[tuple[str, str]]:
        return []

    def filter_predicate(self, value: str) -> Callable[[Any], bool]:
        return lambda _row: True

    def count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {total} programme", "{shown} of {total} programmes", total).format(
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

    def add_programme(self) -> None:
        dialog = YearlyProgrammeDialog(self.db, None, self)
        if dialog.exec():
            self._changed(dialog.saved_id, _("Programme saved."))

    def edit_selected(self) -> None:
        programme_id = self.selected_id()
        if programme_id is not None:
            self.edit(programme_id)

    def edit(self, programme_id: int) -> None:
        try:
            dialog = YearlyProgrammeDialog(self.db, programme_id, self)
        except ProgrammeNotFound:
            self.status_message.emit(_("The record no longer exists; the list has been refreshed."))
            self.reload()
            return
        if dialog.exec():
            self._changed(programme_id, _("Programme saved."))

    def delete_selected(self) -> None:
        row = self.selected_record()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            _("Delete programme"),
            _("Delete the programme for {year} with its items?").format(year=row.year),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with contextlib.suppress(ProgrammeNotFound):  # deleted meanwhile: the list reloads
                delete_programme(self.db, row.id)
        except ItemInUse as refusal:
            QMessageBox.information(self, _("Delete programme"), str(refusal))
            return
        self._changed(None, _("Programme deleted."))

    def print_selected(self) -> None:
        row = self.selected_record()
        if row is not None:
            save_sheet(self, self.db, DocumentKind.PROGRAMME, row.id, str(row.year), self._saved)

    def _saved(self, path: Path) -> None:
        self.status_message.emit(_("Saved: {path}").format(path=path))
