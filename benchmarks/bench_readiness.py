"""Whole-list readiness (who is ready for which activity) on a large database.

    .venv/bin/python benchmarks/bench_readiness.py [DB_PATH] [--runs 9]

DB_PATH defaults to the large demo database bench_startup.py builds (benchmarks/out/). Reports
medians and ratios against baselines measured in the same run:
- `readiness_overview` (the rules, and one grouped query of completed categories)
  vs a raw sqlite3 read of the attendance table it aggregates;
- `list_volunteers` (what the Wolontariusze tab loads) with readiness vs without it.
No limits are asserted here; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import large_database, median_ms  # noqa: E402 (benchmarks/ is on the path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    path = large_database(args.db)
    if path is None:
        return 1

    import coordinator_app.core.volunteers.queries as service
    from coordinator_app.core.trainings import readiness_overview
    from coordinator_app.core.volunteers import list_volunteers
    from coordinator_app.storage.opening import open_database

    db = open_database(path)
    raw = sqlite3.connect(path)
    attendances = raw.execute("SELECT count(*) FROM attendances").fetchone()[0]
    volunteers = raw.execute("SELECT count(*) FROM volunteers").fetchone()[0]

    def overview() -> object:
        with db.session() as session:
            return readiness_overview(session)

    baseline = median_ms(
        lambda: raw.execute(
            "SELECT volunteer_id, session_id, status, minutes_attended FROM attendances"
        ).fetchall(),
        args.runs,
    )
    whole = median_ms(overview, args.runs)
    with_readiness = median_ms(lambda: list_volunteers(db), args.runs)
    real = service.readiness_overview

    class NoReadiness:
        activity_count = 0

        @staticmethod
        def ready_for(_volunteer_id: int) -> tuple[str, ...]:
            return ()

    service.readiness_overview = lambda _session, _today=None: NoReadiness()  # type: ignore[assignment]
    try:
        without = median_ms(lambda: list_volunteers(db), args.runs)
    finally:
        service.readiness_overview = real
    print(f"{path.name}: {volunteers} volunteers, {attendances} attendance records")
    ratio = whole / baseline
    print(f"readiness_overview  {whole:7.1f} ms  {ratio:4.2f}x a raw read of attendances ({baseline:.1f} ms)")
    ratio = with_readiness / without
    print(f"list_volunteers     {with_readiness:7.1f} ms  {ratio:4.2f}x without readiness ({without:.1f} ms)")
    db.dispose()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
