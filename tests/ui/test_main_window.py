"""The main window: tabs in Polish, standard shortcuts, remembered layout, refused databases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.tabs import MainTabs
from coordinator_app.ui.widgets.list_tab import ListTab
from tests.factories import volunteer
from tests.helpers import widget_as


def open_window(qtbot: QtBot, path: Path, settings: QSettings) -> MainWindow:
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=10_000):
        window.open_database()
    return window


def tabs_of(window: MainWindow) -> MainTabs:
    """The window's tabs, typed (its database is open)."""
    assert window.main_tabs is not None
    return window.main_tabs


def loaded(tab: ListTab) -> Callable[[], bool]:
    return lambda: tab.loaded


def shortcuts(window: MainWindow) -> dict[str, str]:
    result = {}
    for menu_action in window.menuBar().actions():
        for action in widget_as(QMenu, menu_action.menu()).actions():
            if not action.shortcut().isEmpty():
                result[action.text().replace("&", "")] = action.shortcut().toString()
    return result


def test_tabs_menus_and_shortcuts(qtbot: QtBot, tmp_path: Path, qsettings: QSettings) -> None:
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [
        *("Pulpit", "Wolontariusze", "Podopieczni", "Przydziały", "Szkolenia"),
        *("Akcje", "Partnerzy", "Koalicja"),
    ]
    keys = shortcuts(window)
    expected = {
        "Nowy wolontariusz…": (QKeySequence.StandardKey.New, "Ctrl+N"),
        "Zakończ": (QKeySequence.StandardKey.Quit, "Ctrl+Q"),
        "Szukaj": (QKeySequence.StandardKey.Find, "Ctrl+F"),
        "Odśwież": (QKeySequence.StandardKey.Refresh, "F5"),
        "Karta godzin…": (None, "Ctrl+G"),
        "Raporty…": (None, "Ctrl+R"),
    }
    for text, (standard, fallback) in expected.items():
        platform = QKeySequence(standard).toString() if standard is not None else ""
        assert keys[text] == (platform or fallback), text
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "&Plik", "Ed&ycja", "&Widok", "P&raca", "Dokume&nty", "Oc&hrona danych", "Ustaw&ienia", "Pomo&c"
    ]  # fmt: skip
    assert str(tmp_path / "w.sqlite") in window.path_label.text()


def test_every_tab_lists_the_database(qtbot: QtBot, tmp_path: Path, qsettings: QSettings) -> None:
    from coordinator_app.demo import DemoSize, generate_demo

    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    generate_demo(db, DemoSize(volunteers=25, clients=12, hours=300), seed=7)
    db.dispose()
    window = open_window(qtbot, path, qsettings)
    tabs = tabs_of(window)
    assert not tabs.clients.loaded, "a tab loads when it is first shown"
    lists: list[tuple[str, ListTab]] = [
        ("volunteers", tabs.volunteers),
        ("clients", tabs.clients),
        ("assignments", tabs.assignments),
        ("trainings", tabs.trainings),
    ]
    for key, tab in lists:
        assert window.tab(key) is not None
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(loaded(tab), timeout=10_000)
        assert tab.proxy.rowCount() > 0, key
    assert tabs.volunteers.model.rowCount() == 25


def test_geometry_and_column_widths_are_remembered(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    path = tmp_path / "w.sqlite"
    window = open_window(qtbot, path, qsettings)
    hint = window.minimumSizeHint()  # the dashboard has filled: its widest line counts
    wanted = (max(780, hint.width()), max(560, hint.height()))  # the offscreen screen is 800 × 600
    window.resize(*wanted)
    table = tabs_of(window).volunteers.table
    table.setColumnWidth(0, 333)
    window.close()
    again = open_window(qtbot, path, qsettings)
    assert (again.size().width(), again.size().height()) == wanted
    assert tabs_of(again).volunteers.table.columnWidth(0) == 333


def test_a_window_closed_maximized_opens_maximized(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    path = tmp_path / "w.sqlite"
    window = open_window(qtbot, path, qsettings)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    window.close()
    assert qsettings.value("windows/MainWindow/maximized") in (True, "true")
    again = open_window(qtbot, path, qsettings)
    assert again.isMaximized()


def test_find_shortcut_focuses_the_search_box(qtbot: QtBot, tmp_path: Path, qsettings: QSettings) -> None:
    db = open_database(tmp_path / "w.sqlite")
    create_volunteer(
        db,
        volunteer(first_name="Ewa", last_name="Łoś"),
    )
    db.dispose()
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    window.activateWindow()
    volunteers = tabs_of(window).volunteers
    window.tabs.setCurrentWidget(volunteers)
    window._focus_search()
    qtbot.waitUntil(lambda: volunteers.search.hasFocus())


def test_refused_database_shows_one_message_and_changes_nothing(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "letter.sqlite"
    path.write_text("To jest list, nie baza danych.", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_failed, timeout=10_000) as failure:
        window.open_database()
    assert "nie jest bazą danych SQLite" in failure.args[0]
    assert shown and "Niczego nie zmieniono." in shown[0]
    assert path.read_text(encoding="utf-8") == "To jest list, nie baza danych."
    assert window.tabs.count() == 0


def test_language_choice_is_saved_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.app import choose_language

    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    window._choose_language("en")
    assert qsettings.value("language") == "en"
    assert choose_language(qsettings, None) == "en"
    assert choose_language(qsettings, "pl") == "pl", "--lang wins over the saved choice"


def test_qt_own_strings_follow_the_language(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from coordinator_app.ui.app import install_qt_translations

    translator = install_qt_translations(qapp, "pl")
    try:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"
        assert buttons.button(QDialogButtonBox.StandardButton.Yes).text().replace("&", "") == "Tak"
    finally:
        qapp.removeTranslator(translator)


def test_dictionaries_open_from_the_settings_menu(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coordinator_app.ui.dictionaries import DictionariesDialog

    opened: list[DictionariesDialog] = []

    def exec_dictionaries(self: DictionariesDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(DictionariesDialog, "exec", exec_dictionaries)
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    settings_menu = next(
        widget_as(QMenu, a.menu()) for a in window.menuBar().actions() if a.text() == "Ustaw&ienia"
    )
    action = next(a for a in settings_menu.actions() if a.text() == "&Słowniki…")
    assert action.isEnabled()
    action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window


def test_dashboard_items_open_their_record(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dashboard's "needs attention" list opens the record's own window."""
    from coordinator_app.ui.clients.dialog import ClientDialog
    from coordinator_app.ui.volunteers.dialog import VolunteerDialog
    from tests.work_helpers import add_client_with_need, gmina

    path = tmp_path / "w.sqlite"
    db = open_database(path)
    volunteer_id = create_volunteer(db, volunteer())
    client_id, _need = add_client_with_need(db, gmina(db))
    db.dispose()
    window = open_window(qtbot, path, qsettings)
    opened: list[tuple[str, int | None]] = []

    def exec_volunteer(d: VolunteerDialog) -> int:
        opened.append(("volunteer", d.volunteer_id))
        return 0

    def exec_client(d: ClientDialog) -> int:
        opened.append(("client", d.client_id))
        return 0

    monkeypatch.setattr(VolunteerDialog, "exec", exec_volunteer)
    monkeypatch.setattr(ClientDialog, "exec", exec_client)
    dashboard = tabs_of(window).dashboard
    assert dashboard is not None and window.tabs.currentWidget() is dashboard  # the first tab
    dashboard.open_record.emit("volunteer", volunteer_id)
    dashboard.open_record.emit("client", client_id)
    assert opened == [("volunteer", volunteer_id), ("client", client_id)]
