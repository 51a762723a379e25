"""One volunteer's assignments read only that volunteer's hours (issue #16, point 5: a
volunteer's window at a million hour entries)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from coordinator_app.core.assignments.queries import list_assignments
from coordinator_app.db.engine import Database
from tests.core.test_assignments_core import seed_assignments


def test_one_volunteers_figures_equal_the_full_lists(db: Database) -> None:
    seed_assignments(db)
    every = list_assignments(db)
    volunteers = {row.volunteer_id for row in every}
    assert any(row.confirmed_minutes for row in every)
    for vid in volunteers:
        own = list_assignments(db, volunteer_id=vid)
        assert sorted(own, key=lambda r: r.id) == sorted(
            (r for r in every if r.volunteer_id == vid), key=lambda r: r.id
        )


def test_the_hours_of_one_volunteer_are_found_by_assignment(db: Database) -> None:
    seed_assignments(db)
    vid = list_assignments(db)[0].volunteer_id
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if "hours_entries" in statement and "sum(" in statement:
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        list_assignments(db, volunteer_id=vid)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert len(statements) == 1
    statement, parameters = statements[0]
    with db.engine.connect() as conn:
        plan = " ".join(
            str(row[3]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        )
    # Each of the volunteer's assignments looked up in the index, not a range of every entry.
    assert "ix_hours_entries_status_assignment (status=? AND assignment_id=?)" in plan
