"""Data custody (issue #13, points 2, 3, 4 and 6), one attack per test, each first seen to
succeed against the code before the fix:

2. a kill during `backup --encrypt`, `restore` of a .kwbak or `handover import` left
   decrypted copies beside the database that no later start removed;
3. under umask 022 the database, backups, documents and log were world-readable;
4. a failed write put the statement's parameters (names, addresses) into the log;
6. a kill between the two renames of a restore left no database, and a command given a
   missing `--db` created an empty one.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.storage.archive import decrypt_file
from tests.factories import volunteer
from tests.storage.custody_helpers import (
    KILL_AT,
    KILL_BETWEEN_RENAMES,
    PASSPHRASE,
    content,
    leftovers,
    plaintext_files,
    run_child,
    run_cli,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _encrypted_backup(home: Path, db_path: Path, usb: Path) -> Path:
    result = run_cli(home, "--db", str(db_path), "backup", "--to", str(usb), "--encrypt")
    assert result.returncode == 0, result.stderr
    (backup,) = usb.glob("*.kwbak")
    return backup


def _handover_file(home: Path, db_path: Path, tmp_path: Path) -> Path:
    office = tmp_path / "office" / db_path.name
    office.parent.mkdir()
    shutil.copyfile(db_path, office)
    with sqlite3.connect(office) as connection:
        connection.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Z przekazania', 1, 1)")
    connection.close()
    target = tmp_path / "handover.kwbak"
    result = run_cli(home, "--db", str(office), "handover", "export", "--to", str(target))
    assert result.returncode == 0, result.stderr
    return target


def _start(home: Path, db_path: Path) -> None:
    """The next start: `check` (it recovers before it reads)."""
    result = run_cli(home, "--db", str(db_path), "check")
    assert result.returncode == 0, result.stdout + result.stderr


# --- 2. no plaintext left behind ------------------------------------------------------------


@pytest.mark.parametrize(
    ("kill_at", "command"),
    [
        ("coordinator_app.storage.restore:encrypt_file", "backup"),
        ("coordinator_app.storage.restore:_preview", "restore"),
        ("coordinator_app.storage.handover:check_database", "handover"),
    ],
)
def test_a_kill_after_decrypting_leaves_no_plaintext_after_the_next_start(
    kill_at: str, command: str, db_path: Path, home: Path, usb: Path, tmp_path: Path
) -> None:
    before = content(db_path)
    if command == "backup":
        args = ["backup", "--to", str(usb), "--encrypt"]
    elif command == "restore":
        args = ["restore", str(_encrypted_backup(home, db_path, usb))]
    else:
        args = ["handover", "import", "--replace", str(_handover_file(home, db_path, tmp_path))]
    killed = run_child(home, KILL_AT, kill_at, "--lang", "en", "--db", str(db_path), *args)
    assert killed.returncode == -9, killed.stderr
    assert leftovers(db_path), "the kill came after the decrypted copy was written"

    _start(home, db_path)
    assert leftovers(db_path) == []
    assert plaintext_files(usb) == []
    assert content(db_path) == before


# --- 3. private files -----------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_files_are_owner_only_under_umask_022(db_path: Path, home: Path, usb: Path, tmp_path: Path) -> None:
    data = tmp_path / "fresh"
    data.mkdir()
    new_db = data / "koordynator.sqlite"
    steps = [
        ("--db", str(new_db), "demo", "--volunteers", "3", "--clients", "2", "--hours", "10"),
        ("--db", str(new_db), "backup"),
        ("--db", str(new_db), "backup", "--to", str(usb), "--encrypt"),
        ("--db", str(new_db), "print", "intake-form", "--out", str(tmp_path / "form.pdf")),
        ("--db", str(new_db), "handover", "export", "--to", str(tmp_path / "h.kwbak")),
    ]
    for args in steps:
        result = run_cli(home, *args, umask=0o022)
        assert result.returncode == 0, (args, result.stderr)
    imported = tmp_path / "imported" / "koordynator.sqlite"
    imported.parent.mkdir()
    result = run_cli(
        home, "--db", str(imported), "handover", "import", str(tmp_path / "h.kwbak"), umask=0o022
    )
    assert result.returncode == 0, result.stderr

    files = [new_db, *(data / "backups").iterdir(), *usb.iterdir(), tmp_path / "form.pdf", imported]
    files += [tmp_path / "h.kwbak", *(home / "xdg_state_home").rglob("*.log")]
    folders = [data / "backups", imported.parent / "documents", *(home / "xdg_state_home").rglob("log")]
    assert len(files) == 7 and len(folders) == 3
    assert {str(p): oct(_mode(p)) for p in files} == {str(p): oct(0o600) for p in files}
    assert {str(p): oct(_mode(p)) for p in folders} == {str(p): oct(0o700) for p in folders}


@posix_only
def test_an_existing_world_readable_database_is_made_private_at_start(db_path: Path, home: Path) -> None:
    db_path.chmod(0o644)
    _start(home, db_path)
    assert _mode(db_path) == 0o600


# --- 4. no personal data in the log ---------------------------------------------------------


@pytest.fixture
def logged(tmp_path: Path) -> Iterator[Path]:
    from coordinator_app.app.logs import remove_logging_handlers, setup_logging

    root = logging.getLogger()
    level = root.level
    yield setup_logging(tmp_path / "log")
    remove_logging_handlers()
    root.setLevel(level)


def test_a_failed_write_logs_no_name_and_no_address(db_path: Path, logged: Path) -> None:
    from coordinator_app.core.volunteers import create_volunteer
    from coordinator_app.db.errors import StorageError
    from coordinator_app.storage.opening import open_database

    db = open_database(db_path)
    blocker = sqlite3.connect(db_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the lock past the busy timeout
    try:
        data = volunteer(street="ul. Szkolna 12", locality="Żółtki", skills="Żaneta Żółć gra na gitarze")
        with pytest.raises(StorageError) as failure:
            create_volunteer(db, data)
        try:  # what the window's background task and the command line do with a failure
            raise failure.value
        except StorageError:
            logging.getLogger("coordinator_app.ui.tasks").exception("background task failed")
    finally:
        blocker.rollback()
        blocker.close()
        db.dispose()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = logged.read_text(encoding="utf-8")
    assert "INSERT INTO volunteers" in text, "the failure and its statement are logged"
    for personal in ("Żaneta", "Żółć", "Szkolna", "Żółtki", "44051401458", "62-200", "zaneta@"):
        assert personal not in text, personal


# --- 6. restore atomic or finished at the next start; no empty database in its place --------


@pytest.mark.parametrize("command", ["restore", "handover"])
def test_a_kill_between_the_renames_is_finished_at_the_next_start(
    command: str, db_path: Path, home: Path, usb: Path, tmp_path: Path
) -> None:
    if command == "restore":
        backup = _encrypted_backup(home, db_path, usb)
        with sqlite3.connect(db_path) as connection:  # work done after the backup
            connection.execute("DELETE FROM hours_entries WHERE id <= 50")
        connection.close()
        plain = tmp_path / "plain.sqlite"
        decrypt_file(backup, plain, PASSPHRASE)
        args = ["restore", str(backup)]
    else:
        handover = _handover_file(home, db_path, tmp_path)
        plain = tmp_path / "office" / db_path.name
        args = ["handover", "import", "--replace", str(handover)]
    expected = content(plain)
    assert content(db_path) != expected

    killed = run_child(home, KILL_BETWEEN_RENAMES, str(db_path), "--lang", "en", "--db", str(db_path), *args)
    assert killed.returncode == -9, killed.stderr
    assert not db_path.exists(), "the kill came after the database stepped aside"

    _start(home, db_path)
    assert content(db_path) == expected
    assert leftovers(db_path) == []


@pytest.mark.parametrize(
    "args",
    [
        ("report", "monthly", "--month", "2026-03", "--format", "csv", "--out", "{out}"),
        ("print", "intake-form", "--out", "{out}"),
        ("check",),
        ("backup",),
        ("handover", "export", "--to", "{out}"),
    ],
)
def test_a_mistyped_db_is_refused_not_created(args: tuple[str, ...], home: Path, tmp_path: Path) -> None:
    mistyped = tmp_path / "koordynator.sqlit"
    out = str(tmp_path / "out.file")
    result = run_cli(home, "--db", str(mistyped), *(a.replace("{out}", out) for a in args))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines == [
        f"There is no database at {mistyped}; check --db (only the window, demo, restore and "
        "handover import create a new one)."
    ]
    assert not mistyped.exists()
    assert not Path(out).exists()


WINDOW_ANSWERS_NO = """
import sys
from PySide6.QtWidgets import QMessageBox

def question(parent, title, text, *args, **kwargs):
    print("QUESTION " + text, flush=True)
    return QMessageBox.StandardButton.No

QMessageBox.question = staticmethod(question)  # offscreen it would wait for ever
from coordinator_app.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_window_asks_before_it_creates_a_database(home: Path, tmp_path: Path) -> None:
    mistyped = tmp_path / "koordynator.sqlit"
    result = run_child(home, WINDOW_ANSWERS_NO, "--lang", "en", "--db", str(mistyped))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        f"QUESTION There is no database at {mistyped}. Create a new, empty database there?"
    ]
    assert not mistyped.exists()
