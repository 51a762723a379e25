"""Agreement queries on a large database.

    .venv/bin/python benchmarks/bench_agreements.py [DB_PATH] [--runs 9] [--checks 1000]

DB_PATH defaults to the large demo database bench_startup.py builds (benchmarks/out/); nothing
is written. Reports medians and ratios against baselines measured in the same run:
- `valid_agreement_for` (the assignment gate) for many (volunteer, period) pairs taken from the
  real assignments vs the same covering query typed as raw sqlite3 SQL;
- `list_volunteer_agreements` for one volunteer (the panel) vs a raw sqlite3 read of that
  volunteer's agreement rows;
- `agreements_ending_within` (30 days, the dashboard) vs a raw sqlite3 read of the agreements'
  dates.
No limits are asserted here; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import large_database, median_ms  # noqa: E402 (benchmarks/ is on the path)

RAW_COVERING = """
SELECT id, number, period_from, period_to, terminated_on FROM agreements
WHERE volunteer_id = ? AND period_from <= ?
  AND (period_to IS NULL OR period_to >= ?) AND (terminated_on IS NULL OR terminated_on >= ?)
ORDER BY concluded_on DESC, id DESC LIMIT 1
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--checks", type=int, default=1000)
    args = parser.parse_args()
    path = large_database(args.db)
    if path is None:
        return 1

    from coordinator_app.core.agreements import (
        agreements_ending_within,
        list_volunteer_agreements,
        valid_agreement_for,
    )
    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database

    set_language("pl")
    db = open_database(path)
    raw = sqlite3.connect(path)
    today = dt.date.today()
    rng = random.Random(1)
    pairs = raw.execute("SELECT volunteer_id, date_from, date_to FROM assignments").fetchall()
    checks = [
        (vid, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None)
        for vid, start, end in rng.sample(pairs, min(args.checks, len(pairs)))
    ]
    volunteer = max(
        raw.execute("SELECT volunteer_id, count(*) FROM agreements GROUP BY volunteer_id").fetchall(),
        key=lambda row: row[1],
    )[0]

    def gate() -> int:
        found = 0
        with db.session() as session:
            for vid, start, end in checks:
                found += valid_agreement_for(session, vid, start, end) is not None
        return found

    def raw_gate() -> int:
        found = 0
        for vid, start, end in checks:
            if end is None:
                row = raw.execute(
                    "SELECT id FROM agreements WHERE volunteer_id = ? AND period_from <= ? "
                    "AND period_to IS NULL AND terminated_on IS NULL "
                    "ORDER BY concluded_on DESC, id DESC LIMIT 1",
                    (vid, start.isoformat()),
                ).fetchone()
            else:
                e = end.isoformat()
                row = raw.execute(RAW_COVERING, (vid, start.isoformat(), e, e)).fetchone()
            if row is not None:
                raw.execute(
                    "SELECT activity_type_id FROM agreement_activities WHERE agreement_id = ?", (row[0],)
                )
                found += 1
        return found

    covered, raw_covered = gate(), raw_gate()
    assert covered == raw_covered, (covered, raw_covered)
    gate_ms = median_ms(gate, args.runs)
    raw_gate_ms = median_ms(raw_gate, args.runs)
    panel_ms = median_ms(lambda: list_volunteer_agreements(db, volunteer, today=today), args.runs)
    raw_panel_ms = median_ms(
        lambda: raw.execute("SELECT * FROM agreements WHERE volunteer_id = ?", (volunteer,)).fetchall(),
        args.runs,
    )
    ending_ms = median_ms(lambda: agreements_ending_within(db, 30, today=today), args.runs)
    raw_ending_ms = median_ms(
        lambda: raw.execute("SELECT id, period_to, terminated_on FROM agreements").fetchall(), args.runs
    )
    agreements = raw.execute("SELECT count(*) FROM agreements").fetchone()[0]
    print(f"database: {path.name}, {agreements} agreements, {len(checks)} gate checks ({covered} covered)")
    print(
        f"valid_agreement_for: {gate_ms / len(checks):.3f} ms per check vs raw sqlite3 "
        f"{raw_gate_ms / len(checks):.3f} ms (ratio {gate_ms / raw_gate_ms:.1f})"
    )
    print(
        f"list_volunteer_agreements: {panel_ms:.2f} ms vs raw read {raw_panel_ms:.3f} ms "
        f"(ratio {panel_ms / raw_panel_ms:.1f})"
    )
    print(
        f"agreements_ending_within(30): {ending_ms:.2f} ms vs raw read of all dates {raw_ending_ms:.2f} ms "
        f"(ratio {ending_ms / raw_ending_ms:.1f})"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
