"""Clients, assignments, the waiting list and matching on a large database.

    .venv/bin/python benchmarks/bench_work.py [DB_PATH] [--runs 7]

DB_PATH defaults to the large demo database bench_startup.py builds (benchmarks/out/). Reports
medians and ratios against baselines measured in the same run:
- loading the Podopieczni and Przydziały lists vs loading the Wolontariusze list;
- one keystroke of filtering in each tab's proxy vs the same in the Volunteers tab;
- the waiting list, and matching for one need, vs a raw sqlite3 read of the volunteers table
  (the least any ranking of all volunteers must do).
No limits are asserted here; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import large_database, median_ms, wait_until_loaded  # noqa: E402 (benchmarks/ is on the path)

TYPED = ["k", "ko", "kow", "kowa", "kowal", "kowa", "kow", "ko", "k", "", "m", "ma", "mar", "p-0", "p-01", ""]


def keystroke_ms(tab_class: type, db: object) -> float:
    """Median ms for the proxy to filter the loaded tab on one keystroke."""
    tab = tab_class(db)
    tab.reload()
    wait_until_loaded(tab)
    times = []
    for text in TYPED:
        started = time.perf_counter()
        tab.proxy.set_search(text)
        times.append((time.perf_counter() - started) * 1000)
    tab.deleteLater()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = large_database(args.db)
    if path is None:
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from coordinator_app.core.assignments import list_assignments
    from coordinator_app.core.clients import list_clients, waiting_list
    from coordinator_app.core.matching import match_need
    from coordinator_app.core.volunteers import list_volunteers
    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database
    from coordinator_app.ui.assignments.tab import AssignmentsTab
    from coordinator_app.ui.clients.tab import ClientsTab
    from coordinator_app.ui.volunteers.tab import VolunteersTab

    set_language("pl")
    _app = QApplication.instance() or QApplication([])
    db = open_database(path)
    raw = sqlite3.connect(path)
    counts = {
        table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("volunteers", "clients", "assignments", "needs", "hours_entries")
    }
    print(f"{path.name}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))

    volunteers_ms = median_ms(lambda: list_volunteers(db), args.runs)
    for name, load in (("clients", lambda: list_clients(db)), ("assignments", lambda: list_assignments(db))):
        ms = median_ms(load, args.runs)
        ratio = ms / volunteers_ms
        print(f"load {name:<12} {ms:8.1f} ms  {ratio:5.2f}x the volunteers list ({volunteers_ms:.1f} ms)")

    base_key = keystroke_ms(VolunteersTab, db)
    for name, tab_class in (("clients", ClientsTab), ("assignments", AssignmentsTab)):
        ms = keystroke_ms(tab_class, db)
        ratio = ms / base_key
        print(f"filter {name:<10} {ms:8.2f} ms  {ratio:5.2f}x a keystroke in volunteers ({base_key:.2f} ms)")

    baseline = median_ms(lambda: raw.execute("SELECT * FROM volunteers").fetchall(), args.runs)
    waiting = waiting_list(db)
    ms = median_ms(lambda: waiting_list(db), args.runs)
    ratio = ms / baseline
    print(f"waiting list       {ms:8.1f} ms  {ratio:5.2f}x raw read of volunteers ({baseline:.1f} ms)")
    print(f"                   {len(waiting)} needs waiting")
    need_id = waiting[0].need_id if waiting else raw.execute("SELECT min(id) FROM needs").fetchone()[0]
    minors = raw.execute(
        "SELECT n.id FROM needs n JOIN activity_types a ON a.id = n.activity_type_id "
        "WHERE a.involves_minors = 1 LIMIT 1"
    ).fetchone()
    for label, nid in (("matching", need_id), ("matching, minors", minors[0] if minors else need_id)):
        ms = median_ms(lambda nid=nid: match_need(db, nid), args.runs)
        print(f"{label:<18} {ms:8.1f} ms  {ms / baseline:5.2f}x raw read of volunteers ({baseline:.1f} ms)")
    db.dispose()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
