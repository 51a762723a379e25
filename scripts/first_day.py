"""A coordinator's first day, walked through the real main window on an empty database.

organisation → staff and villages → volunteer → training → client and need → agreement (and
activation) → match → assignment → hours card → month close → certificate → monthly report,
using only the windows: clicks and keys on real widgets, each dialog found as it opens. It
counts the user's actions (a click, a key typed, a choice from a list as two: open and pick; a
date typed as its eight digits) and can save a picture of every window it passes.

    PYTHONPATH=. QT_QPA_PLATFORM=offscreen python scripts/first_day.py OUT_FOLDER

The test tests/ui/test_first_day.py walks the same path (it loads this file).
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

SCREEN = (1366, 728)  # 1366×768 less the taskbar
_W = TypeVar("_W", bound=QWidget)


class WalkFailed(AssertionError):
    pass


class Walk:
    """The actions of one walk: each counted, each dialog awaited, each window pictured."""

    def __init__(
        self, app: QApplication, shots: Path | None = None, waiter: Callable[..., Any] | None = None
    ) -> None:
        self.app = app
        self.waiter = waiter  # the test's qtbot.waitUntil; None: an event loop of our own
        self.shots = shots
        self.actions = 0
        self.pictures: list[str] = []
        self.by_step: dict[str, int] = {}  # the actions each step of the day took
        self.failures: list[BaseException] = []
        self.stopped = False  # stop(): the watchdog and every wait end
        self.generation = 0  # bumped by finish(): the waits of a finished step stop
        self.tokens = 0
        self.pending: dict[int, str] = {}  # the dialogs awaited that have not opened yet

    # --- seeing -----------------------------------------------------------------------------
    def shot(self, name: str, widget: QWidget) -> None:
        self.process()
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            path = self.shots / f"{len(self.pictures) + 1:02d}_{name}.png"
            widget.grab().save(str(path))
        self.pictures.append(name)

    def process(self) -> None:
        self.app.processEvents()

    def no_dialog(self) -> bool:
        return QApplication.activeModalWidget() is None

    def wait_until(self, condition: Callable[[], bool], what: str, timeout_ms: int = 30_000) -> None:
        """Run the event loop (letting the background loads finish) until `condition`."""
        if self.waiter is not None:
            self.waiter(condition, timeout=timeout_ms)
            return
        waited = 0
        while not condition():
            if waited > timeout_ms:
                raise WalkFailed(f"timed out waiting for {what}")
            loop = QEventLoop()
            QTimer.singleShot(20, loop.quit)
            loop.exec()
            waited += 20

    # --- acting -----------------------------------------------------------------------------
    def click(self, button: QAbstractButton) -> None:
        if not (button.isVisible() and button.isEnabled()):
            raise WalkFailed(f"cannot click {button.text()!r}: hidden or disabled")
        self.actions += 1
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_text(self, widget: QWidget, text: str) -> None:
        """Key by key (Polish letters included), into a cleared field."""
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.clear()
        widget.setFocus()
        for ch in text:
            key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)
        self.actions += len(text)

    def focused(self) -> QWidget:
        """The widget with the keyboard focus (offscreen Qt gives the activation back to the
        dialog when a pop-up closes only when asked, as a desktop would)."""
        widget = QApplication.focusWidget()
        if widget is None:
            modal = QApplication.activeModalWidget()
            if modal is not None:
                modal.activateWindow()
                self.process()
            widget = QApplication.focusWidget()
        if widget is None:
            raise WalkFailed("nothing has the keyboard focus")
        return widget

    def keys(self, widget: QWidget | None, text: str) -> None:
        """Type `text` to `widget` (None: whatever has the focus), key by key."""
        for ch in text:
            target = widget or self.focused()
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )
            self.process()
        self.actions += len(text)

    def key(
        self,
        widget: QWidget | None,
        key: Qt.Key,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self.actions += 1
        QTest.keyClick(widget or self.focused(), key, modifier)
        self.process()

    def choose(self, combo: QWidget, data: object) -> None:
        assert isinstance(combo, QComboBox)
        index = combo.findData(data)
        if index < 0:
            raise WalkFailed(f"{data!r} is not offered in {combo.objectName() or 'a list'}")
        self.actions += 2  # open the list, pick the item
        combo.setCurrentIndex(index)

    def choose_text(self, combo: QWidget, text: str) -> None:
        assert isinstance(combo, QComboBox)
        index = combo.findText(text, Qt.MatchFlag.MatchContains)
        if index < 0:
            raise WalkFailed(f"{text!r} is not offered")
        self.actions += 2
        combo.setCurrentIndex(index)

    def date(self, edit: Any, value: dt.date) -> None:
        self.actions += 8  # ddmmyyyy typed
        edit.set_value(value)

    def time(self, edit: Any, value: dt.time) -> None:
        self.actions += 4  # hhmm typed
        edit.set_value(value)

    def check_row(self, checklist: QListWidget, row: int) -> None:
        """Tick the box of one row of a check list (one click)."""
        item = checklist.item(row)
        if item is None:
            raise WalkFailed(f"no row {row}")
        self.actions += 1
        item.setCheckState(Qt.CheckState.Checked)

    def page_at(self, tabs: QTabWidget, index: int) -> None:
        if index < 0:
            raise WalkFailed("no such page")
        if tabs.currentIndex() != index:
            self.actions += 1
            tabs.setCurrentIndex(index)
            self.process()

    def tick(self, box: QCheckBox, on: bool = True) -> None:
        """Click the box itself (its centre may lie past the end of its text)."""
        if box.isChecked() != on:
            self.actions += 1
            QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
            if box.isChecked() != on:
                raise WalkFailed(f"{box.text()!r} did not change")

    def page(self, tabs: QTabWidget, title: str) -> None:
        for index in range(tabs.count()):
            if tabs.tabText(index).replace("&", "").rstrip(" *") == title:
                self.actions += 1
                tabs.setCurrentIndex(index)
                self.process()
                return
        raise WalkFailed(f"no page {title!r}")

    def menu(self, window: QWidget, *path: str) -> None:
        """A menu command: one click for the menu, one for each item."""
        from PySide6.QtWidgets import QMainWindow, QMenu

        assert isinstance(window, QMainWindow)
        actions = window.menuBar().actions()
        for depth, text in enumerate(path):
            found = next((a for a in actions if a.text().replace("&", "") == text), None)
            if found is None:
                raise WalkFailed(f"no menu item {text!r}")
            self.actions += 1
            if depth == len(path) - 1:
                found.trigger()
                return
            menu = found.menu()
            assert isinstance(menu, QMenu)
            actions = menu.actions()

    def button(self, parent: QWidget, text: str) -> QAbstractButton:
        """The visible button whose text (without the mnemonic) is `text`."""
        for button in parent.findChildren(QAbstractButton):
            if button.text().replace("&", "") == text and button.isVisible():
                return button
        raise WalkFailed(f"no button {text!r} in {parent.windowTitle()!r}")

    def save(self, dialog: QWidget) -> None:
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        self.click(box.button(QDialogButtonBox.StandardButton.Save))

    # --- dialogs ----------------------------------------------------------------------------
    def start_watchdog(self, patience_ms: int = 10_000) -> None:
        """A dialog nobody expected (left open for `patience_ms`) fails the walk, with its text."""
        seen: dict[str, Any] = {"dialog": None, "ms": 0}

        def watch() -> None:
            if self.stopped:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is not seen["dialog"]:
                seen.update(dialog=dialog, ms=0)
            else:
                seen["ms"] += 500
                if seen["ms"] >= patience_ms:
                    text = dialog.text() if isinstance(dialog, QMessageBox) else ""
                    self.shot("unexpected", dialog)
                    self.failures.append(WalkFailed(f"unexpected {dialog.windowTitle()!r}: {text}"))
                    self.close_all()
            QTimer.singleShot(500, watch)

        QTimer.singleShot(500, watch)

    def on_dialog(
        self,
        kind: type[_W],
        name: str,
        act: Callable[[_W], None],
        timeout_ms: int = 15_000,
        *,
        optional: bool = False,
    ) -> None:
        """When the next modal `kind` opens (after the action that follows this call): picture
        it and run `act` on it. A failure closes every dialog and is raised by `finish`, as is
        a dialog that never opened (unless `optional`). `finish` ends every wait still going."""
        self.tokens += 1
        token, generation = self.tokens, self.generation
        if not optional:
            self.pending[token] = name
        waited = [0]

        def poll() -> None:
            if generation != self.generation:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or not isinstance(dialog, kind) or not dialog.isVisible():
                waited[0] += 25
                if waited[0] > timeout_ms:
                    if self.pending.pop(token, None) is not None:
                        self.failures.append(WalkFailed(f"{kind.__name__} ({name}) never opened"))
                        self.close_all()
                    return
                QTimer.singleShot(25, poll)
                return
            self.pending.pop(token, None)
            try:
                self.shot(name, cast(QWidget, dialog))
                act(dialog)
            except BaseException as error:  # raised again by finish()
                self.failures.append(error)
                self.close_all()

        QTimer.singleShot(0, poll)

    def answer(self, name: str, button: str | None = None, *, optional: bool = False) -> None:
        """The next message box: picture it, click `button` (None: its only or default button);
        an `optional` one may not come at all."""

        def act(box: QMessageBox) -> None:
            if button is not None:
                self.click(self.button(box, button))
                return
            self.click(box.defaultButton() or box.buttons()[0])

        self.on_dialog(QMessageBox, name, act, 3_000 if optional else 15_000, optional=optional)

    def close_all(self) -> None:
        while (dialog := QApplication.activeModalWidget()) is not None:
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()
            self.process()

    def stop(self) -> None:
        """End the watchdog and every wait (nothing of the walk outlives it)."""
        self.stopped = True
        self.generation += 1

    def finish(self) -> None:
        """The end of a step: every wait still going ends; a dialog that never came, or any
        failure on the way, is raised."""
        self.generation += 1
        self.failures.extend(WalkFailed(f"{name} never opened") for name in self.pending.values())
        self.pending.clear()
        if self.failures:
            for failure in self.failures[1:]:
                print("also:", failure, file=sys.stderr)
            raise self.failures[0]


def open_main_window(db_path: Path, settings_path: Path) -> Any:
    from coordinator_app.ui.main_window import MainWindow

    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    window = MainWindow(db_path, settings)
    window.resize(*SCREEN)
    window.show()
    window.open_database()
    return window


def main(argv: list[str]) -> int:
    from coordinator_app.i18n import set_language
    from coordinator_app.ui import style

    out = Path(argv[1]) if len(argv) > 1 else Path("first_day_screens")
    set_language("pl")
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    style.apply(app)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(argv[2]) if len(argv) > 2 else Path(temporary)  # keep the database there
        folder.mkdir(parents=True, exist_ok=True)
        walk = Walk(app, out)
        walk.start_watchdog()
        window = open_main_window(Path(folder) / "koordynator.sqlite", Path(folder) / "settings.ini")
        from first_day_steps import walk_first_day

        try:
            walk_first_day(walk, window)
        finally:
            walk.stop()
            window.close()
    print(f"{walk.actions} actions, {len(walk.pictures)} pictures in {out}")
    print(", ".join(f"{step} {count}" for step, count in walk.by_step.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
