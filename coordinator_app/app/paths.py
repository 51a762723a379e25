"""Where the application keeps its files, per platform conventions (platformdirs).

The folders hold personal data: on POSIX they are created owner-only (0700); on Windows the
per-user folders (under %LOCALAPPDATA%) are readable by their user (and administrators) only
by default, so nothing is changed there.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from coordinator_app import APP_ID

DB_FILENAME = "koordynator.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    return user_log_path(APP_ID, appauthor=False)


def private_folder(folder: Path) -> Path:
    """Create `folder` (with its parents) if absent; on POSIX make it owner-only. Returns it."""
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    return folder
