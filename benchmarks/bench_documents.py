"""Printed documents: one agreement, and a batch of 500 certificates into one PDF.

    .venv/bin/python benchmarks/bench_documents.py [--volunteers 1500 --hours 90000] [--rebuild] [--runs 15]

Builds (once, then reuses) benchmarks/out/documents-<volunteers>-<hours>.sqlite with the demo
generator; each batch runs on a fresh copy, because issuing writes the register. Figures are
reported against baselines measured in the same run:
- one agreement (data assembled from the database + PDF with two copies and annexes)
  vs a minimal one-page ReportLab document in the same embedded font;
- a batch of 100 and of 500 certificates (issued, numbered, registered, one PDF):
  time per document, and peak Python memory (tracemalloc) of the 500 vs the 100 and vs the
  one-page baseline: steady memory means the 500 do not need five times the 100.
No limits are asserted; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import gc
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
sys.path.insert(0, str(ROOT))


def build_database(path: Path, volunteers: int, hours: int, rebuild: bool) -> None:
    if path.exists() and not rebuild:
        return
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "coordinator_app",
            "--db",
            str(path),
            "demo",
            "--volunteers",
            str(volunteers),
            "--clients",
            str(max(volunteers // 2, 10)),
            "--hours",
            str(hours),
        ],
        check=True,
        cwd=ROOT,
    )


def median_ms(func: Callable[[], object], runs: int) -> float:
    func()  # warm: fonts registered, modules imported
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def peak_kib(func: Callable[[], object]) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def baseline_page() -> bytes:
    """A minimal one-page ReportLab document in the embedded DejaVu family."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from coordinator_app.output.pdf.styles import style_set

    styles = style_set()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, initialFontName=styles.family)
    doc.build([Paragraph("Zaświadczenie – próba strony z polskimi literami: ąćęłńóśźż.", styles.normal)])
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--volunteers", type=int, default=1500)
    parser.add_argument("--hours", type=int, default=90_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from sqlalchemy import func, select

    from coordinator_app.core.issuing.batch import volunteers_with_hours
    from coordinator_app.core.issuing.service import DocumentRequest, preview
    from coordinator_app.db.models import Agreement, AgreementActivity
    from coordinator_app.output.documents.batch import run_batch
    from coordinator_app.output.documents.render import write_document
    from coordinator_app.storage.opening import open_database

    OUT.mkdir(exist_ok=True)
    source = OUT / f"documents-{args.volunteers}-{args.hours}.sqlite"
    build_database(source, args.volunteers, args.hours, args.rebuild)
    db = open_database(source)
    with db.session() as session:
        # the agreement with the most activity types: the longest text
        agreement_id = session.scalar(
            select(Agreement.id)
            .join(AgreementActivity, AgreementActivity.agreement_id == Agreement.id)
            .group_by(Agreement.id)
            .order_by(func.count().desc(), Agreement.id)
            .limit(1)
        )
    import datetime as dt

    ids = volunteers_with_hours(db, dt.date(2000, 1, 1), dt.date.today())
    db.dispose()
    if len(ids) < 500:
        print(f"only {len(ids)} volunteers with confirmed hours; use a larger --volunteers / --hours")
        return 1

    db = open_database(source)

    def one_agreement() -> int:
        document = preview(db, DocumentRequest("agreement", agreement_id))
        return write_document(document, io.BytesIO())

    pages = one_agreement()
    base_ms = median_ms(baseline_page, args.runs)
    base_peak = peak_kib(baseline_page)
    agreement_ms = median_ms(one_agreement, args.runs)
    agreement_peak = peak_kib(one_agreement)
    db.dispose()

    def batch(count: int, measure_memory: bool) -> tuple[float, float, int]:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "copy.sqlite"
            shutil.copyfile(source, copy)
            work = open_database(copy)
            try:

                def run() -> int:
                    return run_batch(work, "certificate", ids[:count], Path(folder) / "out.pdf").pages

                if measure_memory:
                    gc.collect()
                    tracemalloc.start()
                    result_pages = run()
                    peak = tracemalloc.get_traced_memory()[1] / 1024
                    tracemalloc.stop()
                    return 0.0, peak, result_pages
                started = time.perf_counter()
                result_pages = run()
                return (time.perf_counter() - started) * 1000, 0.0, result_pages
            finally:
                work.dispose()

    t100, _m, p100 = batch(100, False)
    t500, _m, p500 = batch(500, False)
    _t, peak100, _p = batch(100, True)
    _t, peak500, _p = batch(500, True)

    print(f"database: {source.name}; agreement id {agreement_id} ({pages} pages, two copies with annexes)")
    print(f"baseline one-page ReportLab document: {base_ms:.1f} ms, peak {base_peak:.0f} KiB")
    print(
        f"one agreement (assemble + PDF):      {agreement_ms:.1f} ms  = "
        f"{agreement_ms / base_ms:.1f}x baseline, peak {agreement_peak:.0f} KiB"
    )
    print(
        f"batch of 100 certificates:           {t100 / 1000:.2f} s ({t100 / 100:.1f} ms/document, "
        f"{p100} pages), "
        f"peak {peak100:.0f} KiB"
    )
    print(
        f"batch of 500 certificates:           {t500 / 1000:.2f} s ({t500 / 500:.1f} ms/document, "
        f"{p500} pages), "
        f"peak {peak500:.0f} KiB"
    )
    print(f"memory, 500 vs 100 certificates:     {peak500 / peak100:.2f}x (5x the documents)")
    print(f"memory, 500 certificates vs baseline: {peak500 / base_peak:.1f}x the one-page document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
