"""Local automatic backups beside the database, and their rotation.

A backup is a consistent copy made with SQLite's online backup API (safe while the
application has the file open), written under a temporary name, checked with
`PRAGMA integrity_check` and only then renamed to its final name, for example
`koordynator-2026-11-21-1530-startup.sqlite` (the database's file name, the local time, the
reason). Rotation deletes only files named that way; copies made before upgrades or kept
aside by a restore or a handover rotate by their own rule (`storage.aside`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.core.settings import BACKUPS_DAILY, BACKUPS_MONTHLY, BACKUPS_WEEKLY
from coordinator_app.i18n import _
from coordinator_app.storage.integrity import CURRENT, OLDER, check_database, read_only_uri
from coordinator_app.storage.staging import make_private, private_folder
from coordinator_app.storage.verified import forget

log = logging.getLogger(__name__)

REASONS = ("startup", "exit", "daily", "manual", "before-restore", "before-upgrade")
SUFFIX = ".sqlite"
_STAMP = "%Y-%m-%d-%H%M"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{4})-(?P<reason>"
    + "|".join(re.escape(r) for r in REASONS)
    + r")(?:-(?P<n>\d+))?\.sqlite$"
)


class BackupError(Exception):
    """A backup could not be made or checked; the message is one sentence for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def backups_dir(db_path: Path) -> Path:
    """The folder of automatic backups: `backups/` beside the database file."""
    return Path(db_path).absolute().parent / "backups"


def temporary_name(target: Path, label: str = "tmp") -> Path:
    """A hidden name beside `target` for work in progress (same folder, so a rename is atomic)."""
    return target.with_name(f".{target.name}.{label}-{os.getpid()}")


def remove_quietly(*paths: Path) -> None:
    for path in paths:
        for extra in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{extra}").unlink()


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def pin_snapshot(db_path: Path) -> sqlite3.Connection:
    """A connection holding a read transaction on `db_path`: a copy made later through it
    (`snapshot=` below) shows the file as it was now, whatever has been written since. Cheap:
    it reads one page. The caller closes it (`make_local_backup` does)."""
    connection = sqlite3.connect(str(db_path), timeout=30, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except BaseException:
        connection.close()
        raise
    return connection


def copy_database(
    source: Path,
    target: Path,
    *,
    read_only_source: bool = False,
    verify: bool = True,
    snapshot: sqlite3.Connection | None = None,
) -> None:
    """A consistent copy of `source` at `target`, integrity-checked before it gets its name.

    The copy uses a rollback journal (no -wal/-shm beside it) and is readable by its owner
    only (POSIX). On any failure nothing is left at `target` (an existing file there is
    replaced only by a checked copy). `verify` False skips the integrity check, for a caller
    that checks the copy itself. `snapshot` (from `pin_snapshot`) is copied instead of the file
    as it is now; it is left open.
    """
    source, target = Path(source), Path(target)
    work = temporary_name(target)
    remove_quietly(work)
    try:
        try:
            if snapshot is not None:
                src = snapshot
            elif read_only_source:
                src = sqlite3.connect(read_only_uri(source), uri=True, timeout=30)
            else:
                src = sqlite3.connect(str(source), timeout=30)
            try:
                dst = sqlite3.connect(str(work))
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")
                finally:
                    dst.close()
            finally:
                if src is not snapshot:
                    src.close()
        except sqlite3.Error as exc:
            raise BackupError(
                _("The database {path} could not be copied (SQLite reports: {detail}).").format(
                    path=source, detail=exc
                )
            ) from exc
        make_private(work)
        with work.open("rb+") as fh:
            os.fsync(fh.fileno())
        if verify:
            _verify_copy(work, source)
        os.replace(work, target)
        fsync_folder(target.parent)
    except BaseException:
        remove_quietly(work)
        raise


def copy_into(db_path: Path, target: Path, snapshot: sqlite3.Connection | None = None) -> None:
    """`copy_database`, with a failure to write the copy told as a `BackupError`."""
    try:
        copy_database(db_path, target, snapshot=snapshot)
    except OSError as exc:
        raise BackupError(
            _("The backup could not be written to {folder} ({reason}).").format(
                folder=target.parent, reason=exc.strerror or exc
            )
        ) from exc


def _verify_copy(work: Path, source: Path) -> None:
    try:
        connection = sqlite3.connect(read_only_uri(work), uri=True)
        try:
            rows = connection.execute("PRAGMA integrity_check(3)").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        rows = [(str(exc),)]
    if rows != [("ok",)]:
        forget(source)  # the next start checks the file itself fully
        raise BackupError(
            _("The copy of {path} failed the integrity check ({details}); it was not kept.").format(
                path=source, details="; ".join(str(r[0]) for r in rows)
            )
        )


def _free_name(folder: Path, stem: str, when: dt.datetime, reason: str) -> Path:
    base = f"{stem}-{when.strftime(_STAMP)}-{reason}"
    target = folder / f"{base}{SUFFIX}"
    n = 2
    while target.exists():
        target = folder / f"{base}-{n}{SUFFIX}"
        n += 1
    return target


def make_local_backup(
    db_path: Path, reason: str, *, now: dt.datetime | None = None, snapshot: sqlite3.Connection | None = None
) -> Path:
    """Back the database up into `backups_dir(db_path)`; returns the checked copy's path.
    With `snapshot` (`pin_snapshot`), the copy shows the file as it was when pinned."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason: {reason}")
    db_path = Path(db_path).absolute()
    if not db_path.is_file():
        raise BackupError(_("There is no database at {path} to back up.").format(path=db_path))
    folder = backups_dir(db_path)
    try:
        private_folder(folder)
    except OSError as exc:
        raise BackupError(
            _("The backup folder {folder} cannot be created ({reason}).").format(
                folder=folder, reason=exc.strerror or exc
            )
        ) from exc
    target = _free_name(folder, db_path.stem, now or dt.datetime.now(), reason)
    copy_into(db_path, target, snapshot)
    log.info("Backup written (%s, %d bytes)", reason, target.stat().st_size)
    return target


def plan_aside(db_path: Path, label: str) -> tuple[Path | None, list[tuple[Path, Path]]]:
    """Where the database (with its -wal/-shm) would step aside into `backups/`: (its new
    path, the renames to do), nothing moved yet; (None, []) when there is no database."""
    if not db_path.exists():
        return None, []
    try:  # fold the write-ahead log into the file, when it can still be opened
        connection = sqlite3.connect(str(db_path), timeout=5)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    except sqlite3.Error:
        pass
    folder = private_folder(backups_dir(db_path))
    aside = folder / f"{db_path.stem}-{label}-{dt.datetime.now():%Y%m%d-%H%M%S}{db_path.suffix or '.sqlite'}"
    moves = [
        (Path(f"{db_path}{extra}"), Path(f"{aside}{extra}"))
        for extra in ("", "-wal", "-shm")
        if Path(f"{db_path}{extra}").exists()
    ]
    return aside, moves


def _parse(path: Path) -> tuple[str, BackupInfo] | None:
    match = _NAME.match(path.name)
    if match is None or not path.is_file():
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return match["stem"], BackupInfo(path, created, match["reason"], size)


def _named_backups(folder: Path) -> list[tuple[str, BackupInfo]]:
    if not folder.is_dir():
        return []
    found = [parsed for path in folder.iterdir() if (parsed := _parse(path)) is not None]
    # Newest first; within one minute (names keep minutes) the later copy has the higher
    # counter, or, under different reasons, the later modification time.
    found.sort(key=lambda item: (item[1].created, _counter(item[1].path), _mtime(item[1].path)), reverse=True)
    return found


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _counter(path: Path) -> int:
    match = _NAME.match(path.name)
    return int(match["n"]) if match and match["n"] else 1


def list_local_backups(db_path: Path) -> list[BackupInfo]:
    """Automatic backups of this database, newest first."""
    db_path = Path(db_path).absolute()
    return [info for stem, info in _named_backups(backups_dir(db_path)) if stem == db_path.stem]


def rotate_backups(
    folder: Path,
    *,
    daily: int = BACKUPS_DAILY.default,
    weekly: int = BACKUPS_WEEKLY.default,
    monthly: int = BACKUPS_MONTHLY.default,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Delete automatic backups outside the policy; returns the deleted paths.

    Kept, per database: the newest backup of each of the last `daily` days, of each of the last
    `weekly` ISO weeks and of each of the last `monthly` months, the newest backup of all, and
    anything dated in the future (a wrong clock) together with the newest one that is not.
    Files not named by `make_local_backup` are never touched.
    """
    now = now or dt.datetime.now()
    today = now.date()
    this_monday = today - dt.timedelta(days=today.weekday())
    groups: dict[str, list[BackupInfo]] = {}
    for stem, info in _named_backups(Path(folder)):
        groups.setdefault(stem, []).append(info)
    deleted: list[Path] = []
    for infos in groups.values():
        past = [info for info in infos if info.created <= now]
        # Dated in the future, and the newest of the rest: the newest of all is always kept.
        keep = {info.path for info in infos[: len(infos) - len(past) + 1]}
        seen: set[tuple[str, object]] = set()
        for info in past:  # newest first, so the first of each period is its newest
            day = info.created.date()
            monday = day - dt.timedelta(days=day.weekday())
            periods: list[tuple[str, object, bool]] = [
                ("day", day, (today - day).days < daily),
                ("week", monday, (this_monday - monday).days // 7 < weekly),
                ("month", (day.year, day.month), _months(today) - _months(day) < monthly),
            ]
            for kind, key, recent in periods:
                if recent and (kind, key) not in seen:
                    seen.add((kind, key))
                    keep.add(info.path)
        for info in infos:
            if info.path in keep:
                continue
            try:
                info.path.unlink()
            except OSError as exc:
                log.warning("Old backup %s not deleted: %s", info.path.name, exc)
                continue
            deleted.append(info.path)
    return deleted


def rotate_as_set(db_path: Path) -> list[Path]:
    """Rotate the backups of `db_path` by the policy kept in its settings."""
    from coordinator_app.core.settings import ASIDE_COPIES_KEEP_DAYS
    from coordinator_app.db.settings_store import read_from_file
    from coordinator_app.storage.aside import rotate_aside_copies

    deleted = rotate_backups(
        backups_dir(db_path),
        daily=read_from_file(db_path, BACKUPS_DAILY),
        weekly=read_from_file(db_path, BACKUPS_WEEKLY),
        monthly=read_from_file(db_path, BACKUPS_MONTHLY),
    )
    keep_days = read_from_file(db_path, ASIDE_COPIES_KEEP_DAYS)
    return deleted + rotate_aside_copies(backups_dir(db_path), keep_days=keep_days)


def _months(day: dt.date) -> int:
    return day.year * 12 + day.month


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest automatic backup that passes the integrity check at a known schema revision."""
    for info in list_local_backups(db_path):
        result = check_database(info.path)
        if result.integrity_ok and result.revision_status in (CURRENT, OLDER):
            return info
    return None
