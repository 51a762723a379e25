"""Two application instances on one database file (issue 7, item 6): the second is refused clearly.

The first instance is the real application (`python -m coordinator_app --db FILE`, offscreen),
left running. The second start is made from other processes: once through the whole start-up
(`coordinator_app.cli.main`) with the blocking `QMessageBox.warning` replaced by a print, and
once through `coordinator_app.ui.app._lock` directly. A start while a restore is still replacing
the file is refused the same way, with the restore's sentence.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 90.0

SECOND_START = """
import sys
from PySide6.QtWidgets import QMessageBox

def warning(parent, title, text, *args, **kwargs):
    print("WARNING " + text.replace("\\n", " | "), flush=True)
    return QMessageBox.StandardButton.Ok

QMessageBox.warning = staticmethod(warning)  # offscreen it would block for ever
from coordinator_app.cli.main import main
code = main(["--db", sys.argv[1]])
print(f"CODE {code}", flush=True)
sys.exit(code)
"""

# The same start while a restore holds the file longer than a start waits for it.
DURING_A_RESTORE = (
    "from coordinator_app.storage import users\nusers.WAIT_FOR_SWAP_SECONDS = 0.5\n" + SECOND_START
)

LOCK_ATTEMPT = """
import json, sys
from pathlib import Path
from coordinator_app.i18n import set_language
from coordinator_app.ui.app import _lock
set_language("en")
lock, problem = _lock(Path(sys.argv[1]))
print(json.dumps({"locked": lock is not None, "problem": problem}))
if lock is not None:
    lock.unlock()
"""


class FirstInstance(NamedTuple):
    proc: subprocess.Popen[bytes]
    db_path: Path
    env: dict[str, str]


def _isolated_env(home: Path) -> dict[str, str]:
    """Offscreen Qt, and settings/logs/data in a temporary home instead of the user's."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def _output(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:] if path.exists() else ""


@pytest.fixture(scope="module")
def first_instance(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FirstInstance]:
    folder = tmp_path_factory.mktemp("two-instances")
    db_path = folder / "koordynator.sqlite"
    from coordinator_app.storage.opening import open_database

    open_database(db_path).dispose()  # the window would ask before creating one
    env = _isolated_env(folder / "home")
    log = folder / "first-instance.txt"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "coordinator_app", "--db", str(db_path)],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        # Up = the lock taken and the database created (it is opened after the first paint).
        deadline = time.monotonic() + START_TIMEOUT
        lock_file = Path(str(db_path) + ".lock")
        while not (lock_file.exists() and db_path.exists()):
            if proc.poll() is not None:
                pytest.fail(f"the first instance ended with {proc.returncode}:\n{_output(log)}")
            if time.monotonic() > deadline:
                pytest.fail(f"the first instance did not start in {START_TIMEOUT} s:\n{_output(log)}")
            time.sleep(0.05)
        yield FirstInstance(proc, db_path, env)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def _run(code: str, db_path: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", code, str(db_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return result, time.monotonic() - started


def _holder_pid(db_path: Path) -> int:
    """The PID QLockFile wrote on the first line of the lock file."""
    return int(Path(str(db_path) + ".lock").read_text().splitlines()[0])


def test_second_start_of_the_application_is_refused_with_a_clear_message(
    first_instance: FirstInstance,
) -> None:
    result, seconds = _run(SECOND_START, first_instance.db_path, first_instance.env)
    details = f"\nstdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode == 1, details
    assert seconds < 30, f"the refusal took {seconds:.1f} s"
    warnings = [line for line in result.stdout.splitlines() if line.startswith("WARNING ")]
    assert len(warnings) == 1, details
    message = warnings[0]
    assert str(first_instance.db_path) in message, message
    assert str(first_instance.proc.pid) in message, f"the message does not name the holder: {message}"
    # The first instance is untouched: still running, still the holder of the lock.
    assert first_instance.proc.poll() is None
    assert _holder_pid(first_instance.db_path) == first_instance.proc.pid
    print(f"\nsecond start refused in {seconds:.1f} s with exit code 1: {message.removeprefix('WARNING ')}")


def test_lock_of_a_running_instance_is_not_taken(first_instance: FirstInstance) -> None:
    result, _seconds = _run(LOCK_ATTEMPT, first_instance.db_path, first_instance.env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["locked"] is False
    problem = answer["problem"]
    assert problem.startswith(
        f"The database {first_instance.db_path} is already open in another window of the application."
    ), problem
    assert f"(process {first_instance.proc.pid}) on this computer" in problem, problem
    assert first_instance.proc.poll() is None
    assert _holder_pid(first_instance.db_path) == first_instance.proc.pid


def test_after_the_first_instance_is_killed_the_next_start_gets_the_lock(
    first_instance: FirstInstance,
) -> None:
    """Runs last in this module: it kills the first instance (a kill leaves its lock file)."""
    first_instance.proc.kill()
    first_instance.proc.wait(timeout=30)
    assert Path(str(first_instance.db_path) + ".lock").exists(), "a killed process leaves its lock file"
    result, _seconds = _run(LOCK_ATTEMPT, first_instance.db_path, first_instance.env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == {"locked": True, "problem": None}


def test_a_start_while_a_restore_replaces_the_file_is_refused_with_its_sentence(tmp_path: Path) -> None:
    """This process holds the file as a restore's swap does; the window, started meanwhile,
    waits, then says why it cannot open the file and ends, without a window and without an
    "unexpected error"."""
    from coordinator_app.storage import users
    from coordinator_app.storage.opening import open_database

    db_path = tmp_path / "koordynator.sqlite"
    open_database(db_path).dispose()
    env = _isolated_env(tmp_path / "home")
    with users.exclusive(db_path):
        result, _seconds = _run(DURING_A_RESTORE, db_path, env)
    details = f"\nstdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode == 1, details
    warnings = [line for line in result.stdout.splitlines() if line.startswith("WARNING ")]
    assert warnings == [
        f"WARNING Baza danych {db_path} jest właśnie zastępowana przez przywracanie; "
        "spróbuj ponownie za chwilę."
    ], details
    assert "Traceback" not in result.stderr, details
    assert not Path(str(db_path) + ".lock").exists(), "the instance lock is given back"
