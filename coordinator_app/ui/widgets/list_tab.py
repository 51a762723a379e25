"""A list tab: search box, one filter, sortable table, count, and what a row opens.

A subclass names its texts (untranslated msgids, translated when shown) and defines the hooks
declared on `ListTab`: it builds its model, loads its records (in the background), offers its
filter values and counts its rows. By default activating a row (double-click, Enter or the
Details button) opens a read-only details window built by `details_document`; a tab that edits
its records overrides `activate` and sets `has_details = False`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coordinator_app.core.bulk import paused_collection
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.style import set_role
from coordinator_app.ui.tasks import run_task
from coordinator_app.ui.widgets.details_dialog import DetailsDialog, DetailsDocument
from coordinator_app.ui.widgets.record_table import RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy
from coordinator_app.ui.widgets.tables import compact_rows, keep_titles_whole

log = logging.getLogger(__name__)

_NUMBER_PARTS = re.compile(r"(\d+)")


def natural_key(text: str | None) -> str:
    """Sorts `P/2/2025` before `P/12/2025`: digit runs compare as numbers (a shorter number
    first, by its length, then digit by digit), before any text, which ignores case. One
    string, so that 20,000 rows sort at the speed of string comparison."""
    parts = []
    for part in _NUMBER_PARTS.split(text or ""):
        if part.isdigit():
            number = part.lstrip("0") or "0"
            parts.append(f"\x01{chr(0x20 + len(number))}{number}")
        elif part:
            parts.append(f"\x02{part.casefold()}")
    return "".join(parts)


NO_DATE = dt.date.max.toordinal() + 1
# Rows read first when a tab can read its first screen quickly (`load_first_records`): a few
# screens of a 1366×768 window, so scrolling a little never reaches the end before the rest.
FIRST_SCREEN_ROWS = 200


def date_key(value: dt.date | None) -> int:
    """Orders dates, with an empty date last (a number: compares faster than a pair)."""
    return NO_DATE if value is None else value.toordinal()


class ListTab(QWidget):
    status_message = Signal(str)

    # Set by every subclass. Texts are msgids, wrapped in N_ where they are written.
    object_prefix: ClassVar[str]  # object names: <prefix>_search, _filter, _table, _details
    search_placeholder: ClassVar[str]
    all_filter_text: ClassVar[str]  # the filter's first entry, e.g. "All statuses"
    loading_text: ClassVar[str]
    load_failed_text: ClassVar[str]  # with {error}
    title_text: ClassVar[str]  # the tab's title, for the error box
    empty_text: ClassVar[str]  # shown when there are no records at all
    sort_column: ClassVar[str]  # a column key
    sort_order: ClassVar[Qt.SortOrder] = Qt.SortOrder.AscendingOrder
    column_widths: ClassVar[tuple[int, ...]] = ()
    # The column that takes the room left over (its key); None: the last one does.
    stretch_column: ClassVar[str | None] = None
    has_details: ClassVar[bool] = True

    # Hooks every subclass defines:
    make_model: Callable[[], tuple[RecordTableModel[Any], SearchProxy]]
    load_records: Callable[[], list[Any]]  # runs on a worker thread: call a core service
    filter_options: Callable[[], list[tuple[str, str]]]  # (value, label) offered after "All"
    filter_predicate: Callable[[str], Callable[[Any], bool]]
    count_text: Callable[[int, int], str]  # (shown, total)
    # ... and, when `has_details`, this one (raises LookupError when the record is gone):
    details_document: Callable[[int], DetailsDocument]
    # A tab whose list can be long and whose default order SQLite can give (by an index) may
    # set this: it reads the first `n` records in that order, shown while the whole list is
    # still being read (issue #16: 212,786 assignments take 1.5 s, their first screen 15 ms),
    # or gives None when the list is short enough to be shown whole at once.
    load_first_records: Callable[[int], list[Any] | None] | None = None

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model, self.proxy = self.make_model()
        self.loaded = False
        self.loading = False
        self.details_dialog: DetailsDialog | None = None
        self._select_after_load: int | None = None
        self._first_screen = False  # the first rows are shown; the rest is being read

        self.search = QLineEdit()
        self.search.setObjectName(f"{self.object_prefix}_search")
        self.search.setPlaceholderText(_(self.search_placeholder))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.filter = QComboBox()
        self.filter.setObjectName(f"{self.object_prefix}_filter")
        self.filter.setAccessibleName(_("Filter"))
        self.filter.addItem(_(self.all_filter_text), None)
        for value, label in self.filter_options():
            self.filter.addItem(label, value)
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setObjectName(f"{self.object_prefix}_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # long text is elided (…); its full form is in the tooltip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        sort_column = self.model.column_index(self.sort_column)
        header.setSortIndicator(sort_column, self.sort_order)
        self.model.sort(sort_column, self.sort_order)
        metrics = header.fontMetrics()
        for column, width in enumerate(self.column_widths):
            # Never narrower than the (translated) header text, so no title is cut off.
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 24))
        if self.stretch_column is not None:
            header.setStretchLastSection(False)
            header.setSectionResizeMode(
                self.model.column_index(self.stretch_column), QHeaderView.ResizeMode.Stretch
            )
        compact_rows(self.table)
        keep_titles_whole(self.table)
        # Double-click and Enter both "activate" a row (as the platform defines it).
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())

        self.details_button = QPushButton(_("&Details…"))
        self.details_button.setObjectName(f"{self.object_prefix}_details")
        self.details_button.clicked.connect(self.show_selected_details)
        self.details_button.setVisible(self.has_details)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.addWidget(self.search, 3)
        self.filters_layout.addWidget(self.filter, 1)
        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.addWidget(self.details_button)
        self.buttons_layout.addStretch(1)
        self.buttons_layout.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filters_layout)
        self.empty_label = QLabel()
        self.empty_label.setObjectName(f"{self.object_prefix}_empty")
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "empty_list")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons_layout)
        self._update_count()
        ListTab.update_buttons(self)  # a subclass's override runs once its widgets exist

    # --- loading ----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self._select_after_load = select_id if select_id is not None else self.selected_id()
        self.loading = True
        self.status_message.emit(_(self.loading_text))
        load_first = self.load_first_records
        default_order = (self.model.column_index(self.sort_column), self.sort_order)
        model = self.model
        if (
            load_first is not None
            and not (self.loaded or model.rowCount())
            and model.sorted_as == default_order
        ):

            def first_rows() -> Any:
                rows = load_first(FIRST_SCREEN_ROWS)
                return None if rows is None else model.sorted_records(rows)

            # Both reads start now: the first screen's comes back long before the other, which
            # says what went wrong if anything did.
            run_task(first_rows, self._on_first_rows, lambda error: log.info("first screen: %s", error))

        def load() -> Any:
            # Thousands of short-lived rows without cycles: the collector would walk them all
            # again and again (a third of the time at 100,000 volunteers; see core.bulk).
            with paused_collection():
                return model.sorted_records(self.load_records())  # sort keys off the GUI thread

        run_task(load, self._on_loaded, self._on_load_failed)

    def ensure_loaded(self) -> None:
        """Load once, when the tab is first shown."""
        if not self.loaded and not self.loading:
            self.reload()

    def _on_first_rows(self, rows: Any) -> None:
        if rows is not None and self.loading and not self.loaded and self.model.rowCount() == 0:
            self.model.set_records(rows)
            self._first_screen = True
            self._update_count()

    def _on_loaded(self, rows: Any) -> None:
        self.loading = False
        first_screen, self._first_screen = self._first_screen, False
        if first_screen and self._select_after_load is None:
            self._select_after_load = self.selected_id()  # chosen on the first screen
        if not (first_screen and self.model.complete_records(rows)):
            self.model.set_records(rows)
        self.loaded = True
        self._update_count()
        if self._select_after_load is not None:
            self.select_id(self._select_after_load)
        self.status_message.emit("")

    def _on_load_failed(self, error: Exception) -> None:
        self.loading = False
        message = _(self.load_failed_text).format(error=error)
        self.status_message.emit(message)
        QMessageBox.critical(self, _(self.title_text), message)

    # --- filtering --------------------------------------------------------------------------
    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _apply_filter(self, *_args: Any) -> None:
        self.proxy.set_predicate(self.current_predicate())
        self._update_count()

    def current_predicate(self) -> Callable[[Any], bool] | None:
        """The rows to show, from the filter widgets (a subclass may add its own)."""
        value = self.filter.currentData()
        return None if value is None else self.filter_predicate(value)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        # While the first screen is shown the whole list's count is not known yet.
        count = _(self.loading_text) if self._first_screen else self.count_text(shown, total)
        self.count_label.setText(count)
        # Say why the list is empty, so an empty table never looks like a fault.
        if not self.loaded or shown:
            hint = ""
        elif total == 0:
            hint = _(self.empty_text)
        elif self.search.text().strip():
            hint = _(
                "Nothing matches “{text}”. Search ignores case and Polish letters (“zolc” finds “Żółć”)."
            ).format(text=self.search.text().strip())
        else:
            hint = _("No records match the chosen filter.")
        self.empty_label.setText(hint)
        self.empty_label.setVisible(bool(hint))

    # --- selection and details --------------------------------------------------------------
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.id_of(self.proxy.record_at(rows[0].row()))

    def select_id(self, record_id: int) -> bool:
        source_row = self.model.row_of_id(record_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def update_buttons(self) -> None:
        self.details_button.setEnabled(self.selected_id() is not None)

    def selected_record(self) -> Any | None:
        record_id = self.selected_id()
        return None if record_id is None else self.model.record(self.model.row_of_id(record_id) or 0)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.activate(self.model.id_of(self.proxy.record_at(index.row())))

    def activate(self, record_id: int) -> None:
        """A row was double-clicked or Enter was pressed on it."""
        self.show_details(record_id)

    def show_selected_details(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self.show_details(record_id)

    def show_details(self, record_id: int) -> DetailsDialog | None:
        """Open the details window of one record (window-modal, without blocking)."""
        try:
            document = self.details_document(record_id)
        except LookupError:
            self.status_message.emit(_("The record no longer exists; the list has been refreshed."))
            self.reload()
            return None
        if self.details_dialog is not None:
            self.details_dialog.close()
            self.details_dialog.deleteLater()
        self.details_dialog = DetailsDialog(document, self)
        self.details_dialog.open()
        return self.details_dialog
