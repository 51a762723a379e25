"""Issue #13, point 5: nothing swaps the database file under a process that has it open.

Before: `demo` and `print` took no lock, so `restore` moved the file aside under a running
`demo`, whose volunteers went into the moved-aside copy while it reported success. Now every
user of the file holds a shared lock (storage/users.py) and a swap refuses, naming them.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coordinator_app.storage import users
from coordinator_app.storage.restore import RestoreError, restore_backup
from coordinator_app.storage.staging import staging_root

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the holder is killed with a POSIX signal")

HOLDER = """
import sys
from pathlib import Path
from coordinator_app.storage import users
users.hold(Path(sys.argv[1]), sys.argv[2])
print("held", flush=True)
sys.stdin.readline()
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def child_env() -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    return {**os.environ, "PYTHONPATH": root, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture
def holder(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the database open, as `print` has it."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), "print"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


@pytest.fixture
def backup(db_path: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "kopia.sqlite"
    shutil.copyfile(db_path, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("PRAGMA foreign_keys = ON")  # action sign-ups let go of their entries
        connection.execute("DELETE FROM hours_entries")
    return copy


def test_a_swap_is_refused_naming_who_has_the_file(
    db_path: Path, backup: Path, holder: subprocess.Popen[str]
) -> None:
    before = digest(db_path)
    with pytest.raises(RestoreError) as refused:
        restore_backup(backup, db_path, None)
    message = str(refused.value)
    assert "print" in message and f"(proces {holder.pid})" in message and "\n" not in message
    assert digest(db_path) == before
    assert not staging_root(db_path).exists()  # nothing decrypted or copied is left behind


def test_a_killed_holder_does_not_block_the_swap(
    db_path: Path, backup: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    result = restore_backup(backup, db_path, None)
    assert result.previous_kept_at is not None and result.previous_kept_at.exists()
    assert not users.lock_path(db_path).exists()


def test_this_process_may_swap_what_it_holds(db_path: Path, backup: Path) -> None:
    """The window restores after closing its own connections: its own hold is set aside."""
    users.hold(db_path, users.WINDOW)
    try:
        restore_backup(backup, db_path, None)
        assert users.lock_path(db_path).exists()  # held again after the swap
    finally:
        users.release(db_path)
    assert not users.lock_path(db_path).exists()  # the last user removes it


def test_the_window_is_named(db_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), users.WINDOW],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        with pytest.raises(users.DatabaseInUse) as refused, users.exclusive(db_path):
            pass
        assert f"oknie aplikacji (proces {child.pid})" in str(refused.value)
    finally:
        child.kill()
        child.wait()


def test_many_users_share_the_file(db_path: Path, holder: subprocess.Popen[str]) -> None:
    """The window, backups and other commands keep sharing the file as before."""
    users.hold(db_path, "backup")
    try:
        assert users.holders(db_path) == [f"poleceniu print (proces {holder.pid})"]
    finally:
        users.release(db_path)
    assert users.lock_path(db_path).exists()  # the holder still has it


def test_opening_waits_for_a_swap_to_end(db_path: Path) -> None:
    """A command started during the renames of a swap waits, then opens the new file."""
    with users.exclusive(db_path):
        child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(db_path), "check"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        time.sleep(0.5)
        assert child.poll() is None  # still waiting for the lock
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
    finally:
        child.kill()
        child.wait()


def test_a_handover_import_is_refused_naming_who_has_the_file(
    db_path: Path, tmp_path: Path, holder: subprocess.Popen[str]
) -> None:
    from coordinator_app.storage.handover import DOCUMENTS, HandoverError, export_handover, import_handover

    secret = "hasło przekazania danych"
    handover = export_handover(db_path, db_path.parent / DOCUMENTS, tmp_path / "przekazanie.kwbak", secret)
    before = digest(db_path)
    with pytest.raises(HandoverError) as refused:
        import_handover(handover, secret, db_path.parent, replace_existing=True, db_name=db_path.name)
    assert f"poleceniu print (proces {holder.pid})" in str(refused.value)
    assert digest(db_path) == before and not staging_root(db_path).exists()
