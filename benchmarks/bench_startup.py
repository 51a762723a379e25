"""Start-up, first data on screen, filtering and memory on the large demo database.

    .venv/bin/python benchmarks/bench_startup.py [--volunteers 10000 --clients 10000 --hours 1000000]
                                               [--rebuild] [--runs 5]

Builds (once, then reuses) benchmarks/out/large.sqlite with the demo generator, then reports
each figure as a ratio against a baseline measured in the same run:
- first paint of the main window      vs first paint of a bare PySide6 window;
- the dashboard (first tab) filled in vs the same bare first paint;
- volunteers table showing data       vs the same bare first paint (its tab chosen after that);
- per-keystroke filter of the list    vs a raw sqlite3 LIKE query over the same volunteers;
- peak memory (max RSS) with the list vs the bare window.
No limits are asserted here; the numbers go into the issue notes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
CHILD = HERE / "_window_child.py"
sys.path.insert(0, str(HERE))

from timing import wait_until_loaded  # noqa: E402 (benchmarks/ is on the path)


def build_database(path: Path, volunteers: int, clients: int, hours: int, rebuild: bool) -> float | None:
    if path.exists() and not rebuild:
        return None
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
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
            str(clients),
            "--hours",
            str(hours),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def run_child(*args: str, tree: Path = ROOT, home: Path | None = None) -> dict[str, list[str]]:
    """One child process; `tree` is the source tree it runs (another checkout for a before/after
    comparison), `home` the private home of its settings and log."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = str(tree)
    if home is not None:
        env["HOME"] = str(home)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[name] = str(home / name.lower())
    result = subprocess.run(
        [sys.executable, str(CHILD), *args], capture_output=True, text=True, check=True, env=env, timeout=300
    )
    return {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.strip()}


def median_of(runs: list[dict[str, list[str]]], key: str, index: int = 0) -> float:
    return statistics.median(float(run[key][index]) for run in runs)


def filter_timings(db_path: Path) -> tuple[float, float, float, int]:
    """Median ms per keystroke: (filtering in the app's proxy, keystroke until the list is
    repainted in a real Volunteers tab, a raw sqlite3 LIKE query), and the number of rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database
    from coordinator_app.ui.volunteers.tab import VolunteersTab

    set_language("pl")
    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    tab = VolunteersTab(db)
    tab.resize(1100, 650)
    tab.show()
    tab.reload()
    wait_until_loaded(tab)
    app.processEvents()
    typed = ["k", "ko", "kow", "kowa", "kowal", "kowa", "kow", "ko", "k", "", "z", "za", "zal", "zale",
             "zales", "5", "50", "501", "m", "ma", "mar", "mari", "maria", ""]  # fmt: skip
    filter_times, painted_times = [], []
    for text in typed:
        started = time.perf_counter()
        tab.proxy.set_search(text)
        filtered = time.perf_counter()
        tab.search.blockSignals(True)
        tab.search.setText(text)
        tab.search.blockSignals(False)
        tab._update_count()
        app.processEvents()
        painted = time.perf_counter()
        filter_times.append((filtered - started) * 1000)
        painted_times.append((painted - started) * 1000)
    rows = tab.model.rowCount()
    tab.close()
    db.dispose()
    connection = sqlite3.connect(db_path)
    raw_times = []
    for text in typed:
        started = time.perf_counter()
        connection.execute(
            "SELECT id FROM volunteers WHERE last_name LIKE ? OR first_name LIKE ? OR locality LIKE ?",
            (f"%{text}%",) * 3,
        ).fetchall()
        raw_times.append((time.perf_counter() - started) * 1000)
    connection.close()
    return (
        statistics.median(filter_times),
        statistics.median(painted_times),
        statistics.median(raw_times),
        rows,
    )


def start_runs(db_path: Path, runs: int, trees: list[Path]) -> list[list[dict[str, list[str]]]]:
    """`runs` rounds of: the bare window, the shell (the bare window in the application's frame),
    then the app of each tree, alternating, on a copy of
    the database (the app writes to its file); one unreported warm-up round first (the copy's
    first start checks it fully, and the page cache fills)."""
    results: list[list[dict[str, list[str]]]] = [[] for _ in range(len(trees) + 2)]
    for tree in trees:  # as installed: byte-compiled (the installer does it; a start never compiles)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "coordinator_app")], check=True)
    with tempfile.TemporaryDirectory(dir=OUT) as work:
        copy = Path(work) / db_path.name
        shutil.copyfile(db_path, copy)
        home = Path(work) / "home"
        for round_number in range(runs + 1):
            rounds = [run_child("bare"), run_child("shell")]
            rounds += [run_child("app", str(copy), tree=tree, home=home) for tree in trees]
            if round_number:
                for series, result in zip(results, rounds, strict=True):
                    series.append(result)
    return results


def ratio_line(label: str, value: float, base: float, base_label: str) -> str:
    figures = f"{value * 1000:8.0f} ms   {base_label} {base * 1000:7.0f} ms"
    return f"{label:<20}{figures}   ratio {value / base:5.2f}x"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--volunteers", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--hours", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--before", type=Path, help="another source tree, run alternately (before/after)")
    parser.add_argument("--no-filter", action="store_true", help="skip the in-process filter timing")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    db_path = OUT / f"large-{args.volunteers}-{args.clients}-{args.hours}.sqlite"
    build_time = build_database(db_path, args.volunteers, args.clients, args.hours, args.rebuild)
    if build_time is not None:
        print(f"demo database built in {build_time:.1f} s ({db_path.stat().st_size / 1e6:.0f} MB)")

    trees = [ROOT] + ([args.before.resolve()] if args.before else [])
    bare, shell, *apps = start_runs(db_path, args.runs, trees)
    bare_paint, shell_paint = median_of(bare, "paint"), median_of(shell, "paint")
    modules = median_of(bare, "modules")
    print(f"runs: {args.runs} (medians, alternating); bare window modules at paint: {modules:.0f}")
    for tree, app in zip(trees, apps, strict=True):
        name = "app" if tree == ROOT else "before"
        paint, dashboard, data = (median_of(app, key) for key in ("paint", "dashboard", "data"))
        print(f"--- {name} ({tree}); modules at first paint: {median_of(app, 'modules'):.0f}")
        print(ratio_line("first paint", paint, bare_paint, "bare window") + "  (goal <= 1.5x)")
        print(ratio_line("", paint, shell_paint, "shell      ") + "  (the same frame, nothing behind)")
        print(ratio_line("dashboard shown", dashboard, bare_paint, "bare window"))
        print(f"{'':<20}{(dashboard - paint) * 1000:8.0f} ms after the first paint (goal <= 1000 ms)")
        click = median_of(app, "data", 2)
        print(ratio_line("every tab built", median_of(app, "tabs"), bare_paint, "bare window"))
        print(ratio_line("volunteers shown", data, bare_paint, "bare window"))
        print(f"{'':<20}{click * 1000:8.0f} ms after the tab was chosen (goal <= 300 ms)")
        print(
            f"{'peak memory (RSS)':<20}{median_of(app, 'rss') / 1024:8.0f} MB   bare window"
            f" {median_of(bare, 'rss') / 1024:7.0f} MB"
        )
    if not args.no_filter:
        filter_ms, painted_ms, raw_ms, rows = filter_timings(db_path)
        print(f"volunteers listed: {rows}")
        print(
            f"filter keystroke:   app {filter_ms:7.2f} ms   raw sqlite3 LIKE {raw_ms:7.2f} ms"
            f"   ratio {filter_ms / raw_ms:5.2f}x  (target < 30 ms)"
        )
        print(
            f"keystroke to paint: app {painted_ms:7.2f} ms   raw sqlite3 LIKE {raw_ms:7.2f} ms"
            f"   ratio {painted_ms / raw_ms:5.2f}x  (filter, count and repaint of the list)"
        )


if __name__ == "__main__":
    main()
