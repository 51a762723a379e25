"""`coordinator-app print KIND --id ID --out FILE.pdf`: every kind, and one sentence per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.storage.opening import open_database
from tests.cli.test_cli import assert_one_sentence, run
from tests.documents_helpers import World, build_world, flat, pdf_text


@pytest.fixture(scope="module")
def world_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    path = tmp_path_factory.mktemp("cli") / "koordynator.sqlite"
    db = open_database(path)
    world = build_world(db)
    db.dispose()
    return path, world


def test_every_kind_prints(world_db: tuple[Path, World], tmp_path: Path) -> None:
    path, w = world_db
    cases = {
        "agreement": ["--id", str(w.agreement)],
        "annex": ["--id", str(w.annex)],
        "referral": ["--id", str(w.assignment)],
        "timesheet": ["--id", str(w.assignment), "--month", "2025-03"],
        "certificate": ["--id", str(w.adult)],
        "thanks": ["--id", str(w.adult), "--year", "2025"],
        "training-certificate": ["--id", str(w.training), "--volunteer", str(w.adult)],
        "attendance-list": ["--id", str(w.training)],
        "intake-form": [],
    }
    for kind, args in cases.items():
        out = tmp_path / f"{kind}.pdf"
        result = run("--db", str(path), "print", kind, *args, "--out", str(out), "--date", "2025-11-20")
        assert result.returncode == 0, (kind, result.stderr)
        assert out.read_bytes().startswith(b"%PDF"), kind
        assert "Żółć" in pdf_text(out) or kind in ("intake-form", "attendance-list"), kind
    text = flat(pdf_text(tmp_path / "certificate.pdf"))
    assert "Z/1/2025" in text and "Łęczyca Mała, dnia 20 listopada 2025 r." in text
    again = run(
        "--db",
        str(path),
        "print",
        "certificate",
        "--id",
        str(w.adult),
        "--out",
        str(tmp_path / "c2.pdf"),
        "--date",
        "2025-11-20",
    )
    assert again.returncode == 0 and "Z/1/2025" in again.stdout
    assert (tmp_path / "c2.pdf").read_bytes() == (tmp_path / "certificate.pdf").read_bytes()


def test_mistakes_are_one_sentence(world_db: tuple[Path, World], tmp_path: Path) -> None:
    path, w = world_db
    db = ["--db", str(path), "print"]
    assert_one_sentence(run(*db, "certificate", "--id", "9999"), 1, "9999")
    assert_one_sentence(run(*db, "timesheet", "--id", str(w.assignment)), 1, "--month")
    assert_one_sentence(run(*db, "timesheet", "--id", "1", "--month", "2025-13"), 2, "2025-13")
    assert_one_sentence(run(*db, "certificate"), 1, "--id")
    assert_one_sentence(run(*db, "invoice", "--id", "1"), 2, "invoice")
    assert_one_sentence(run(*db, "opinion", "--id", str(w.adult)), 1, "")
    assert_one_sentence(
        run(*db, "certificate", "--id", str(w.minor), "--out", str(tmp_path / "x.pdf")), 1, ""
    )
    assert not (tmp_path / "x.pdf").exists()
    assert_one_sentence(
        run(*db, "certificate", "--id", str(w.adult), "--out", str(tmp_path / "no" / "x.pdf")), 1, "no"
    )
