"""Issue #13 from the command line: point 5 (nothing swaps the file under a user; concurrent
writers wait their turn) and point 8 ("nothing was saved" is always true, and a known cause
always gets its own sentence, never "Unexpected error").

Each test reproduces what happened before the fix (named in its docstring) and checks the
behaviour now.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coordinator_app.cli.main import main
from coordinator_app.storage import users

PASSPHRASE = "hasło kopii zapasowej"
TODAY = dt.date.today()


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "coordinator_app", *args]


def child_env(**extra: str) -> dict[str, str]:
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root, "QT_QPA_PLATFORM": "offscreen", **extra}
    env.pop("COORDINATOR_PASSPHRASE", None)
    return env


def run(*args: str, cwd: Path | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args),
        capture_output=True,
        text=True,
        env=child_env(**extra),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )


def one_sentence(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "Nieoczekiwany" not in stderr
    return lines[0]


def eligible_volunteers(db_path: Path, count: int) -> list[int]:
    """Volunteers a certificate can be issued for (approved hours)."""
    from coordinator_app.core.issuing.service import DocumentRequest, preview
    from coordinator_app.core.issuing.snapshot import DocumentRefused
    from coordinator_app.storage.opening import open_database

    db = open_database(db_path)
    found: list[int] = []
    try:
        for volunteer in range(1, 200):
            try:
                preview(db, DocumentRequest("certificate", volunteer), TODAY)
            except Exception as exc:  # refused, or no such volunteer
                assert isinstance(exc, DocumentRefused) or "nie" in str(exc).lower()
                continue
            found.append(volunteer)
            if len(found) == count:
                break
    finally:
        db.dispose()
    assert len(found) == count
    return found


def numbers(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT number FROM issued_documents ORDER BY id").fetchall()
    connection.close()
    return [row[0] for row in rows]


# --- point 5 ----------------------------------------------------------------------------------


def test_restore_is_refused_under_a_running_demo(db_path: Path, tmp_path: Path) -> None:
    """Before: restore moved the file aside under a running `demo`, whose volunteers went into
    the moved-aside copy while it reported success."""
    copy, live = db_path, tmp_path / "live" / "koordynator.sqlite"  # a backup; an empty database
    live.parent.mkdir()
    demo = subprocess.Popen(
        command("--db", str(live), "demo", "--volunteers", "3000", "--clients", "40", "--hours", "3000"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        stdin=subprocess.DEVNULL,
    )
    try:
        while demo.poll() is None and "demo" not in _lock_text(live):
            time.sleep(0.05)
        restore = run("--db", str(live), "restore", str(copy))
        still_running = demo.poll() is None
        _out, err = demo.communicate(timeout=600)
    finally:
        if demo.poll() is None:
            demo.kill()
    assert demo.returncode == 0, err
    if not still_running:
        pytest.skip("the demo ended before the restore could meet it")
    sentence = one_sentence(restore.stderr)
    assert restore.returncode == 1 and f"poleceniu demo (proces {demo.pid})" in sentence
    with sqlite3.connect(live) as connection:
        assert connection.execute("SELECT count(*) FROM volunteers").fetchone()[0] >= 3000
    connection.close()
    assert not list((live.parent / "backups").glob("*before-restore*"))


def _lock_text(db_path: Path) -> str:
    try:
        return users.lock_path(db_path).read_text(encoding="utf-8")
    except OSError:
        return ""


def test_eight_prints_at_once_all_succeed(db_path: Path, tmp_path: Path) -> None:
    """Before: 7 of 8 simultaneous `print`s failed "database is locked" despite the busy
    timeout (a deferred transaction cannot wait when it turns into a writer)."""
    volunteers = eligible_volunteers(db_path, 8)
    children = [
        subprocess.Popen(
            command("--db", str(db_path), "print", "certificate", "--id", str(v)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=tmp_path,
            stdin=subprocess.DEVNULL,
        )
        for v in volunteers
    ]
    results = [(child.communicate(timeout=600), child.returncode) for child in children]
    assert [code for _out, code in results] == [0] * 8, [err for (_o, err), _c in results]
    issued = numbers(db_path)
    assert len(issued) == 8 and len(set(issued)) == 8
    assert len(list(tmp_path.glob("certificate-*.pdf"))) == 8
    assert not users.lock_path(db_path).exists()


# --- point 8 ----------------------------------------------------------------------------------


def test_a_pdf_that_cannot_be_written_uses_no_number(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: `print --out` into a read-only folder consumed number Z/1/2026 although nothing
    was written, and said "Unexpected error"."""
    import coordinator_app.output.documents.render as render

    (volunteer,) = eligible_volunteers(db_path, 1)
    written = render.write_document

    def read_only(document: object, out: Path) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", str(out))

    monkeypatch.setattr(render, "write_document", read_only)
    out = tmp_path / "out" / "z.pdf"
    out.parent.mkdir()
    args = ["--db", str(db_path), "print", "certificate", "--id", str(volunteer)]
    assert main([*args, "--out", str(out)]) == 1
    assert "tylko do odczytu" in one_sentence(capsys.readouterr().err)
    assert numbers(db_path) == [] and list(out.parent.iterdir()) == []
    monkeypatch.setattr(render, "write_document", written)
    assert main([*args, "--out", str(out)]) == 0
    assert numbers(db_path) == [f"Z/1/{TODAY.year}"] and out.exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_is_named(db_path: Path, tmp_path: Path) -> None:
    (volunteer,) = eligible_volunteers(db_path, 1)
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    result = run(
        "--db", str(db_path), "print", "certificate", "--id", str(volunteer), "--out", str(folder / "z.pdf")
    )
    assert result.returncode == 1 and "tylko do odczytu" in one_sentence(result.stderr)
    assert numbers(db_path) == []


def test_arguments_out_of_range_are_one_sentence(db_path: Path, tmp_path: Path) -> None:
    """Before: `--year 99999`, `--id 10^23` and a 5,000-character file name ended in
    "Unexpected error"."""
    base = ("--db", str(db_path), "print")
    year = run(*base, "thanks", "--id", "1", "--year", "99999")
    assert year.returncode == 2 and "1900" in one_sentence(year.stderr) and "2100" in year.stderr
    huge = run(*base, "certificate", "--id", str(10**23))
    assert huge.returncode == 2 and str(10**23) in one_sentence(huge.stderr)
    long_name = run(*base, "certificate", "--id", "1", "--out", str(tmp_path / ("x" * 5000 + ".pdf")))
    assert long_name.returncode == 1 and "za długa" in one_sentence(long_name.stderr)
    assert numbers(db_path) == []


def test_a_failed_upgrade_names_the_copy_kept(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: an upgrade that failed ended in "Unexpected error"."""
    import coordinator_app.db.migrate as migrate

    known = migrate.known_revisions()
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_future")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999_future"})

    def broken(_engine: object) -> None:
        raise RuntimeError("a migration failed")

    monkeypatch.setattr(migrate, "upgrade", broken)
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "report", "monthly", "--month", "2025-10", "--format", "csv",
                 "--out", str(db_path.parent / "r.csv")]) == 1  # fmt: skip
    sentence = one_sentence(capsys.readouterr().err)
    (kept,) = (db_path.parent / "backups").glob("*before-upgrade*")
    assert str(kept) in sentence and db_path.read_bytes() == before


def test_a_full_disk_during_demo_is_the_storage_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before: a full disk during `demo` ended in "Unexpected error"."""
    from sqlalchemy.exc import OperationalError

    import coordinator_app.demo as demo

    def full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(demo, "generate_demo", full)
    assert main(["--db", str(tmp_path / "k.sqlite"), "demo"]) == 1
    assert "dysk" in one_sentence(capsys.readouterr().err).lower()


def test_restore_of_what_is_not_a_file(db_path: Path, tmp_path: Path) -> None:
    """Before: `restore /dev/null` or a directory said "file does not exist"."""
    before = db_path.read_bytes()
    folder = run("--db", str(db_path), "restore", str(tmp_path))
    assert folder.returncode == 1 and "jest folderem" in one_sentence(folder.stderr)
    if os.path.exists("/dev/null"):
        null = run("--db", str(db_path), "restore", "/dev/null")
        assert null.returncode == 1 and "nie jest plikiem kopii" in one_sentence(null.stderr)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.kwbak"
        os.mkfifo(fifo)
        piped = run("--db", str(db_path), "restore", str(fifo))
        assert piped.returncode == 1 and "nie jest plikiem kopii" in one_sentence(piped.stderr)
    assert db_path.read_bytes() == before


def test_check_writes_problems_to_stderr(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    result = run("--db", str(db_path), "check")
    assert result.returncode == 1 and result.stdout == "" and "ffff_future" in result.stderr


def test_a_console_that_cannot_encode_polish_does_not_fail_the_command(db_path: Path, tmp_path: Path) -> None:
    """Before: on a non-Polish code page the app crashed after the backup had been written and
    then said nothing was saved."""
    result = run("--db", str(db_path), "backup", "--to", str(tmp_path), PYTHONIOENCODING="ascii")
    assert result.returncode == 0, result.stderr
    (copy,) = tmp_path.glob("*.sqlite")
    assert str(copy) in result.stdout and "?" in result.stdout  # "Kopię" with a replacement
