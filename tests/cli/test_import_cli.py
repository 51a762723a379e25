"""`import volunteers|clients|hours FILE [--sheet NAME] [--dry-run]` in a child process."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from coordinator_app.storage.opening import open_database
from tests.cli.test_cli import assert_one_sentence, run
from tests.core.importing.people_data import EXISTING, VOLUNTEER_HEADERS, VOLUNTEER_ROWS
from tests.core.importing.sheets import write_csv, write_xlsx
from tests.core.importing.tables import table_rows
from tests.factories import add_people


@pytest.fixture
def base(tmp_path: Path) -> Path:
    path = tmp_path / "koordynator.sqlite"
    db = open_database(path)
    add_people(db, "Dąbrowski Stefan", pesel=EXISTING, birth_date=dt.date(1955, 6, 30))
    db.dispose()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_reports_and_changes_nothing(base: Path, tmp_path: Path) -> None:
    sheet = write_csv(
        tmp_path / "lista.csv", [VOLUNTEER_HEADERS, *VOLUNTEER_ROWS], encoding="cp1250", delimiter=";"
    )
    before, digest = table_rows(base), _digest(base)

    result = run("--db", str(base), "import", "volunteers", str(sheet), "--dry-run")

    assert result.returncode == 0, result.stderr
    assert "do zaimportowania: 3" in result.stdout
    assert "Wiersz 5:" in result.stdout and "PESEL" in result.stdout  # row 4 of data, under the header
    assert "niczego nie zmieniono" in result.stdout
    assert _digest(base) == digest
    assert table_rows(base) == before


def test_import_writes_the_good_rows_and_the_rejected_report(base: Path, tmp_path: Path) -> None:
    sheet = write_xlsx(
        tmp_path / "lista.xlsx", [VOLUNTEER_HEADERS, *VOLUNTEER_ROWS], title_rows=["Wolontariusze"]
    )
    report = tmp_path / "odrzucone.xlsx"

    result = run(
        "--db", str(base), "import", "volunteers", str(sheet), "--sheet", "Arkusz1", "--rejected", str(report)
    )

    assert result.returncode == 0, result.stderr
    assert "zaimportowano 3," in result.stdout
    assert report.read_bytes().startswith(b"PK")
    db = open_database(base)
    try:
        from coordinator_app.core.volunteers import count_volunteers

        assert count_volunteers(db) == 4
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["volunteers", "brak.xlsx"], "Nie ma pliku"),
        (["volunteers", "{sheet}", "--sheet", "Inny"], "nie ma arkusza"),
        (["volunteers", "{bad}"], "nie jest arkuszem"),
    ],
)
def test_mistakes_are_one_polish_sentence(base: Path, tmp_path: Path, args: list[str], fragment: str) -> None:
    sheet = write_xlsx(tmp_path / "lista.xlsx", [VOLUNTEER_HEADERS, *VOLUNTEER_ROWS])
    bad = tmp_path / "lista.pdf"
    bad.write_bytes(b"%PDF-1.4")
    argv = [a.format(sheet=sheet, bad=bad) for a in args]
    if argv[1] == "brak.xlsx":
        argv[1] = str(tmp_path / "brak.xlsx")
    assert_one_sentence(run("--db", str(base), "import", *argv), 1, fragment)


def test_hours_history_with_missing_activity_types_added(base: Path, tmp_path: Path) -> None:
    from tests.core.importing.test_import_hours import ROWS

    db = open_database(base)
    add_people(db, "Kowalska Anna", "Nowak Jan")
    db.dispose()
    sheet = write_xlsx(tmp_path / "godziny.xlsx", ROWS)

    result = run("--db", str(base), "import", "hours", str(sheet), "--add-missing")

    assert result.returncode == 0, result.stderr
    assert "Rodzaje działań spoza słownika: Rękodzieło z seniorami" in result.stdout
    assert "zaimportowano 3," in result.stdout
    assert "Zamknięte miesiące: 2024-03, 2024-04." in result.stdout
