"""Importing 10,000 volunteers from an .xlsx, with the preview (issue #19: under 30 s).

    .venv/bin/python benchmarks/bench_import.py [--volunteers 10000] [--existing 2000]

Writes a realistic sheet (a merged title, "Nazwisko i imię", PESEL, one-column addresses,
phones as people type them, a few bad rows and duplicates) and a fresh database holding
`--existing` volunteers (so the duplicate check has something to find), then times:
- reading the sheet (python-calamine, the limits and checks) vs a raw calamine read;
- the preview (every row through the volunteer form's validator, duplicates in the file and
  in the database) — no baseline does this;
- the import (one transaction, the batch links, the audit entries) vs a raw sqlite3
  `executemany` of the same rows into `volunteers`;
- the total, against the 30 s the issue allows.
Ratios are against baselines measured in the same run. Nothing outside a temporary folder is
written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

LIMIT_S = 30.0
FIRST = [
    "Anna",
    "Maria",
    "Katarzyna",
    "Małgorzata",
    "Agnieszka",
    "Jan",
    "Piotr",
    "Krzysztof",
    "Stanisław",
    "Józef",
]
LAST = [
    "Nowak",
    "Kowalski",
    "Wiśniewski",
    "Wójcik",
    "Kowalczyk",
    "Kamiński",
    "Lewandowski",
    "Zieliński",
    "Żółć",
]
VILLAGES = ["Wólka", "Lipowiec", "Mnichowo", "Dąbrówka", "Zagórze", "Łęg", "Brzozów", "Olszyny"]


def make_sheet(path: Path, count: int) -> list[tuple[object, ...]]:
    """The sheet and the rows it holds (for the raw baseline)."""
    from tests.core.importing.people_data import pesel
    from tests.core.importing.sheets import write_xlsx

    rnd = random.Random(19)
    rows: list[list[object]] = [["Lp.", "Nazwisko i imię", "PESEL", "Adres", "Tel.", "Uwagi"]]
    raw: list[tuple[object, ...]] = []
    for n in range(count):
        birth = dt.date(1940, 1, 1) + dt.timedelta(days=rnd.randrange(365 * 60))
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        code = pesel(birth, n % 1000, first.endswith("a"))
        village = rnd.choice(VILLAGES)
        phone = f"{rnd.randrange(500, 899)} {rnd.randrange(100, 999)} {rnd.randrange(100, 999)}"
        if n % 500 == 7:
            code = code[:-1] + str((int(code[-1]) + 1) % 10)  # a typing mistake
        rows.append(
            [n + 1, f"{last} {first}", code, f"{village} {n % 200 + 1}, 38-472 Lipowiec", phone, None]
        )
        raw.append((first, last, birth.isoformat(), code, phone, str(n % 200 + 1), "38-472", village))
    write_xlsx(path, rows, title_rows=["Lista wolontariuszy", "stan na 1.12.2026"])
    return raw


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=10_000)
    parser.add_argument("--existing", type=int, default=2_000)
    args = parser.parse_args()

    from python_calamine import CalamineWorkbook

    from coordinator_app.core.importing.headers import auto_mapping, detect_header_row
    from coordinator_app.core.importing.preview import build_preview
    from coordinator_app.core.importing.service import run_import
    from coordinator_app.core.importing.sources import read_workbook
    from coordinator_app.demo import DemoSize, generate_demo
    from coordinator_app.i18n import set_language
    from coordinator_app.storage.opening import open_database

    set_language("pl")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as folder:
        base = Path(folder)
        sheet = base / "wolontariusze.xlsx"
        raw_rows = make_sheet(sheet, args.volunteers)
        db = open_database(base / "app.sqlite")
        generate_demo(db, DemoSize(args.existing, 10, 100), seed=2)

        started = time.perf_counter()
        CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()
        raw_read = time.perf_counter() - started

        started = time.perf_counter()
        rows = read_workbook(sheet).sheets[0].rows
        read = time.perf_counter() - started
        started = time.perf_counter()
        header = detect_header_row(rows, "volunteers")
        preview = build_preview(db, rows, header, auto_mapping(rows[header], "volunteers"), "volunteers")
        checked = time.perf_counter() - started
        started = time.perf_counter()
        result = run_import(db, preview, file_name=sheet.name)
        imported = time.perf_counter() - started
        db.dispose()

        raw_db = sqlite3.connect(base / "raw.sqlite")
        raw_db.execute(
            "CREATE TABLE volunteers (id INTEGER PRIMARY KEY, first_name, last_name, birth_date, pesel,"
            " phone, house_number, postal_code, locality)"
        )
        started = time.perf_counter()
        with raw_db:
            raw_db.executemany(
                "INSERT INTO volunteers (first_name, last_name, birth_date, pesel, phone, house_number,"
                " postal_code, locality) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                raw_rows,
            )
        raw_insert = time.perf_counter() - started
        raw_db.close()

    total = read + checked + imported
    print(f"rows: {len(preview.rows)}; imported {result.imported}, rejected {result.rejected}")
    print(f"read      {read:7.2f} s   raw calamine {raw_read:6.2f} s   ratio {read / raw_read:5.1f}")
    print(f"preview   {checked:7.2f} s   ({checked / len(preview.rows) * 1000:.2f} ms a row)")
    print(
        f"import    {imported:7.2f} s   raw sqlite3 {raw_insert:6.2f} s   ratio {imported / raw_insert:5.1f}"
    )
    print(f"total     {total:7.2f} s   limit {LIMIT_S:.0f} s: {'OK' if total < LIMIT_S else 'TOO SLOW'}")
    return 0 if total < LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())
