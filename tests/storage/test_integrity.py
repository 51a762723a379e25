"""The read-only health check: every kind of damaged file is reported and left byte-identical."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app.storage.integrity import CURRENT, MISSING, NEWER, OLDER, check_database


@pytest.fixture
def real(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "koordynator.sqlite"
    shutil.copyfile(template, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hours_page(path: Path) -> int:
    """A page in the middle of the hours_entries table (dbstat), for a realistic overwrite."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True) as connection:
        pages = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'hours_entries' AND pagetype = 'leaf' ORDER BY pageno"
            )
        ]
    connection.close()
    return pages[len(pages) // 2]


def test_a_healthy_database(real: Path) -> None:
    result = check_database(real)
    assert result.ok and result.integrity_ok and result.problems == []
    assert result.revision_status == CURRENT
    assert result.counts["volunteers"] == 20
    assert result.counts["clients"] == 10
    assert result.counts["hours_entries"] == 200
    assert os.listdir(real.parent) == [real.name]  # no -wal/-shm left beside it


def zero_length(real: Path) -> None:
    real.write_bytes(b"")


def first_4096_bytes(real: Path) -> None:
    real.write_bytes(real.read_bytes()[:4096])


def cut_at_half(real: Path) -> None:
    data = real.read_bytes()
    real.write_bytes(data[: len(data) // 2])


def random_bytes(real: Path) -> None:
    real.write_bytes(random.Random(7).randbytes(64 * 1024))


def overwrite_at_8192(real: Path) -> None:
    with real.open("r+b") as fh:
        fh.seek(8192)
        fh.write(random.Random(8).randbytes(4096))


def overwrite_an_hours_page(real: Path) -> None:
    page = hours_page(real)
    with real.open("r+b") as fh:
        fh.seek((page - 1) * 4096 + 8)  # keep the page type byte, garble the cells
        fh.write(b"\xff" * 4000)


def text_file(real: Path) -> None:
    real.write_text("Szanowni Państwo, w załączeniu przesyłam listę wolontariuszy.", encoding="utf-8")


@pytest.mark.parametrize(
    "damage",
    [
        zero_length,
        first_4096_bytes,
        cut_at_half,
        random_bytes,
        overwrite_at_8192,
        overwrite_an_hours_page,
        text_file,
    ],
)
def test_damage_is_reported_and_the_file_left_alone(real: Path, damage: Callable[[Path], None]) -> None:
    damage(real)
    before = digest(real)
    result = check_database(real)
    assert not result.ok
    assert result.problems and all(str(real) in p for p in result.problems[:1])
    assert digest(real) == before
    assert os.listdir(real.parent) == [real.name]


def test_missing_file(tmp_path: Path) -> None:
    result = check_database(tmp_path / "none.sqlite")
    assert not result.ok and "none.sqlite" in result.problems[0]
    assert not (tmp_path / "none.sqlite").exists()


def test_foreign_key_violation_is_reported(real: Path) -> None:
    with sqlite3.connect(real) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE hours_entries SET assignment_id = 999999 WHERE id = 1")
    connection.close()
    result = check_database(real)
    assert result.integrity_ok and not result.ok
    assert "hours_entries" in result.problems[0]


def test_newer_revision_is_a_problem(real: Path) -> None:
    with sqlite3.connect(real) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    result = check_database(real)
    assert result.revision_status == NEWER and not result.ok
    assert "ffff_future" in result.problems[0]


def test_older_known_revision_is_fine(real: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import coordinator_app.db.migrate as migrate

    current, known = migrate.HEAD_REVISION, migrate.known_revisions()  # the file is at the head
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_future")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999_future"})
    result = check_database(real)
    assert result.ok and result.revision_status == OLDER and result.revision == current


def test_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    result = check_database(path)
    assert result.revision_status == MISSING and not result.ok and result.counts == {}
