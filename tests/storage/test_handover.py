"""Handover: the database and the issued documents in one encrypted file, and its import."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from coordinator_app.storage.archive import WrongPassphrase, encrypt_file
from coordinator_app.storage.handover import (
    ExistingDatabase,
    HandoverError,
    export_handover,
    import_handover,
)
from coordinator_app.storage.opening import open_database
from coordinator_app.storage.restore import encrypted_backup_to

PASSPHRASE = "przekazanie 2026"


@pytest.fixture
def office(template: Path, tmp_path: Path) -> Path:
    """The old office's data folder: the database and two issued documents."""
    folder = tmp_path / "office"
    (folder / "documents" / "2026").mkdir(parents=True)
    shutil.copyfile(template, folder / "koordynator.sqlite")
    (folder / "documents" / "2026" / "porozumienie-1-2026.pdf").write_bytes(b"%PDF-1.4 porozumienie")
    (folder / "documents" / "zaświadczenie Łucja Żak.pdf").write_bytes(b"%PDF-1.4 zaswiadczenie")
    return folder


@pytest.fixture
def handover_file(office: Path, tmp_path: Path) -> Path:
    return export_handover(
        office / "koordynator.sqlite", office / "documents", tmp_path / "przekazanie.kwbak", PASSPHRASE
    )


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def volunteers(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        value = int(connection.execute("SELECT count(*) FROM volunteers").fetchone()[0])
    connection.close()
    return value


def test_export_and_import_on_a_new_computer(office: Path, handover_file: Path, tmp_path: Path) -> None:
    assert handover_file.name == "przekazanie.kwbak"
    assert [p.name for p in office.iterdir() if p.name.startswith(".")] == []
    new_pc = tmp_path / "new-pc" / "koordynator-wolontariatu"  # not created yet

    result = import_handover(handover_file, PASSPHRASE, new_pc)

    assert result.db_path == new_pc / "koordynator.sqlite" and volunteers(result.db_path) == 20
    assert result.documents == 2 and result.documents_dir == new_pc / "documents"
    assert tree(new_pc / "documents") == tree(office / "documents")
    assert result.counts["hours_entries"] == 200 and not result.upgraded
    assert result.previous_kept_at is None
    assert {p.name for p in new_pc.iterdir()} == {"koordynator.sqlite", "documents"}
    open_database(result.db_path).dispose()


def test_without_a_documents_folder(office: Path, tmp_path: Path) -> None:
    sealed = export_handover(office / "koordynator.sqlite", office / "none", tmp_path, PASSPHRASE)
    assert sealed.parent == tmp_path and sealed.suffix == ".kwbak"
    result = import_handover(sealed, PASSPHRASE, tmp_path / "new")
    assert result.documents == 0 and (tmp_path / "new" / "documents").is_dir()


def test_a_database_with_volunteers_is_not_replaced_unasked(
    office: Path, handover_file: Path, template: Path, tmp_path: Path
) -> None:
    target = tmp_path / "busy"
    (target / "documents").mkdir(parents=True)
    shutil.copyfile(template, target / "koordynator.sqlite")
    (target / "documents" / "own.pdf").write_bytes(b"%PDF own")
    before = tree(target)
    with pytest.raises(ExistingDatabase):
        import_handover(handover_file, PASSPHRASE, target)
    assert tree(target) == before and {p.name for p in target.iterdir()} == {
        "koordynator.sqlite",
        "documents",
    }

    result = import_handover(handover_file, PASSPHRASE, target, replace_existing=True)

    assert result.previous_kept_at is not None and result.previous_documents_kept_at is not None
    assert result.previous_kept_at.read_bytes() == before["koordynator.sqlite"]
    assert (result.previous_documents_kept_at / "own.pdf").read_bytes() == b"%PDF own"
    assert tree(target / "documents") == tree(office / "documents")


def test_an_empty_database_is_simply_kept_aside(handover_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "fresh"
    target.mkdir()
    open_database(target / "koordynator.sqlite").dispose()  # the app was started once, no data
    result = import_handover(handover_file, PASSPHRASE, target)
    assert result.previous_kept_at is not None and volunteers(result.db_path) == 20


def test_wrong_passphrase_changes_nothing(handover_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "new"
    target.mkdir()
    with pytest.raises(WrongPassphrase):
        import_handover(handover_file, "inne hasło", target)
    assert list(target.iterdir()) == []


def test_a_backup_is_not_a_handover(office: Path, tmp_path: Path) -> None:
    sealed = encrypted_backup_to(office / "koordynator.sqlite", tmp_path, PASSPHRASE)
    with pytest.raises(HandoverError):
        import_handover(sealed, PASSPHRASE, tmp_path / "new")


def forged(tmp_path: Path, office: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    """A handover file built by hand, with `edit(manifest, members)` applied before sealing."""
    database = (office / "koordynator.sqlite").read_bytes()
    members = {"database.sqlite": database, "documents/a.pdf": b"%PDF a"}
    manifest = {
        "format": 1,
        "app_version": "0.1.0",
        "revision": "0001",
        "created": "2026-11-21T15:30:00",
        "counts": {},
        "files": [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in members.items()
        ],
    }
    edit(manifest, members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zf.writestr(name, data)
    plain = tmp_path / "forged.zip"
    plain.write_bytes(buffer.getvalue())
    sealed = tmp_path / "forged.kwbak"
    encrypt_file(plain, sealed, PASSPHRASE, kind="handover")
    return sealed


def wrong_hash(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
    members["documents/a.pdf"] = b"%PDF changed"


def unlisted_member(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
    members["documents/extra.pdf"] = b"%PDF extra"


def escaping_name(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
    data = members.pop("documents/a.pdf")
    members["../escaped.pdf"] = data
    manifest["files"][1]["name"] = "../escaped.pdf"


def no_database(manifest: dict, members: dict) -> None:  # type: ignore[type-arg]
    members.pop("database.sqlite")
    manifest["files"].pop(0)


@pytest.mark.parametrize("edit", [wrong_hash, unlisted_member, escaping_name, no_database])
def test_a_forged_or_broken_content_is_refused(office: Path, tmp_path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    sealed = forged(tmp_path, office, edit)
    target = tmp_path / "new"
    target.mkdir()
    with pytest.raises(HandoverError):
        import_handover(sealed, PASSPHRASE, target)
    assert list(target.iterdir()) == []
    assert not (tmp_path / "escaped.pdf").exists()


def test_the_forgery_helper_itself_imports(office: Path, tmp_path: Path) -> None:
    sealed = forged(tmp_path, office, lambda manifest, members: None)
    assert import_handover(sealed, PASSPHRASE, tmp_path / "new").documents == 1


def test_export_needs_a_database_and_a_folder(office: Path, tmp_path: Path) -> None:
    with pytest.raises(HandoverError):
        export_handover(tmp_path / "none.sqlite", None, tmp_path / "x.kwbak", PASSPHRASE)
    with pytest.raises(HandoverError):
        export_handover(office / "koordynator.sqlite", None, tmp_path / "no" / "x.kwbak", PASSPHRASE)
