"""Child process for bench_startup.py: time to first paint, to the dashboard (the first tab)
filled in, and to the first volunteers on screen once their tab is chosen.

Run as `python _window_child.py bare` (a bare PySide6 window, the baseline) or
`python _window_child.py app DB_PATH` (the real main window, started the way `run_gui` does).
Prints `paint <seconds>`, then for the app `dashboard <seconds>` and `data <seconds> <rows>`,
then `rss <kilobytes>`.
"""

from __future__ import annotations

import os
import resource
import sys
import time

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def report(label: str, *extra: object) -> None:
    print(label, f"{time.perf_counter() - START:.4f}", *extra, flush=True)


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self, on_paint: object) -> None:
            super().__init__()
            self.done = False
            self.on_paint = on_paint

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, self.on_paint)  # after this paint has finished
            return False

    def finish() -> None:
        print("rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()

    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1100, 700)
        watcher = FirstPaint(lambda: (report("paint"), finish()))
        window.installEventFilter(watcher)
        window.show()
        app.exec()
        return

    from pathlib import Path

    from PySide6.QtCore import QSettings

    from coordinator_app.ui.app import choose_language, install_qt_translations, make_application
    from coordinator_app.ui.main_window import MainWindow

    app = make_application()
    settings = QSettings(str(Path(sys.argv[3]) / "bench-settings.ini"), QSettings.Format.IniFormat)
    install_qt_translations(app, choose_language(settings, "pl"))
    window = MainWindow(Path(sys.argv[2]), settings)
    watcher = FirstPaint(lambda: report("paint"))
    window.installEventFilter(watcher)

    def on_ready() -> None:
        dashboard = window.tab("dashboard")
        tab = window.tab("volunteers")
        assert tab is not None and dashboard is not None

        def dashboard_shown() -> None:
            if not dashboard.loaded:  # type: ignore[attr-defined]
                QTimer.singleShot(5, dashboard_shown)
                return
            dashboard.repaint()
            report("dashboard")
            window.tabs.setCurrentWidget(tab)  # the coordinator turns to the volunteers

        def shown() -> None:
            rows = tab.proxy.rowCount()  # type: ignore[attr-defined]
            if rows:
                tab.table.viewport().repaint()  # type: ignore[attr-defined]
                report("data", rows)
                finish()

        tab.model.modelReset.connect(lambda: QTimer.singleShot(0, shown))  # type: ignore[attr-defined]
        dashboard_shown()

    window.database_ready.connect(on_ready)
    window.show()
    window.open_database_after_first_paint()
    app.exec()


if __name__ == "__main__":
    main()
