"""Child-protection vetting questions on a large database.

    .venv/bin/python benchmarks/bench_vetting.py [DB_PATH] [--runs 9]

DB_PATH defaults to the large demo database bench_startup.py builds (benchmarks/out/); the
vetting code only reads, except `get_vetting`, which is not measured here. Reports medians and
ratios against baselines measured in the same run:
- `vetting_status_for` over every volunteer (the dashboard) vs a raw sqlite3 read of the two
  tables it judges (vettings, volunteers' citizenship);
- `vetting_gaps` for one volunteer (the assignment gate) vs a raw sqlite3 read of that
  volunteer's vetting rows;
- `vettings_expiring` (30 days) vs the same raw read of the vettings table.
No limits are asserted here; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from collections import Counter
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

    from coordinator_app.core.vetting import vetting_gaps, vetting_status_for, vettings_expiring
    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database

    set_language("pl")
    db = open_database(path)
    raw = sqlite3.connect(path)
    today = dt.date.today()
    ids = [row[0] for row in raw.execute("SELECT id FROM volunteers")]
    vetted = raw.execute("SELECT volunteer_id FROM vettings ORDER BY volunteer_id LIMIT 1").fetchone()[0]

    def status_all() -> object:
        with db.session() as session:
            return vetting_status_for(session, ids, today)

    def raw_tables() -> object:
        raw.execute("SELECT id, citizenship FROM volunteers").fetchall()
        return raw.execute("SELECT * FROM vettings ORDER BY volunteer_id, created_at, id").fetchall()

    def gate() -> object:
        with db.session() as session:
            return vetting_gaps(session, vetted, today)

    def raw_one() -> object:
        raw.execute("SELECT citizenship FROM volunteers WHERE id = ?", (vetted,)).fetchone()
        return raw.execute(
            "SELECT * FROM vettings WHERE volunteer_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
            (vetted,),
        ).fetchone()

    def expiring() -> object:
        with db.session() as session:
            return vettings_expiring(session, 30, today)

    def raw_vettings() -> object:
        return raw.execute("SELECT * FROM vettings").fetchall()

    counts = Counter(status_all().values())  # type: ignore[attr-defined]
    vettings = raw.execute("SELECT count(*) FROM vettings").fetchone()[0]
    print(f"database: {path.name}, {len(ids)} volunteers, {vettings} vetting records")
    print("statuses today: " + ", ".join(f"{status}={n}" for status, n in sorted(counts.items())))
    for label, measured, baseline, base_label in (
        ("vetting_status_for, every volunteer", status_all, raw_tables, "raw read of both tables"),
        ("vetting_gaps, one volunteer (the gate)", gate, raw_one, "raw read of one record"),
        ("vettings_expiring, 30 days", expiring, raw_vettings, "raw read of the vettings"),
    ):
        ms, base = median_ms(measured, args.runs), median_ms(baseline, args.runs)
        print(f"{label}: {ms:.2f} ms; {base_label}: {base:.2f} ms; ratio {ms / base:.1f}x")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
