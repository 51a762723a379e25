"""`report monthly --month YYYY-MM --format pdf|xlsx|csv --out FILE` in a child process."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from coordinator_app.storage.opening import open_database
from tests import reports_dataset
from tests.cli.test_cli import assert_one_sentence, run


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reports-cli") / "koordynator.sqlite"
    db = open_database(path)
    reports_dataset.build(db)
    db.dispose()
    return path


def report(db: Path, *args: str) -> list[str]:
    return ["--db", str(db), "report", "monthly", *args]


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_writes_each_format(small_db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"marzec.{fmt}"
    result = run(*report(small_db, "--month", "2026-03", "--format", fmt, "--out", str(out)))
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    assert out.stat().st_size > 0
    assert not out.with_name(out.name + ".part").exists()
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert ["Okres", "marzec 2026"] in rows
        assert ["godziny wolontariatu (zatwierdzone)", "24", "26", "-2", "-7,7", "72"] in rows
    elif fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
    else:
        assert out.read_bytes().startswith(b"PK")


def test_bad_month_is_one_sentence(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    for month in ("2026-13", "marzec", "26-03"):
        result = run(
            "--lang", "en", *report(small_db, "--month", month, "--format", "pdf", "--out", str(out))
        )
        assert_one_sentence(result, 1, "is not a month")
    assert not out.exists()


def test_format_and_file_name_must_agree(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    result = run(
        "--lang", "en", *report(small_db, "--month", "2026-03", "--format", "pdf", "--out", str(out))
    )
    assert_one_sentence(result, 1, "ends in .xlsx, but the format asked for is pdf")
    assert not out.exists()


def test_unknown_format_and_missing_arguments(small_db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x.docx")
    assert_one_sentence(
        run(*report(small_db, "--month", "2026-03", "--format", "docx", "--out", out)),
        2,
        "Błędne argumenty wiersza poleceń",
    )
    assert_one_sentence(run(*report(small_db, "--format", "pdf", "--out", out)), 2, "--month")


def test_missing_folder(small_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "x.pdf"
    result = run(*report(small_db, "--month", "2026-03", "--format", "pdf", "--out", str(out)))
    assert_one_sentence(result, 1, "nie istnieje")
    assert not out.parent.exists()
