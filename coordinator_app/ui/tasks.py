"""Run work off the GUI thread and get the result (or the error) back on the GUI thread.

Reads go to the global thread pool; writes go to one single-thread lane, because SQLite has
one writer; sorts of long lists go to another, because two CPU-bound Python threads take the
interpreter lock from each other and the GUI thread waits for it behind both (a header clicked
while another sort ran froze the window for half a second). A task may report progress
through the `progress` callable it is given; that callable returns False once the user has
pressed Cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], bool]

_lanes: dict[str, QThreadPool] = {}
WRITES, SORTS = "writes", "sorts"


def lane(name: str) -> QThreadPool:
    """A pool of one thread: its tasks run one after another, in the order started."""
    if name not in _lanes:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        _lanes[name] = pool
    return _lanes[name]


def write_lane() -> QThreadPool:
    return lane(WRITES)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class Task(QRunnable):
    """A callable run in a pool. Connect to `signals` before starting it."""

    def __init__(self, func: Callable[..., Any], *, with_progress: bool = False) -> None:
        super().__init__()
        self.signals = _Signals()
        self._func = func
        self._with_progress = with_progress
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _progress(self, done: int, total: int, stage: str) -> bool:
        self.signals.progressed.emit(done, total, stage)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._func(self._progress) if self._with_progress else self._func()
        except Exception as exc:  # delivered to the GUI thread, shown there
            log.exception("background task failed")
            self._deliver(self.signals.failed, exc)
            return
        self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        """Emit, unless the window that waited for the answer has already gone (a task that
        outlives the application at exit, such as the start-up backup of a large file)."""
        try:
            signal.emit(value)
        except RuntimeError:
            log.info("a background task finished after its window was closed")


def run_task(
    func: Callable[..., Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    *,
    writes: bool = False,
    serial: str | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Task:
    """Start `func` in the background; `on_result`/`on_error`/`on_progress` run on the GUI
    thread (the signals object lives there). With `on_progress`, `func` is called with a
    `progress(done, total, stage) -> bool` callable. `writes` runs it in the write lane,
    `serial` in the lane of that name (`lane`)."""
    task = Task(func, with_progress=on_progress is not None)
    task.signals.finished.connect(on_result)
    task.signals.failed.connect(on_error)
    if on_progress is not None:
        task.signals.progressed.connect(on_progress)
    # Keep the task (and its signals) alive until it has reported.
    _running.add(task)
    task.signals.finished.connect(lambda _result: _running.discard(task))
    task.signals.failed.connect(lambda _error: _running.discard(task))
    task.setAutoDelete(False)
    pool = write_lane() if writes else lane(serial) if serial else QThreadPool.globalInstance()
    pool.start(task)
    return task


_running: set[Task] = set()
