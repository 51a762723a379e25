"""`all_rows` reads a result in slices (so a worker lets the GUI thread run between them) and
gives exactly what `.all()` gives: every row, in order, whatever the count. What a paused read
made leaves the pause in the oldest generation, still collectable. A worker naps between
stretches of work (`let_others_run`), less often where a sleep lasts long; the main thread
never does."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from sqlalchemy import create_engine, text

from coordinator_app.core import bulk


@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 25])
def test_every_row_in_order_across_slices(count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "ROWS_PER_SLICE", 8)
    engine = create_engine("sqlite://")
    query = text(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count) "
        "SELECT i, 'row ' || i FROM n WHERE i <= :count ORDER BY i DESC"
    )
    with engine.connect() as connection:
        expected = connection.execute(query, {"count": count}).all()
        rows = bulk.all_rows(connection.execute(query, {"count": count}))
    assert rows == expected and len(rows) == count
    assert [tuple(row) for row in rows] == [(i, f"row {i}") for i in range(count, 0, -1)]
    engine.dispose()


class Node:
    """An object that can hold itself: a reference cycle, which only the collector frees."""

    def __init__(self) -> None:
        self.me = self


def test_what_a_paused_read_made_is_old_after_it_and_its_cycles_are_still_collected() -> None:
    assert gc.isenabled()
    with bulk.paused_collection():
        rows = [[index, str(index)] for index in range(100_000)]  # tracked, as model rows are
        cycle = Node()
    watch = weakref.ref(cycle)
    assert gc.isenabled()
    # The rows are in the oldest generation: the young passes that follow never walk them.
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert id(rows[0]) in oldest and id(rows[-1]) in oldest
    assert len(rows) == 100_000 and rows[-1] == [99_999, "99999"]
    del cycle
    gc.collect()
    assert watch() is None  # nothing was left frozen for good


class _Clock:
    """A clock for `bulk.time`, in steps that are exact binary fractions: each reading is one
    step later than the one before; a sleep is recorded and takes no time."""

    STEP = 2**-10  # about a millisecond

    def __init__(self, sleep_steps: int = 0) -> None:
        self.now = 64.0  # a running clock: far from zero, as `perf_counter` is
        self.naps: list[float] = []
        self.sleep_steps = sleep_steps  # how long a sleep lasts, whatever it asks for

    def perf_counter(self) -> float:
        self.now += self.STEP
        return self.now

    def sleep(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.now += self.sleep_steps * self.STEP


def test_a_worker_naps_after_each_stretch_of_work_and_the_main_thread_never_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _Clock()
    monkeypatch.setattr(bulk, "time", clock)
    monkeypatch.setattr(bulk, "WORKER_RUN_S", 4 * clock.STEP)
    for _ in range(50):  # the command line, a test: work on the main thread never waits
        bulk.let_others_run()
    assert clock.naps == []
    assert napping_calls(40) == list(range(0, 40, 4))
    assert clock.naps == [bulk.WORKER_NAP_S] * 10


def napping_calls(count: int) -> list[int]:
    """The calls of `let_others_run`, among `count` made by a fresh worker thread a step of work
    apart, at which the worker napped."""
    calls: list[int] = []

    def worker() -> None:
        for call in range(count):
            before = len(bulk.time.naps)  # type: ignore[attr-defined]
            bulk.let_others_run()
            if len(bulk.time.naps) > before:  # type: ignore[attr-defined]
                calls.append(call)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    return calls


def test_where_a_sleep_lasts_long_a_worker_naps_less_often(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PC whose timer makes a millisecond's sleep last ten times as long: the worker works at
    least twice a sleep between two of them, never most of the time asleep."""
    clock = _Clock(sleep_steps=10)
    monkeypatch.setattr(bulk, "time", clock)
    monkeypatch.setattr(bulk, "WORKER_RUN_S", 4 * clock.STEP)
    # A nap at once; it lasts 11 steps (the sleep and the reading after it), so the next comes
    # after 22 steps of work, and each after that too.
    assert napping_calls(60) == [0, 22, 44]
