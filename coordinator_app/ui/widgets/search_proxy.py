"""A filter proxy: search-as-you-type ignoring case and Polish diacritics, plus a predicate.

A `QAbstractProxyModel` that keeps the list of visible source rows itself. QSortFilterProxyModel
would ask Python "is row N accepted?" once per row on every keystroke (25–40 ms for 10,000
volunteers on this machine, before any matching); here one Python pass over precomputed folded
text builds the visible list (a few milliseconds), and Qt only maps the few rows on screen.
Sorting is delegated to the source model (see `record_table`), which sorts on precomputed keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QPersistentModelIndex, Qt

from coordinator_app.core.text import fold
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel, permuted

Index = QModelIndex | QPersistentModelIndex
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class SearchProxy(QAbstractProxyModel):
    def __init__(
        self, source: RecordTableModel[Any], search_text: Callable[[Any], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._search_text = search_text
        self._terms: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._texts: list[str] = []  # folded search text of each source row
        self._passes: list[bool] = []  # whether each source row passes the predicate
        self._visible: list[int] = []  # source rows shown, in source order
        # Source row -> proxy row; None while the rows shown are the first source rows, each in
        # its place (the common case: a map of 212,786 rows takes 15 ms to make).
        self._position: dict[int, int] | None = None
        self._model = source
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_source_reset)
        source.layoutAboutToBeChanged.connect(self._on_source_layout_about_to_change)
        source.layoutChanged.connect(self._on_source_layout_changed)
        source.dataChanged.connect(self._on_source_data_changed)
        source.rowsInserted.connect(self._on_source_rows_appended)
        self._rebuild_columns()
        self._filter()

    def source(self) -> RecordTableModel[Any]:
        return self._model

    # --- filtering --------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            self._terms = terms
            self._refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self._passes = self._predicate_column()
        self._refilter()

    def _rebuild_columns(self) -> None:
        """Per-row search text and predicate result, in source row order."""
        # map: at C speed for an attrgetter, and no loop of our own for a predicate
        self._texts = list(map(self._search_text, self._model.records_view()))
        self._passes = self._predicate_column()

    def _predicate_column(self) -> list[bool]:
        predicate = self._predicate
        if predicate is None:
            return [True] * self._model.rowCount()
        return list(map(predicate, self._model.records_view()))

    def _filter(self) -> None:
        self._visible = self._matching(0)
        self._index_visible()

    def _index_visible(self) -> None:
        """The map from source rows to proxy rows, made only when a row before a shown one is
        hidden (the shown rows only ever increase, so the last tells)."""
        visible = self._visible
        prefix = not visible or visible[-1] == len(visible) - 1
        self._position = None if prefix else dict(zip(visible, range(len(visible)), strict=True))

    def _proxy_row(self, source_row: int) -> int | None:
        if self._position is None:
            return source_row if 0 <= source_row < len(self._visible) else None
        return self._position.get(source_row)

    def _matching(self, start: int) -> list[int]:
        """The source rows from `start` on that pass the predicate and hold every term."""
        terms, passes = self._terms, self._passes
        texts = enumerate(islice(self._texts, start, None), start)
        if len(terms) == 1:  # the common case, typed letter by letter: keep the loop tight
            term = terms[0]
            return [row for row, text in texts if term in text and passes[row]]
        if terms:
            return [row for row, text in texts if passes[row] and all(term in text for term in terms)]
        if self._predicate is None:  # every row passes
            return list(range(start, len(passes)))
        return [row for row, ok in enumerate(islice(passes, start, None), start) if ok]

    def _refilter(self) -> None:
        """Re-filter keeping the selection and the current row where they stay visible."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self.mapToSource(index) for index in persistent]
        self._filter()
        self.changePersistentIndexList(persistent, [self.mapFromSource(index) for index in sources])
        self.layoutChanged.emit()

    # --- following the source ---------------------------------------------------------------
    def _on_source_reset(self) -> None:
        self._rebuild_columns()
        self._filter()
        self.endResetModel()

    def _on_source_layout_about_to_change(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._persistent = self.persistentIndexList()
        self._persistent_ids = [self._model.row_ids[self._visible[index.row()]] for index in self._persistent]

    def _on_source_layout_changed(self) -> None:
        order = self._model.last_order
        if order is not None and len(order) == len(self._texts):  # the rows were sorted
            self._texts = permuted(self._texts, order)
            self._passes = permuted(self._passes, order)
        else:
            self._rebuild_columns()
        self._filter()
        if self._persistent:
            # The few records behind them (the selection, the current cell), each found at C speed.
            found = {rid: self._model.row_of_id(rid) for rid in set(self._persistent_ids)}
            targets = []
            for index, rid in zip(self._persistent, self._persistent_ids, strict=True):
                source_row = found[rid]
                proxy_row = None if source_row is None else self._proxy_row(source_row)
                targets.append(QModelIndex() if proxy_row is None else self.index(proxy_row, index.column()))
            self.changePersistentIndexList(self._persistent, targets)
        self.layoutChanged.emit()

    def _on_source_rows_appended(self, _parent: QModelIndex, first: int, last: int) -> None:
        """Rows added at the end of the source (`complete_records`): filtered and shown after
        the visible ones, which keep their places."""
        if first != len(self._texts):  # not at the end: nothing of ours inserts there
            self.beginResetModel()
            self._rebuild_columns()
            self._filter()
            self.endResetModel()
            return
        added = self._model.records_view()[first : last + 1]
        self._texts += map(self._search_text, added)
        predicate = self._predicate
        self._passes += [True] * len(added) if predicate is None else map(predicate, added)
        shown = self._matching(first)
        if shown:
            start = len(self._visible)
            self.beginInsertRows(QModelIndex(), start, start + len(shown) - 1)
            self._visible += shown
            if self._position is None:
                self._index_visible()
            else:
                self._position.update(zip(shown, range(start, start + len(shown)), strict=True))
            self.endInsertRows()

    def _on_source_data_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Any = ()
    ) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            proxy_row = self._proxy_row(row)
            if proxy_row is not None:
                self.dataChanged.emit(
                    self.index(proxy_row, top_left.column()), self.index(proxy_row, bottom_right.column())
                )

    # --- the proxy model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._model.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        if not proxy_index.isValid() or proxy_index.row() >= len(self._visible):
            return QModelIndex()
        return self._model.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Straight to the source's cell, without building a source index for every role the
        # view asks about while painting.
        if not index.isValid():
            return None
        return self._model.cell(self._visible[index.row()], index.column(), role)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:
        """Every role the view asks of a cell, in one call: Qt 6's delegate asks for seven at
        once as it paints a cell, so a repaint enters Python once per cell, not once per role.
        Each entry waits for the interpreter lock while a worker sorts or reads; a repaint of a
        table with 1,000 entries instead of 7,000 waits that much less."""
        if not index.isValid():
            return
        row, column, cell = self._visible[index.row()], index.column(), self._model.cell
        for role_data in roleDataSpan:
            role_data.setData(cell(row, column, role_data.role()))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._model.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def record_at(self, proxy_row: int) -> Any:
        return self._model.record(self._visible[proxy_row])


def searchable_model(columns: Sequence[Column[Any]]) -> tuple[RecordTableModel[Any], SearchProxy]:
    """The model and filter proxy of a list whose records have `id` and `search_text`."""
    model: RecordTableModel[Any] = RecordTableModel(columns, id_of=attrgetter("id"))
    return model, SearchProxy(model, search_text=attrgetter("search_text"))


def attribute_is(name: str, value: object) -> Callable[[Any], bool]:
    """A filter predicate: the record's attribute `name` equals `value`."""
    getter = attrgetter(name)
    return lambda record: bool(getter(record) == value)
