"""A filter proxy: search-as-you-type ignoring case and Polish diacritics, plus a predicate.

The accepted rows are computed in one Python pass over precomputed folded text; Qt then asks
only "is row N accepted". Sorting is delegated to the source model (see `record_table`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from coordinator_app.core.text import fold
from coordinator_app.ui.widgets.record_table import RecordTableModel


class SearchProxy(QSortFilterProxyModel):
    def __init__(
        self, source: RecordTableModel[Any], search_text: Callable[[Any], str], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._search_text = search_text
        self._terms: list[str] = []
        self._predicate: Callable[[Any], bool] | None = None
        self._accepted: set[int] = set()
        self._model = source
        self.setSourceModel(source)
        # Acceptance is kept by record id, so a re-sort of the source needs no recomputation;
        # new records (a reset) do.
        source.modelReset.connect(self._refilter)
        self._recompute()

    def source(self) -> RecordTableModel[Any]:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def set_search(self, text: str) -> None:
        terms = fold(text).split()
        if terms != self._terms:
            self._terms = terms
            self._refilter()

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self._predicate = predicate
        self._refilter()

    def _refilter(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and newer
            self.beginFilterChange()
            self._recompute()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._recompute()
            self.invalidateFilter()

    def _recompute(self) -> None:
        terms, predicate = self._terms, self._predicate
        source = self._model
        records = source.records()
        if predicate is not None:
            records = [record for record in records if predicate(record)]
        if terms:
            text = self._search_text
            records = [record for record in records if all(term in text(record) for term in terms)]
        self._accepted = {source.id_of(record) for record in records}

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Called once per row on every keystroke: keep it to one list index and one set lookup.
        return self._model.row_ids[source_row] in self._accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)

    def record_at(self, proxy_row: int) -> Any:
        return self.source().record(self.mapToSource(self.index(proxy_row, 0)).row())
