"""Who has the database file open: a shared/exclusive lock beside it, so that nothing swaps the
file under a process that uses it.

Every process that opens the database (the window, every command: `demo`, `print`, `report`,
`backup`, `check`, …) holds a SHARED lock on `<db>.users` for as long as it has the file open;
any number of them share the file as before. `restore` and `handover import` take the lock
EXCLUSIVE, without waiting, only for the renames of the swap (storage/swap.py); when another
process holds it they refuse with one sentence naming the holders, which each holder writes as
a line `pid<TAB>what` into the lock file. The OS drops a lock when its process dies, even on
SIGKILL, so a killed process never blocks a restore.

The lock is flock on POSIX and LockFileEx on a byte far beyond the text on Windows. This
process's own hold is set aside for its own swap (the window restores after closing its
connections). The last holder to leave removes the file (POSIX), and a lock is trusted only
once the path still names the file locked, so a removed file is never locked by mistake.

May import: `app/`, `i18n/`, `storage.staging` (pid checks). Nothing of Qt.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coordinator_app.i18n import _
from coordinator_app.storage.staging import make_private, pid_alive

log = logging.getLogger(__name__)

SUFFIX = ".users"
WINDOW = "window"
# How long a process that opens the database waits for a swap in progress to end.
WAIT_FOR_SWAP_SECONDS = 30.0
_POLL_SECONDS = 0.05
_SHARED, _EXCLUSIVE, _UNLOCK = "shared", "exclusive", "unlock"


class DatabaseInUse(Exception):
    """The file cannot be replaced or opened now; the message is one sentence for the user."""


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path).expanduser().absolute()
    return db_path.with_name(db_path.name + SUFFIX)


def _lock(fd: int, mode: str) -> bool:
    """Set this descriptor's lock to `mode` without waiting; False when another process
    stands in the way."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return _windows_lock(fd, mode)
    import fcntl

    flag = {_SHARED: fcntl.LOCK_SH, _EXCLUSIVE: fcntl.LOCK_EX, _UNLOCK: fcntl.LOCK_UN}[mode]
    try:
        fcntl.flock(fd, flag | (fcntl.LOCK_NB if mode != _UNLOCK else 0))
    except OSError:
        return False
    return True


if sys.platform == "win32":  # pragma: no cover - Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    def _windows_lock(fd: int, mode: str) -> bool:
        kernel32 = ctypes.windll.kernel32
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        overlapped = _Overlapped(0, 0, 0, 0x100, None)  # byte 2**40: never where the text is
        kernel32.UnlockFileEx(handle, 0, 1, 0, ctypes.byref(overlapped))  # Windows cannot convert
        if mode == _UNLOCK:
            return True
        flags = 0x1 | (0x2 if mode == _EXCLUSIVE else 0)  # FAIL_IMMEDIATELY | EXCLUSIVE_LOCK
        return bool(kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))


@dataclass
class _Hold:
    fd: int
    count: int


_holds: dict[Path, _Hold] = {}
_guard = threading.RLock()


def _same_file(fd: int, path: Path) -> bool:
    """Whether `path` still names the file open as `fd` (another process may have removed it)."""
    try:
        here, there = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _open_locked(path: Path, mode: str, *, wait: float) -> int | None:
    """A descriptor of `path` locked in `mode`, or None when it could not be had in `wait` s."""
    deadline = time.monotonic() + wait
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        if _lock(fd, mode) and _same_file(fd, path):
            make_private(path)
            return fd
        os.close(fd)
        if time.monotonic() >= deadline:
            return None
        time.sleep(_POLL_SECONDS)


def _write_line(fd: int, what: str, *, truncate: bool) -> None:
    if truncate:
        os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_END)
    os.write(fd, f"{os.getpid()}\t{what}\n".encode())


def hold(db_path: Path, what: str) -> None:
    """Hold the SHARED lock of `db_path` for this process, naming it `what` (`WINDOW` or a
    command's name), until `release`. Waits for a swap in progress to end; a folder where no
    lock file can be made is left alone (opening the database reports it)."""
    path = lock_path(db_path)
    with _guard:
        held = _holds.get(path)
        if held is not None:
            held.count += 1
            return
        if not path.parent.is_dir():
            return
        try:
            fd = _open_locked(path, _EXCLUSIVE, wait=0)  # alone: the old names go
            alone = fd is not None
            if fd is None:
                fd = _open_locked(path, _SHARED, wait=WAIT_FOR_SWAP_SECONDS)
            elif not _lock(fd, _SHARED):  # a swap came in between the two
                os.close(fd)
                fd = _open_locked(path, _SHARED, wait=WAIT_FOR_SWAP_SECONDS)
                alone = False
        except OSError as exc:
            log.info("No users lock beside the database (%s)", exc.strerror or exc)
            return
        if fd is None:
            raise DatabaseInUse(
                _("The database {path} is being replaced by a restore; try again in a moment.").format(
                    path=Path(db_path)
                )
            )
        with contextlib.suppress(OSError):
            _write_line(fd, what, truncate=alone)
        _holds[path] = _Hold(fd, 1)


def release(db_path: Path) -> None:
    """Give up one `hold` of `db_path`; the last one drops the lock."""
    path = lock_path(db_path)
    with _guard:
        held = _holds.get(path)
        if held is None:
            return
        held.count -= 1
        if held.count == 0:
            del _holds[path]
            _close(path, held.fd)


def release_all() -> None:
    """Drop every hold of this process (the end of a command)."""
    with _guard:
        for path, held in list(_holds.items()):
            del _holds[path]
            _close(path, held.fd)


def _close(path: Path, fd: int) -> None:
    """Unlock and close; the last user removes the file (not on Windows: it is open elsewhere)."""
    if os.name == "posix" and _lock(fd, _EXCLUSIVE) and _same_file(fd, path):
        with contextlib.suppress(OSError):
            path.unlink()
    _lock(fd, _UNLOCK)
    os.close(fd)


@contextlib.contextmanager
def shared(db_path: Path, what: str) -> Iterator[None]:
    """`hold` for the length of a block."""
    hold(db_path, what)
    try:
        yield
    finally:
        release(db_path)


def _label(what: str, pid: int) -> str:
    if what == WINDOW:
        return _("the window of the application (process {pid})").format(pid=pid)
    return _("the command {command} (process {pid})").format(command=what, pid=pid)


def holders(db_path: Path) -> list[str]:
    """Who else holds the lock, as named in the lock file (processes still running)."""
    try:
        text = lock_path(db_path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found: list[str] = []
    for line in text.splitlines():
        pid_text, _tab, what = line.partition("\t")
        if not pid_text.isdigit() or int(pid_text) == os.getpid() or not pid_alive(int(pid_text)):
            continue
        label = _label(what.strip() or "?", int(pid_text))
        if label not in found:
            found.append(label)
    return found


def in_use_message(db_path: Path) -> str:
    names = holders(db_path)
    if not names:
        return _("The database {path} is open in another program; close it and try again.").format(
            path=Path(db_path)
        )
    return _("The database {path} is open in {holders}; close it and try again.").format(
        path=Path(db_path), holders=", ".join(names)
    )


@contextlib.contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """The EXCLUSIVE lock of `db_path` for a swap, or `DatabaseInUse` naming who holds it.

    This process's own hold is set aside for the block (its caller has closed its own
    connections) and taken again after it."""
    path = lock_path(db_path)
    with _guard:
        held = _holds.get(path)
        if held is not None:
            if not _lock(held.fd, _EXCLUSIVE):
                _relock_shared(held.fd)
                raise DatabaseInUse(in_use_message(db_path))
            try:
                yield
            finally:
                _relock_shared(held.fd)
            return
        fd = _open_locked(path, _EXCLUSIVE, wait=0)
        if fd is None:
            raise DatabaseInUse(in_use_message(db_path))
        try:
            os.ftruncate(fd, 0)
            yield
        finally:
            _close(path, fd)


def _relock_shared(fd: int) -> None:
    deadline = time.monotonic() + WAIT_FOR_SWAP_SECONDS
    while not _lock(fd, _SHARED) and time.monotonic() < deadline:
        time.sleep(_POLL_SECONDS)


def check_free(db_path: Path) -> None:
    """Refuse early (`DatabaseInUse`) when another process has the database open: a restore
    says so before it decrypts anything. The swap itself takes the lock again."""
    with exclusive(db_path):
        pass
