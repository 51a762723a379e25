"""The command line: version, and one clear sentence with a non-zero exit for every mistake."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from coordinator_app import __version__

PASSPHRASE = "hasło kopii zapasowej"


def run(
    *args: str, cwd: Path | None = None, passphrase: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The program in a child process, with no terminal (stdin from /dev/null)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("COORDINATOR_PASSPHRASE", None)
    if passphrase is not None:
        env["COORDINATOR_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "coordinator_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
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
    assert_one_sentence(
        run("check", "--colour"), 2, "Błędne argumenty wiersza poleceń: nierozpoznane argumenty: --colour."
    )


def test_argparse_own_words_are_in_the_chosen_language() -> None:
    assert_one_sentence(run("print"), 2, "brakuje wymaganych argumentów: KIND")
    assert_one_sentence(run("print", "certyfikat", "--out", "x.pdf"), 2, "nieprawidłowy wybór: 'certyfikat'")
    assert_one_sentence(run("--lang", "en", "print"), 2, "the following arguments are required: KIND")
    assert run("--help").stdout.startswith("użycie: coordinator-app")


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


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "koordynator.sqlite"
    result = run("--db", str(path), "demo", "--volunteers", "20", "--clients", "10", "--hours", "200")
    assert result.returncode == 0, result.stderr
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_local_backup_and_check(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "backup")
    assert result.returncode == 0, result.stderr
    (backup,) = (demo_db.parent / "backups").iterdir()
    assert backup.name.startswith("koordynator-") and backup.name.endswith("-manual.sqlite")
    assert str(backup) in result.stdout
    check = run("--db", str(backup), "check")
    assert check.returncode == 0, check.stdout
    assert "20" in check.stdout and "200" in check.stdout


def test_encrypted_backup_restored_into_a_fresh_folder(demo_db: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    result = run("--db", str(demo_db), "backup", "--to", str(usb), "--encrypt", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    (sealed,) = usb.iterdir()
    assert sealed.suffix == ".kwbak" and str(sealed) in result.stdout

    fresh = tmp_path / "fresh" / "koordynator.sqlite"
    fresh.parent.mkdir()
    restored = run("--db", str(fresh), "restore", str(sealed), passphrase=PASSPHRASE)
    assert restored.returncode == 0, restored.stderr
    assert "20" in restored.stdout and "200" in restored.stdout and str(fresh) in restored.stdout
    with sqlite3.connect(fresh) as connection:
        assert connection.execute("SELECT count(*) FROM volunteers").fetchone() == (20,)
    connection.close()
    assert run("--db", str(fresh), "check").returncode == 0

    again = run("--db", str(fresh), "restore", str(sealed), passphrase=PASSPHRASE)
    kept = next((fresh.parent / "backups").iterdir())
    assert kept.name.startswith("koordynator-before-restore-") and str(kept) in again.stdout


def test_wrong_passphrase_on_restore_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(demo_db), "backup", "--to", str(tmp_path), "--encrypt", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    (sealed,) = tmp_path.glob("*.kwbak")
    before = digest(demo_db)
    assert_one_sentence(
        run("--db", str(demo_db), "restore", str(sealed), passphrase="nie to hasło"), 1, sealed.name
    )
    assert digest(demo_db) == before


def test_no_passphrase_and_no_terminal(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(demo_db), "backup", "--to", str(tmp_path), "--encrypt")
    assert_one_sentence(result, 1, "COORDINATOR_PASSPHRASE")
    assert list(tmp_path.iterdir()) == []


def test_plain_copy_to_a_folder_and_a_missing_folder(demo_db: Path, tmp_path: Path) -> None:
    result = run("--db", str(demo_db), "backup", "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (copy,) = tmp_path.iterdir()
    assert copy.suffix == ".sqlite" and str(copy) in result.stdout
    assert_one_sentence(
        run("--db", str(demo_db), "backup", "--to", str(tmp_path / "no-stick")), 1, "no-stick"
    )


def test_check_reports_a_damaged_file_without_touching_it(demo_db: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(demo_db.read_bytes()[:4096])
    before = digest(damaged)
    result = run("--db", str(damaged), "check")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(damaged) in result.stderr and result.stdout == ""  # problems go to stderr
    assert digest(damaged) == before and [p.name for p in tmp_path.iterdir()] == ["damaged.sqlite"]


def test_handover_export_and_import(demo_db: Path, tmp_path: Path) -> None:
    documents = demo_db.parent / "documents"
    documents.mkdir(exist_ok=True)
    (documents / "porozumienie.pdf").write_bytes(b"%PDF-1.4")
    target = tmp_path / "handover.kwbak"
    result = run("--db", str(demo_db), "handover", "export", "--to", str(target), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert target.exists() and str(target) in result.stdout

    new_pc = tmp_path / "new" / "koordynator.sqlite"
    new_pc.parent.mkdir()
    imported = run("--db", str(new_pc), "handover", "import", str(target), passphrase=PASSPHRASE)
    assert imported.returncode == 0, imported.stderr
    assert (new_pc.parent / "documents" / "porozumienie.pdf").read_bytes() == b"%PDF-1.4"
    assert run("--db", str(new_pc), "check").returncode == 0

    refused = run("--db", str(new_pc), "handover", "import", str(target), passphrase=PASSPHRASE)
    assert_one_sentence(refused, 1, "--replace")
    replaced = run("--db", str(new_pc), "handover", "import", str(target), "--replace", passphrase=PASSPHRASE)
    assert replaced.returncode == 0, replaced.stderr


def test_restore_is_refused_while_the_window_has_the_database(demo_db: Path, tmp_path: Path) -> None:
    from coordinator_app.storage import users

    assert run("--db", str(demo_db), "backup", "--to", str(tmp_path)).returncode == 0
    (copy,) = tmp_path.glob("*.sqlite")
    users.hold(demo_db, users.WINDOW)  # as the running window holds it
    try:
        before = digest(demo_db)
        result = run("--db", str(demo_db), "restore", str(copy))
        assert_one_sentence(result, 1, str(demo_db))
        assert f"(proces {os.getpid()})" in result.stderr and "oknie aplikacji" in result.stderr
        assert digest(demo_db) == before
    finally:
        users.release(demo_db)
    assert not users.lock_path(demo_db).exists()


def test_restore_into_a_missing_folder(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "koordynator.sqlite"
    assert_one_sentence(run("--db", str(target), "restore", str(demo_db)), 1, "nie istnieje")
    assert not target.parent.exists()
