"""Event-loop stalls and rows on screen while the big lists load, filter and sort.

    .venv/bin/python benchmarks/bench_latency.py [DB] [--runs 3] [--tabs volunteers,assignments]

A latency probe (a QTimer ticking every 10 ms on the GUI thread) records the largest gap between
its ticks while each list tab
- loads (the tab chosen: `ensure_loaded`, as the window calls it), until its first rows are
  painted (a tab that reads its first screen first: the assignments) and until all of them are;
- filters: a word typed into its search box a key every 120 ms, then erased;
- sorts: each column's header clicked in turn, 300 ms apart.
The same probe idle (nothing but the event loop) is the baseline of the stalls; a raw sqlite3
read of the tab's table (every row, every column) is the baseline of the rows on screen.
Waits happen in nested QEventLoops ended by the models' own signals or by timers, never by
polling with QTest.qWait, which holds the GIL and starves the loading worker.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from timing import large_database  # noqa: E402 (benchmarks/ is on the path)

TABLES = {"volunteers": "volunteers", "assignments": "assignments", "clients": "clients"}
TYPED = "kowal"


class LatencyProbe:
    """The largest gap between the ticks of a 10 ms GUI-thread timer while recording, and the
    largest CPU time the GUI thread itself used within one gap (`time.thread_time`): on a
    loaded machine a gap may be the scheduler's or another thread holding the GIL; its busy
    part is work the GUI thread did."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.start()
        self.timer.start()

    def _tick(self) -> None:
        now, busy_now = time.perf_counter(), time.thread_time()
        gap, busy = now - self.last, busy_now - self.last_busy
        self.last, self.last_busy = now, busy_now
        self.worst = max(self.worst, gap)
        self.worst_busy = max(self.worst_busy, busy)

    def start(self) -> None:
        self.last, self.last_busy = time.perf_counter(), time.thread_time()
        self.worst = self.worst_busy = 0.0

    def stop(self) -> tuple[float, float]:
        """(worst gap, worst GUI-thread CPU time within a gap), in ms, up to now."""
        self._tick()
        return self.worst * 1000, self.worst_busy * 1000


def run_loop_for(milliseconds: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def run_steps(steps: list[Callable[[], object]], every_ms: int) -> None:
    """Run `steps` one by one from timers `every_ms` apart, inside a nested event loop."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    pending = list(steps)

    def next_step() -> None:
        if not pending:
            loop.quit()
            return
        pending.pop(0)()
        QTimer.singleShot(every_ms, next_step)

    QTimer.singleShot(every_ms, next_step)
    loop.exec()


def load(tab: Any, probe: LatencyProbe) -> tuple[float, float, tuple[float, float]]:
    """(ms from the choice of the tab until its first rows are painted, until all of them are,
    the probe's stalls). A tab that reads its first screen first shows it before the rest.
    "Painted" is the table's own next paint after the rows arrive, seen by an event filter on
    its viewport alone: forcing a repaint would add a paint of the probe's to the stalls."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    loop = QEventLoop()
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(time.perf_counter())
                loop.quit()
            return False

    def next_paint() -> float:
        painted.clear()
        while not painted:
            loop.exec()
        return painted[0]

    watch = PaintWatch()
    signals = (tab.model.modelReset, tab.model.rowsInserted)
    for signal in signals:
        signal.connect(loop.quit)
    probe.start()
    started = time.perf_counter()
    tab.ensure_loaded()
    while not tab.model.rowCount():
        loop.exec()
    tab.table.viewport().installEventFilter(watch)
    first = next_paint() - started
    whole = first
    if not tab.loaded:
        while not tab.loaded:
            loop.exec()
        whole = next_paint() - started
    tab.table.viewport().removeEventFilter(watch)
    run_loop_for(200)  # what follows the rows (the count, the status line) is measured too
    for signal in signals:
        signal.disconnect(loop.quit)
    return first * 1000, whole * 1000, probe.stop()


def typing(tab: Any, probe: LatencyProbe) -> tuple[float, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    keys: list[Callable[[], object]] = [
        (lambda ch=ch: QTest.keyClick(tab.search, ch))
        for ch in TYPED  # type: ignore[misc]
    ]
    keys += [lambda: QTest.keyClick(tab.search, Qt.Key.Key_Backspace) for _ in TYPED]
    tab.search.setFocus()
    probe.start()
    run_steps(keys, 120)
    return probe.stop()


def click_header(tab: Any, column: int) -> None:
    """A real mouse click on the middle of a column's header, as the coordinator sorts."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    header = tab.table.horizontalHeader()
    middle = QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2
    )
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)


def sorting(tab: Any, probe: LatencyProbe) -> tuple[float, float]:
    columns = [*range(tab.model.columnCount()), 0, 0]  # the first again, twice: both ways
    clicks: list[Callable[[], object]] = [(lambda c=column: click_header(tab, c)) for column in columns]  # type: ignore[misc]
    probe.start()
    run_steps(clicks, 300)
    run_loop_for(300)
    return probe.stop()


def make_tab(name: str, db: Any) -> Any:
    if name == "volunteers":
        from coordinator_app.ui.volunteers.tab import VolunteersTab

        return VolunteersTab(db)
    if name == "assignments":
        from coordinator_app.ui.assignments.tab import AssignmentsTab

        return AssignmentsTab(db)
    from coordinator_app.ui.clients.tab import ClientsTab

    return ClientsTab(db)


def raw_read_ms(db_path: Path, table: str) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    connection.execute(f"SELECT * FROM {table}").fetchall()
    connection.close()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tabs", default="volunteers,assignments")
    args = parser.parse_args()
    db_path = large_database(args.db)
    if db_path is None:
        sys.exit(1)
    from PySide6.QtWidgets import QApplication

    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database

    set_language("pl")
    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    probe = LatencyProbe()
    run_loop_for(1000)
    idle, idle_busy = probe.stop()
    print(
        f"database: {db_path.name}; runs: {args.runs} (medians); idle probe: worst gap {idle:.1f} ms,"
        f" GUI thread busy {idle_busy:.1f} ms"
    )
    for name in args.tabs.split(","):
        results: dict[str, list[float]] = {"first": [], "rows": [], "raw": []}
        for _ in range(args.runs):
            results["raw"].append(raw_read_ms(db_path, TABLES[name]))
            tab = make_tab(name, db)
            tab.resize(1300, 650)
            tab.show()
            first_ms, rows_ms, stalls = load(tab, probe)
            results["first"].append(first_ms)
            results["rows"].append(rows_ms)
            for phase, (gap, busy) in (
                ("load", stalls),
                ("typing", typing(tab, probe)),
                ("sort", sorting(tab, probe)),
            ):
                results.setdefault(phase, []).append(gap)
                results.setdefault(f"{phase} busy", []).append(busy)
            rows = tab.model.rowCount()
            tab.close()
            tab.deleteLater()
            app.processEvents()
        med = {key: statistics.median(values) for key, values in results.items()}
        print(
            f"{name:<12} {rows} rows: first rows shown {med['first']:7.0f} ms after the click, all"
            f" {med['rows']:7.0f} ms (raw sqlite3 read {med['raw']:5.0f} ms, ratio"
            f" {med['first'] / med['raw']:5.2f}x and {med['rows'] / med['raw']:5.2f}x; goal 300 ms at 10k,"
            " 1.0 s at 100k)"
        )
        for phase in ("load", "typing", "sort"):
            print(
                f"{'':<12} {phase:<7} worst gap {med[phase]:6.0f} ms (idle {idle:3.0f}), GUI thread busy"
                f" {med[phase + ' busy']:6.0f} ms (idle {idle_busy:3.0f}); goal <= 50 ms; runs"
                f" {[round(v) for v in results[phase]]}"
            )
    db.dispose()


if __name__ == "__main__":
    main()
