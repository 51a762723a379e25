"""Restore a backup in place of the database, and write backups to a chosen folder.

A restore never leaves a half-restored file: the backup is decrypted or copied into this
process's private staging folder beside the database (storage/staging.py), checked, upgraded
if its schema is older, checked again, and only then does the current database step aside
(into `backups/`, never deleted) for the restored one, under the swap journal of
storage/swap.py. Every failure before those renames leaves the current database as it was; a
kill during them is completed or undone at the next start.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import logging
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from coordinator_app.db import migrate
from coordinator_app.i18n import _
from coordinator_app.storage.archive import (
    ArchiveHeader,
    check_new_passphrase,
    decrypt_file,
    encrypt_file,
    is_archive,
    read_header,
)
from coordinator_app.storage.backup import (
    BackupError,
    copy_database,
    copy_into,
    plan_aside,
)
from coordinator_app.storage.integrity import (
    CURRENT,
    OLDER,
    check_database,
    file_problem,
    read_only_uri,
)
from coordinator_app.storage.staging import StagingArea, make_private
from coordinator_app.storage.swap import swap_in
from coordinator_app.storage.users import DatabaseInUse, exclusive

log = logging.getLogger(__name__)

LAST_EXTERNAL_BACKUP = "last_external_backup"
_STAMP_IN_NAME = re.compile(r"(\d{4}-\d{2}-\d{2}-\d{4})")


class RestoreError(Exception):
    """The backup cannot be restored; the message is one sentence for the user."""


class PassphraseNeeded(RestoreError):
    """The file is encrypted and no passphrase was given."""


@dataclass(frozen=True)
class RestorePreview:
    """What a backup holds, shown before it replaces anything."""

    file: Path
    encrypted: bool
    created: dt.datetime
    app_version: str | None
    revision: str | None
    needs_upgrade: bool
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreResult:
    db_path: Path
    preview: RestorePreview
    previous_kept_at: Path | None
    upgraded: bool


def _created(file: Path, header: ArchiveHeader | None) -> dt.datetime:
    if header is not None:
        return header.created
    match = _STAMP_IN_NAME.search(file.name)
    if match:
        try:
            return dt.datetime.strptime(match[1], "%Y-%m-%d-%H%M")
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(file.stat().st_mtime).replace(microsecond=0)


def _stage(file: Path, passphrase: str | None, staged: Path) -> ArchiveHeader | None:
    """Decrypt or copy `file` to `staged`; the archive header, or None for a plain file."""
    if not file.is_file():
        raise RestoreError(_("The file {file} does not exist.").format(file=file))
    if is_archive(file):
        header = read_header(file)
        if header.kind != "backup":
            raise RestoreError(
                _("The file {file} is a handover archive, not a backup; import it as a handover.").format(
                    file=file
                )
            )
        if passphrase is None:
            raise PassphraseNeeded(
                _("The file {file} is encrypted: a passphrase is needed.").format(file=file)
            )
        decrypt_file(file, staged, passphrase)
        return header
    problem = file_problem(file)
    if problem is not None:
        raise RestoreError(problem)
    try:
        copy_database(file, staged, read_only_source=True, verify=False)
    except BackupError as exc:
        raise RestoreError(str(exc)) from exc
    return None


def _preview(file: Path, staged: Path, header: ArchiveHeader | None) -> RestorePreview:
    """What the copy `staged` of `file` holds; refused unless it is sound."""
    result = check_database(staged, shown_as=file)
    if not result.ok:
        raise RestoreError(result.problems[0])
    return RestorePreview(
        file=file,
        encrypted=header is not None,
        created=_created(file, header),
        app_version=header.app_version if header else None,
        revision=result.revision,
        needs_upgrade=result.revision_status == OLDER,
        counts=dict(result.counts),
    )


def inspect_backup(file: Path, passphrase: str | None, db_path: Path | None = None) -> RestorePreview:
    """Verify a backup (decrypting it to a temporary file) and say what it holds.

    With `db_path`, an encrypted backup is decrypted in that database's staging folder (so a
    kill leaves nothing that the next start does not remove); else in a private temporary folder.
    """
    file = Path(file).absolute()
    if not is_archive(file):
        if not file.is_file():
            raise RestoreError(_("The file {file} does not exist.").format(file=file))
        return _preview(file, file, None)
    if db_path is not None and Path(db_path).absolute().parent.is_dir():
        with StagingArea(Path(db_path)) as area:
            staged = area.path("backup.sqlite")
            header = _stage(file, passphrase, staged)
            return _preview(file, staged, header)
    with tempfile.TemporaryDirectory(prefix="koordynator-") as folder:
        staged = Path(folder) / "backup.sqlite"
        header = _stage(file, passphrase, staged)
        return _preview(file, staged, header)


def upgrade_staged(staged: Path) -> None:
    """Bring a staged copy to the current schema and leave it a single rollback-journal file."""
    from coordinator_app.db.engine import make_engine

    engine = make_engine(staged)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    connection = sqlite3.connect(str(staged))
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def restore_backup(file: Path, db_path: Path, passphrase: str | None) -> RestoreResult:
    """Replace the database at `db_path` by the backup `file`; the current one is kept aside.

    The caller closes every connection to `db_path` first (the window disposes its engine).
    """
    file, db_path = Path(file).absolute(), Path(db_path).absolute()
    if not db_path.parent.is_dir():
        raise RestoreError(_("The folder {folder} does not exist.").format(folder=db_path.parent))
    try:
        with StagingArea(db_path) as area:
            staged = area.path("restoring.sqlite")
            header = _stage(file, passphrase, staged)
            preview = _preview(file, staged, header)
            if preview.needs_upgrade:
                upgrade_staged(staged)
                after = check_database(staged)
                if not after.ok or after.revision_status != CURRENT:
                    raise RestoreError(
                        _("The backup {file} could not be brought up to date; nothing was changed.").format(
                            file=file
                        )
                    )
            make_private(staged)
            aside, moves = plan_aside(db_path, "before-restore")
            with exclusive(db_path):  # issue #13: never under a process that has it open
                swap_in(db_path, [*moves, (staged, db_path)], owner=area.folder)
    except DatabaseInUse as exc:
        raise RestoreError(str(exc)) from None
    except OSError as exc:
        raise RestoreError(
            _("The backup could not be restored ({reason}); the database was not changed.").format(
                reason=exc.strerror or exc
            )
        ) from exc
    return RestoreResult(db_path, preview, aside, preview.needs_upgrade)


def _external_name(db_path: Path, folder: Path, suffix: str) -> Path:
    base = f"{db_path.stem}-{dt.datetime.now().strftime('%Y-%m-%d-%H%M')}"
    target = folder / f"{base}{suffix}"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}{suffix}"
        n += 1
    return target


def _check_folder(db_path: Path, folder: Path) -> None:
    if not db_path.is_file():
        raise BackupError(_("There is no database at {path} to back up.").format(path=db_path))
    if not folder.is_dir():
        raise BackupError(_("The folder {folder} does not exist.").format(folder=folder))


def plain_backup_to(db_path: Path, folder: Path) -> Path:
    """A checked, unencrypted copy of the database in `folder` (e.g. a USB stick)."""
    db_path, folder = Path(db_path).absolute(), Path(folder).absolute()
    _check_folder(db_path, folder)
    target = _external_name(db_path, folder, ".sqlite")
    copy_into(db_path, target)
    _remember_external_backup(db_path)
    return target


def encrypted_backup_to(db_path: Path, folder: Path, passphrase: str) -> Path:
    """An encrypted backup in `folder`, read back and checked before it is reported done."""
    db_path, folder = Path(db_path).absolute(), Path(folder).absolute()
    _check_folder(db_path, folder)
    check_new_passphrase(passphrase)
    target = _external_name(db_path, folder, ".kwbak")
    try:
        with StagingArea(db_path) as area:
            plain, readback = area.path("external.sqlite"), area.path("readback.sqlite")
            copy_database(db_path, plain)
            encrypt_file(plain, target, passphrase, kind="backup")
            make_private(target)
            try:
                decrypt_file(target, readback, passphrase)
                # Byte for byte the copy that passed the integrity check, so no second check is needed.
                good = filecmp.cmp(plain, readback, shallow=False)
            except Exception:
                good = False
        if not good:
            target.unlink(missing_ok=True)
            raise BackupError(
                _("The backup written to {folder} could not be read back; the drive may be faulty.").format(
                    folder=folder
                )
            )
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BackupError(
            _("The backup could not be written to {folder} ({reason}).").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    _remember_external_backup(db_path)
    return target


def _remember_external_backup(db_path: Path) -> None:
    try:
        record_external_backup(db_path, dt.datetime.now())
    except sqlite3.Error as exc:  # the backup itself is good; only the reminder misses it
        log.warning("The time of the external backup was not recorded: %s", exc)


def record_external_backup(db_path: Path, when: dt.datetime) -> None:
    """Remember in the database's settings when the last external backup was made."""
    connection = sqlite3.connect(str(db_path), timeout=30)
    try:
        with connection:
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (LAST_EXTERNAL_BACKUP, when.replace(microsecond=0).isoformat()),
            )
    finally:
        connection.close()


def last_external_backup(db_path: Path) -> dt.datetime | None:
    """When the last external backup was made, or None if never (or unreadable)."""
    try:
        connection = sqlite3.connect(read_only_uri(Path(db_path)), uri=True)
        try:
            row = connection.execute(
                "SELECT value FROM settings WHERE key = ?", (LAST_EXTERNAL_BACKUP,)
            ).fetchone()
        finally:
            connection.close()
        return dt.datetime.fromisoformat(row[0]) if row else None
    except (sqlite3.Error, ValueError):
        return None
