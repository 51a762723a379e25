"""The command line: version, and one clear sentence with a non-zero exit for every mistake."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coordinator_app import __version__


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "coordinator_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )


def assert_one_sentence(result: subprocess.CompletedProcess[str], code: int, fragment: str) -> None:
    assert result.returncode == code
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert fragment in lines[0]


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"coordinator-app {__version__}"


def test_unknown_option_is_one_polish_sentence() -> None:
    assert_one_sentence(run("--colour", "red"), 2, "Błędne argumenty wiersza poleceń")


def test_bad_number_is_named() -> None:
    assert_one_sentence(run("demo", "--volunteers", "dużo"), 2, "dużo nie jest liczbą całkowitą")


def test_english_messages_with_lang() -> None:
    assert_one_sentence(
        run("--lang", "en", "demo", "--volunteers", "-3"), 2, "is not a positive whole number"
    )


def test_missing_folder_changes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "db.sqlite"
    assert_one_sentence(run("--db", str(target), "demo"), 1, "nie istnieje")
    assert not target.parent.exists()


def test_not_a_database(tmp_path: Path) -> None:
    target = tmp_path / "letter.sqlite"
    target.write_text("Szanowni Państwo, ...", encoding="utf-8")
    assert_one_sentence(run("--db", str(target), "demo"), 1, "nie jest bazą danych tej aplikacji")
    assert target.read_text(encoding="utf-8") == "Szanowni Państwo, ..."
