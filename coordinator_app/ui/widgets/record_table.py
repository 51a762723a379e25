"""A read-only table model over a list of plain records, described by column specs.

Sorting happens here, in Python, on precomputed keys (Polish collation for text): asking
QSortFilterProxyModel to sort would call back into Python for every comparison, which takes
seconds on 10,000 rows. The proxy in `search_proxy` only filters. The keys are pure functions
of the records: `sorted_records` computes them off the GUI thread (a list tab's loading
worker), and `set_records` then keeps them, so the GUI thread only swaps the rows in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coordinator_app.core.text import polish_sort_key
from coordinator_app.i18n import _

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    """`header` is an untranslated msgid; `display` renders a record; `sort_key` orders it
    (defaults to Polish collation of the display text)."""

    key: str
    header: str
    display: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str | None] | None = None
    foreground: Callable[[R], Any] | None = None


@dataclass(frozen=True)
class SortedRecords(Generic[R]):
    """Records already put in a model's order (`sorted_as`: column and order; None unsorted)."""

    rows: list[R]
    sorted_as: tuple[int, Qt.SortOrder] | None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], id_of: Callable[[R], int], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._id_of = id_of
        self._rows: list[R] = []
        self.row_ids: list[int] = []  # the id of each row, in row order (read by the filter proxy)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data -------------------------------------------------------------------------------
    def sorted_records(self, records: Sequence[R]) -> SortedRecords[R]:
        """`records` in the model's present order, sort keys computed here: safe to call on
        a worker thread (it reads only the column specs), then pass to `set_records`."""
        if self._sort is None:
            return SortedRecords(list(records), None)
        column, order = self._sort
        key = self._key_func(column)
        keys = [key(record) for record in records]
        order_of = sorted(range(len(keys)), key=keys.__getitem__, reverse=self._reverse(order))
        return SortedRecords([records[i] for i in order_of], (column, order))

    def set_records(self, records: Sequence[R] | SortedRecords[R]) -> None:
        self.beginResetModel()
        if isinstance(records, SortedRecords) and records.sorted_as == self._sort:
            self._rows = records.rows  # sorted on the worker: nothing to compute here
        else:
            rows = records.rows if isinstance(records, SortedRecords) else records
            self._rows = list(rows)
            if self._sort is not None:
                self._rows.sort(key=self._key_func(self._sort[0]), reverse=self._reverse(self._sort[1]))
        self.row_ids = [self._id_of(record) for record in self._rows]
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._rows)

    def id_of(self, record: R) -> int:
        return self._id_of(record)

    def record(self, row: int) -> R:
        return self._rows[row]

    def row_of_id(self, record_id: int) -> int | None:
        try:
            return self.row_ids.index(record_id)
        except ValueError:
            return None

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    # --- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _(self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column_index: int, role: int) -> Any:
        """The value of one cell for one role (the filter proxy calls this directly)."""
        record = self._rows[row]
        column = self.columns[column_index]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(record)
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return self._id_of(record)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        old_ids = [self.row_ids[index.row()] for index in old_persistent]
        self._rows.sort(key=self._key_func(column), reverse=self._reverse(order))
        self.row_ids = [self._id_of(record) for record in self._rows]
        new_rows = {rid: row for row, rid in enumerate(self.row_ids)}
        self.changePersistentIndexList(
            old_persistent,
            [
                self.index(new_rows[rid], index.column())
                for rid, index in zip(old_ids, old_persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _key_func(self, column: int) -> Callable[[R], Any]:
        spec = self.columns[column]
        if spec.sort_key is not None:
            return spec.sort_key
        return lambda record: polish_sort_key(spec.display(record))

    @staticmethod
    def _reverse(order: Qt.SortOrder) -> bool:
        return order == Qt.SortOrder.DescendingOrder
