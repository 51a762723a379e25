"""Monthly summary, dashboard and report files on the large demo database.

    .venv/bin/python benchmarks/bench_reports.py [--volunteers 10000 --clients 10000 --hours 1000000]
                                                [--month YYYY-MM] [--runs 5] [--rebuild]

Builds (once, then reuses) the same benchmarks/out/large-….sqlite as bench_startup.py, works on a
copy of it, and reports each figure as a ratio against a baseline measured in the same run:
- the monthly figures (`monthly_summary`)  vs the very same SQL statements run with raw sqlite3
  (captured from the app's own run, so the two read exactly the same aggregates);
- the dashboard data (`dashboard_data`)    vs its SQL statements run with raw sqlite3;
- the PDF, XLSX and CSV files              vs a minimal one-page ReportLab PDF in the same fonts.
The copy is opened (and so upgraded) by the application first, so both sides read the schema
at its head revision, with the covering indexes of migration 0004. No limits are asserted here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))


def timed(func: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median seconds over `runs` calls (after one warm-up call), and the last result."""
    result = func()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def capture_sql(db: Any, func: Callable[[], Any]) -> list[tuple[str, Any]]:
    """The statements (with their bound parameters) `func` sends to the database."""
    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []

    def before(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        func()
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    return statements


def raw_runner(path: Path, statements: list[tuple[str, Any]]) -> Callable[[], int]:
    def run() -> int:
        connection = sqlite3.connect(path)
        try:
            return sum(len(connection.execute(sql, params).fetchall()) for sql, params in statements)
        finally:
            connection.close()

    return run


def database_figures(path: Path, month: str, today: dt.date, runs: int) -> dict[str, float]:
    from coordinator_app.core.calendar import parse_month
    from coordinator_app.core.reports import dashboard_data, monthly_summary
    from coordinator_app.storage.opening import open_database

    db = open_database(path)
    period = parse_month(month)
    try:
        summary_time, _summary = timed(lambda: monthly_summary(db, period, today=today), runs)
        summary_sql = capture_sql(db, lambda: monthly_summary(db, period, today=today))
        dashboard_time, _data = timed(lambda: dashboard_data(db, today=today), runs)
        dashboard_sql = capture_sql(db, lambda: dashboard_data(db, today=today))
    finally:
        db.dispose()
    summary_raw, _rows = timed(raw_runner(path, summary_sql), runs)
    dashboard_raw, _rows = timed(raw_runner(path, dashboard_sql), runs)
    return {
        "summary": summary_time,
        "summary_raw": summary_raw,
        "summary_statements": len(summary_sql),
        "dashboard": dashboard_time,
        "dashboard_raw": dashboard_raw,
        "dashboard_statements": len(dashboard_sql),
    }


def file_figures(path: Path, month: str, today: dt.date, runs: int) -> dict[str, float]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from coordinator_app.core.calendar import parse_month
    from coordinator_app.core.issuing.letterhead import load_header
    from coordinator_app.core.reports import monthly_summary
    from coordinator_app.output.pdf.fonts import register_fonts
    from coordinator_app.output.summaries.monthly import write_document
    from coordinator_app.output.summaries.monthly_sections import build_document
    from coordinator_app.storage.opening import open_database

    db = open_database(path)
    try:
        document = build_document(monthly_summary(db, parse_month(month), today=today))
        header = load_header(db)
    finally:
        db.dispose()
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        family = register_fonts()

        def minimal() -> None:
            page = canvas.Canvas(str(Path(folder) / "minimal.pdf"), pagesize=A4)
            page.setFont(family, 12)
            page.drawString(72, 720, "Podsumowanie działań wolontariatu – zażółć gęślą jaźń")
            page.showPage()
            page.save()

        result["minimal_pdf"], _ = timed(minimal, runs)
        for fmt in ("pdf", "xlsx", "csv"):
            target = Path(folder) / f"summary.{fmt}"
            result[fmt], _ = timed(
                lambda fmt=fmt, target=target: write_document(document, fmt, target, header), runs
            )
            if fmt == "pdf":
                result["pdf_pages"] = len(re.findall(rb"/Type /Page[^s]", target.read_bytes()))
    return result


def build_database(path: Path, volunteers: int, clients: int, hours: int, rebuild: bool) -> None:
    from bench_startup import build_database as build

    seconds = build(path, volunteers, clients, hours, rebuild)
    if seconds is not None:
        print(f"demo database built in {seconds:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--volunteers", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--hours", type=int, default=1_000_000)
    parser.add_argument("--month", help="the month reported (default: the last full month)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    from coordinator_app.i18n import set_language

    set_language("pl")
    OUT.mkdir(exist_ok=True)
    source = OUT / f"large-{args.volunteers}-{args.clients}-{args.hours}.sqlite"
    build_database(source, args.volunteers, args.clients, args.hours, args.rebuild)
    today = dt.date.today()
    month = args.month or (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    copy = OUT / "bench-reports-copy.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as connection:  # a consistent copy even with a WAL beside it
        connection.execute("VACUUM INTO ?", (str(copy),))
    entries = sqlite3.connect(copy).execute("SELECT count(*) FROM hours_entries").fetchone()[0]
    print(f"month {month}; {entries:,} hours entries; runs: {args.runs} (medians)".replace(",", " "))

    r = database_figures(copy, month, today, args.runs)
    print(
        f"monthly figures: app {r['summary'] * 1000:7.0f} ms   raw sqlite3 "
        f"{r['summary_raw'] * 1000:7.0f} ms ({r['summary_statements']:.0f} statements)   "
        f"ratio {r['summary'] / r['summary_raw']:5.2f}x  (goal <= 2x)"
    )
    print(
        f"dashboard data:   app {r['dashboard'] * 1000:7.0f} ms   raw sqlite3 "
        f"{r['dashboard_raw'] * 1000:7.0f} ms ({r['dashboard_statements']:.0f} statements)   "
        f"ratio {r['dashboard'] / r['dashboard_raw']:5.2f}x  (loaded off the GUI thread)"
    )
    files = file_figures(copy, month, today, args.runs)
    for fmt in ("pdf", "xlsx", "csv"):
        extra = f" ({files['pdf_pages']:.0f} pages)" if fmt == "pdf" else ""
        print(
            f"{fmt.upper():4} file{extra:11}: {files[fmt] * 1000:7.0f} ms   minimal ReportLab page "
            f"{files['minimal_pdf'] * 1000:6.1f} ms   ratio {files[fmt] / files['minimal_pdf']:6.1f}x"
        )
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    for kept in (OUT / "backups").glob(f"{copy.stem}-*.sqlite"):  # made when the copy was upgraded
        kept.unlink()


if __name__ == "__main__":
    main()
