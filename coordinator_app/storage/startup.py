"""What the window does with its database file at start-up, before anything is written.

A quick read-only check first: a damaged file is never opened for writing (opening would
replay or rewrite parts of it); the caller is told what is wrong and which backup is the
newest good one, so it can offer to restore it. A sound file is then opened as usual, which
backs it up before upgrading an older schema.
"""

from __future__ import annotations

from pathlib import Path

from coordinator_app.db.engine import Database
from coordinator_app.storage.backup import BackupInfo, newest_good_backup
from coordinator_app.storage.integrity import NEWER, check_database
from coordinator_app.storage.opening import DatabaseOpenError, open_database


class DamagedDatabase(DatabaseOpenError):
    """The file is damaged; `newest_backup` is the newest backup that passes its check."""

    def __init__(self, message: str, newest_backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


def start_database(path: Path) -> Database:
    """Check (read-only) and open the database at `path`; a new file is created."""
    path = Path(path).expanduser().absolute()
    if path.is_file():
        result = check_database(path, quick=True)
        if not result.ok:
            message = " ".join(result.problems)
            if result.revision_status == NEWER:
                raise DatabaseOpenError(message)
            raise DamagedDatabase(message, newest_good_backup(path))
    return open_database(path)
