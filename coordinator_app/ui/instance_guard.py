"""One process per database file: a `QLockFile` beside the database.

SQLite tolerates a second reader, but two copies of the app editing one file would overwrite
each other's work, so the second copy is stopped with a message naming who holds the lock.

Stale locks: `QLockFile.tryLock` itself removes a lock left by a process that is gone (same
host, the PID no longer runs or now belongs to another program). The default stale-lock time
is kept; a live holder's lock is never taken over on a local disk, because Qt also holds an
OS-level lock on the file (flock on Unix, an open handle on Windows). As a second line, when
the lock names a process of this host that is demonstrably gone, `removeStaleLockFile()` is
called and the lock tried once more.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from coordinator_app.i18n import _

log = logging.getLogger(__name__)

TRY_LOCK_TIMEOUT_MS = 100


class InstanceLockError(OSError):
    """The lock file cannot be created at all (no permission, read-only folder...)."""


def lock_path_for(db_path: Path) -> str:
    return str(db_path) + ".lock"


def acquire_instance_lock(db_path: Path) -> QLockFile | None:
    """The locked `QLockFile` guarding `db_path`, or None when another live process holds it.

    The caller keeps the returned object for the life of the process (the lock is released
    when it is unlocked or garbage-collected). Raises `InstanceLockError` when the lock file
    cannot be written at all.
    """
    lock = QLockFile(lock_path_for(db_path))
    if lock.tryLock(TRY_LOCK_TIMEOUT_MS):
        return lock
    error = lock.error()
    if error != QLockFile.LockError.LockFailedError:
        raise InstanceLockError(
            _("Cannot create the lock file {path} ({reason}).").format(
                path=lock.fileName(), reason=error.name
            )
        )
    if _holder_is_gone(lock):
        log.warning("Removing a stale lock file left by a process that no longer runs")
        if lock.removeStaleLockFile() and lock.tryLock(TRY_LOCK_TIMEOUT_MS):
            return lock
    return None


def describe_lock_holder(lock: QLockFile) -> str:
    """Who holds the lock, for the message to the user ("" when the lock file says nothing)."""
    pid, hostname, appname = _lock_info(lock)
    if pid <= 0:
        return ""
    if hostname and hostname != QSysInfo.machineHostName():
        return _("program {app} (process {pid}) on the computer {host}").format(
            app=appname or "?", pid=pid, host=hostname
        )
    return _("program {app} (process {pid}) on this computer").format(app=appname or "?", pid=pid)


def _lock_info(lock: QLockFile) -> tuple[int, str, str]:
    info = lock.getLockInfo()
    # PySide6 returns (pid, hostname, appname); (0, "", "") or False when there is no info.
    if not isinstance(info, tuple) or len(info) != 3:
        return 0, "", ""
    pid, hostname, appname = info
    return int(pid), str(hostname or ""), str(appname or "")


def _holder_is_gone(lock: QLockFile) -> bool:
    """True only when the holder is a process of this host that certainly no longer runs."""
    pid, hostname, _appname = _lock_info(lock)
    if pid <= 0 or (hostname and hostname != QSysInfo.machineHostName()):
        return False
    if os.name != "posix":
        # os.kill(pid, 0) would terminate the process on Windows; Qt's own check in
        # tryLock covers this case there.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # PermissionError: it runs, under another user
        return False
    return False
