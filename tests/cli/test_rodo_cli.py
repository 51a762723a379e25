"""`rodo export --volunteer ID|--guardian ID|--client ID --out DIR` in a child process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator_app.db.migrate import HEAD_REVISION
from tests.cli.test_cli import assert_one_sentence, run

FROZEN = Path(__file__).resolve().parents[1] / "data" / f"schema-{HEAD_REVISION}.sqlite"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rodo-cli") / "koordynator.sqlite"
    shutil.copyfile(FROZEN, path)
    return path


def test_export_writes_the_letter_json_and_workbook(sample: Path, tmp_path: Path) -> None:
    out = tmp_path / "odpowiedz"
    result = run("--db", str(sample), "rodo", "export", "--volunteer", "1", "--out", str(out))
    assert result.returncode == 0, result.stderr
    files = sorted(out.iterdir())
    assert [path.suffix for path in files] == [".json", ".pdf", ".xlsx"]
    assert all(str(path) in result.stdout for path in files)
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data["uwaga"].startswith("ZAWIERA DANE OSOBOWE")
    assert data["tabele"]["volunteers"][0]["id"] == 1
    assert files[1].read_bytes().startswith(b"%PDF")
    book = load_workbook(files[2])
    assert book["Informacje"]["A1"].value == "ZAWIERA DANE OSOBOWE"
    assert "volunteers" in book.sheetnames
    assert not list(out.glob("*.partial"))


def test_client_export(sample: Path, tmp_path: Path) -> None:
    result = run("--db", str(sample), "rodo", "export", "--client", "1", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (data_file,) = tmp_path.glob("*.json")
    data = json.loads(data_file.read_text(encoding="utf-8"))
    assert data["osoba"]["rola"] == "client" and "volunteers" not in data["tabele"]


def test_unknown_person_is_one_sentence(sample: Path, tmp_path: Path) -> None:
    result = run("--db", str(sample), "rodo", "export", "--client", "9999", "--out", str(tmp_path))
    assert_one_sentence(result, 1, "9999")
    assert list(tmp_path.iterdir()) == []


def test_out_must_be_a_folder(sample: Path, tmp_path: Path) -> None:
    target = tmp_path / "plik.txt"
    target.write_text("x")
    result = run("--db", str(sample), "rodo", "export", "--volunteer", "1", "--out", str(target))
    assert_one_sentence(result, 1, "plik.txt")


def test_one_person_only(sample: Path, tmp_path: Path) -> None:
    result = run(
        "--db", str(sample), "rodo", "export", "--volunteer", "1", "--client", "1", "--out", str(tmp_path)
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
