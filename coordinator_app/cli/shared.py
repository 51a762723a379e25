"""What several sub-commands do alike: find and open the database, turn the data-safety
modules' refusals into `CliError`, ask for a passphrase, hold the window's lock."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from coordinator_app.cli.errors import CliError
from coordinator_app.i18n import _

if TYPE_CHECKING:
    from coordinator_app.db.engine import Database

PASSPHRASE_VARIABLE = "COORDINATOR_PASSPHRASE"


def database_path(args: argparse.Namespace) -> Path:
    """`--db`, or the default file in the user data folder (its folder is created)."""
    if args.db is not None:
        return Path(args.db)
    from coordinator_app.app.paths import default_database_path

    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def open_database(args: argparse.Namespace) -> Database:
    """The database of `args`, opened (created, upgraded) as the window would."""
    from coordinator_app.storage.opening import DatabaseOpenError, open_database

    try:
        return open_database(database_path(args))
    except DatabaseOpenError as exc:
        raise CliError(str(exc)) from None


@contextmanager
def user_errors() -> Iterator[None]:
    """The data-safety modules' refusals become one-sentence command-line errors."""
    from coordinator_app.storage.archive import ArchiveError
    from coordinator_app.storage.backup import BackupError
    from coordinator_app.storage.handover import HandoverError
    from coordinator_app.storage.restore import RestoreError

    try:
        yield
    except (ArchiveError, BackupError, HandoverError, RestoreError) as exc:
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
    """Hold the window's single-instance lock, so the file is not replaced under a running app."""
    from coordinator_app.ui.instance_guard import InstanceLockError, acquire_instance_lock

    if not db_path.parent.is_dir():
        raise CliError(_("The folder {folder} does not exist.").format(folder=db_path.parent))
    try:
        lock = acquire_instance_lock(db_path)
    except InstanceLockError as exc:
        raise CliError(str(exc)) from None
    if lock is None:
        raise CliError(
            _("The application has the database {path} open; close it and try again.").format(path=db_path)
        )
    try:
        yield
    finally:
        lock.unlock()
