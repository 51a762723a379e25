"""Shared by the data-custody tests (issue #13): the command line in a child process with an
isolated home, a content digest of a database, and the list of files a run left behind."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

PASSPHRASE = "hasło kopii zapasowej"
SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"

# A child that replaces `module.name` by a SIGKILL of itself, then runs the command line:
# the kill then happens at exactly that moment of the command.
KILL_AT = """
import importlib, os, signal, sys
module, name = sys.argv[1].rsplit(":", 1)
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
setattr(importlib.import_module(module), name, die)
from coordinator_app.cli.main import main
sys.exit(main(sys.argv[2:]))
"""

# A child killed just before the rename that brings the new file to the database path, when
# the current database has already stepped aside: between the two renames of a swap.
KILL_BETWEEN_RENAMES = """
import os, signal, sys
database = os.path.abspath(sys.argv[1])
real_replace = os.replace
def replace(source, target, *args, **kwargs):
    if os.path.abspath(target) == database and not os.path.exists(database):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(source, target, *args, **kwargs)
os.replace = replace
from coordinator_app.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def child_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, the passphrase, and log/data/settings folders inside `home`."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "COORDINATOR_PASSPHRASE": PASSPHRASE,
    }
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coordinator_app", "--lang", "en", *args]


def run_cli(home: Path, *args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    """The program in a child process (no terminal), with an isolated home."""

    def set_umask() -> None:
        if umask is not None:
            os.umask(umask)

    return subprocess.run(
        cli_command(*args),
        capture_output=True,
        text=True,
        env=child_env(home),
        stdin=subprocess.DEVNULL,
        timeout=120,
        preexec_fn=set_umask if umask is not None else None,
    )


def run_child(home: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    """`script` in a child process, given `args` (see KILL_AT, KILL_BETWEEN_RENAMES)."""
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=child_env(home),
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def content(db_path: Path) -> str:
    """A digest of every row of every table (not of the file's bytes): equal for a database
    and a checked copy of it. The time of the last external backup is left out (a backup
    records it in the database it copies)."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        for table in tables:
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            if table == "settings":
                rows = [row for row in rows if row[0] != "last_external_backup"]
            digest.update(f"{table}:{sorted(map(repr, rows))}".encode())
    finally:
        connection.close()
    return digest.hexdigest()


def leftovers(db_path: Path) -> list[Path]:
    """Files beside the database (recursively) other than the database itself, its lock, the
    kept copies in `backups/` and the documents: decrypted or staged work files, journals."""
    data = db_path.parent
    allowed = {db_path.name, f"{db_path.name}-wal", f"{db_path.name}-shm", f"{db_path.name}.lock"}
    found = []
    for path in data.rglob("*"):
        if not path.is_file():
            continue
        top = path.relative_to(data).parts[0]
        if path.parent == data and path.name in allowed:
            continue
        if top in ("backups", "documents") and not path.name.startswith("."):
            continue
        found.append(path)
    return sorted(found)


def plaintext_files(folder: Path) -> list[Path]:
    """Files in `folder` (recursively) that are an unencrypted database or zip."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as fh:
                head = fh.read(16)
            if head.startswith((SQLITE_MAGIC, ZIP_MAGIC)):
                found.append(path)
    return sorted(found)
