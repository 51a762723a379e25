"""`coordinator-app print no-record-statement --country NAME`: the country is required, given
repeated or comma-separated (one statement each), and refused with other kinds; a refused
document (a child's statement, a year without hours) is one Polish sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coordinator_app.db.models import Agreement
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


def test_countries_one_statement_each(world_db: tuple[Path, World], tmp_path: Path) -> None:
    path, w = world_db
    out = tmp_path / "oswiadczenie.pdf"
    base = ["--db", str(path), "print", "no-record-statement", "--id", str(w.adult), "--date", "2025-11-20"]
    result = run(*base, "--country", "Ukraina, Białoruś", "--country", "Ukraina", "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = sorted(item.name for item in tmp_path.iterdir())
    assert written == ["oswiadczenie-białoruś.pdf", "oswiadczenie-ukraina.pdf"]
    text = flat(pdf_text(tmp_path / "oswiadczenie-białoruś.pdf"))
    assert "o braku informacji z rejestru karnego państwa: Białoruś" in text
    assert "prawo państwa: Białoruś nie przewiduje" in text and "Ukraina" not in text
    assert result.stdout.count("Wydano dokument") == 2


def test_country_mistakes_are_one_sentence(world_db: tuple[Path, World], tmp_path: Path) -> None:
    path, w = world_db
    db = ["--db", str(path), "print"]
    out = ["--out", str(tmp_path / "x.pdf")]
    assert_one_sentence(run(*db, "no-record-statement", "--id", str(w.adult), *out), 1, "--country")
    assert_one_sentence(
        run(*db, "no-record-statement", "--id", str(w.adult), "--country", " , ", *out), 1, "--country"
    )
    assert_one_sentence(
        run(*db, "certificate", "--id", str(w.adult), "--country", "Niemcy", *out), 1, "--country"
    )
    child = run(*db, "residence-statement", "--id", str(w.child), *out)
    assert_one_sentence(child, 1, "ma mniej niż 13 lat")
    thanks = run(*db, "thanks", "--id", str(w.adult), "--year", "2024", *out)
    assert_one_sentence(thanks, 1, "nie ma zatwierdzonych godzin w roku 2024")
    assert not (tmp_path / "x.pdf").exists()


def test_help_names_the_country_option() -> None:
    result = run("print", "--help")
    assert result.returncode == 0
    assert "--country NAME" in result.stdout and "każde państwo osobnym oświadczeniem" in flat(result.stdout)


def test_a_notice_is_dated_by_notice_on(world_db: tuple[Path, World], tmp_path: Path) -> None:
    path, w = world_db
    db = open_database(path)
    with db.session() as session:
        row = session.get(Agreement, w.agreement)
        assert row is not None
        row.terminated_on, row.termination_mode = dt.date(2025, 9, 30), "volunteer_notice"
    db.dispose()
    base = ["--db", str(path), "print", "termination", "--id", str(w.agreement), "--date", "2025-11-20"]
    out = tmp_path / "wypowiedzenie.pdf"
    assert_one_sentence(run(*base, "--out", str(out)), 1, "dzień złożenia (lub wręczenia) wypowiedzenia")
    assert not out.exists()
    result = run(*base, "--notice-on", "2025-09-23", "--out", str(out))
    assert result.returncode == 0, result.stderr
    text = flat(pdf_text(out))
    assert (
        "Łęczyca Mała, dnia 23 września 2025 r." in text
        and "Wypowiedzenie złożono w dniu 23 września 2025 r." in text
    )
    refused = run(
        "--db", str(path), "print", "certificate", "--id", str(w.adult), "--notice-on", "2025-09-23"
    )
    assert_one_sentence(refused, 1, "--notice-on")
