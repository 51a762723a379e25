"""`restore FILE`: replace the database by a backup; the current one is kept aside."""

from __future__ import annotations

import argparse
from pathlib import Path

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import database_path, exclusive, passphrase, user_errors
from coordinator_app.i18n import _

NAME = "restore"


def add_parser(subparsers: Subparsers) -> None:
    restore = subparsers.add_parser(
        NAME, help=_("replace the database by a backup; the current one is kept aside")
    )
    restore.add_argument("file", type=Path, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from coordinator_app.storage.archive import is_archive
    from coordinator_app.storage.restore import restore_backup
    from coordinator_app.storage.summaries import backup_line, counts_line

    _check_backup_file(args.file)
    db_path = database_path(args, existing=False).absolute()
    secret = passphrase(new=False) if is_archive(args.file) else None
    with user_errors(), exclusive(db_path):
        # restore_backup checks the backup before it replaces anything; its preview is what
        # inspect_backup would have shown, without decrypting the file twice.
        result = restore_backup(args.file, db_path, secret)
    print(backup_line(result.preview))
    print(counts_line(result.preview.counts))
    if result.upgraded:
        print(_("The backup was brought up to the current schema."))
    print(_("Restored into {path}.").format(path=result.db_path))
    if result.previous_kept_at is not None:
        print(_("The previous database was kept at {path}.").format(path=result.previous_kept_at))
    return 0


def _check_backup_file(file: Path) -> None:
    """A folder, a device or a pipe is named for what it is, not as a missing file."""
    if file.is_dir():
        raise CliError(_("{path} is a folder, not a backup file.").format(path=file))
    if file.exists() and not file.is_file():
        raise CliError(_("{path} is not a backup file.").format(path=file))
    if file.is_file() and file.stat().st_size == 0:
        raise CliError(_("{path} is not a backup file.").format(path=file))
