"""One private place beside the database for decrypted and unpacked work files, and the
removal of what a killed process left there.

Every process that decrypts, copies or unpacks a database stages in its own folder
`<db>.staging/<pid>-<random>/` (mode 0700 on POSIX), which holds a marker file `owner.lock`
locked for as long as the process lives (flock on POSIX, a byte-range lock on Windows; the OS
drops it when the process dies, even on SIGKILL). The folder is removed when the work ends;
when the process is killed, `sweep_stale_staging` removes it at the next start.

The marker is locked under a temporary name and only then renamed, so a folder without a
marker belongs to a process still starting it (its pid alive) or to one killed before it
could (its pid gone). Work files left by older versions of the application beside the
database (`.<db>.external-PID`, `.<db>.restoring-PID…`, `.handover-*`) are swept as well.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from coordinator_app.app.paths import private_folder

__all__ = ["StagingArea", "make_private", "make_private_tree", "private_folder", "staging_area"]
log = logging.getLogger(__name__)

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
MARKER = "owner.lock"
_MARKER_WORK = ".owner.lock.new"
# A marker that can be locked although the pid in the folder's name runs: that pid now
# belongs to another program, unless the folder was created moments ago (a race with its
# start, which this grace period covers).
_GRACE_SECONDS = 60.0
_FOLDER = re.compile(r"^(?P<pid>\d+)-[0-9a-f]+$")
_LEGACY_HANDOVER_AGE = 600.0


def staging_root(db_path: Path) -> Path:
    """The staging folder of a database: `<db>.staging/` beside it."""
    db_path = Path(db_path).absolute()
    return db_path.with_name(db_path.name + ".staging")


def make_private(path: Path) -> None:
    """Owner-only permissions (0700 for a folder, 0600 for a file) on POSIX; nothing on Windows,
    where the per-user folders are private already. A file of another owner is left as it is."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FOLDER if Path(path).is_dir() else PRIVATE_FILE)


def make_private_tree(folder: Path) -> None:
    """`make_private` on a folder and everything in it."""
    make_private(folder)
    for path in Path(folder).rglob("*"):
        make_private(path)


def _try_lock(fh: IO[bytes]) -> bool:
    """Take the marker's lock without waiting; False when another process holds it."""
    try:
        if os.name == "posix":
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        else:
            import msvcrt

            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "posix":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return _windows_pid_alive(pid)


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


class StagingArea:
    """This process's private work folder beside a database; use it as a context manager.

    The folder and everything in it are removed on exit, whatever happened.
    """

    def __init__(self, db_path: Path) -> None:
        root = staging_root(db_path)
        # random as secrets.token_hex is, without importing hmac at start-up
        self.folder = root / f"{os.getpid()}-{os.urandom(4).hex()}"
        for attempt in range(3):  # another process may remove the empty root meanwhile
            private_folder(root)
            try:
                self.folder.mkdir(mode=PRIVATE_FOLDER)
                break
            except FileNotFoundError:
                if attempt == 2:
                    raise
        make_private(self.folder)
        work = self.folder / (_MARKER_WORK if os.name == "posix" else MARKER)
        self._marker: IO[bytes] | None = work.open("wb")
        _try_lock(self._marker)
        self._marker.write(f"{os.getpid()}\n".encode())
        self._marker.flush()
        if os.name == "posix":  # Windows cannot rename a file that is open; the pid covers it
            os.replace(work, self.folder / MARKER)

    def path(self, name: str) -> Path:
        return self.folder / name

    def close(self) -> None:
        if self._marker is not None:
            self._marker.close()  # closing releases the lock
            self._marker = None
        shutil.rmtree(self.folder, ignore_errors=True)
        _remove_if_empty(self.folder.parent)

    def __enter__(self) -> StagingArea:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _remove_if_empty(root: Path) -> None:
    with contextlib.suppress(OSError):  # not empty: another process stages there
        root.rmdir()


@contextlib.contextmanager
def staging_area(db_path: Path) -> Iterator[Path]:
    """A fresh private work folder beside `db_path`, removed on exit."""
    with StagingArea(db_path) as area:
        yield area.folder


def owner_alive(folder: Path) -> bool:
    """Whether the process that staged in `folder` still runs (a missing folder: no)."""
    folder = Path(folder)
    match = _FOLDER.match(folder.name)
    if match is None or not folder.is_dir():
        return False
    pid = int(match["pid"])
    if not pid_alive(pid):
        return False
    if pid == os.getpid():
        return True
    marker = folder / MARKER
    try:
        with marker.open("rb+") as fh:
            if not _try_lock(fh):
                return True  # the lock is held: its owner runs
            age = time.time() - marker.stat().st_mtime
    except FileNotFoundError:
        return True  # no marker yet: a live process is setting the folder up
    except OSError:
        return True
    return age < _GRACE_SECONDS


def sweep_stale_staging(db_path: Path) -> list[Path]:
    """Remove the work folders and files of processes that no longer run; returns them."""
    db_path = Path(db_path).absolute()
    removed: list[Path] = []
    root = staging_root(db_path)
    if root.is_dir():
        make_private(root)
        for folder in root.iterdir():
            if folder.is_dir() and not owner_alive(folder):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            elif folder.is_file():
                folder.unlink(missing_ok=True)
                removed.append(folder)
        _remove_if_empty(root)
    removed += _sweep_legacy(db_path)
    if removed:
        log.info("Removed %d work files left by processes that no longer run", len(removed))
    return removed


def _sweep_legacy(db_path: Path) -> list[Path]:
    """Work files named by older versions beside the database and in `backups/`."""
    own = re.compile(
        r"^\.(?P<name>.+)\.(?:external|readback|restoring|tmp)-(?P<pid>\d+)"
        r"(?:\.(?:part|tmp)-(?P<pid2>\d+))?(?:-journal|-wal|-shm)?$"
    )
    removed: list[Path] = []
    for folder in (db_path.parent, db_path.parent / "backups"):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = own.match(path.name)
            if match and path.is_file():
                pids = [int(p) for p in (match["pid"], match["pid2"]) if p]
                if not any(pid_alive(pid) for pid in pids):
                    path.unlink(missing_ok=True)
                    removed.append(path)
            elif folder == db_path.parent and path.name.startswith(".handover-") and path.is_dir():
                with contextlib.suppress(OSError):
                    if time.time() - path.stat().st_mtime > _LEGACY_HANDOVER_AGE:
                        shutil.rmtree(path, ignore_errors=True)
                        removed.append(path)
    return removed
