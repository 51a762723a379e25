"""The dashboard tab on screen: loads in the background, shows the figures, and an attention
item opens its record through `open_record(kind, id)`."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from coordinator_app.core.reports.first_steps import STEP_KEYS
from coordinator_app.db.engine import Database
from coordinator_app.ui.dashboard import DashboardTab
from coordinator_app.ui.dashboard.charts import hours_text
from tests import reports_dataset
from tests.helpers import child


def open_dashboard(qtbot: QtBot, db: Database) -> DashboardTab:
    tab = DashboardTab(db, today=reports_dataset.TODAY)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.ensure_loaded()
    assert tab.loading  # the window is not blocked: the data comes later
    qtbot.waitUntil(lambda: tab.loaded, timeout=10_000)
    return tab


def group_items(tab: DashboardTab) -> dict[str, list[QTreeWidgetItem]]:
    tree = tab.attention
    groups: dict[str, list[QTreeWidgetItem]] = {}
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        assert top is not None
        groups[top.text(0)] = [cast(QTreeWidgetItem, top.child(i)) for i in range(top.childCount())]
    return groups


def test_figures_and_charts(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    reports_dataset.build(db)
    tab = open_dashboard(qtbot, db)
    assert child(tab, QLabel, "tile_volunteers_value").text() == "1"
    # 10 April against the same days of March, said so
    assert child(tab, QLabel, "tile_volunteers_detail").text() == "1\u201310 marca: 2 (-50\u202f%)"
    assert "1\u201310 marca: 16 godzin" in child(tab, QLabel, "tile_hours_detail").text()
    assert tab.activity_chart.previous_label == "1\u201310 marca"
    assert child(tab, QLabel, "tile_clients_value").text() == "1"
    assert child(tab, QLabel, "tile_hours_value").text() == "2 godziny"
    assert "kwietnia" in tab.heading.text() or "kwiecień" in tab.heading.text()
    assert [bar.month.key for bar in tab.months_chart.bars][-1] == "2026-04"
    assert tab.activity_chart.bars[0].code == "TOW"
    assert len(group_items(tab)) == 8  # every non-empty group of the attention list
    assert tab.grab().save(str(tmp_path / "dashboard.png"))


def test_the_dashboard_reads_nothing_on_the_gui_thread_as_it_appears_and_fills(
    qtbot: QtBot, db: Database
) -> None:
    """Its figures and its first steps are read on its worker: the first read of a process
    configures the ORM and compiles statements (~90 ms), which froze the window there."""
    reports_dataset.build(db)
    on_gui_thread: list[str] = []

    def seen(_connection: object, _cursor: object, statement: str, *_rest: object) -> None:
        if threading.current_thread() is threading.main_thread():
            on_gui_thread.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        tab = open_dashboard(qtbot, db)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert on_gui_thread == []
    assert [step.key for step in tab.first_steps.steps] == list(STEP_KEYS)
    assert tab.first_steps.isVisible() == any(not step.done for step in tab.first_steps.steps)


def test_attention_item_opens_the_record(qtbot: QtBot, db: Database) -> None:
    ids = reports_dataset.build(db)
    tab = open_dashboard(qtbot, db)
    items = [child for children in group_items(tab).values() for child in children]
    client_item = next(item for item in items if "P-003" in item.text(0))
    with qtbot.waitSignal(tab.open_record, timeout=2000) as signal:
        tab.attention.itemActivated.emit(client_item, 0)
    assert signal.args == ["client", ids.clients["C3"]]
    # double-clicking the group's title opens nothing
    title = tab.attention.topLevelItem(0)
    with qtbot.assertNotEmitted(tab.open_record):
        tab.attention.itemActivated.emit(title, 0)
    # Enter on a selected item works from the keyboard too
    tab.attention.setCurrentItem(client_item)
    tab.attention.setFocus()
    with qtbot.waitSignal(tab.open_record, timeout=2000) as signal:
        qtbot.keyClick(tab.attention, Qt.Key.Key_Return)
    assert signal.args == ["client", ids.clients["C3"]]


def test_empty_database_and_reload(qtbot: QtBot, db: Database) -> None:
    tab = open_dashboard(qtbot, db)
    assert group_items(tab) == {"Nic nie wymaga uwagi.": []} or len(group_items(tab)) == 1
    reports_dataset.build(db)
    tab.ensure_loaded()  # shown again soon after: the data on screen is kept
    assert not tab.loading
    assert tab.loaded_at is not None
    tab.loaded_at -= 3600  # shown again an hour later: it reloads by itself
    tab.ensure_loaded()
    assert tab.loading
    qtbot.waitUntil(lambda: not tab.loading, timeout=10_000)
    assert len(group_items(tab)) == 8


def test_chart_bars_label_hours_with_one_decimal() -> None:
    """A bar under half an hour is not labelled "0" (#14): one decimal, as the tiles show."""
    assert hours_text(20) == "0,3"
    assert hours_text(29) == "0,5"
    assert hours_text(90) == "1,5"
    assert hours_text(12 * 60) == "12"
    assert hours_text(1234 * 60 + 6) == "1\u00a0234,1"
