"""Which state of a database file passed the full check, so a start need not read it again.

The full check (`integrity.check_database`, quick_check and foreign keys) reads every page: seconds
on a file of a few hundred megabytes, and more the larger it grows. A start that finds the file
exactly as it was when last verified (same identity: size, modification time, inode and the
100-byte header, which holds SQLite's change counter; no unfinished write-ahead log beside it) runs
only the cheap checks; any other file is checked fully before it is opened for writing.

The state is remembered after a successful full check and after this application closes a file
it opened verified (every change since went through SQLite), and forgotten as soon as a backup's
copy of the file fails its integrity check. The memo lives in the private backups folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

_HEADER_BYTES = 100


def memo_path(db_path: Path) -> Path:
    db_path = Path(db_path).absolute()
    return db_path.parent / "backups" / f".{db_path.name}.verified"


def identity(db_path: Path) -> str | None:
    """The file's identity, or None when it has none worth remembering (missing, or a write-
    ahead log with content beside it: committed work may still be only there)."""
    db_path = Path(db_path).absolute()
    try:
        wal = Path(f"{db_path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        stat = db_path.stat()
        with db_path.open("rb") as fh:
            header = fh.read(_HEADER_BYTES)
    except OSError:
        return None
    digest = hashlib.sha256(header).hexdigest()
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino}:{digest}"


def is_verified(db_path: Path) -> bool:
    """True when the file is exactly as it was when last verified."""
    current = identity(db_path)
    if current is None:
        return False
    try:
        return memo_path(db_path).read_text(encoding="ascii").strip() == current
    except (OSError, UnicodeDecodeError):
        return False


def remember(db_path: Path) -> None:
    """Record the file's present identity as verified (best effort: a failure only costs the
    next start a full check)."""
    current = identity(db_path)
    if current is None:
        forget(db_path)
        return
    memo = memo_path(db_path)
    try:
        memo.parent.mkdir(mode=0o700, exist_ok=True)
        work = memo.with_name(memo.name + ".tmp")
        work.write_text(current, encoding="ascii")
        os.replace(work, memo)
    except OSError as exc:
        log.warning("The verified state of the database could not be recorded: %s", exc)


def forget(db_path: Path) -> None:
    """The next start checks the file fully."""
    try:
        memo_path(db_path).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("The verified state of the database could not be removed: %s", exc)
