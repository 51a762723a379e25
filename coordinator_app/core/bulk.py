"""Reading many rows at once without Python's cyclic garbage collector running all through it,
and without holding the interpreter lock for the whole read.

A summary at 100,000 volunteers builds a few million short-lived tuples, rows and numbers.
None of them form reference cycles (they are freed the moment they are dropped), but each
700 allocations start a collection pass and the older generations are walked again and
again as the heap grows: measured on the 100k demo database, collection took about 45% of
the summary's time. `paused_collection` turns the collector off while such a read runs and
back on when the last concurrent one ends (the summary and the dashboard read on worker
threads, possibly at once); it never turns on a collector that was off before. Everything
made during the pause is then in the youngest generation, and the first young pass after it
walked it all, holding the interpreter lock (212,786 assignments: 70 ms, a stall of the window
seen by a latency probe); so the pause ends by moving it to the oldest generation, as if it had
survived the passes it skipped (`gc.freeze` then `gc.unfreeze`: no object is visited).

`all_rows` fetches a result in slices: SQLAlchemy makes the rows of one fetch in one compiled
loop that never lets go of the interpreter lock, so a list read on a worker in one `.all()`
froze the window for as long as 212,786 rows took to make (118 ms, seen by a latency probe).
Between slices the GUI thread runs; the read takes no longer.

`let_others_run` is what a worker calls between the slices of long CPU-bound work (reading,
keying and sorting lists). Letting go of the interpreter lock is not enough there: the GUI
thread enters Python once for each cell it paints (the models answer every role of a cell in
one `multiData` call) and header section, and each entry waits for the busy worker to reach its
next switch (up to 5 ms), so one repaint during a 0.4 s sort of 212,786 rows froze the window
for all of it (the convoy of the interpreter lock, seen by a latency probe). A millisecond's
sleep after each 2 ms of work lets the GUI thread make its calls without waiting; the work
takes longer (by half at most, and only while it runs on a worker of the window).
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVarTuple

from sqlalchemy import Result, Row

Ts = TypeVarTuple("Ts")

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def paused_collection() -> Iterator[None]:
    """Run the block with the cyclic collector paused (reference counting still frees
    everything that is dropped); nested and concurrent uses restore it once, at the end."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                # What was made meanwhile joins the oldest generation (two list splices), so that
                # the collector's next young pass does not walk all of it in one go.
                gc.freeze()
                gc.unfreeze()
                gc.enable()


ROWS_PER_SLICE = 2_000  # about 1 ms of row making at a time
# `let_others_run`: a worker sleeps WORKER_NAP_S once it has worked WORKER_RUN_S since its last
# sleep, and at least twice as long as that sleep took; the GUI thread then has the interpreter
# lock a third of the time at least, and the work takes half as long again at most.
WORKER_RUN_S = 0.002
WORKER_NAP_S = 0.001
_worker = threading.local()


def let_others_run() -> None:
    """Between slices of long work: on any thread but the main one (a worker of the window),
    sleep a moment once the thread has worked `WORKER_RUN_S` since it last slept, so that the
    GUI thread gets the interpreter lock while it needs it. On the main thread (the command
    line, a test) it does nothing.

    A sleep lasts as long as the system's timer allows: a millisecond here, up to 15.6 ms on
    a Windows PC whose timer runs coarse. The work between two sleeps is at least twice the
    last sleep, so such a PC naps less often instead of working a third of the time."""
    if threading.current_thread() is threading.main_thread():
        return
    now = time.perf_counter()
    napped = getattr(_worker, "napped", WORKER_NAP_S)
    if now - getattr(_worker, "woke", 0.0) >= max(WORKER_RUN_S, 2 * napped):
        time.sleep(WORKER_NAP_S)
        _worker.woke = time.perf_counter()
        _worker.napped = _worker.woke - now


def all_rows(result: Result[*Ts]) -> list[Row[*Ts]]:
    """Every row of `result`, fetched `ROWS_PER_SLICE` at a time (never row by row, which is
    twice as slow), so that another thread may run between the slices."""
    rows: list[Row[*Ts]] = []
    for part in result.partitions(ROWS_PER_SLICE):
        rows += part
        let_others_run()
    return rows
