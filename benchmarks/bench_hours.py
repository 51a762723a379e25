"""A volunteer's monthly hours on the large demo database (1,000,000 hour entries).

    .venv/bin/python benchmarks/bench_hours.py [DB_PATH] [--volunteers 60] [--runs 5]

DB_PATH defaults to the large demo database bench_startup.py builds (benchmarks/out/). The
file is opened read-only (nothing is written, nothing migrated). Reports medians per call
and ratios against baselines measured in the same run:
- `list_month_entries` (one volunteer's month, every status, with activity and assignment
  labels) vs a raw sqlite3 `SELECT *` of the same rows by (volunteer_id, work_date);
- `card_context` (everything the hours card loads: volunteer, assignments, activity types,
  closed or not, the month's entries) vs the same raw query;
- `confirmed_hours_by_month` (the volunteer's 12-month panel) vs a raw grouped sqlite3 query;
- `month_summary` (the month-close window: counts of the whole month, ~1/12 of the table, and
  the unsettled entries by name) vs a raw grouped sqlite3 count of that month;
- opening `HoursCardDialog` on a volunteer's month, for 20 volunteers (offscreen Qt) vs a
  bare QDialog with an empty QTableView, and vs a bare QDialog of the card's size showing a
  QStandardItemModel grid of the same rows and columns (the floor of painting that table).
Several volunteers are sampled; each figure is the median over volunteers of the median of
`--runs` calls. No limits are asserted here; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from timing import large_database, median_ms  # noqa: E402 (benchmarks/ is on the path)


def over(items: Sequence[object], make: Callable[[object], Callable[[], object]], runs: int) -> float:
    """The median over `items` of the median time of `make(item)()`."""
    return statistics.median(median_ms(make(item), runs) for item in items)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?", type=Path)
    parser.add_argument("--volunteers", type=int, default=60)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path = large_database(args.db)
    if path is None:
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from coordinator_app.core.calendar import Month
    from coordinator_app.core.hours import (
        card_context,
        confirmed_hours_by_month,
        list_month_entries,
        month_summary,
    )
    from coordinator_app.db.engine import Database, make_engine
    from coordinator_app.i18n import set_language

    set_language("pl")
    uri = f"file:{path.resolve()}?mode=ro"
    db = Database(make_engine(f"sqlite:///{uri}&uri=true"), path)
    raw = sqlite3.connect(uri, uri=True)
    total = raw.execute("SELECT count(*) FROM hours_entries").fetchone()[0]
    last_day = raw.execute("SELECT max(work_date) FROM hours_entries WHERE status <> 'planned'").fetchone()[0]
    month = Month.parse(last_day[:7]).previous()  # the month a coordinator re-types cards for
    first, last = month.first.isoformat(), month.last.isoformat()
    with_hours = [
        vid
        for (vid,) in raw.execute(
            "SELECT DISTINCT volunteer_id FROM hours_entries WHERE work_date BETWEEN ? AND ?", (first, last)
        )
    ]
    volunteers = random.Random(7).sample(with_hours, min(args.volunteers, len(with_hours)))
    rows = [
        raw.execute(
            "SELECT count(*) FROM hours_entries WHERE volunteer_id = ? AND work_date BETWEEN ? AND ?",
            (vid, first, last),
        ).fetchone()[0]
        for vid in volunteers
    ]
    twelve = month.back(11)

    def raw_month(vid: object) -> Callable[[], object]:
        return lambda: raw.execute(
            "SELECT * FROM hours_entries WHERE volunteer_id = ? AND work_date BETWEEN ? AND ?",
            (vid, first, last),
        ).fetchall()

    def raw_twelve(vid: object) -> Callable[[], object]:
        return lambda: raw.execute(
            "SELECT work_date, status, sum(minutes), count(*) FROM hours_entries "
            "WHERE volunteer_id = ? AND work_date BETWEEN ? AND ? AND status IN ('confirmed', 'done') "
            "GROUP BY work_date, status",
            (vid, twelve.first.isoformat(), last),
        ).fetchall()

    baseline = over(volunteers, raw_month, args.runs)
    listing = over(volunteers, lambda vid: lambda: list_month_entries(db, vid, month), args.runs)  # type: ignore[arg-type]
    context = over(volunteers, lambda vid: lambda: card_context(db, vid, month), args.runs)  # type: ignore[arg-type]
    raw_panel = over(volunteers, raw_twelve, args.runs)
    panel = over(
        volunteers,
        lambda vid: lambda: confirmed_hours_by_month(db, vid, today=month.last),  # type: ignore[arg-type]
        args.runs,
    )
    raw_summary = median_ms(
        lambda: raw.execute(
            "SELECT status, count(*), sum(minutes) FROM hours_entries WHERE work_date BETWEEN ? AND ? "
            "GROUP BY status",
            (first, last),
        ).fetchall(),
        args.runs,
    )
    summary = median_ms(lambda: month_summary(db, month), args.runs)
    month_rows = raw.execute(
        "SELECT count(*) FROM hours_entries WHERE work_date BETWEEN ? AND ?", (first, last)
    ).fetchone()[0]

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QDialog, QTableView, QVBoxLayout

    from coordinator_app.ui.hours import HoursCardDialog

    app = QApplication.instance() or QApplication([])

    def bare() -> None:
        dialog = QDialog()
        QVBoxLayout(dialog).addWidget(QTableView())
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    def grid(vid: object) -> Callable[[], object]:
        count = raw.execute(
            "SELECT count(*) FROM hours_entries WHERE volunteer_id = ? AND work_date BETWEEN ? AND ?",
            (vid, first, last),
        ).fetchone()[0]

        def run() -> None:
            dialog = QDialog()
            model = QStandardItemModel(count + 1, 9, dialog)  # the card keeps one empty line
            for row in range(count):
                for column in range(9):
                    model.setItem(row, column, QStandardItem(f"{row}.{column}"))
            view = QTableView()
            view.setModel(model)
            QVBoxLayout(dialog).addWidget(view)
            dialog.resize(1180, 640)
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()

        return run

    def card(vid: object) -> Callable[[], object]:
        def run() -> None:
            dialog = HoursCardDialog(db, vid, month)  # type: ignore[arg-type]
            dialog.show()
            app.processEvents()
            dialog.model.dirty = False
            dialog.close()
            dialog.deleteLater()

        return run

    sample = volunteers[:20]
    bare_ms = median_ms(bare, args.runs)
    grid_ms = over(sample, grid, args.runs)
    card_ms = over(sample, card, args.runs)

    print(f"{path.name}: {total:,} hour entries; month {month.key}: {month_rows:,} entries")
    print(
        f"{len(volunteers)} volunteers sampled, {statistics.median(rows):.0f} entries each in the month "
        f"(median; {min(rows)}–{max(rows)})"
    )
    print(f"raw sqlite3 month query       {baseline:7.2f} ms  (baseline)")
    print(f"list_month_entries            {listing:7.2f} ms  {listing / baseline:5.1f}x the raw query")
    print(f"card_context                  {context:7.2f} ms  {context / baseline:5.1f}x the raw query")
    print(f"raw sqlite3 12-month grouping {raw_panel:7.2f} ms  (baseline)")
    print(f"confirmed_hours_by_month      {panel:7.2f} ms  {panel / raw_panel:5.1f}x the raw query")
    print(f"raw sqlite3 month grouping    {raw_summary:7.2f} ms  (baseline)")
    print(f"month_summary                 {summary:7.2f} ms  {summary / raw_summary:5.1f}x the raw query")
    print(f"bare QDialog + QTableView     {bare_ms:7.2f} ms  (baseline)")
    print(f"bare dialog, same grid        {grid_ms:7.2f} ms  (baseline: the card's table, painted)")
    print(
        f"HoursCardDialog opened        {card_ms:7.2f} ms  {card_ms / bare_ms:5.1f}x the bare dialog, "
        f"{card_ms / grid_ms:4.1f}x the same grid ({len(sample)} volunteers)"
    )
    db.dispose()
    raw.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
