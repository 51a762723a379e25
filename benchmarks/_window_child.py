"""Child process for bench_startup.py: time to first paint, to the dashboard (the first tab)
filled in, and to the first volunteers on screen once their tab is chosen.

Run as `python _window_child.py bare` (a bare PySide6 window, the baseline) or
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
        """Reports the first paint of a main window (after the paint has finished)."""

        def __init__(self, on_paint: object) -> None:
            super().__init__()
            self.on_paint = on_paint

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                app.removeEventFilter(self)  # one Python call per event no longer
                print("modules", len(sys.modules), flush=True)
                QTimer.singleShot(0, lambda: self.on_paint(watched))  # type: ignore[operator]
            return False

    if sys.argv[1] == "bare":
        watcher = FirstPaint(lambda _window: (report("paint"), finish()))
        app.installEventFilter(watcher)
        window = QMainWindow()
        window.resize(1100, 700)
        window.show()
        app.exec()
        return

    def on_paint(window: QWidget) -> None:
        report("paint")
        # A tree from before the dashboard came first has only `database_ready`.
        shown = getattr(window, "first_tab_shown", None) or window.database_ready  # type: ignore[attr-defined]
        shown.connect(lambda: QTimer.singleShot(0, lambda: on_first_tab(window)))

    watcher = FirstPaint(on_paint)
    app.installEventFilter(watcher)
    from coordinator_app.cli.main import main as cli_main

    cli_main(["--db", sys.argv[2], "--lang", "pl"])


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
