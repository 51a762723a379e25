"""Restore: previewed, verified, upgraded when older, never half-done, the current file kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from coordinator_app.db.migrate import HEAD_REVISION
from coordinator_app.storage.archive import DamagedArchive, WrongPassphrase, encrypt_file
from coordinator_app.storage.backup import BackupError, backups_dir, make_local_backup
from coordinator_app.storage.opening import open_database
from coordinator_app.storage.restore import (
    PassphraseNeeded,
    RestoreError,
    encrypted_backup_to,
    inspect_backup,
    last_external_backup,
    plain_backup_to,
    record_external_backup,
    restore_backup,
)

PASSPHRASE = "hasło do pendrive'a"


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scalar(path: Path, sql: str) -> object:
    with sqlite3.connect(path) as connection:
        value = connection.execute(sql).fetchone()[0]
    connection.close()
    return value


def change_data(path: Path) -> None:
    """Work done after the backup: one volunteer's hours are gone, a village added."""
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM hours_entries WHERE id <= 50")
        connection.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Po kopii', 1, 1)")
    connection.close()


def folder_names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_encrypted_backup_preview_and_reminder(db_path: Path, usb: Path) -> None:
    assert last_external_backup(db_path) is None
    sealed = encrypted_backup_to(db_path, usb, PASSPHRASE)
    assert sealed.parent == usb and sealed.suffix == ".kwbak" and sealed.name.startswith("koordynator-")
    assert folder_names(usb) == {sealed.name}
    assert folder_names(db_path.parent) == {db_path.name}  # no temporary copy left behind
    when = last_external_backup(db_path)
    assert when is not None and abs(when - dt.datetime.now()) < dt.timedelta(minutes=1)

    preview = inspect_backup(sealed, PASSPHRASE)
    assert preview.encrypted and preview.revision == HEAD_REVISION and not preview.needs_upgrade
    assert preview.counts == {
        "volunteers": 20,
        "clients": 10,
        "assignments": scalar(db_path, "SELECT count(*) FROM assignments"),
        "hours_entries": 200,
        "training_sessions": scalar(db_path, "SELECT count(*) FROM training_sessions"),
    }
    assert preview.app_version is not None
    assert abs(preview.created - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_preview_of_a_plain_local_backup_dates_it_by_its_name(db_path: Path) -> None:
    local = make_local_backup(db_path, "exit", now=dt.datetime(2026, 3, 5, 16, 45))
    preview = inspect_backup(local, None)
    assert not preview.encrypted and preview.created == dt.datetime(2026, 3, 5, 16, 45)
    assert preview.counts["volunteers"] == 20


def test_restore_replaces_the_data_and_keeps_the_current_database(db_path: Path, usb: Path) -> None:
    sealed = encrypted_backup_to(db_path, usb, PASSPHRASE)
    change_data(db_path)
    changed = digest(db_path)

    result = restore_backup(sealed, db_path, PASSPHRASE)

    assert scalar(db_path, "SELECT count(*) FROM hours_entries") == 200
    assert scalar(db_path, "SELECT count(*) FROM villages WHERE name = 'Po kopii'") == 0
    assert result.previous_kept_at is not None and result.previous_kept_at.parent == backups_dir(db_path)
    assert result.previous_kept_at.name.startswith("koordynator-before-restore-")
    assert digest(result.previous_kept_at) == changed
    assert folder_names(db_path.parent) == {db_path.name, "backups"}
    assert scalar(db_path, "PRAGMA integrity_check") == "ok"
    db = open_database(db_path)  # and the application opens it
    db.dispose()


def test_the_current_database_is_kept_with_what_only_its_log_held(db_path: Path, usb: Path) -> None:
    sealed = encrypted_backup_to(db_path, usb, PASSPHRASE)
    # A crash left committed work in the -wal file only: copy the pair while a connection has it open.
    crashed = db_path.parent / "crashed"
    crashed.mkdir()
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA wal_autocheckpoint=0")
    with connection:
        connection.execute("INSERT INTO villages (name, is_solectwo, active) VALUES ('Tylko w logu', 1, 1)")
    for name in (db_path.name, f"{db_path.name}-wal"):
        shutil.copyfile(db_path.parent / name, crashed / name)
    connection.close()
    db_path.unlink()
    for name in (db_path.name, f"{db_path.name}-wal"):
        shutil.move(crashed / name, db_path.parent / name)

    result = restore_backup(sealed, db_path, PASSPHRASE)

    assert result.previous_kept_at is not None
    assert scalar(result.previous_kept_at, "SELECT count(*) FROM villages WHERE name = 'Tylko w logu'") == 1
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    assert scalar(db_path, "SELECT count(*) FROM villages WHERE name = 'Tylko w logu'") == 0


def test_restore_into_an_empty_folder(db_path: Path, usb: Path, tmp_path: Path) -> None:
    sealed = encrypted_backup_to(db_path, usb, PASSPHRASE)
    fresh = tmp_path / "fresh" / "koordynator.sqlite"
    fresh.parent.mkdir()
    result = restore_backup(sealed, fresh, PASSPHRASE)
    assert result.previous_kept_at is None
    assert scalar(fresh, "SELECT count(*) FROM volunteers") == 20


def test_wrong_passphrase_changes_nothing(db_path: Path, usb: Path) -> None:
    sealed = encrypted_backup_to(db_path, usb, PASSPHRASE)
    before, names = digest(db_path), folder_names(db_path.parent)
    with pytest.raises(WrongPassphrase):
        restore_backup(sealed, db_path, "not the passphrase")
    with pytest.raises(PassphraseNeeded):
        restore_backup(sealed, db_path, None)
    assert digest(db_path) == before and folder_names(db_path.parent) == names


def test_a_tampered_encrypted_backup_changes_nothing(db_path: Path, usb: Path) -> None:
    sealed = encrypted_backup_to(db_path, usb, PASSPHRASE)
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x10
    sealed.write_bytes(bytes(data))
    before, names = digest(db_path), folder_names(db_path.parent)
    with pytest.raises(DamagedArchive):
        inspect_backup(sealed, PASSPHRASE)
    with pytest.raises(DamagedArchive):
        restore_backup(sealed, db_path, PASSPHRASE)
    assert digest(db_path) == before and folder_names(db_path.parent) == names


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_damaged_database_in_the_backup_is_refused(
    db_path: Path, usb: Path, tmp_path: Path, encrypted: bool
) -> None:
    damaged = plain_backup_to(db_path, usb)
    with damaged.open("r+b") as fh:
        fh.seek(8192)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    if encrypted:  # sealed after the damage: the archive is sound, the database in it is not
        sealed = usb / "damaged.kwbak"
        encrypt_file(damaged, sealed, PASSPHRASE, kind="backup")
        damaged = sealed
    before, names = digest(db_path), folder_names(db_path.parent)
    with pytest.raises(RestoreError) as caught:
        restore_backup(damaged, db_path, PASSPHRASE)
    assert damaged.name in str(caught.value)
    assert digest(db_path) == before and folder_names(db_path.parent) == names


def test_not_a_backup_at_all(db_path: Path, tmp_path: Path) -> None:
    letter = tmp_path / "letter.sqlite"
    letter.write_text("Szanowni Państwo", encoding="utf-8")
    before = digest(db_path)
    with pytest.raises(RestoreError):
        restore_backup(letter, db_path, None)
    with pytest.raises(RestoreError):
        restore_backup(tmp_path / "missing.kwbak", db_path, None)
    assert digest(db_path) == before


def test_a_newer_schema_is_refused(db_path: Path, usb: Path) -> None:
    newer = plain_backup_to(db_path, usb)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    before = digest(db_path)
    with pytest.raises(RestoreError, match="ffff_from_the_future"):
        inspect_backup(newer, None)
    with pytest.raises(RestoreError, match="ffff_from_the_future"):
        restore_backup(newer, db_path, None)
    assert digest(db_path) == before


def test_an_older_schema_is_upgraded(db_path: Path, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import coordinator_app.db.migrate as migrate

    old = plain_backup_to(db_path, usb)  # at the current head
    upgraded: list[Path] = []

    def fake_upgrade(engine: Engine) -> None:
        upgraded.append(Path(str(engine.url.database)))
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))

    # The application's head has moved on to a future revision.
    known = migrate.known_revisions()
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_future")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999_future"})
    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)

    assert inspect_backup(old, None).needs_upgrade
    result = restore_backup(old, db_path, None)

    assert result.upgraded and len(upgraded) == 1 and upgraded[0] != db_path
    assert scalar(db_path, "SELECT version_num FROM alembic_version") == "9999_future"
    assert scalar(db_path, "SELECT count(*) FROM hours_entries") == 200
    assert folder_names(db_path.parent) == {db_path.name, "backups"}


def test_a_failed_upgrade_changes_nothing(db_path: Path, usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import coordinator_app.db.migrate as migrate

    old = plain_backup_to(db_path, usb)

    def broken_upgrade(engine: Engine) -> None:
        raise RuntimeError("migration failed")

    known = migrate.known_revisions()
    monkeypatch.setattr(migrate, "HEAD_REVISION", "9999_future")
    monkeypatch.setattr(migrate, "known_revisions", lambda: {*known, "9999_future"})
    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    before, names = digest(db_path), folder_names(db_path.parent)
    with pytest.raises(RuntimeError):
        restore_backup(old, db_path, None)
    assert digest(db_path) == before and folder_names(db_path.parent) == names


def test_external_backups_need_a_folder_and_a_long_passphrase(db_path: Path, tmp_path: Path) -> None:
    from coordinator_app.storage.archive import WeakPassphrase

    with pytest.raises(BackupError):
        encrypted_backup_to(db_path, tmp_path / "no-stick", PASSPHRASE)
    with pytest.raises(WeakPassphrase):
        encrypted_backup_to(db_path, tmp_path, "short")
    with pytest.raises(BackupError):
        plain_backup_to(tmp_path / "none.sqlite", tmp_path)


def test_plain_external_backup_is_checked_and_remembered(db_path: Path, usb: Path) -> None:
    copy = plain_backup_to(db_path, usb)
    assert copy.suffix == ".sqlite" and scalar(copy, "PRAGMA integrity_check") == "ok"
    assert last_external_backup(db_path) is not None
    record_external_backup(db_path, dt.datetime(2026, 1, 2, 3, 4, 5))
    assert last_external_backup(db_path) == dt.datetime(2026, 1, 2, 3, 4, 5)
