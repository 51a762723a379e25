"""What the window does after its first paint, in order (issue #16, point 2): the dashboard
alone is shown and filled first; only then are the other tabs' modules imported and their
tabs added behind it, each loading when first shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.dashboard import DashboardTab
from coordinator_app.ui.main_window import MainWindow
from tests.factories import volunteer
from tests.helpers import widget_as


def first_tab(window: MainWindow) -> DashboardTab:
    return widget_as(DashboardTab, window.tabs.widget(0))


def test_the_dashboard_fills_before_the_other_tabs_are_added(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    path = tmp_path / "w.sqlite"
    db = open_database(path)
    create_volunteer(db, volunteer())
    db.dispose()
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.show()
    seen_at_first_tab: list[tuple[int, str, bool]] = []
    window.first_tab_shown.connect(
        lambda: seen_at_first_tab.append(
            (window.tabs.count(), first_tab(window).objectName(), window.main_tabs is None)
        )
    )
    seen_at_ready: list[tuple[bool, bool]] = []
    window.database_ready.connect(
        lambda: seen_at_ready.append((first_tab(window).loaded, window.tabs.count() > 1))
    )
    with qtbot.waitSignal(window.database_ready, timeout=15_000):
        window.open_database()

    assert seen_at_first_tab == [(1, "tab_dashboard", True)]
    assert seen_at_ready == [(True, True)]  # the dashboard had filled when the tabs came
    assert window.tab("dashboard") is window.tabs.widget(0)
    assert window.tabs.tabText(0) == "Pulpit"
    assert window.main_tabs is not None
    volunteers = window.main_tabs.volunteers
    assert not volunteers.loaded and not volunteers.loading  # a tab loads when first shown
    window.tabs.setCurrentWidget(volunteers)
    qtbot.waitUntil(lambda: volunteers.loaded, timeout=10_000)
    assert volunteers.model.rowCount() == 1
    assert all(action.isEnabled() for action in window._database_actions)


def test_a_window_closed_before_its_tabs_are_built_adds_none(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    path = tmp_path / "w.sqlite"
    open_database(path).dispose()
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.first_tab_shown, timeout=15_000):
        window.open_database()
    window.close_database()  # as a restore does, while the dashboard still loads
    assert window.tabs.count() == 0 and window.db is None
    assert QThreadPool.globalInstance().waitForDone(15_000)  # the dashboard's load has ended
    QApplication.processEvents()  # and its answer has arrived
    assert window.tabs.count() == 0 and window.main_tabs is None
