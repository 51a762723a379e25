"""Issue #13, point 9: the audit log's hash chain. Each attack first edits the file with raw
sqlite3, as someone with a SQLite editor would; before the chain `check` said "ok" to all of
them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from coordinator_app.core.audit import record_changes, record_event
from coordinator_app.db import audit_chain
from coordinator_app.db.engine import Database
from coordinator_app.storage.integrity import check_database
from coordinator_app.storage.opening import open_database

FROZEN_0004 = Path(__file__).resolve().parents[1] / "data" / "schema-0004.sqlite"


def write_entries(db: Database, count: int) -> None:
    """`count` audit entries written by the application, a few per transaction."""
    for number in range(count):
        with db.session() as session:
            record_changes(session, "volunteer", number + 1, {"phone": None}, {"phone": f"600 {number:03}"})
            record_event(session, "vetting_view", number + 1, "view", "sprawdzenie")


@pytest.fixture
def logged(tmp_path: Path) -> Path:
    """A database made by the application with 20 audit entries (ids 1–20), closed."""
    path = tmp_path / "koordynator.sqlite"
    db = open_database(path)
    write_entries(db, 10)
    db.dispose()
    return path


def raw(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def problems(path: Path) -> list[str]:
    result = check_database(path)
    assert result.ok == (result.problems == [])
    return result.problems


def test_an_application_made_log_is_whole(logged: Path) -> None:
    assert problems(logged) == []
    with sqlite3.connect(logged) as connection:
        hashes = [row[0] for row in connection.execute("SELECT chain_hash FROM audit_log ORDER BY id")]
        head = audit_chain.read_head(connection.execute)
    connection.close()
    assert len(hashes) == 20 and all(hashes) and len(set(hashes)) == 20
    assert head == audit_chain.Head(20, hashes[-1], 20)


def test_a_fresh_database_without_entries_is_whole(db: Database) -> None:
    assert db.path is not None
    assert problems(db.path) == []


def test_an_edited_entry_is_found(logged: Path) -> None:
    raw(logged, "UPDATE audit_log SET new_value = '600 999' WHERE id = 7")
    assert problems(logged) == [
        "Dziennik zmian został zmieniony: wpis nr 7 nie zgadza się z łańcuchem "
        "(zmieniono jego treść albo usunięto wpis przed nim)."
    ]


def test_an_edited_actor_or_date_is_found(logged: Path) -> None:
    raw(logged, "UPDATE audit_log SET actor = 'ktoś' WHERE id = 3")
    raw(logged, "UPDATE audit_log SET at = '2020-01-01 08:00:00.000000' WHERE id = 12")
    found = problems(logged)
    assert [p.split(": ", 1)[1].split(" nie ")[0] for p in found] == ["wpis nr 3", "wpis nr 12"]


def test_an_entry_deleted_in_the_middle_is_found(logged: Path) -> None:
    raw(logged, "DELETE FROM audit_log WHERE id IN (9, 10)")
    found = problems(logged)
    assert found[0] == "Dziennik zmian został zmieniony: brakuje wpisów nr 9–10."
    assert any("kończyć się wpisem nr 20 (liczba wpisów: 20)" in p for p in found)


def test_the_newest_entries_deleted_are_found_by_the_head(logged: Path) -> None:
    raw(logged, "DELETE FROM audit_log WHERE id > 17")
    assert problems(logged) == [
        "Dziennik zmian został zmieniony: powinien kończyć się wpisem nr 20 (liczba wpisów: 20), "
        "a kończy się wpisem nr 17 (liczba wpisów: 17); usunięto lub podmieniono najnowsze wpisy."
    ]


def test_an_emptied_log_is_found(logged: Path) -> None:
    raw(logged, "DELETE FROM audit_log")
    assert problems(logged) == [
        "Dziennik zmian został zmieniony: powinien kończyć się wpisem nr 20 (liczba wpisów: 20), "
        "a jest pusty."
    ]


def test_a_removed_head_is_found(logged: Path) -> None:
    raw(logged, f"DELETE FROM settings WHERE key = '{audit_chain.HEAD_KEY}'")
    assert problems(logged) == ["Dziennik zmian został zmieniony: brakuje zapisu jego końca."]


def test_an_inserted_entry_is_found(logged: Path) -> None:
    raw(
        logged,
        "INSERT INTO audit_log (id, at, actor, action, entity) VALUES (21, '2026-01-01', 'x', 'view', 'v')",
    )
    found = problems(logged)
    assert found[0].startswith("Dziennik zmian został zmieniony: wpis nr 21 nie zgadza się")


def test_writers_after_a_reopen_and_in_turn_keep_one_chain(logged: Path) -> None:
    first, second = open_database(logged), open_database(logged)
    try:
        for _round in range(3):
            write_entries(first, 1)
            write_entries(second, 2)
    finally:
        first.dispose()
        second.dispose()
    assert problems(logged) == []
    with sqlite3.connect(logged) as connection:
        head = audit_chain.read_head(connection.execute)
    connection.close()
    assert head is not None and (head.last_id, head.count) == (38, 38)


def test_the_upgrade_links_the_entries_of_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    shutil.copyfile(FROZEN_0004, path)
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    connection.close()
    assert before, "the frozen database has audit entries"
    open_database(path).dispose()  # upgrades to the head
    with sqlite3.connect(path) as connection:
        after = connection.execute(
            f"SELECT {', '.join(audit_chain.COLUMNS)} FROM audit_log ORDER BY id"
        ).fetchall()
        unlinked = connection.execute("SELECT count(*) FROM audit_log WHERE chain_hash IS NULL").fetchone()[0]
    connection.close()
    assert after == before and unlinked == 0
    assert problems(path) == []
    raw(path, "UPDATE audit_log SET reason = 'inny powód' WHERE id = 2")
    assert "wpis nr 2 nie zgadza się" in problems(path)[0]


def test_the_check_command_fails_on_an_edited_log(logged: Path) -> None:
    raw(logged, "UPDATE audit_log SET old_value = 'x' WHERE id = 5")
    result = subprocess.run(
        [sys.executable, "-m", "coordinator_app", "--db", str(logged), "check"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 1
    assert "Dziennik zmian został zmieniony: wpis nr 5" in result.stdout + result.stderr


def test_the_start_up_check_does_not_lock_the_coordinator_out(logged: Path) -> None:
    """The quick check at every start leaves the chain to the full check: an altered log is
    reported by `check`, not turned into a "damaged database" that closes the window."""
    raw(logged, "UPDATE audit_log SET new_value = 'x' WHERE id = 4")
    assert check_database(logged, quick=True).ok
    assert not check_database(logged).ok


def test_simultaneous_writers_never_fork_the_chain(logged: Path) -> None:
    """Four threads, each with its own engine, write at once: every write that succeeds links
    to the one committed before it (a write that loses the lock is rolled back whole)."""
    databases = [open_database(logged) for _ in range(4)]
    failures: list[Exception] = []

    def writer(db: Database) -> None:
        for _round in range(5):
            try:
                write_entries(db, 1)
            except Exception as exc:  # a lost lock rolls back the whole transaction
                failures.append(exc)

    threads = [threading.Thread(target=writer, args=(db,)) for db in databases]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for db in databases:
            db.dispose()
    assert problems(logged) == []
    with sqlite3.connect(logged) as connection:
        count = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    connection.close()
    assert count == 20 + 2 * (20 - len(failures))
