"""Crash and fault tests (issue 7, item 6): SIGKILL at random moments, and a full disk.

Durability, and what these tests do and do not show: the database runs in WAL mode with
synchronous=NORMAL. A COMMIT has then written the transaction to the WAL file (into the
operating system's page cache) before it returns, and only checkpoints are fsynced. That is
durable against a *process* crash — the OS still has every byte the killed process wrote, so
nothing reported as committed may be missing. An OS crash or a power loss may lose the last
transactions (never the consistency of the file); that is the documented trade-off of
synchronous=NORMAL and is not simulated here: these tests kill processes.

The writers are started by tests/crash_writer.py (see there for the line protocol). They run
the application's real write path: `open_database`, then `create_volunteer` /
`update_volunteer`, each one short session = one transaction.
"""

from __future__ import annotations

import contextlib
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from coordinator_app.core.volunteers import create_volunteer, get_volunteer
from coordinator_app.storage.opening import open_database
from tests.factories import volunteer

pytestmark = pytest.mark.skipif(
    os.name != "posix" or not hasattr(os, "fork"), reason="SIGKILL, fork and RLIMIT_FSIZE are POSIX"
)

ROOT = Path(__file__).resolve().parents[2]
KILLS = 60
SEED = 20261101
WAIT_SECONDS = (0.05, 0.6)  # after the writer has opened the database; it commits ~100 times a second
LINE_TIMEOUT = 60.0


class _Server:
    """`python -m tests.crash_writer serve DB`, its stdout read line by line on a thread."""

    def __init__(self, db_path: Path, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        self._stderr: IO[bytes] = stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_writer", "serve", str(db_path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.endswith("\n"):  # a line is written whole or not at all; be strict anyway
                self._lines.put(line.rstrip("\n"))
        self._lines.put(None)

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def line(self) -> str:
        try:
            line = self._lines.get(timeout=LINE_TIMEOUT)
        except queue.Empty:
            raise AssertionError(f"the writer said nothing for {LINE_TIMEOUT} s{self.stderr()}") from None
        if line is None:
            raise AssertionError(f"the fork server ended unexpectedly{self.stderr()}")
        return line

    def stderr(self) -> str:
        self._stderr.flush()
        text = self.stderr_path.read_text(errors="replace").strip()
        return f"\nstderr of the writers:\n{text[-3000:]}" if text else ""

    def close(self) -> None:
        assert self.proc.stdin is not None
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._stderr.close()


class _Ledger:
    """What the writers reported as committed."""

    def __init__(self) -> None:
        self.created: dict[int, str] = {}  # volunteer id -> the `notes` it was saved with
        self.updated: dict[int, int] = {}  # volunteer id -> number of its last reported update

    def record(self, line: str) -> None:
        kind, run, vid, n = line.split()
        volunteer_id = int(vid)
        if kind == "C":
            # The same id reported twice would mean a committed row vanished and its id was reused.
            assert volunteer_id not in self.created, f"id {volunteer_id} reported as created twice"
            self.created[volunteer_id] = f"run {run} write {n}"
        elif kind == "U":
            self.updated[volunteer_id] = max(int(n), self.updated.get(volunteer_id, 0))
        else:
            raise AssertionError(f"unexpected line from a writer: {line!r}")


def _update_number(skills: str | None) -> int:
    if not skills or not skills.startswith("update "):
        return 0
    return int(skills.removeprefix("update ").split(":", 1)[0])


def _check_database(path: Path, ledger: _Ledger, where: str, others: frozenset[int] = frozenset()) -> int:
    """Integrity, foreign keys, every reported transaction present, none half-there.

    A read-only connection: it never checkpoints, so the WAL left by the killed writers (and
    whatever damage it might hold) stays for the next writer. `others`: volunteers not saved by
    a writer (no statements etc.). Returns the number of volunteers.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        assert integrity == [("ok",)], f"{where}: integrity_check says {integrity[:5]}"
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
        assert broken == [], f"{where}: foreign_key_check says {broken[:5]}"
        notes = dict(connection.execute("SELECT id, notes FROM volunteers").fetchall())
        missing = sorted(vid for vid, token in ledger.created.items() if notes.get(vid) != token)
        assert not missing, (
            f"{where}: {len(missing)} of {len(ledger.created)} volunteers reported as committed "
            f"are missing or different: ids {missing[:10]}"
        )
        skills = dict(connection.execute("SELECT id, skills FROM volunteers").fetchall())
        lost = sorted(vid for vid, n in ledger.updated.items() if _update_number(skills.get(vid)) < n)
        assert not lost, f"{where}: committed updates of volunteers {lost[:10]} are lost"
        # All or nothing: every volunteer in the file has the other rows its transaction wrote.
        everyone = set(notes) - others
        for label, query in (
            ("status history", "SELECT DISTINCT volunteer_id FROM volunteer_status_changes"),
            ("statements", "SELECT DISTINCT volunteer_id FROM volunteer_statements"),
            ("availability", "SELECT DISTINCT volunteer_id FROM volunteer_availability"),
            ("preferences", "SELECT DISTINCT volunteer_id FROM volunteer_activity_preferences"),
            (
                "audit log",
                "SELECT DISTINCT entity_id FROM audit_log WHERE entity = 'volunteer' AND action = 'create'",
            ),
        ):
            without = everyone - {row[0] for row in connection.execute(query)}
            assert not without, (
                f"{where}: volunteers {sorted(without)[:10]} have no {label} (half a transaction)"
            )
        return len(notes)
    finally:
        connection.close()


def test_sigkill_at_random_moments_loses_no_committed_transaction(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"  # one file for every kill, so any damage would accumulate
    rng = random.Random(SEED)
    ledger = _Ledger()
    started = time.monotonic()
    kills = 0
    live_pid: int | None = None
    server = _Server(path, tmp_path / "writers-stderr.txt")
    try:
        assert server.line() == "READY", server.stderr()
        for run in range(KILLS):
            server.send(f"RUN {run} {SEED}")
            opened = False
            while live_pid is None or not opened:
                kind, _sep, rest = server.line().partition(" ")
                if kind == "STARTED":
                    live_pid = int(rest.split()[1])
                elif kind == "OPEN":
                    opened = True
                else:
                    raise AssertionError(f"writer {run} before opening: {kind} {rest}{server.stderr()}")
            time.sleep(rng.uniform(*WAIT_SECONDS))
            with contextlib.suppress(ProcessLookupError):  # died on its own: the status says why
                os.kill(live_pid, signal.SIGKILL)
            while True:
                line = server.line()
                if line.startswith("EXIT "):
                    status = int(line.split()[2])
                    break
                ledger.record(line)
            live_pid = None
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                f"writer {run} was not killed but ended with status {status}{server.stderr()}"
            )
            kills += 1
            count = _check_database(
                path, ledger, f"after kill {kills} of {KILLS} ({len(ledger.created)} ids verified)"
            )
    finally:
        if live_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(live_pid, signal.SIGKILL)
        server.close()

    # The application opens the file after the last crash and finds everything.
    db = open_database(path)
    try:
        last_id = max(ledger.created)
        assert get_volunteer(db, last_id).notes == ledger.created[last_id]
        after = create_volunteer(db, volunteer(last_name="Popożarowa", notes="after the crashes"))
    finally:
        db.dispose()  # the last connection checkpoints the WAL into the file
    final = _check_database(path, ledger, f"after {kills} kills and a clean close", frozenset({after}))
    assert final == count + 1
    elapsed = time.monotonic() - started
    assert kills >= 50, f"only {kills} kills"
    assert len(ledger.created) > kills, f"only {len(ledger.created)} ids reported in {kills} kills"
    print(
        f"\ncrash safety: {kills} SIGKILLs survived; {len(ledger.created)} committed volunteers "
        f"and {len(ledger.updated)} updated ones verified ({final} volunteers in the file); "
        f"integrity and foreign keys ok after every kill; {elapsed:.1f} s"
    )


def test_full_disk_during_a_save_gives_a_clear_error_and_an_intact_database(tmp_path: Path) -> None:
    from sqlalchemy.exc import OperationalError

    from coordinator_app.db.errors import describe_database_error
    from coordinator_app.i18n import set_language

    path = tmp_path / "full.sqlite"
    db = open_database(path)
    before = {
        create_volunteer(db, volunteer(last_name="Wcześniejsza", notes=f"before {i}")) for i in range(3)
    }
    db.dispose()  # checkpointed: one file, no WAL

    extra = 256 * 1024  # every file the child writes may be at most this much above the database
    result = subprocess.run(
        [sys.executable, "-m", "tests.crash_writer", "fill", str(path), str(extra)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    details = f"\nstdout:\n{result.stdout}\nstderr:\n{result.stderr[-3000:]}"
    assert result.returncode == 0, f"the child did not end normally ({result.returncode}){details}"
    fields = [line.partition(" ") for line in result.stdout.splitlines()]
    saved = {int(rest.split()[0]): int(rest.split()[1]) for kind, _s, rest in fields if kind == "C"}
    said = {kind: rest for kind, _s, rest in fields if kind != "C"}
    assert "FAILED" in said, f"no save failed{details}"
    assert saved, f"not even one volunteer fitted before the limit{details}"
    failed = int(said["FAILED"])
    # An exception the app can catch — not a crash — with a sentence for the user.
    assert said["ERROR"].startswith("coordinator_app.db.errors.StorageError"), details
    set_language("en")
    expected = {
        describe_database_error(OperationalError("", {}, sqlite3.OperationalError(text)))
        for text in ("database or disk is full", "disk I/O error")
    }
    assert said["MESSAGE"] in expected, details
    # The connection is still usable after the rollback (it can read).
    assert int(said["COUNT"]) == len(before) + len(saved), details

    # Space again (no limit in this process): intact, everything committed, the failed save absent.
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        notes = dict(connection.execute("SELECT id, notes FROM volunteers").fetchall())
    finally:
        connection.close()
    assert before <= set(notes)
    assert {vid: notes.get(vid) for vid in saved} == {vid: f"fill write {n}" for vid, n in saved.items()}
    assert f"fill write {failed}" not in notes.values(), "the failed save was not rolled back"
    assert len(notes) == len(before) + len(saved)
    db = open_database(path)
    try:
        create_volunteer(db, volunteer(last_name="Pośpieszna", notes="after space was freed"))
    finally:
        db.dispose()
    print(
        f"\nfull disk: {len(saved)} volunteers saved under a limit of {extra // 1024} KiB over the "
        f"database size; save {failed} failed with {said['ERROR']!r}; the user is shown: "
        f"{said['MESSAGE']!r}; database intact, the failed save rolled back"
    )


def test_an_interrupted_first_creation_leaves_no_half_made_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash while a new database is being created (or a schema upgraded) must not leave a
    file that the next start refuses; the failure here is raised in the middle of Alembic's
    DDL, which is what a kill at that moment leaves on disk."""
    from sqlalchemy import Engine, event

    import coordinator_app.storage.opening as opening

    real_make_engine = opening.make_engine
    created: list[str] = []

    def crash_at_the_tenth_table(_conn, _cursor, statement: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("CREATE TABLE"):
            created.append(statement)
            if len(created) == 10:
                raise RuntimeError("the process dies here")

    def make_engine(target: str | Path) -> Engine:
        engine = real_make_engine(target)
        event.listen(engine, "before_cursor_execute", crash_at_the_tenth_table)
        return engine

    path = tmp_path / "new.sqlite"
    monkeypatch.setattr(opening, "make_engine", make_engine)
    with pytest.raises(RuntimeError, match="dies here"):
        open_database(path)
    monkeypatch.setattr(opening, "make_engine", real_make_engine)
    # Today: the nine tables stay, without a revision, and the next start says
    # "The file ... is a database of another program." for good.
    db = open_database(path)
    try:
        create_volunteer(db, volunteer())
    finally:
        db.dispose()
