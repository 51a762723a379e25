"""Open a database file safely: check it, back it up, bring its schema up to date.

Every refusal is a `DatabaseOpenError` with one clear sentence, raised before anything on
disk has changed. The migrations themselves are `db.migrate`'s.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from coordinator_app.db import migrate
from coordinator_app.db.engine import BUSY_TIMEOUT_MS, Database, make_engine
from coordinator_app.i18n import _
from coordinator_app.storage.integrity import SQLITE_HEADER
from coordinator_app.storage.schema import foreign_objects
from coordinator_app.storage.staging import make_private, private_folder

log = logging.getLogger(__name__)


class DatabaseOpenError(RuntimeError):
    """The database cannot be used; the message is for the user, as it is."""


def _check_file(path: Path) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseOpenError(_("The folder {folder} does not exist.").format(folder=folder))
    if path.is_dir():
        raise DatabaseOpenError(_("{path} is a folder, not a database file.").format(path=path))
    if path.exists():
        if path.stat().st_size == 0:
            raise DatabaseOpenError(
                _("The file {path} is empty: it is not a database of this application.").format(path=path)
            )
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise DatabaseOpenError(
                    _("The file {path} is not a database of this application.").format(path=path)
                )
        if not os.access(path, os.W_OK):
            raise DatabaseOpenError(
                _("The file {path} is read-only; the application must be able to save to it.").format(
                    path=path
                )
            )
    if not os.access(folder, os.W_OK):
        raise DatabaseOpenError(
            _("The folder {folder} is read-only; the application must be able to save there.").format(
                folder=folder
            )
        )


def _inspect_existing(path: Path) -> tuple[str | None, bool]:
    """(revision, has_tables) of an existing SQLite file, read without changing it."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            foreign = foreign_objects(connection, revision, path)  # issue #13: nothing of anyone else
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        raise DatabaseOpenError(
            _("The file {path} is damaged or is not a database of this application.").format(path=path)
        ) from None
    if foreign:
        raise DatabaseOpenError(foreign[0])
    return revision, bool(tables - {"alembic_version"})


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite backup API) beside the file, named for the old revision."""
    folder = private_folder(path.parent / "backups")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{path.stem}-before-upgrade-{revision}-{stamp}.sqlite"
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    make_private(target)
    return target


def _engine(path: Path, busy_timeout_ms: int) -> Engine:
    if busy_timeout_ms == BUSY_TIMEOUT_MS:
        return make_engine(path)
    return make_engine(path, busy_timeout_ms=busy_timeout_ms)


def open_database(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    """Open (creating if absent, owner-only) the SQLite database at `path`, upgraded to the
    current schema; a write waits up to `busy_timeout_ms` for its turn behind other writers.
    An upgrade that fails is refused in one sentence naming the copy made before it."""
    path = Path(path).expanduser().absolute()
    _check_file(path)
    revision = None
    if path.exists():
        revision, has_tables = _inspect_existing(path)
        if revision is None and has_tables:
            raise DatabaseOpenError(_("The file {path} is a database of another program.").format(path=path))
    if revision is not None and revision == migrate.HEAD_REVISION:
        return Database(_engine(path, busy_timeout_ms), path)  # up to date: nothing to migrate
    if revision is not None:
        if revision not in migrate.known_revisions():
            raise DatabaseOpenError(
                _(
                    "The database {path} was saved by a newer version of the application; "
                    "install the newer version to open it."
                ).format(path=path)
            )
        before = backup_before_upgrade(path, revision)
    else:
        before = None
    engine = _engine(path, busy_timeout_ms)
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        engine.dispose()
        if before is None:
            raise
        log.error("The upgrade of the database failed: %s", type(exc).__name__)
        raise DatabaseOpenError(
            _(
                "The database {path} could not be brought up to the current schema; the file as "
                "it was before the upgrade is kept at {backup}."
            ).format(path=path, backup=before)
        ) from exc
    for created in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        make_private(created)  # a new file: owner-only, whatever the umask
    return Database(engine, path)
