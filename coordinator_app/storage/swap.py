"""Putting a new database file in place of the current one, so that a kill at any moment is
finished or undone at the next start.

A swap is a list of renames (the current database, its -wal/-shm and maybe the documents
folder into `backups/`, then the new files in), the last of which moves the new database
file to the database path. Before the first rename a journal `<db>.swap.json` naming every
rename is written and synced; after the last it is deleted. `finish_interrupted_swap`, run
at every start, finds a journal left by a killed process and either completes the renames
(when the new file is there and passes its check) or undoes those that were done.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from coordinator_app.storage.backup import fsync_folder
from coordinator_app.storage.staging import make_private, owner_alive

log = logging.getLogger(__name__)

Step = tuple[Path, Path]

COMPLETED = "completed"
ROLLED_BACK = "rolled back"


def journal_path(db_path: Path) -> Path:
    db_path = Path(db_path).absolute()
    return db_path.with_name(db_path.name + ".swap.json")


def _write_journal(db_path: Path, steps: Sequence[Step], owner: Path) -> Path:
    journal = journal_path(db_path)
    work = owner / "swap.json.new"  # written in the staging folder: a kill leaves it to the sweep
    record = {
        "format": 1,
        "database": str(db_path),
        "owner": str(owner),
        "steps": [[str(source), str(target)] for source, target in steps],
    }
    with work.open("w", encoding="utf-8") as fh:
        json.dump(record, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    make_private(work)
    os.replace(work, journal)
    fsync_folder(journal.parent)
    return journal


def _sync_folders(steps: Sequence[Step]) -> None:
    for folder in {path.parent for step in steps for path in step}:
        with contextlib.suppress(OSError):
            fsync_folder(folder)


def swap_in(db_path: Path, steps: Sequence[Step], *, owner: Path) -> None:
    """Do the renames `steps` in order under a journal; the last one brings the new database
    file to `db_path`. `owner` is the caller's staging folder (it tells a live swap from one
    whose process was killed). On an error the renames done are undone and it is raised."""
    db_path = Path(db_path).absolute()
    steps = [(Path(source), Path(target)) for source, target in steps]
    if not steps or steps[-1][1] != db_path:
        raise ValueError("the last step of a swap must bring the new file to the database path")
    journal = _write_journal(db_path, steps, owner)
    done: list[Step] = []
    try:
        for source, target in steps:
            os.replace(source, target)
            done.append((source, target))
    except BaseException:
        for source, target in reversed(done):
            os.replace(target, source)
        _sync_folders(steps)
        journal.unlink(missing_ok=True)
        raise
    _sync_folders(steps)
    journal.unlink(missing_ok=True)
    fsync_folder(journal.parent)


def _new_file_sound(path: Path) -> bool:
    from coordinator_app.storage.integrity import CURRENT, check_database

    if not path.is_file():
        return False
    result = check_database(path, quick=True)
    return result.ok and result.revision_status == CURRENT


def finish_interrupted_swap(db_path: Path) -> str | None:
    """Complete or undo a swap whose process was killed; what was done, or None (no journal,
    or its process still runs)."""
    journal = journal_path(db_path)
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        steps = [(Path(source), Path(target)) for source, target in record["steps"]]
        owner = Path(record["owner"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("The swap journal %s cannot be read (%s); it was left in place", journal, exc)
        return None
    if owner_alive(owner):
        return None
    new_file, db = steps[-1]
    if db.exists() and not new_file.exists():
        outcome = COMPLETED  # the last rename was done: only the journal was left
    elif _new_file_sound(new_file):
        for source, target in steps:
            if source.exists():
                os.replace(source, target)
        outcome = COMPLETED
    else:
        for source, target in reversed(steps):
            if target.exists() and not source.exists():
                os.replace(target, source)
        outcome = ROLLED_BACK
    _sync_folders(steps)
    journal.unlink(missing_ok=True)
    fsync_folder(journal.parent)
    log.warning("A replacement of the database cut short was %s at start-up", outcome)
    return outcome
