"""Run work off the GUI thread and get the result (or the error) back on the GUI thread.

Reads go to the global thread pool; writes go to one single-thread lane, because SQLite has
one writer. A task may report progress through the `progress` callable it is given; that
callable returns False once the user has pressed Cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], bool]

_write_lane: QThreadPool | None = None


def write_lane() -> QThreadPool:
    global _write_lane
    if _write_lane is None:
        _write_lane = QThreadPool()
        _write_lane.setMaxThreadCount(1)
    return _write_lane


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
    on_progress: Callable[[int, int, str], None] | None = None,
) -> Task:
    """Start `func` in the background; `on_result`/`on_error`/`on_progress` run on the GUI
    thread (the signals object lives there). With `on_progress`, `func` is called with a
    `progress(done, total, stage) -> bool` callable."""
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
    (write_lane() if writes else QThreadPool.globalInstance()).start(task)
    return task


_running: set[Task] = set()
