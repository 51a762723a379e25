"""A read-only table model over a list of plain records, described by column specs.

Sorting happens here, in Python, on precomputed keys (Polish collation for text): asking
QSortFilterProxyModel to sort would call back into Python for every comparison, which takes
seconds on 10,000 rows. The proxy in `search_proxy` only filters. The keys are pure functions
of the records: `sorted_records` computes them off the GUI thread (a list tab's loading
worker), and `set_records` then keeps them, so the GUI thread only swaps the rows in.

A column's keys, once computed, are kept (in row order) until the records change: sorting by a
column again, either way, only orders the rows. A long list is ordered on a worker, its keys
too when the column is sorted for the first time (issue #16: no freeze while a list sorts):
the worker also puts the rows, their ids and the kept keys in the new order (`_sorted_by`,
permuted at C speed by `permuted`), so the GUI thread only swaps the lists in; the filter
proxy permutes its own columns the same way (`last_order`). Each step of that work is a slice of
a few milliseconds followed by `let_others_run`, which on a worker leaves the interpreter lock
to the GUI thread for a moment: a repaint meanwhile would otherwise wait behind the whole sort.
"""

from __future__ import annotations

import heapq
import itertools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from coordinator_app.core.bulk import let_others_run, paused_collection
from coordinator_app.core.text import polish_sort_key
from coordinator_app.i18n import _
from coordinator_app.ui.tasks import SORTS, run_task

log = logging.getLogger(__name__)

R = TypeVar("R")
T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# From this many rows a column's first sort computes its keys on a worker (10,000 Polish
# collation keys take 20–40 ms; fewer rows are sorted at once).
BACKGROUND_SORT_ROWS = 3000
# Longer lists are sorted in slices of this many rows (`sorted_order`): about 4 ms each.
SORT_SLICE_ROWS = 20_000
# A column's keys are computed, and a sorted list merged, this many rows at a time (1–2 ms).
KEY_SLICE_ROWS = 1_000


def sorted_order(keys: list[Any], *, reverse: bool = False) -> list[int]:
    """The indexes of `keys` in their (stable) sorted order. A long list is sorted in slices
    merged by `heapq.merge`: one `sorted` over 200,000 keys is a single C call that holds the
    interpreter lock for 60–100 ms, freezing the window while a worker sorts; a slice holds it
    for a few milliseconds, and the merge is taken a slice at a time, with `let_others_run`
    between. Ties keep their order either way, as the merge takes equal keys from the earlier
    slice first."""
    count = len(keys)
    if count <= SORT_SLICE_ROWS:
        return sorted(range(count), key=keys.__getitem__, reverse=reverse)
    slices = []
    for start in range(0, count, SORT_SLICE_ROWS):
        stop = min(start + SORT_SLICE_ROWS, count)
        slices.append(sorted(range(start, stop), key=keys.__getitem__, reverse=reverse))
        let_others_run()
    merged = heapq.merge(*slices, key=keys.__getitem__, reverse=reverse)
    order: list[int] = []
    while chunk := list(itertools.islice(merged, KEY_SLICE_ROWS)):
        order += chunk
        let_others_run()
    return order


def permuted(values: Sequence[T], order: Sequence[int]) -> list[T]:
    """`values` taken in `order` (a list of their indexes): one C call, not a Python loop."""
    if len(order) < 2:
        return [values[i] for i in order]
    return list(itemgetter(*order)(values))


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
    """Records already put in a model's order (`sorted_as`: column and order; None unsorted),
    with that column's sort keys in the same order."""

    rows: list[R]
    sorted_as: tuple[int, Qt.SortOrder] | None
    keys: list[Any] | None = None


@dataclass(frozen=True)
class _Reordering(Generic[R]):
    """A sort's outcome: the new order (present row indexes, in it) and the rows, their ids
    and each kept column's keys already put in it."""

    order: list[int]
    rows: list[R]
    row_ids: list[int]
    keys: dict[int, list[Any]]


class RecordTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], id_of: Callable[[R], int], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._id_of = id_of
        self._rows: list[R] = []
        self.row_ids: list[int] = []  # the id of each row, in row order (read by the filter proxy)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}  # column -> its sort keys, in row order
        self._generation = 0  # changes whenever the rows do (keys computed before are stale)
        self.last_order: list[int] | None = None  # during layoutChanged: how the rows moved

    # --- data -------------------------------------------------------------------------------
    def sorted_records(self, records: Sequence[R]) -> SortedRecords[R]:
        """`records` in the model's present order, sort keys computed here: safe to call on
        a worker thread (it reads only the column specs), then pass to `set_records`."""
        if self._sort is None:
            return SortedRecords(list(records), None)
        column, order = self._sort
        key = self._key_func(column)
        keys = [key(record) for record in records]
        order_of = self._order_of(keys, order)
        return SortedRecords(permuted(records, order_of), (column, order), permuted(keys, order_of))

    def set_records(self, records: Sequence[R] | SortedRecords[R]) -> None:
        self.beginResetModel()
        self._generation += 1
        self._keys = {}
        if isinstance(records, SortedRecords) and records.sorted_as == self._sort:
            self._rows = records.rows  # sorted on the worker: nothing to compute here
            if records.keys is not None and self._sort is not None:
                self._keys[self._sort[0]] = records.keys
        else:
            rows = list(records.rows if isinstance(records, SortedRecords) else records)
            if self._sort is not None:
                column, order = self._sort
                key = self._key_func(column)
                keys = [key(record) for record in rows]
                order_of = self._order_of(keys, order)
                rows = permuted(rows, order_of)
                self._keys[column] = permuted(keys, order_of)
            self._rows = rows
        self.row_ids = list(map(self._id_of, self._rows))  # at C speed when id_of is an attrgetter
        self.endResetModel()

    @property
    def sorted_as(self) -> tuple[int, Qt.SortOrder] | None:
        """The column and order the rows are kept in (None: as given)."""
        return self._sort

    def complete_records(self, records: SortedRecords[R]) -> bool:
        """Take the whole list when the rows shown are its beginning (the first screen, read
        first): the rest is appended, so the selection and the scroll position stay where
        the user put them. False, changing nothing, when they are not (sorted differently
        since, or the file changed between the two reads): then `set_records`."""
        shown = len(self._rows)
        if (
            records.sorted_as != self._sort
            or len(records.rows) < shown
            or list(map(self._id_of, records.rows[:shown])) != self.row_ids
        ):
            return False
        self._generation += 1  # a sort of the first rows still running on a worker is stale
        self._keys = {} if records.keys is None or self._sort is None else {self._sort[0]: records.keys}
        if len(records.rows) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(records.rows) - 1)
            self._rows = records.rows
            self.row_ids = list(map(self._id_of, self._rows))
            self.endInsertRows()
        else:
            self._rows = records.rows
        if shown:  # the same records, read again: shown as they are now
            self.dataChanged.emit(self.index(0, 0), self.index(shown - 1, len(self.columns) - 1))
        return True

    def records(self) -> list[R]:
        return list(self._rows)

    def records_view(self) -> Sequence[R]:
        """The rows themselves, not a copy: read at once, never kept or changed (the filter
        proxy reads 100,000 of them on every reset)."""
        return self._rows

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

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """Every role asked of a cell in one call (a view straight on this model paints through
        it as through the filter proxy's `multiData`)."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        for role_data in roleDataSpan:
            role_data.setData(self.cell(row, column, role_data.role()))

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
        if len(self._rows) >= BACKGROUND_SORT_ROWS:
            self._sort_in_background(column, order)
            return
        result = self._sorted_by(column, order, self._rows, self.row_ids, self._keys)
        if result is not None:  # always: nothing can overtake a sort on this thread
            self._reorder(result)

    def _sorted_by(
        self,
        column: int,
        order: Qt.SortOrder,
        rows: list[R],
        row_ids: list[int],
        kept: dict[int, list[Any]],
        wanted: Callable[[], bool] = lambda: True,
    ) -> _Reordering[R] | None:
        """`rows`, their ids and their kept keys put in the column's order (the column's keys
        computed unless kept): reads only its arguments and the column specs, so it may run on
        a worker while the GUI thread shows the rows in their old order. None as soon as
        `wanted` says the result is no longer wanted (another header clicked meanwhile)."""
        keys = kept.get(column)
        if keys is None:
            key = self._key_func(column)
            keys = []
            for start in range(0, len(rows), KEY_SLICE_ROWS):
                if not wanted():
                    return None
                keys += map(key, rows[start : start + KEY_SLICE_ROWS])
                let_others_run()
        if not wanted():
            return None
        order_of = self._order_of(keys, order)
        if not wanted():
            return None
        moved = {}
        for each, column_keys in (kept | {column: keys}).items():
            moved[each] = permuted(column_keys, order_of)
            let_others_run()
        return _Reordering(order_of, permuted(rows, order_of), permuted(row_ids, order_of), moved)

    def _sort_in_background(self, column: int, order: Qt.SortOrder) -> None:
        """The column's order, and the rows, ids and kept keys put in it, on a worker: `sorted`
        and each permutation of 200,000 rows are C calls of 10–100 ms that would freeze the
        window; the GUI thread only swaps the lists in. A sort overtaken by another header's
        click stops at its next step: two sorting workers would take turns with the GUI
        thread for the interpreter lock and starve it (a 500 ms freeze, measured), so sorts
        also run one at a time, in their own lane."""
        rows, row_ids, kept, generation = self._rows, self.row_ids, dict(self._keys), self._generation

        def wanted() -> bool:
            return self._sort == (column, order) and self._generation == generation

        def work() -> _Reordering[R] | None:
            # Lists of 200,000 references: a young collection pass would walk each of them.
            with paused_collection():
                return self._sorted_by(column, order, rows, row_ids, kept, wanted)

        def ready(result: _Reordering[R] | None) -> None:
            if generation != self._generation:  # the rows changed meanwhile: keys are stale
                if self._sort == (column, order):
                    self._sort_in_background(column, order)
                return
            if result is not None and self._sort == (column, order):  # else overtaken
                self._reorder(result)

        run_task(work, ready, lambda error: log.error("sorting failed: %s", error), serial=SORTS)

    def _reorder(self, result: _Reordering[R]) -> None:
        """Show the rows in their new order (`result.order`: their present indexes, in it)."""
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        self._generation += 1
        self._rows, self.row_ids, self._keys = result.rows, result.row_ids, result.keys
        if old_persistent:  # the selection and the current row follow their records
            # A few distinct rows: each found at C speed, never a map of every row.
            new_row = {row: result.order.index(row) for row in {index.row() for index in old_persistent}}
            self.changePersistentIndexList(
                old_persistent, [self.index(new_row[index.row()], index.column()) for index in old_persistent]
            )
        self.last_order = result.order  # read by the filter proxy while the signal below runs
        self.layoutChanged.emit()
        self.last_order = None

    def _order_of(self, keys: list[Any], order: Qt.SortOrder) -> list[int]:
        return sorted_order(keys, reverse=self._reverse(order))

    def _key_func(self, column: int) -> Callable[[R], Any]:
        spec = self.columns[column]
        if spec.sort_key is not None:
            return spec.sort_key
        return lambda record: polish_sort_key(spec.display(record))

    @staticmethod
    def _reverse(order: Qt.SortOrder) -> bool:
        return order == Qt.SortOrder.DescendingOrder
