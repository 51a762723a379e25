"""The manual in the application: shipped with it, opened by F1 at the current window's section."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from coordinator_app.app import resources
from coordinator_app.db.engine import Database
from coordinator_app.ui.help import window as help_window
from coordinator_app.ui.help.sections import CONTENTS, SECTIONS
from coordinator_app.ui.help.window import HelpWindow
from coordinator_app.ui.main_window import MainWindow
from tests.helpers import widget_as

ROOT = Path(__file__).resolve().parents[2]
MANUAL = ROOT / "resources" / "help" / "index.html"


def anchors() -> set[str]:
    return set(re.findall(r'<a name="([^"]+)"', MANUAL.read_text(encoding="utf-8")))


@pytest.fixture
def help_keys(qapp: QApplication) -> Iterator[None]:
    """F1 bound in every window shown, as the application does at start-up."""
    event_filter = help_window.install(qapp)
    yield
    qapp.removeEventFilter(event_filter)


def open_window(qtbot: QtBot, path: Path, settings: QSettings) -> MainWindow:
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=10_000):
        window.open_database()
    return window


def shown_help(qtbot: QtBot, parent: QWidget) -> HelpWindow:
    """The help window `parent` opened (waiting for it to show)."""
    found: list[HelpWindow] = []

    def visible() -> bool:
        found[:] = [w for w in parent.findChildren(HelpWindow) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[0]


def test_the_manual_is_found_in_a_checkout() -> None:
    assert resources.help_dir() == ROOT / "resources" / "help"
    assert (resources.help_dir() / "index.html").is_file()


def test_every_section_the_map_names_is_in_the_manual() -> None:
    named = set(SECTIONS.values()) | {CONTENTS}
    assert named <= anchors()
    # and every link of the contents leads to a section
    links = set(re.findall(r'href="#([^"]+)"', MANUAL.read_text(encoding="utf-8")))
    assert links <= anchors()


def test_every_picture_the_manual_shows_exists_and_all_are_small() -> None:
    pictures = re.findall(r'<img src="([^"]+)"', MANUAL.read_text(encoding="utf-8"))
    assert len(pictures) >= 10
    missing = [p for p in pictures if not (MANUAL.parent / p).is_file()]
    assert missing == []
    total = sum((MANUAL.parent / p).stat().st_size for p in set(pictures))
    assert total < 2_000_000
    assert all(p.endswith(".png") for p in pictures)


def test_f1_in_each_tab_opens_the_help_at_that_tab(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    expected = ["pulpit", "wolontariusze", "podopieczni", "przydzialy", "szkolenia"]
    for index, section in enumerate(expected):
        window.tabs.setCurrentIndex(index)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(widget_as(QWidget, window.tabs.currentWidget()), Qt.Key.Key_F1)
        shown = shown_help(qtbot, window)
        assert shown.parent() is window
        assert shown.section == section
        assert shown.browser.source().fragment() == section
        assert shown.browser.verticalScrollBar().value() > 0 or section == "pulpit"
        assert "Koordynator Wolontariatu" in shown.browser.toPlainText()
        shown.close()
    assert len(window.findChildren(HelpWindow)) == 1  # the one help window, reused


def test_the_help_menu_opens_the_manual_with_f1(qtbot: QtBot, tmp_path: Path, qsettings: QSettings) -> None:
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    assert window.manual_action.text() == "Po&dręcznik"
    assert window.manual_action.shortcut().toString() == "F1"
    window.tabs.setCurrentIndex(4)
    window.manual_action.trigger()
    assert shown_help(qtbot, window).section == "szkolenia"


def test_f1_in_a_dialog_opens_its_section(qtbot: QtBot, db: Database, help_keys: None) -> None:
    from coordinator_app.ui.reports.dialog import ReportsDialog

    dialog = ReportsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    focused = dialog.focusWidget() or dialog
    qtbot.keyClick(focused, Qt.Key.Key_F1)
    shown = shown_help(qtbot, dialog)
    assert shown.parent() is dialog  # a modal dialog does not block its own help
    assert shown.section == "raporty"
    assert "Raporty" in shown.browser.toPlainText()


def test_the_help_window_goes_back_and_to_the_contents(qtbot: QtBot) -> None:
    shown = HelpWindow()
    qtbot.addWidget(shown)
    shown.show_section("godziny")
    shown.show()
    assert not shown.back_button.isEnabled()
    shown.show_section("raporty")
    assert shown.back_button.isEnabled()
    qtbot.mouseClick(shown.back_button, Qt.MouseButton.LeftButton)
    assert shown.browser.source().fragment() == "godziny"


def test_a_missing_manual_is_said_in_polish(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(help_window, "help_dir", lambda: tmp_path)
    shown = HelpWindow()
    qtbot.addWidget(shown)
    shown.show_section("godziny")
    assert "Podręcznik nie został zainstalowany" in shown.browser.toPlainText()
