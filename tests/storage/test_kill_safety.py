"""SIGKILL at random moments of `backup --encrypt`, `restore` of a .kwbak and `handover
import` (issue #13): after the next start (`check`) the live database is intact (the one
before, or the fully restored or imported one) and no decrypted or staged file remains.

Each command is first run to its end once to time it, and `check` once to time the start-up
of the program; then the command is started again and again with a fresh copy of the data and
killed after a seeded random delay between the end of the start-up and the end of the work.
"""

from __future__ import annotations

import logging
import os
import random
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from coordinator_app.storage.archive import decrypt_file
from coordinator_app.storage.handover import export_handover
from coordinator_app.storage.restore import encrypted_backup_to
from tests.storage.custody_helpers import (
    PASSPHRASE,
    child_env,
    cli_command,
    content,
    leftovers,
    plaintext_files,
)

RUNS = 20
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


@dataclass(frozen=True)
class World:
    folder: Path
    database: Path  # the database every run starts from
    backup: Path  # an encrypted backup, older than `database`
    restored: str  # the content of that backup
    handover: Path  # a handover file of another office's database
    imported: str  # the content of that database


@pytest.fixture(scope="module")
def world(template: Path, tmp_path_factory: pytest.TempPathFactory) -> World:
    folder = tmp_path_factory.mktemp("kill-safety")
    database = folder / "start" / "koordynator.sqlite"
    database.parent.mkdir()
    shutil.copyfile(template, database)
    usb = folder / "usb"
    usb.mkdir()
    backup = encrypted_backup_to(database, usb, PASSPHRASE)
    with sqlite3.connect(database) as connection:  # work done after the backup
        connection.execute("PRAGMA foreign_keys = ON")  # action sign-ups let go of their entries
        connection.execute("DELETE FROM hours_entries WHERE id <= 50")
    connection.close()
    plain = folder / "plain.sqlite"
    decrypt_file(backup, plain, PASSPHRASE)
    office = folder / "office" / "koordynator.sqlite"
    office.parent.mkdir()
    shutil.copyfile(template, office)
    with sqlite3.connect(office) as connection:
        connection.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Z przekazania', 1, 1)")
    connection.close()
    handover = export_handover(office, None, folder / "handover.kwbak", PASSPHRASE)
    return World(folder, database, backup, content(plain), handover, content(office))


@pytest.fixture
def started(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """The next start, in this process: `check` through the command line's `main`."""
    from coordinator_app.app.logs import remove_logging_handlers
    from coordinator_app.cli.main import main

    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "home" / name.lower()))
    umask = os.umask(0o022)
    os.umask(umask)
    level = logging.getLogger().level

    def start(db_path: Path) -> None:
        assert main(["--lang", "en", "--db", str(db_path), "check"]) == 0

    yield start
    os.umask(umask)
    remove_logging_handlers()
    logging.getLogger().setLevel(level)


def _arguments(command: str, world: World, usb: Path) -> list[str]:
    if command == "backup":
        return ["backup", "--to", str(usb), "--encrypt"]
    if command == "restore":
        return ["restore", str(world.backup)]
    return ["handover", "import", "--replace", str(world.handover)]


def _fresh(world: World, folder: Path) -> tuple[Path, Path]:
    db_path = folder / "data" / "koordynator.sqlite"
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(world.database, db_path)
    usb = folder / "usb"
    usb.mkdir()
    return db_path, usb


def _start_child(home: Path, db_path: Path, args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        cli_command("--db", str(db_path), *args),
        env=child_env(home),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_after(child: subprocess.Popen[bytes], delay: float) -> tuple[int, float | None]:
    """SIGKILL `child` after `delay` seconds unless it ends first: (its exit code, how long it
    ran when it ended by itself, else None)."""
    began = time.monotonic()
    try:
        code = child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.kill()
        return child.wait(timeout=120), None
    return code, time.monotonic() - began


@pytest.mark.parametrize("command", ["backup", "restore", "handover"])
def test_sigkill_at_random_moments(
    command: str, world: World, tmp_path: Path, started: Callable[[Path], None]
) -> None:
    home = tmp_path / "home"
    before = content(world.database)
    allowed = {
        "backup": {before},
        "restore": {before, world.restored},
        "handover": {before, world.imported},
    }[command]
    # One run to its end, to time the command (and to see it succeed).
    db_path, usb = _fresh(world, tmp_path / "full")
    began = time.monotonic()
    child = _start_child(home, db_path, _arguments(command, world, usb))
    assert child.wait(timeout=120) == 0
    duration = time.monotonic() - began
    assert content(db_path) in allowed
    assert command == "backup" or content(db_path) != before

    # The start-up of the program (Python, imports) takes much of that time: the kills are
    # spread over what comes after it, where the work is.
    began = time.monotonic()
    checker = _start_child(home, db_path, ["check"])
    assert checker.wait(timeout=120) == 0
    start_up = min(time.monotonic() - began, 0.8 * duration)

    rng = random.Random(f"issue-13-{command}")
    killed = left_something = attempt = 0
    outcomes: dict[str, int] = {}
    while killed < RUNS:
        assert attempt < 3 * RUNS, f"only {killed} of {attempt} runs were killed before their end"
        db_path, usb = _fresh(world, tmp_path / f"run-{attempt}")
        child = _start_child(home, db_path, _arguments(command, world, usb))
        code, ran = _kill_after(child, rng.uniform(min(0.8 * start_up, 0.5 * duration), duration))
        if ran is None:
            killed += 1
        else:  # it ended first: it runs faster than timed, so the next kills come sooner
            duration = min(duration, ran)
        left_something += bool(leftovers(db_path))

        started(db_path)
        where = f"run {attempt} ({command}, exit {code})"
        found = content(db_path)
        assert found in allowed, f"{where}: the database is neither the one before nor the new one"
        outcome = "as before" if found == before else "new"
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        assert leftovers(db_path) == [], where
        assert plaintext_files(usb) == [], where
        shutil.rmtree(tmp_path / f"run-{attempt}")
        attempt += 1
    print(
        f"\n{command}: {attempt} runs (~{duration:.2f} s each), {killed} killed before their end, "
        f"{left_something} left work files that the next start removed; database afterwards: {outcomes}"
    )
