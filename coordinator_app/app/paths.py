"""Where the application keeps its files, per platform conventions (platformdirs).

The folders hold personal data: on POSIX they are created owner-only (0700); on Windows the
per-user folders (under %LOCALAPPDATA%) are readable by their user (and administrators) only
by default, so nothing is changed there.

A portable copy (the zip that runs from a USB stick) carries the marker file PORTABLE_MARKER
next to its Python folder; then the data and the log live in `data/` beside the program.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from coordinator_app import APP_ID

DB_FILENAME = "koordynator.sqlite"
PORTABLE_MARKER = "koordynator-portable.txt"


def portable_root(executable: str | None = None) -> Path | None:
    """The `data/` folder of a portable copy, or None for an installed application.

    The marker is looked for beside the interpreter and one folder up (the portable copy's
    root, which holds Python/ and the launchers).
    """
    interpreter = Path(executable or sys.executable).resolve()
    for folder in (interpreter.parent, interpreter.parent.parent):
        if (folder / PORTABLE_MARKER).is_file():
            return folder / "data"
    return None


def data_dir() -> Path:
    portable = portable_root()
    return portable if portable is not None else user_data_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    portable = portable_root()
    return portable / "logs" if portable is not None else user_log_path(APP_ID, appauthor=False)


def private_folder(folder: Path) -> Path:
    """Create `folder` (with its parents) if absent; on POSIX make it owner-only. Returns it."""
    folder = Path(folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    return folder
