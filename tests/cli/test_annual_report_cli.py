"""`report annual --year YYYY --format pdf|xlsx|csv --out FILE` in a child process."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator_app.storage.opening import open_database
from tests.cli.test_cli import assert_one_sentence, run
from tests.core.reports.actions_world import build


@pytest.fixture(scope="module")
def year_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("annual-cli") / "koordynator.sqlite"
    db = open_database(path)
    build(db)
    db.dispose()
    return path


def annual(db: Path, *args: str) -> list[str]:
    return ["--db", str(db), "report", "annual", *args]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_writes_each_format(year_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"rok.{fmt}"
    result = run("--lang", "pl", *annual(year_db, "--year", "2026", "--format", fmt, "--out", str(out)))
    assert result.returncode == 0, result.stderr
    assert f"Zapisano podsumowanie: {out}" in result.stdout
    assert not out.with_name(out.name + ".part").exists()
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert rows[0] == ["Roczne podsumowanie działań wolontariatu"]
        assert ["Okres", "rok 2026"] in rows
        assert ["akcje przeprowadzone", "2"] in rows
        assert ["razem", "5", "3", "60"] in rows  # the programme: planned, done, per cent
    elif fmt == "xlsx":
        workbook = load_workbook(out)
        assert "Program – pozycje" in workbook.sheetnames and "Partnerzy" in workbook.sheetnames
    else:
        assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("year", ["26", "rok", "20266"])
def test_bad_year_is_one_sentence(year_db: Path, tmp_path: Path, year: str) -> None:
    out = tmp_path / "x.pdf"
    result = run("--lang", "en", *annual(year_db, "--year", year, "--format", "pdf", "--out", str(out)))
    assert_one_sentence(result, 1, "is not a year")
    assert not out.exists()


def test_year_outside_the_range(year_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = run("--lang", "pl", *annual(year_db, "--year", "1999", "--format", "csv", "--out", str(out)))
    assert_one_sentence(result, 1, "Rok 1999 jest poza zakresem")
    assert not out.exists()


def test_format_and_file_name_must_agree(year_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    result = run("--lang", "en", *annual(year_db, "--year", "2026", "--format", "csv", "--out", str(out)))
    assert_one_sentence(result, 1, "ends in .xlsx")
    assert not out.exists()
