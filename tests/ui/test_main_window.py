"""The main window: tabs in Polish, standard shortcuts, remembered layout, refused databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.storage.opening import open_database
from coordinator_app.ui.main_window import MainWindow
from tests.factories import volunteer


def open_window(qtbot, path: Path, settings: QSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=10_000):
        window.open_database()
    return window


def shortcuts(window: MainWindow) -> dict[str, str]:
    result = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.shortcut().isEmpty():
                result[action.text().replace("&", "")] = action.shortcut().toString()
    return result


def test_tabs_menus_and_shortcuts(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Pulpit", "Wolontariusze", "Podopieczni", "Przydziały", "Szkolenia"]
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
    assert menus == ["&Plik", "&Edycja", "&Widok", "P&raca", "&Dokumenty", "&Ustawienia", "Pomo&c"]
    assert str(tmp_path / "w.sqlite") in window.path_label.text()


def test_every_tab_lists_the_database(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.demo import DemoSize, generate_demo

    path = tmp_path / "demo.sqlite"
    db = open_database(path)
    generate_demo(db, DemoSize(volunteers=25, clients=12, hours=300), seed=7)
    db.dispose()
    window = open_window(qtbot, path, qsettings)
    assert not window.tab("clients").loaded, "a tab loads when it is first shown"  # type: ignore[union-attr]
    for key in ("volunteers", "clients", "assignments", "trainings"):
        tab = window.tab(key)
        assert tab is not None
        window.tabs.setCurrentWidget(tab)
        qtbot.waitUntil(lambda t=tab: t.loaded, timeout=10_000)  # type: ignore[attr-defined]
        assert tab.proxy.rowCount() > 0, key  # type: ignore[attr-defined]
    assert window.tab("volunteers").model.rowCount() == 25  # type: ignore[union-attr]


def test_geometry_and_column_widths_are_remembered(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.sqlite"
    window = open_window(qtbot, path, qsettings)
    window.resize(780, 560)  # the offscreen screen is 800 × 600
    table = window.tab("volunteers").table  # type: ignore[union-attr]
    table.setColumnWidth(0, 333)
    window.close()
    again = open_window(qtbot, path, qsettings)
    assert (again.size().width(), again.size().height()) == (780, 560)
    assert again.tab("volunteers").table.columnWidth(0) == 333  # type: ignore[union-attr]


def test_find_shortcut_focuses_the_search_box(qtbot, tmp_path: Path, qsettings: QSettings) -> None:  # type: ignore[no-untyped-def]
    db = open_database(tmp_path / "w.sqlite")
    create_volunteer(
        db,
        volunteer(first_name="Ewa", last_name="Łoś"),
    )
    db.dispose()
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    window.activateWindow()
    window.tabs.setCurrentWidget(window.tab("volunteers"))
    window._focus_search()
    qtbot.waitUntil(lambda: window.tab("volunteers").search.hasFocus())  # type: ignore[union-attr]


def test_refused_database_shows_one_message_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch
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
    qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.app import choose_language

    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    window._choose_language("en")
    assert qsettings.value("language") == "en"
    assert choose_language(qsettings, None) == "en"
    assert choose_language(qsettings, "pl") == "pl", "--lang wins over the saved choice"


def test_qt_own_strings_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
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
    qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from coordinator_app.ui.dictionaries import DictionariesDialog

    opened: list[DictionariesDialog] = []
    monkeypatch.setattr(DictionariesDialog, "exec", lambda self: opened.append(self) or 0)
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    settings_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Ustawienia")
    action = next(a for a in settings_menu.actions() if a.text() == "&Słowniki…")
    assert action.isEnabled()
    action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window


def test_dashboard_items_open_their_record(qtbot, tmp_path: Path, qsettings: QSettings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
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
    monkeypatch.setattr(VolunteerDialog, "exec", lambda d: opened.append(("volunteer", d.volunteer_id)) or 0)
    monkeypatch.setattr(ClientDialog, "exec", lambda d: opened.append(("client", d.client_id)) or 0)
    dashboard = window.tab("dashboard")
    assert dashboard is not None and window.tabs.currentWidget() is dashboard  # the first tab
    dashboard.open_record.emit("volunteer", volunteer_id)  # type: ignore[attr-defined]
    dashboard.open_record.emit("client", client_id)  # type: ignore[attr-defined]
    assert opened == [("volunteer", volunteer_id), ("client", client_id)]
