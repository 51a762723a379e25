"""One process per database: the lock is held against other processes and freed on unlock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from coordinator_app.ui.instance_guard import acquire_instance_lock, describe_lock_holder

CHILD = """
import sys
from pathlib import Path
from coordinator_app.ui.instance_guard import acquire_instance_lock
lock = acquire_instance_lock(Path(sys.argv[1]))
print("ACQUIRED" if lock is not None else "REFUSED")
if lock is not None:
    lock.unlock()
"""


def _try_in_other_process(db_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_lock_is_exclusive_between_processes(qapp: QApplication, tmp_path: Path) -> None:
    db_path = tmp_path / "koordynator.sqlite"

    lock = acquire_instance_lock(db_path)
    assert lock is not None
    assert lock.isLocked()
    assert Path(str(db_path) + ".lock").exists()

    assert _try_in_other_process(db_path) == "REFUSED"

    lock.unlock()
    assert not Path(str(db_path) + ".lock").exists()
    assert _try_in_other_process(db_path) == "ACQUIRED"

    again = acquire_instance_lock(db_path)
    assert again is not None
    again.unlock()


def test_stale_lock_of_a_dead_process_is_taken_over(qapp: QApplication, tmp_path: Path) -> None:
    db_path = tmp_path / "koordynator.sqlite"
    # A child that takes the lock and dies without unlocking (os._exit skips all clean-up).
    code = (
        "import os, sys; from pathlib import Path\n"
        "from coordinator_app.ui.instance_guard import acquire_instance_lock\n"
        "lock = acquire_instance_lock(Path(sys.argv[1]))\n"
        "print('ACQUIRED' if lock is not None else 'REFUSED', flush=True)\n"
        "os._exit(0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout.strip() == "ACQUIRED", result.stderr
    assert Path(str(db_path) + ".lock").exists()

    lock = acquire_instance_lock(db_path)
    assert lock is not None
    lock.unlock()


def test_describe_lock_holder_names_the_process(qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    db_path = tmp_path / "koordynator.sqlite"
    lock = acquire_instance_lock(db_path)
    assert lock is not None
    try:
        # A fresh QLockFile on the same path reads the holder without trying to lock.
        assert str(os.getpid()) in describe_lock_holder(QLockFile(str(db_path) + ".lock"))
        probe = QLockFile(str(db_path) + ".lock")
        assert not probe.tryLock(0)
        assert str(os.getpid()) in describe_lock_holder(probe)
    finally:
        lock.unlock()
    assert describe_lock_holder(QLockFile(str(tmp_path / "none.lock"))) == ""
