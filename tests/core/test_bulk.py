"""`all_rows` reads a result in slices (so a worker lets the GUI thread run between them) and
gives exactly what `.all()` gives: every row, in order, whatever the count. What a paused read
made leaves the pause in the oldest generation, still collectable."""

from __future__ import annotations

import gc
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
