"""Demo generation: time and peak memory of `demo` against SQLite writing the same file alone.

    .venv/bin/python benchmarks/bench_demo.py [--volunteers 100000 --clients 10000 --hours 1000000] [--runs 3]

Each run generates a fresh database in benchmarks/out/ with the command line (`demo`, its own
process, timed by /usr/bin/time: wall clock, CPU seconds, peak resident memory), then the
baseline: a bare sqlite3 process writing the same content to a new file (`VACUUM INTO`: every
row and index, no Python per row). App and baseline alternate; medians are reported, the time
as a ratio to the baseline (the machine is shared, so only ratios and CPU seconds compare).
The goal (issue #16): 100,000 volunteers in under 90 s and under 500 MB. The files are removed
after each run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"

BASELINE = "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('VACUUM INTO ?', (sys.argv[2],))"


@dataclass
class Measured:
    wall: float  # seconds
    cpu: float  # user + system seconds
    peak_mb: float


def timed(command: list[str]) -> Measured:
    """Run `command` under /usr/bin/time; its wall clock, CPU time and peak RSS."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        subprocess.run(
            ["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M", *command],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        wall, user, system, peak = report.read().split()[-4:]
    return Measured(float(wall), float(user) + float(system), int(peak) / 1024)


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".users"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--volunteers", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--hours", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    target = OUT / f"demo-bench-{args.volunteers}-{args.clients}-{args.hours}.sqlite"
    copy = OUT / f"{target.stem}-copy.sqlite"
    size = ["--volunteers", str(args.volunteers), "--clients", str(args.clients), "--hours", str(args.hours)]
    app: list[Measured] = []
    base: list[Measured] = []
    try:
        for run in range(1, args.runs + 1):
            remove(target)
            remove(copy)
            app.append(timed([sys.executable, "-m", "coordinator_app", "--db", str(target), "demo", *size]))
            base.append(timed([sys.executable, "-c", BASELINE, str(target), str(copy)]))
            print(
                f"run {run}: app {app[-1].wall:.1f} s wall, {app[-1].cpu:.1f} s CPU, "
                f"{app[-1].peak_mb:.0f} MB; baseline {base[-1].wall:.1f} s wall, {base[-1].cpu:.1f} s CPU",
                flush=True,
            )
    finally:
        remove(target)
        remove(copy)

    def median(values: list[Measured], field: str) -> float:
        return statistics.median(getattr(value, field) for value in values)

    print(f"demo {' '.join(size)}: {args.runs} runs, medians")
    print(
        f"app:      {median(app, 'wall'):7.1f} s wall  {median(app, 'cpu'):7.1f} s CPU  "
        f"peak {median(app, 'peak_mb'):5.0f} MB (goal: under 90 s and 500 MB)"
    )
    print(f"baseline: {median(base, 'wall'):7.1f} s wall  {median(base, 'cpu'):7.1f} s CPU  (SQLite alone)")
    ratios = [a.wall / b.wall for a, b in zip(app, base, strict=True)]
    cpu_ratios = [a.cpu / max(b.cpu, 0.01) for a, b in zip(app, base, strict=True)]
    print(f"ratio:    {statistics.median(ratios):.1f}x wall, {statistics.median(cpu_ratios):.1f}x CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
