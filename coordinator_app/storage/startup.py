"""What every start does with its database file, before anything is written.

`recover_at_start` (recovery.py; the window and every command that uses a database): finish
or undo a replacement of the file cut short by a kill, remove the decrypted work files of
processes that no longer run, and make the file owner-only.

Then, for the window, a read-only check first: a damaged file is never opened for writing
(opening would replay or rewrite parts of it); the caller is told what is wrong and which backup
is the newest good one, so it can offer to restore it. A file exactly as it was when last
verified (`verified.py`) gets only the cheap checks (header, size, schema, revision), whose cost
does not grow with the file; any other file the full quick check. A sound file is then opened as
usual, which backs it up before upgrading an older schema; closing it remembers it as verified.
The ORM's mappers are configured here too, on the thread that opens the file (the window's
worker), not at the first query, which may be on the GUI thread (~50 ms for 55 models).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import configure_mappers

from coordinator_app.db.engine import Database
from coordinator_app.storage.backup import BackupInfo, newest_good_backup
from coordinator_app.storage.integrity import NEWER, check_database
from coordinator_app.storage.opening import DatabaseOpenError, open_database
from coordinator_app.storage.recovery import recover_at_start
from coordinator_app.storage.verified import forget, is_verified, remember


class DamagedDatabase(DatabaseOpenError):
    """The file is damaged; `newest_backup` is the newest backup that passes its check."""

    def __init__(self, message: str, newest_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


def start_database(path: Path) -> Database:
    """Recover, check (read-only) and open the database at `path`; a new file is created."""
    path = Path(path).expanduser().absolute()
    recover_at_start(path)
    if path.is_file():
        verified = is_verified(path)
        result = check_database(path, quick=True, cheap=verified)
        if not result.ok:
            forget(path)
            message = " ".join(result.problems)
            if result.revision_status == NEWER:
                raise DatabaseOpenError(message)
            raise DamagedDatabase(message, newest_good_backup(path))
        if not verified:
            remember(path)
    db = open_database(path)
    db.on_dispose(lambda: remember(path))  # sound when opened; changed since only through SQLite
    configure_mappers()
    return db
