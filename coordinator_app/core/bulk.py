"""Reading many rows at once without Python's cyclic garbage collector running all through it.

A summary at 100,000 volunteers builds a few million short-lived tuples, rows and numbers.
None of them form reference cycles (they are freed the moment they are dropped), but each
700 allocations start a collection pass and the older generations are walked again and
again as the heap grows: measured on the 100k demo database, collection took about 45% of
the summary's time. `paused_collection` turns the collector off while such a read runs and
back on when the last concurrent one ends (the summary and the dashboard read on worker
threads, possibly at once); it never turns on a collector that was off before.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

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
                gc.enable()
