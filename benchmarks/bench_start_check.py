"""The start-up check of the database file, on the large demo database (or one given).

    .venv/bin/python benchmarks/bench_start_check.py [DB_PATH] [--runs 5]

Alternates, `runs` times, three measurements and prints their medians as ratios against the
baseline (a raw sqlite3 open that reads the schema):
- the start of a file unchanged since it was verified (the cheap checks only);
- the full check a changed file gets before it is opened (`PRAGMA quick_check`, foreign keys).
The file is checked on a copy, so the benchmark never writes to the database it is given.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from timing import large_database  # noqa: E402 (benchmarks/ is on the path)


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("database", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    source = large_database(args.database)
    if source is None:
        raise SystemExit(1)
    from coordinator_app.storage.integrity import check_database
    from coordinator_app.storage.startup import start_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / source.name
        shutil.copyfile(source, path)

        def raw() -> None:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            connection.close()

        start_database(path).dispose()  # verified once
        times: dict[str, list[float]] = {"raw": [], "unchanged": [], "full": []}
        for _ in range(args.runs):
            times["raw"].append(timed(raw))
            times["unchanged"].append(timed(lambda: start_database(path).dispose()))
            times["full"].append(timed(lambda: check_database(path, quick=True)))
    raw_ms = statistics.median(times["raw"])
    print(f"runs: {args.runs} (medians); file {source.stat().st_size / 1e6:.0f} MB")
    for label, key in (("start, file unchanged", "unchanged"), ("full check (changed)", "full")):
        ms = statistics.median(times[key])
        print(f"{label:22} {ms:8.1f} ms   raw sqlite3 open {raw_ms:6.2f} ms   ratio {ms / raw_ms:8.1f}x")


if __name__ == "__main__":
    main()
