"""Rotation of the copies put aside before a restore, a handover or an upgrade (issue 15,
point 5). They used to be kept forever, and with them the data of every person anonymised
since; now a copy older than the kept days (`core.settings.ASIDE_COPIES_KEEP_DAYS`) is deleted,
but the newest copy of each kind is always kept. Only files named as `backup.plan_aside` and
`opening.backup_before_upgrade` name them are touched, with their -wal and -shm companions.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.core.settings import ASIDE_COPIES_KEEP_DAYS

log = logging.getLogger(__name__)

_NAME = re.compile(
    r"^(?P<stem>.+)-before-(?P<label>restore|handover|upgrade)(?:-[0-9A-Za-z_]+)?"
    r"-(?P<stamp>\d{8}-\d{6})(?P<suffix>\.[0-9A-Za-z]+)$"
)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class AsideCopy:
    path: Path
    stem: str
    label: str
    created: dt.datetime


def aside_copies(folder: Path) -> list[AsideCopy]:
    """The copies put aside in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found: list[AsideCopy] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        try:
            created = dt.datetime.strptime(match["stamp"], _STAMP)
        except ValueError:
            continue
        found.append(AsideCopy(path, match["stem"], match["label"], created))
    return sorted(found, key=lambda copy: copy.created, reverse=True)


def rotate_aside_copies(
    folder: Path, *, keep_days: int = ASIDE_COPIES_KEEP_DAYS.default, now: dt.datetime | None = None
) -> list[Path]:
    """Delete the copies older than `keep_days`, but the newest of each database and kind;
    returns the deleted paths."""
    now = now or dt.datetime.now()
    newest: set[tuple[str, str]] = set()
    deleted: list[Path] = []
    for copy in aside_copies(Path(folder)):
        key = (copy.stem, copy.label)
        if key not in newest:
            newest.add(key)
            continue
        if (now - copy.created).days < keep_days:
            continue
        for extra in ("", "-wal", "-shm"):
            target = Path(f"{copy.path}{extra}")
            try:
                if target.exists():
                    target.unlink()
                    deleted.append(target)
            except OSError as exc:
                log.warning("Old copy %s not deleted: %s", target.name, exc)
    return deleted


def oldest_copy(folder: Path) -> dt.datetime | None:
    """When the oldest copy still kept was made (a backup can hold erased data until then)."""
    copies = aside_copies(Path(folder))
    return copies[-1].created if copies else None
