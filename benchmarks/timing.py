"""What the benchmarks share: a median timing and the large demo database they run on."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent


def median_ms(func: Callable[[], object], runs: int) -> float:
    """The median of `runs` calls of `func`, in milliseconds, after one warm-up call (the page
    cache and the imports)."""
    func()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def large_database(given: Path | None) -> Path | None:
    """`given`, else the large demo database bench_startup.py builds in benchmarks/out/; None
    (with the reason on stderr) when there is none."""
    import sys

    path = given or next(iter(sorted((HERE / "out").glob("large-*.sqlite"))), None)
    if path is None or not path.exists():
        sys.stderr.write("no database: run benchmarks/bench_startup.py first or give a path\n")
        return None
    return path


def wait_until_loaded(tab: object) -> None:
    """Wait in a nested event loop until a list tab has its records (it announces the end of
    loading on `status_message`). QTest's wait in a polling loop would hold the GIL and starve
    the loading worker, measuring the probe instead of the app."""
    from PySide6.QtCore import QEventLoop

    if getattr(tab, "loaded", False):
        return
    loop = QEventLoop()
    tab.status_message.connect(loop.quit)  # type: ignore[attr-defined]
    while not getattr(tab, "loaded", False):
        loop.exec()
    tab.status_message.disconnect(loop.quit)  # type: ignore[attr-defined]
