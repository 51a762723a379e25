"""The command line's one error type, its exit codes, and the sentence for an OS error with a
known cause."""

from __future__ import annotations

import errno

EXIT_FAILURE = 1
EXIT_USAGE = 2
_DISK_FULL = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code is not None
)


class CliError(Exception):
    """A user mistake or a refused operation; `cli.main` shows the message, as it is, as one
    sentence on stderr and exits with `exit_code` (`EXIT_FAILURE` unless told otherwise)."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _shown(name: object) -> str:
    """A file name as a message shows it: a very long one is cut short."""
    text = str(name or "")
    return text if len(text) <= 120 else text[:60] + "…" + text[-40:]


def describe_os_error(exc: OSError) -> str | None:
    """One sentence for an OS error whose cause the user can act on (a read-only folder, a name
    too long, a full disk), or None for any other."""
    from coordinator_app.i18n import _

    name = _shown(exc.filename)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _("{path} cannot be written: the folder is read-only or belongs to another user.").format(
            path=name
        )
    if exc.errno == errno.ENAMETOOLONG:
        return _("The file name {name} is too long for this system; choose a shorter one.").format(name=name)
    if exc.errno in _DISK_FULL:
        return _("The disk is full; nothing was saved. Free some space and try again.")
    return None
