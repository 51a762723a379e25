"""A long list shows its first screen while the rest is read (issue #16: 212,786 assignments
take 1.6 s to read, their newest 200 a few milliseconds). The rest is appended below the rows
shown, which keep their places and their selection; a list sorted otherwise meanwhile, or
changed between the two reads, is replaced whole."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

import coordinator_app.ui.assignments.tab as assignments_tab
import coordinator_app.ui.widgets.list_tab as list_tab
from coordinator_app.core.assignments import AssignmentRow, list_assignments
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.assignments.tab import AssignmentsTab
from coordinator_app.ui.widgets.record_table import Column, RecordTableModel
from coordinator_app.ui.widgets.search_proxy import SearchProxy

FIRST = 10


@pytest.fixture
def demo(db_path: Path) -> Any:
    database = open_database(db_path)
    yield database
    database.dispose()


def newest_first(rows: list[AssignmentRow]) -> list[int]:
    """The ids in the list's default order: latest start first, the last added first."""
    return [row.id for row in sorted(rows, key=lambda row: (row.date_from, row.id), reverse=True)]


def test_the_newest_assignments_are_the_beginning_of_the_whole_list(demo: Database) -> None:
    every = list_assignments(demo)
    assert [row.id for row in every] == newest_first(every)  # read in the list's own order
    dates = [row.date_from for row in every]
    assert len(set(dates)) < len(dates)  # ties, which must fall the same way in both reads
    newest = list_assignments(demo, newest=FIRST)
    assert newest == every[:FIRST]  # the same rows, confirmed hours and search text
    assert any(row.confirmed_minutes for row in newest)


Row = tuple[int, str]


def table_model() -> tuple[RecordTableModel[Row], SearchProxy]:
    model: RecordTableModel[Row] = RecordTableModel(
        [Column("name", "Name", lambda r: r[1])], id_of=lambda r: r[0]
    )
    model.sort(0, Qt.SortOrder.AscendingOrder)
    return model, SearchProxy(model, search_text=lambda r: r[1].casefold())


WHOLE: list[Row] = [(1, "Adam"), (2, "Beata"), (3, "Celina"), (4, "Dorota"), (5, "Ewa"), (6, "Ewelina")]


def test_the_rest_is_appended_below_the_first_rows_and_filtered_as_they_are(qtbot: QtBot) -> None:
    model, proxy = table_model()
    model.set_records(model.sorted_records(WHOLE[:3]))
    proxy.set_search("e")  # typed while the rest was read: Beata and Celina match
    selected = QPersistentModelIndex(proxy.index(1, 0))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(proxy.rowsInserted) as inserted:
        assert model.complete_records(model.sorted_records(WHOLE))
    assert inserted.args[1:] == [2, 3]  # Ewa and Ewelina under the two shown; not Dorota
    assert [proxy.record_at(row)[1] for row in range(proxy.rowCount())] == [
        "Beata",
        "Celina",
        "Ewa",
        "Ewelina",
    ]
    assert selected.isValid() and selected.row() == 1
    assert model.row_ids == [1, 2, 3, 4, 5, 6]
    proxy.set_search("ew")
    assert [proxy.record_at(row)[1] for row in range(proxy.rowCount())] == ["Ewa", "Ewelina"]
    model.sort(0, Qt.SortOrder.DescendingOrder)  # the appended rows sort with the others
    assert model.row_ids == [6, 5, 4, 3, 2, 1]


def test_a_whole_list_that_does_not_begin_with_the_rows_shown_changes_nothing() -> None:
    model, proxy = table_model()
    model.set_records(model.sorted_records(WHOLE[:3]))
    changed = [(1, "Adam"), (3, "Celina"), *WHOLE[3:]]  # Beata was deleted between the reads
    assert not model.complete_records(model.sorted_records(changed))
    assert model.row_ids == [1, 2, 3]
    resorted = model.sorted_records(WHOLE)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # a header clicked while the rest was read
    assert not model.complete_records(resorted)
    model.set_records(resorted)  # what the tab does then: sorted again as now asked
    assert model.row_ids == [6, 5, 4, 3, 2, 1] and proxy.rowCount() == 6


def test_a_choice_made_on_the_first_screen_survives_a_sort_made_there_too(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_tab, "FIRST_SCREEN_ROWS", FIRST)
    monkeypatch.setattr(assignments_tab, "FIRST_SCREEN_FROM", 0)
    go_on = threading.Event()
    tab = AssignmentsTab(demo)
    whole = tab.load_records

    def slow_whole() -> list[AssignmentRow]:
        go_on.wait(10)
        return whole()

    tab.load_records = slow_whole  # type: ignore[method-assign]
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.model.rowCount() == FIRST)
    tab.table.sortByColumn(tab.model.column_index("number"), Qt.SortOrder.AscendingOrder)
    tab.table.selectRow(2)
    picked = tab.selected_id()
    with qtbot.waitSignal(tab.model.modelReset):  # sorted otherwise: the list is replaced
        go_on.set()
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.selected_id() == picked is not None
    assert tab.model.rowCount() == len(list_assignments(demo))


def test_the_assignments_tab_shows_its_newest_first_then_the_rest_below_them(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(list_tab, "FIRST_SCREEN_ROWS", FIRST)
    monkeypatch.setattr(assignments_tab, "FIRST_SCREEN_FROM", 0)  # as if there were 50,000
    every = list_assignments(demo)
    go_on = threading.Event()
    tab = AssignmentsTab(demo)
    whole = tab.load_records

    def slow_whole() -> list[AssignmentRow]:  # the whole list takes its time, as at 100,000
        go_on.wait(10)
        return whole()

    tab.load_records = slow_whole  # type: ignore[method-assign]
    qtbot.addWidget(tab)
    tab.resize(1000, 500)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.model.rowCount() == FIRST)
    assert not tab.loaded and tab.count_label.text() == _("Loading assignments…")
    assert not tab.empty_label.isVisible()
    assert tab.model.row_ids == newest_first(every)[:FIRST]
    tab.table.selectRow(3)
    picked = tab.selected_id()
    tab.table.scrollTo(tab.proxy.index(FIRST - 1, 0))
    scrolled = tab.table.verticalScrollBar().value()
    with qtbot.assertNotEmitted(tab.model.modelReset):
        go_on.set()
        qtbot.waitUntil(lambda: tab.loaded)
    assert tab.model.row_ids == newest_first(every)
    assert tab.proxy.rowCount() == len(every)
    assert tab.selected_id() == picked  # what the user chose stays chosen, where it was
    assert tab.table.verticalScrollBar().value() == scrolled
    assert str(len(every)) in tab.count_label.text()
    shown = [tab.proxy.index(row, 0).data() for row in range(tab.proxy.rowCount())]
    assert shown == [row.number or "" for row in every]


def test_a_short_list_and_a_reload_are_shown_whole_at_once(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the first load of a long list shows a first screen: a short one is read whole in
    the time, and a reload keeps the old rows until the new."""
    monkeypatch.setattr(assignments_tab, "FIRST_SCREEN_FROM", len(list_assignments(demo)) + 1)
    calls: list[int] = []
    shown: list[int] = []
    tab = AssignmentsTab(demo)
    tab.model.modelReset.connect(lambda: shown.append(tab.model.rowCount()))
    first = tab.load_first_records

    def counted(count: int) -> list[AssignmentRow] | None:
        calls.append(count)
        return first(count)

    tab.load_first_records = counted  # type: ignore[method-assign]
    qtbot.addWidget(tab)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.loaded)
    assert calls == [list_tab.FIRST_SCREEN_ROWS]
    total = len(list_assignments(demo))
    assert shown == [total]  # asked, but short: no first screen before the whole list
    monkeypatch.setattr(assignments_tab, "FIRST_SCREEN_FROM", 0)
    with qtbot.waitSignal(tab.model.modelReset):
        tab.reload()
    assert not tab.loading and calls == [list_tab.FIRST_SCREEN_ROWS]
    assert shown == [total, total]


@pytest.mark.parametrize("search", ["", "e", "ewa", "a e"])
@pytest.mark.parametrize("hidden", [None, "Adam", "Ewa"])
def test_source_and_proxy_rows_map_both_ways_after_the_rest_is_appended(
    search: str, hidden: str | None
) -> None:
    model, proxy = table_model()
    model.set_records(model.sorted_records(WHOLE[:2]))
    proxy.set_search(search)
    if hidden is not None:
        proxy.set_predicate(lambda record: record[1] != hidden)
    assert model.complete_records(model.sorted_records(WHOLE))
    terms = search.split()
    expected = [
        row
        for row, (_id, name) in enumerate(WHOLE)
        if name != hidden and all(term in name.casefold() for term in terms)
    ]
    assert [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(proxy.rowCount())] == expected
    for source_row in range(len(WHOLE)):
        mapped = proxy.mapFromSource(model.index(source_row, 0))
        assert mapped.row() == (expected.index(source_row) if source_row in expected else -1)
