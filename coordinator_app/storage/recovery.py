"""What every start does first with its database file, before the file is checked or opened:
finish or undo a replacement of the file cut short by a kill (swap.py), remove the decrypted
work files of processes that no longer run (staging.py), and make the file owner-only.

It imports neither SQLAlchemy nor the engine: the window runs it before its first paint.
"""

from __future__ import annotations

import logging
from pathlib import Path

from coordinator_app.storage.staging import make_private, sweep_stale_staging

log = logging.getLogger(__name__)


def swap_journal(path: Path) -> Path:
    """Where swap.py keeps the journal of a replacement of `path` (`swap.journal_path`), named
    here too so a start without one needs neither swap.py nor the backups behind it."""
    return path.with_name(path.name + ".swap.json")


def recover_at_start(path: Path) -> None:
    """Finish an interrupted swap, sweep stale staging folders, tighten the file's permissions.

    Does nothing when the folder of `path` does not exist.
    """
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        return
    try:
        if swap_journal(path).exists():
            from coordinator_app.storage.swap import finish_interrupted_swap

            finish_interrupted_swap(path)
        sweep_stale_staging(path)
    except OSError as exc:  # the start goes on; the next one tries again
        log.error("Recovery at start-up failed: %s", exc)
    for private in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), path.parent / "backups"):
        if private.exists():
            make_private(private)
