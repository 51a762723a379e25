"""One clear sentence for a database failure the user can act on (full disk, I/O error, lock),
and `StorageError`, the domain error that carries it.

`Database.session()` (db/engine.py) turns a SQLAlchemy error it can describe into a
`StorageError`, so core, cli and ui catch that and never need SQLAlchemy's exception types.
This module imports no SQLAlchemy: anything may import it.

`describe_database_error` looks through SQLAlchemy's wrapper (`DBAPIError.orig`) and the chain
of causes for the SQLite error or the OS error underneath and names what happened; it returns
None for anything else, which the caller then treats as an unexpected error (log + generic
message). Every sentence says that the change was not saved: SQLite rolls the whole
transaction back, so the database is left as it was before the save.
"""

from __future__ import annotations

import errno
import sqlite3

from coordinator_app.i18n import _

# Primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

_DISK_FULL_ERRNOS = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code is not None
)
# Message texts, for errors that carry no result code.
_TEXTS = (
    ("database or disk is full", SQLITE_FULL),
    ("disk i/o error", SQLITE_IOERR),
    ("database is locked", SQLITE_BUSY),
    ("database table is locked", SQLITE_LOCKED),
    ("attempt to write a readonly database", SQLITE_READONLY),
    ("database disk image is malformed", SQLITE_CORRUPT),
    ("file is not a database", SQLITE_NOTADB),
    ("unable to open database file", SQLITE_CANTOPEN),
)


class StorageError(Exception):
    """The database refused a read or a write for a reason the user can act on (full disk,
    I/O error, lock, read-only or damaged file). `message` is the sentence to show; the
    transaction was rolled back, so the database is as it was before. `orig` is the DB-API
    error underneath (the SQLAlchemy error is the `__cause__`)."""

    def __init__(self, message: str, orig: BaseException | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.orig = orig


def storage_error(exc: BaseException) -> StorageError | None:
    """The `StorageError` to raise instead of `exc` (raise it `from exc`), or None when
    `exc` is not a known database failure."""
    if isinstance(exc, StorageError):
        return None  # already translated (a session inside a session)
    message = describe_database_error(exc)
    if message is None:
        return None
    orig = getattr(exc, "orig", None)
    return StorageError(message, orig if isinstance(orig, BaseException) else exc)


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc`, the DB-API error a SQLAlchemy error wraps, and their causes, each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop(0)
        if item is None or any(item is s for s in seen):
            continue
        seen.append(item)
        orig = getattr(item, "orig", None)  # sqlalchemy.exc.DBAPIError
        todo.extend((orig if isinstance(orig, BaseException) else None, item.__cause__, item.__context__))
    return seen


def _sqlite_code(exc: BaseException) -> int | None:
    if not isinstance(exc, sqlite3.Error):
        return None
    code = getattr(exc, "sqlite_errorcode", None)  # Python 3.11+
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc).lower()
    for fragment, primary in _TEXTS:
        if fragment in text:
            return primary
    return None


def describe_database_error(exc: BaseException) -> str | None:
    """The sentence to show for a failed save or read, or None when it is not a known case."""
    for item in _chain(exc):
        if isinstance(item, StorageError):
            return item.message
        if isinstance(item, OSError) and item.errno in _DISK_FULL_ERRNOS:
            return _disk_full()
        code = _sqlite_code(item)
        if code is None:
            continue
        if code == SQLITE_FULL:
            return _disk_full()
        if code == SQLITE_IOERR:
            # Also what a file that may not grow any more gives (EFBIG: the 4 GB limit of a
            # FAT32 USB stick, a size quota); only ENOSPC is reported by SQLite as "full".
            return _(
                "The database could not be written to the disk: the change was not saved. The disk "
                "may be full, removed or failing; check free space and the disk, then try again."
            )
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            return _(
                "The database is busy with another program (for example a backup or an antivirus "
                "scan): the change was not saved. Wait a moment and try again."
            )
        if code in (SQLITE_READONLY, SQLITE_PERM):
            return _(
                "The database file cannot be written (it is read-only or access was denied): the "
                "change was not saved."
            )
        if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return _(
                "The database file is damaged: the change was not saved. Close the application "
                "and restore the newest backup."
            )
        if code == SQLITE_CANTOPEN:
            return _(
                "The database file cannot be opened (the disk or the USB stick may have been "
                "removed): the change was not saved."
            )
    return None


def _disk_full() -> str:
    return _("The disk is full: the change was not saved. Free some space and try again.")
