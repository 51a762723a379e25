"""What several sub-commands do alike: find the database (finishing what a killed process left
behind, refusing a file that does not exist) and open it, turn the data-safety modules'
refusals into `CliError`, ask for a passphrase, hold the database's users lock
(storage/users.py: shared for every command, checked free before a restore).

No command but `demo`, `restore` and `handover import` (and the window) creates a database
where there is none: the others refuse a missing file with exit code 2."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator_app.cli.errors import EXIT_USAGE, CliError
from coordinator_app.i18n import _

if TYPE_CHECKING:
    from coordinator_app.db.engine import Database

PASSPHRASE_VARIABLE = "COORDINATOR_PASSPHRASE"


def database_path(args: argparse.Namespace, *, existing: bool = True) -> Path:
    """`--db`, or the default file in the user data folder (its folder is created, private).

    Every start recovers first (storage/startup.py: a replacement cut short is finished or
    undone, stale decrypted work files are removed). With `existing`, a path where there is
    no database is refused (exit code 2) instead of being created later.
    """
    from coordinator_app.storage.recovery import recover_at_start

    if args.db is not None:
        path = Path(args.db)
    else:
        from coordinator_app.app.paths import default_database_path, private_folder

        path = default_database_path()
        private_folder(path.parent)
    recover_at_start(path)
    if args.command is not None:  # issue #13: the file is not swapped while a command uses it
        _hold_users_lock(path, args.command)
    if existing and not path.is_file():
        raise CliError(
            _(
                "There is no database at {path}; check --db (only the window, demo, restore and "
                "handover import create a new one)."
            ).format(path=path),
            EXIT_USAGE,
        )
    return path


def _hold_users_lock(path: Path, command: str) -> None:
    """The shared lock of storage/users.py for the rest of the command (`cli.main` drops it)."""
    from coordinator_app.storage.users import DatabaseInUse, hold

    try:
        hold(path, command)
    except DatabaseInUse as exc:
        raise CliError(str(exc)) from None


def open_database(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of `args`, opened (upgraded) as the window would; created only with
    `create` (for `demo`), else a missing file is refused."""
    from coordinator_app.db.engine import COMMAND_BUSY_TIMEOUT_MS
    from coordinator_app.storage.opening import DatabaseOpenError, open_database

    try:
        path = database_path(args, existing=not create)
        return open_database(path, busy_timeout_ms=COMMAND_BUSY_TIMEOUT_MS)
    except DatabaseOpenError as exc:
        raise CliError(str(exc)) from None


@contextmanager
def user_errors() -> Iterator[None]:
    """The data-safety modules' refusals become one-sentence command-line errors."""
    from coordinator_app.storage.archive import ArchiveError
    from coordinator_app.storage.backup import BackupError
    from coordinator_app.storage.handover import HandoverError
    from coordinator_app.storage.restore import RestoreError
    from coordinator_app.storage.users import DatabaseInUse

    try:
        yield
    except (ArchiveError, BackupError, HandoverError, RestoreError, DatabaseInUse) as exc:
        raise CliError(str(exc)) from None


def passphrase(*, new: bool) -> str:
    """From COORDINATOR_PASSPHRASE, else typed at the terminal (twice for a new one)."""
    from coordinator_app.storage.archive import MIN_PASSPHRASE_LENGTH

    value = os.environ.get(PASSPHRASE_VARIABLE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(_("Set COORDINATOR_PASSPHRASE or run in a terminal to enter the passphrase."))
    import getpass

    value = getpass.getpass(_("Passphrase: "))
    if new:
        if len(value) < MIN_PASSPHRASE_LENGTH:
            raise CliError(
                _("The passphrase must have at least {n} characters.").format(n=MIN_PASSPHRASE_LENGTH)
            )
        if getpass.getpass(_("Repeat the passphrase: ")) != value:
            raise CliError(_("The two passphrases differ."))
    return value


@contextmanager
def exclusive(db_path: Path) -> Iterator[None]:
    """Refuse at once when another process (the window, a command) has the database open, so
    a restore says so before it decrypts anything; the swap itself takes the lock again."""
    from coordinator_app.storage.users import DatabaseInUse, check_free

    if not db_path.parent.is_dir():
        raise CliError(_("The folder {folder} does not exist.").format(folder=db_path.parent))
    try:
        check_free(db_path)
    except DatabaseInUse as exc:
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(
            _("The file {path} could not be written: {error}").format(
                path=db_path.parent, error=exc.strerror or exc
            )
        ) from None
    yield
