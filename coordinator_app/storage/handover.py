"""Handover: everything (the database and the issued documents) in one encrypted file, for a
new coordinator or a new computer, and its import.

The archive is a zip holding `database.sqlite` (a consistent copy), `documents/...` and
`manifest.json` (application version, schema revision, creation time, counts and the SHA-256 of
every file), encrypted with `archive.py` as kind "handover". An import is never half-done: it
unpacks into this process's private staging folder beside the database (storage/staging.py),
checks every hash and the database, upgrades an older schema, and only then moves what was
there aside and the new files in, under the swap journal of storage/swap.py.

Nothing in a handover file is trusted (issue #13): the manifest is read up to `_MAX_MANIFEST`
bytes and checked whole (format, dates, names, sizes, hashes) before any entry is unpacked;
each entry is streamed with the size the manifest declares and refused at its first byte
beyond it; the database must pass the schema check of `integrity.py` like any restored file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from coordinator_app import __version__
from coordinator_app.app.paths import DB_FILENAME
from coordinator_app.i18n import _
from coordinator_app.storage.archive import (
    ArchiveError,
    check_new_passphrase,
    decrypt_file,
    encrypt_file,
    read_header,
)
from coordinator_app.storage.backup import backups_dir, copy_database, plan_aside
from coordinator_app.storage.integrity import CURRENT, OLDER, check_database, read_only_uri, time_bound
from coordinator_app.storage.restore import upgrade_staged
from coordinator_app.storage.staging import make_private, make_private_tree, private_folder, staging_area
from coordinator_app.storage.swap import swap_in
from coordinator_app.storage.users import DatabaseInUse, exclusive

MANIFEST = "manifest.json"
DATABASE = "database.sqlite"
DOCUMENTS = "documents"
_BLOCK = 1 << 20
_MAX_MANIFEST = 8 << 20  # about 50,000 documents
_MAX_FILES = 50_000
_MAX_NAME_PART = 255  # bytes, as file systems allow
_SHA256 = re.compile(r"[0-9a-f]{64}")
_COUNT_SECONDS = 30.0


class HandoverError(Exception):
    """The handover cannot be exported or imported; the message is one sentence for the user."""


class ExistingDatabase(HandoverError):
    """The data folder already holds a database with volunteers and replacing was not chosen."""


@dataclass(frozen=True)
class HandoverResult:
    db_path: Path
    documents_dir: Path
    documents: int
    created: dt.datetime
    app_version: str
    counts: dict[str, int] = field(default_factory=dict)
    upgraded: bool = False
    previous_kept_at: Path | None = None
    previous_documents_kept_at: Path | None = None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def _document_files(documents_dir: Path | None) -> list[tuple[Path, str]]:
    if documents_dir is None or not documents_dir.is_dir():
        return []
    files = sorted(p for p in documents_dir.rglob("*") if p.is_file())
    return [(p, f"{DOCUMENTS}/{p.relative_to(documents_dir).as_posix()}") for p in files]


def export_handover(db_path: Path, documents_dir: Path | None, dest: Path, passphrase: str) -> Path:
    """Write the handover archive to `dest` (a file, or a folder to put it in); returns its path."""
    db_path, dest = Path(db_path).absolute(), Path(dest).absolute()
    if not db_path.is_file():
        raise HandoverError(_("There is no database at {path} to hand over.").format(path=db_path))
    check_new_passphrase(passphrase)
    now = dt.datetime.now().replace(microsecond=0)
    if dest.is_dir():
        dest = dest / f"{db_path.stem}-handover-{now.strftime('%Y-%m-%d-%H%M')}.kwbak"
    if not dest.parent.is_dir():
        raise HandoverError(_("The folder {folder} does not exist.").format(folder=dest.parent))
    try:
        _export(db_path, documents_dir, dest, passphrase, now)
    except OSError as exc:  # an earlier file at `dest` is replaced only by a complete one
        raise HandoverError(
            _("The handover file could not be written to {folder} ({reason}).").format(
                folder=dest.parent, reason=exc.strerror or exc
            )
        ) from exc
    return dest


def _export(db_path: Path, documents_dir: Path | None, dest: Path, passphrase: str, now: dt.datetime) -> None:
    with staging_area(db_path) as work:
        database = work / DATABASE
        copy_database(db_path, database)
        check = check_database(database, shown_as=db_path)
        entries = [(database, DATABASE), *_document_files(documents_dir)]
        manifest = {
            "format": 1,
            "app_version": __version__,
            "revision": check.revision,
            "created": now.isoformat(),
            "counts": check.counts,
            "files": [{"name": name, "size": p.stat().st_size, "sha256": _sha256(p)} for p, name in entries],
        }
        bundle = work / "handover.zip"
        with zipfile.ZipFile(bundle, "w", allowZip64=True) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            for path, name in entries:
                packed = path.suffix.lower() in (".sqlite", ".json", ".txt", ".csv")
                zf.write(path, name, compress_type=zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED)
        encrypt_file(bundle, dest, passphrase, kind="handover")
        bundle.unlink()
        try:  # read back what was written before calling it done
            _unpack(dest, passphrase, work / "verify")
        except (HandoverError, ArchiveError, OSError):
            dest.unlink(missing_ok=True)
            raise HandoverError(
                _("The handover file written to {folder} could not be read back; nothing was kept.").format(
                    folder=dest.parent
                )
            ) from None


@dataclass(frozen=True)
class _Entry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class _Manifest:
    created: dt.datetime
    app_version: str
    entries: list[_Entry]


def _safe_name(name: str) -> PurePosixPath:
    """The path of an entry inside the unpacked folder; ValueError for any other name."""
    path = PurePosixPath(name)
    if (
        str(path) != name
        or path.is_absolute()
        or ".." in path.parts
        or "\\" in name
        or ":" in name
        or not all(c.isprintable() for c in name)
        or any(len(part.encode("utf-8")) > _MAX_NAME_PART for part in path.parts)
        or not (name == DATABASE or (path.parts[0] == DOCUMENTS and len(path.parts) > 1))
    ):
        raise ValueError(name)
    return path


def _integer(value: Any) -> int:
    if type(value) is not int or value < 0:
        raise ValueError(value)
    return value


def _entry(raw: Any) -> _Entry:
    if not isinstance(raw, dict) or not isinstance(raw["name"], str) or not isinstance(raw["sha256"], str):
        raise ValueError(raw)
    _safe_name(raw["name"])
    if not _SHA256.fullmatch(raw["sha256"]):
        raise ValueError(raw["sha256"])
    return _Entry(raw["name"], _integer(raw["size"]), raw["sha256"])


def _parse_manifest(raw: bytes) -> _Manifest:
    """The whole manifest, checked; ValueError (or KeyError, TypeError) for anything wrong."""
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict) or type(data["format"]) is not int or data["format"] != 1:
        raise ValueError("format")
    files = data["files"]
    if not isinstance(files, list) or not 0 < len(files) <= _MAX_FILES:
        raise ValueError("files")
    entries = [_entry(raw_entry) for raw_entry in files]
    names = {entry.name.casefold() for entry in entries}
    if len(names) != len(entries) or DATABASE not in names:
        raise ValueError("names")
    for entry in entries:  # a file listed where another needs a folder
        if any(str(parent).casefold() in names for parent in PurePosixPath(entry.name).parents):
            raise ValueError(entry.name)
    if (
        not isinstance(data["created"], str)
        or not isinstance(data.get("app_version", ""), str)
        or not isinstance(data.get("revision"), str | None)
        or not isinstance(data.get("counts", {}), dict)
    ):
        raise ValueError("fields")
    created = dt.datetime.fromisoformat(data["created"])
    return _Manifest(created, str(data.get("app_version", "")), entries)


def _read_manifest(zf: zipfile.ZipFile) -> _Manifest:
    with zf.open(MANIFEST) as src:
        raw = src.read(_MAX_MANIFEST + 1)
    if len(raw) > _MAX_MANIFEST:
        raise ValueError(MANIFEST)
    return _parse_manifest(raw)


def _extract(zf: zipfile.ZipFile, entry: _Entry, target: Path) -> None:
    """Stream one entry to `target`, refusing it at its first byte beyond the declared size."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, left = hashlib.sha256(), entry.size
    with zf.open(entry.name) as src, target.open("wb") as out:
        while block := src.read(min(_BLOCK, left + 1)):
            left -= len(block)
            if left < 0:
                raise ValueError(entry.name)
            digest.update(block)
            out.write(block)
    if left != 0 or digest.hexdigest() != entry.sha256:
        raise ValueError(entry.name)


def _unpack(file: Path, passphrase: str, into: Path) -> _Manifest:
    """Decrypt and unpack `file` into `into`, checking every size and hash; returns the manifest."""
    into.mkdir()
    bundle = into / "handover.zip"
    decrypt_file(file, bundle, passphrase)
    broken = HandoverError(
        _("The handover file {file} is incomplete or was changed; nothing was imported.").format(file=file)
    )
    try:
        with zipfile.ZipFile(bundle) as zf:
            manifest = _read_manifest(zf)
            members = zf.infolist()
            listed = {entry.name: entry for entry in manifest.entries}
            names = [info.filename for info in members]
            if len(set(names)) != len(names) or set(names) != {*listed, MANIFEST}:
                raise broken
            if any(
                info.filename in listed and info.file_size != listed[info.filename].size for info in members
            ):
                raise broken
            for entry in manifest.entries:
                _extract(zf, entry, into / "files" / _safe_name(entry.name))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, RecursionError) as exc:
        raise broken from exc
    finally:
        bundle.unlink(missing_ok=True)
    return manifest


def _volunteers_in(db_path: Path) -> int:
    """Volunteers in the database already there (0 when there is no such table to count)."""
    import sqlite3

    try:
        connection = sqlite3.connect(read_only_uri(db_path), uri=True)
        try:
            time_bound(connection, _COUNT_SECONDS)
            kind = connection.execute("SELECT type FROM sqlite_master WHERE name = 'volunteers'").fetchone()
            if kind != ("table",):  # never read a view: it may never end
                return 0
            return int(connection.execute("SELECT count(*) FROM volunteers").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def import_handover(
    file: Path,
    passphrase: str,
    data_dir: Path,
    *,
    replace_existing: bool = False,
    db_name: str = DB_FILENAME,
) -> HandoverResult:
    """Place the database and documents of a handover file in `data_dir`.

    A database already there that holds volunteers is refused unless `replace_existing`;
    whatever is replaced (database and documents) is kept aside in `backups/`, never deleted.
    """
    file, data_dir = Path(file).absolute(), Path(data_dir).absolute()
    if not file.is_file():
        raise HandoverError(_("The file {file} does not exist.").format(file=file))
    if read_header(file).kind != "handover":
        raise HandoverError(
            _("The file {file} is a backup, not a handover file; restore it as a backup.").format(file=file)
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    db_path = data_dir / db_name
    existing = _volunteers_in(db_path) if db_path.exists() else 0
    if existing and not replace_existing:
        raise ExistingDatabase(
            _(
                "The folder {folder} already holds a database with {count} volunteers; "
                "choose to keep it aside before importing."
            ).format(folder=data_dir, count=existing)
        )
    try:
        return _import(file, passphrase, db_path)
    except DatabaseInUse as exc:
        raise HandoverError(str(exc)) from None
    except OSError as exc:
        raise HandoverError(
            _("The handover could not be imported ({reason}); nothing was changed.").format(
                reason=exc.strerror or exc
            )
        ) from exc


def _import(file: Path, passphrase: str, db_path: Path) -> HandoverResult:
    documents_dir = db_path.parent / DOCUMENTS
    with staging_area(db_path) as work:
        unpacked = work / "in"
        manifest = _unpack(file, passphrase, unpacked)
        staged = unpacked / "files" / DATABASE
        check = check_database(staged, shown_as=file)
        if not check.ok:
            raise HandoverError(check.problems[0])
        upgraded = check.revision_status == OLDER
        if upgraded:
            upgrade_staged(staged)
            check = check_database(staged, shown_as=file)
            if not check.ok or check.revision_status != CURRENT:
                raise HandoverError(
                    _("The database in {file} could not be brought up to date; nothing was imported.").format(
                        file=file
                    )
                )
        new_documents = unpacked / "files" / DOCUMENTS
        documents = sum(1 for p in new_documents.rglob("*") if p.is_file()) if new_documents.is_dir() else 0
        previous, steps = plan_aside(db_path, "before-handover")
        old_documents: Path | None = None
        if documents_dir.exists() and any(documents_dir.iterdir()):
            old_documents = (
                private_folder(backups_dir(db_path))
                / f"documents-before-handover-{dt.datetime.now():%Y%m%d-%H%M%S}"
            )
            steps.append((documents_dir, old_documents))
        elif documents_dir.exists():
            documents_dir.rmdir()
        if new_documents.is_dir():
            make_private_tree(new_documents)
            steps.append((new_documents, documents_dir))
        make_private(staged)
        with exclusive(db_path):  # issue #13: never under a process that has it open
            swap_in(db_path, [*steps, (staged, db_path)], owner=work)
        private_folder(documents_dir)
    return HandoverResult(
        db_path=db_path,
        documents_dir=documents_dir,
        documents=documents,
        created=manifest.created,
        app_version=manifest.app_version,
        counts=check.counts,
        upgraded=upgraded,
        previous_kept_at=previous,
        previous_documents_kept_at=old_documents,
    )
