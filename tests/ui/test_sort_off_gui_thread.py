"""A list tab's rows arrive sorted from its loading worker: the GUI thread computes no sort key
(issue #16, point 3: no freeze while a list loads)."""

from __future__ import annotations

import random
import threading
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator_app.db.engine import Database
from coordinator_app.ui.clients.tab import ClientsTab
from coordinator_app.ui.tasks import SORTS, lane
from coordinator_app.ui.widgets import record_table
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel, SortedRecords
from coordinator_app.ui.widgets.search_proxy import SearchProxy
from tests.core.test_clients_core import seed_clients
from tests.ui.test_list_tabs_ui import open_tab

Row = tuple[int, str]


def keyed_model(threads: list[int]) -> RecordTableModel[Row]:
    def key(row: Row) -> str:
        threads.append(threading.get_ident())
        return row[1]

    return RecordTableModel([Column("name", "Name", lambda r: r[1], sort_key=key)], lambda r: r[0])


ROWS: list[Row] = [(1, "Żak"), (2, "Adamek"), (3, "Lis"), (4, "Adamek"), (5, "Ćwik")]


def test_sorted_records_match_the_models_own_sort_and_are_kept_as_they_are() -> None:
    threads: list[int] = []
    model = keyed_model(threads)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(0, order)
        plain = keyed_model([])
        plain.sort(0, order)
        plain.set_records(ROWS)
        prepared = model.sorted_records(ROWS)
        assert isinstance(prepared, SortedRecords) and prepared.sorted_as == (0, order)
        threads.clear()
        model.set_records(prepared)
        assert threads == []  # no key computed when the rows come sorted
        assert model.row_ids == plain.row_ids  # ties keep their order, as a stable sort does
    assert model.row_ids == [1, 5, 3, 2, 4]


def test_rows_sorted_for_another_order_are_sorted_again() -> None:
    model = keyed_model([])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    prepared = model.sorted_records(ROWS)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # the user clicked the header meanwhile
    model.set_records(prepared)
    assert model.row_ids == [1, 5, 3, 2, 4]


def test_a_tab_computes_its_sort_keys_on_the_loading_worker(
    qtbot: QtBot, db: Database, monkeypatch: Any
) -> None:
    seed_clients(db)
    threads: list[int] = []
    import coordinator_app.ui.clients.table as table

    real = table.polish_name_key

    def spy(last_name: str | None, first_name: str | None) -> str:
        threads.append(threading.get_ident())
        return real(last_name, first_name)

    monkeypatch.setattr(table, "polish_name_key", spy)
    tab = open_tab(qtbot, ClientsTab(db))
    assert tab.model.rowCount() == 3
    assert threads and threading.get_ident() not in threads
    names = [tab.model.record(row).last_name for row in range(3)]
    assert names == sorted(names, key=lambda name: real(name, ""))


def long_rows(count: int) -> list[Row]:
    return [(i, f"{(i * 7919) % count:05d}") for i in range(1, count + 1)]


def test_a_long_lists_first_sort_by_a_column_computes_its_keys_on_a_worker(
    qtbot: QtBot, monkeypatch: Any
) -> None:
    """Clicking a column header of a long list never computes its keys nor orders its rows on
    the GUI thread; the rows take their order when it is ready, and a second click orders them
    again from the keys kept, computing none."""
    import coordinator_app.ui.widgets.record_table as record_table

    monkeypatch.setattr(record_table, "BACKGROUND_SORT_ROWS", 50)
    threads: list[int] = []
    model = keyed_model(threads)
    ordered_on: list[int] = []
    order_of = model._order_of

    def spy(keys: list[Any], order: Qt.SortOrder) -> list[int]:
        ordered_on.append(threading.get_ident())
        return order_of(keys, order)

    monkeypatch.setattr(model, "_order_of", spy)
    model.set_records(long_rows(200))
    with qtbot.waitSignal(model.layoutChanged, timeout=10_000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
        assert model.row_ids[:3] == [1, 2, 3]  # not yet: the keys are being computed
    assert threads and threading.get_ident() not in threads
    names = [model.record(row)[1] for row in range(200)]
    assert names == sorted(names)
    threads.clear()
    with qtbot.waitSignal(model.layoutChanged, timeout=10_000):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert threads == []  # the keys were kept
    assert [model.record(row)[1] for row in range(200)] == sorted(names, reverse=True)
    assert len(ordered_on) == 2 and threading.get_ident() not in ordered_on


def test_rows_replaced_while_their_keys_are_computed_are_sorted_all_the_same(monkeypatch: Any) -> None:
    import coordinator_app.ui.widgets.record_table as record_table

    monkeypatch.setattr(record_table, "BACKGROUND_SORT_ROWS", 50)
    threads: list[int] = []
    model = keyed_model(threads)
    model.set_records(long_rows(100))
    model.sort(0, Qt.SortOrder.AscendingOrder)  # its keys are computed on a worker ...
    replaced = long_rows(150)
    model.set_records(replaced)  # ... while new rows arrive, sorted at once (and keyed)
    expected = sorted(row[1] for row in replaced)
    assert [model.record(row)[1] for row in range(150)] == expected
    assert lane(SORTS).waitForDone(10_000)  # long sorts run in their own lane
    threads.clear()
    QApplication.processEvents()  # the stale keys arrive, and are dropped
    assert threads == []
    assert [model.record(row)[1] for row in range(150)] == expected


def test_the_selected_record_and_the_search_follow_a_long_list_sorted_on_a_worker(
    qtbot: QtBot, monkeypatch: Any
) -> None:
    """The filter proxy takes the rows' new order from the model (its search texts and filter
    results permuted, not rebuilt): the same rows stay shown and the selected one stays
    selected."""
    import coordinator_app.ui.widgets.record_table as record_table

    monkeypatch.setattr(record_table, "BACKGROUND_SORT_ROWS", 50)
    model = keyed_model([])
    proxy = SearchProxy(model, search_text=lambda row: row[1])
    proxy.set_predicate(lambda row: row[0] % 3 != 0)  # every third row filtered out
    model.set_records(long_rows(200))
    proxy.set_search("1")
    shown = {proxy.record_at(row)[0] for row in range(proxy.rowCount())}
    chosen = QPersistentModelIndex(proxy.index(5, 0))
    chosen_id = proxy.record_at(5)[0]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        with qtbot.waitSignal(model.layoutChanged, timeout=10_000):
            model.sort(0, order)
        rows = [proxy.record_at(row) for row in range(proxy.rowCount())]
        assert {row[0] for row in rows} == shown
        texts = [row[1] for row in rows]
        assert texts == sorted(texts, reverse=order == Qt.SortOrder.DescendingOrder)
        assert proxy.record_at(chosen.row())[0] == chosen_id


@pytest.mark.parametrize("reverse", [False, True])
def test_a_long_list_sorted_in_slices_is_in_the_order_one_sort_gives(
    reverse: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(record_table, "SORT_SLICE_ROWS", 7)
    monkeypatch.setattr(record_table, "KEY_SLICE_ROWS", 9)  # the merge, taken 9 rows at a time
    generator = random.Random(16)
    keys = [generator.choice("aąbcćdeę") + generator.choice("xyz") for _ in range(100)]  # many ties
    expected = sorted(range(len(keys)), key=keys.__getitem__, reverse=reverse)
    assert record_table.sorted_order(keys, reverse=reverse) == expected  # ties in their order too


def test_a_sort_overtaken_by_another_click_gives_way_at_its_next_step() -> None:
    model = keyed_model([])
    asked: list[bool] = []

    def wanted() -> bool:
        asked.append(True)
        return len(asked) < 2  # the user clicks another header after the keys are made

    rows = list(ROWS)
    result = model._sorted_by(0, Qt.SortOrder.AscendingOrder, rows, [r[0] for r in rows], {}, wanted)
    assert result is None and len(asked) == 2
    done = model._sorted_by(0, Qt.SortOrder.AscendingOrder, rows, [r[0] for r in rows], {})
    assert done is not None and done.row_ids == [2, 4, 3, 5, 1] and done.keys[0][0] == "Adamek"
