"""Bounded time and memory (issue #13, points 1 and 7): the time bound interrupts a query that
would never end; a handover's manifest and entries are read no further than their bounds."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from coordinator_app.storage.handover import HandoverError, import_handover
from tests.storage.hostile import archives, databases

MIB = 1 << 20


def test_the_time_bound_interrupts_a_view_that_never_ends(db_path: Path) -> None:
    from coordinator_app.storage.integrity import time_bound

    databases.volunteers_endless_view(db_path)
    connection = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        deadline = time_bound(connection, 0.2)
        with pytest.raises(sqlite3.OperationalError, match="interrupt"):
            connection.execute("SELECT count(*) FROM volunteers").fetchone()
    finally:
        connection.close()
    assert deadline.fired


def peak_while(action: Callable[[], object]) -> int:
    """The peak of Python's allocations (bytes) while `action` runs; it must raise HandoverError."""
    tracemalloc.start()
    try:
        with pytest.raises(HandoverError):
            action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def sealed(tmp_path: Path, write: Callable[[zipfile.ZipFile], None]) -> Path:
    return archives.seal_zip(tmp_path / "hostile.kwbak", write)


def test_a_manifest_bomb_is_read_no_further_than_its_bound(tmp_path: Path, template: Path) -> None:
    """A manifest of 96 MiB (about 100 KB compressed) used to be read whole, twice over."""
    database = template.read_bytes()

    def write(zf: zipfile.ZipFile) -> None:
        body = archives.manifest_bytes(archives.manifest_for([("database.sqlite", database)]), 96 * MIB)
        with zf.open("manifest.json", "w", force_zip64=True) as out:
            while block := body.read(MIB):
                out.write(block)
        zf.writestr("database.sqlite", database)

    file = sealed(tmp_path, write)
    peak = peak_while(lambda: import_handover(file, archives.PASSPHRASE, tmp_path / "new"))
    assert peak < 32 * MIB, peak


def test_a_large_entry_is_streamed(tmp_path: Path, template: Path) -> None:
    """48 MiB declared and present, the wrong hash: refused, with memory for one block at a time."""
    database = template.read_bytes()
    size = 48 * MIB

    def write(zf: zipfile.ZipFile) -> None:
        files = [archives.entry("database.sqlite", database)]
        files.append({"name": "documents/big.pdf", "size": size, "sha256": hashlib.sha256(b"x").hexdigest()})
        zf.writestr("manifest.json", json.dumps({**archives.manifest_for([]), "files": files}))
        zf.writestr("database.sqlite", database)
        archives.zeros(zf, "documents/big.pdf", size, compress=False)

    file = sealed(tmp_path, write)
    peak = peak_while(lambda: import_handover(file, archives.PASSPHRASE, tmp_path / "new"))
    assert peak < 16 * MIB, peak


def test_a_zip_bomb_is_read_no_further_than_declared(
    tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document declared as 6 bytes holding 64 MiB of zeros: the import stops at byte 7."""
    database = template.read_bytes()

    def write(zf: zipfile.ZipFile) -> None:
        members = [("database.sqlite", database), ("documents/a.pdf", b"%PDF a")]
        zf.writestr("manifest.json", json.dumps(archives.manifest_for(members)))
        zf.writestr("database.sqlite", database)
        archives.zeros(zf, "documents/a.pdf", 64 * MIB)

    file = sealed(tmp_path, write)
    read = {"bytes": 0}
    original = zipfile.ZipExtFile.read

    def counting(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = original(self, n)
        if self.name == "documents/a.pdf":
            read["bytes"] += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    with pytest.raises(HandoverError):
        import_handover(file, archives.PASSPHRASE, tmp_path / "new")
    assert read["bytes"] <= 7


def test_a_view_in_the_database_already_there_does_not_stall_an_import(
    db_path: Path, template: Path, tmp_path: Path
) -> None:
    """The data folder's own file has an endless `volunteers` view: the import is not held up by
    counting it; the file is kept aside like any other database that was there."""
    databases.volunteers_endless_view(db_path)
    file = archives.handover(tmp_path / "good.kwbak", template.read_bytes())
    result = import_handover(file, archives.PASSPHRASE, db_path.parent)
    assert result.previous_kept_at is not None and result.counts["volunteers"] == 20
