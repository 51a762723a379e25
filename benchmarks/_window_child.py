"""Child process for bench_startup.py: time to first paint, to the dashboard (the first tab)
filled in, and to the first volunteers on screen once their tab is chosen.

Run as `python _window_child.py bare` (a bare PySide6 window, the baseline), `python
_window_child.py shell` (the bare window with the application's frame: the second baseline) or
`python _window_child.py app DB_PATH` (the real application, started as `coordinator-app --db
DB_PATH` starts it: the command line, then the window; the parent gives it a private HOME so
the settings and the log are not the user's). Both create the QApplication first and watch for
the first paint of their main window with an event filter, the only difference being what
runs after that.

Prints `modules <count>` (the modules imported at the first paint) and `paint <seconds>`, then
for the app `dashboard <seconds>`, `tabs <seconds>` (every tab built) and `data <seconds> <rows>
<seconds from the click>`, then `rss <kilobytes>`.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import Any

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def report(label: str, *extra: object) -> None:
    print(label, f"{time.perf_counter() - START:.4f}", *extra, flush=True)


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    app = QApplication(sys.argv[:1])

    def finish() -> None:
        print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()

    class FirstPaint(QObject):
        """Reports the first paint of a main window (after the paint has finished): the probe
        for a tree whose main window does not say so itself."""

        def __init__(self, on_paint: object) -> None:
            super().__init__()
            self.on_paint = on_paint

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                app.removeEventFilter(self)  # one Python call per event no longer
                print("modules", len(sys.modules), flush=True)
                QTimer.singleShot(0, lambda: self.on_paint(watched))  # type: ignore[operator]
            return False

    class BareWindow(QMainWindow):
        """The baseline: a window that reports its first paint as the application's does
        (`first_painted`, emitted after the paint), so neither needs an application-wide filter:
        such a filter sees every event of every widget, and wrapping each Qt class it meets is
        the probe's cost, not the window's."""

        def paintEvent(self, event: Any) -> None:
            super().paintEvent(event)
            if not getattr(self, "painted", False):
                self.painted = True
                print("modules", len(sys.modules), flush=True)
                QTimer.singleShot(0, lambda: (report("paint"), finish()))

    if sys.argv[1] in ("bare", "shell"):
        window = BareWindow()
        window.resize(1100, 700)
        if sys.argv[1] == "shell":
            dress_as_application(window)
        window.show()
        app.exec()
        return

    def on_paint(window: QWidget) -> None:
        report("paint")
        # A tree from before the dashboard came first has only `database_ready`.
        shown = getattr(window, "first_tab_shown", None) or window.database_ready  # type: ignore[attr-defined]
        shown.connect(lambda: QTimer.singleShot(0, lambda: on_first_tab(window)))

    from coordinator_app.ui import main_window

    if hasattr(main_window.MainWindow, "first_painted"):
        made = main_window.MainWindow.__init__

        def watched_init(self: Any, *args: Any, **kwargs: Any) -> None:
            made(self, *args, **kwargs)
            self.first_painted.connect(
                lambda: (print("modules", len(sys.modules), flush=True), on_paint(self))
            )

        main_window.MainWindow.__init__ = watched_init  # type: ignore[method-assign]
    else:
        watcher = FirstPaint(on_paint)  # kept: a filter nobody refers to is deleted at once
        app.installEventFilter(watcher)
    from coordinator_app.cli.main import main as cli_main

    cli_main(["--db", sys.argv[2], "--lang", "pl"])


def dress_as_application(window: Any) -> None:
    """The second baseline, the floor of any PySide6 window of this shape: the bare window given
    the application's frame with nothing of ours behind it (eight menus of a few actions, a
    strip with a button above the empty tab widget, a status bar), and Qt's `Qt` namespace touched, as
    any real window's code does (PySide6 makes all its enum types on that first touch)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QFrame,
        QHBoxLayout,
        QLabel,
        QPushButton,
        QTabWidget,
        QVBoxLayout,
        QWidget,
    )

    titles = ("Plik", "Edycja", "Widok", "Praca", "Dokumenty", "Ochrona danych", "Ustawienia", "Pomoc")
    for title in titles:
        menu = window.menuBar().addMenu(title)
        for number in range(6):
            menu.addAction(f"{title} {number}")
    central = QWidget()
    layout = QVBoxLayout(central)
    strip = QFrame()
    row = QHBoxLayout(strip)
    row.addWidget(QLabel("Nie ma jeszcze kopii danych poza tym komputerem."), 1)
    row.addWidget(QPushButton("Zrób kopię teraz…"))
    layout.addWidget(strip)
    tabs = QTabWidget()  # the tabs come with the database, after the first paint
    tabs.setDocumentMode(True)
    layout.addWidget(tabs, 1)
    window.setCentralWidget(central)
    window.statusBar().addPermanentWidget(QLabel("/home/koordynator/koordynator.sqlite"))
    row.setAlignment(Qt.AlignmentFlag.AlignVCenter)


def on_first_tab(window: Any) -> None:
    """The dashboard filled in and painted, then, once every tab is there, the volunteers tab
    chosen and its first rows painted. Waits in nested event loops on the tabs' own signals,
    never by polling."""
    from PySide6.QtCore import QEventLoop

    dashboard = window.tabs.widget(0)
    loop = QEventLoop()
    dashboard.status_message.connect(loop.quit)
    while not dashboard.loaded:
        loop.exec()
    dashboard.repaint()
    report("dashboard")
    window.database_ready.connect(loop.quit)
    while window.main_tabs is None:
        loop.exec()
    report("tabs")
    tab = window.tab("volunteers")
    tab.model.modelReset.connect(loop.quit)
    started = time.perf_counter()
    window.tabs.setCurrentWidget(tab)  # the coordinator turns to the volunteers
    while not tab.proxy.rowCount():
        loop.exec()
    tab.table.viewport().repaint()
    report("data", tab.proxy.rowCount(), f"{time.perf_counter() - started:.4f}")
    print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    window.close()


if __name__ == "__main__":
    main()
