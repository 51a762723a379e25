"""`backup [--to DIR] [--encrypt]`: back the database up, beside it or into a chosen folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import database_path, passphrase, user_errors
from coordinator_app.i18n import _

NAME = "backup"


def add_parser(subparsers: Subparsers) -> None:
    backup = subparsers.add_parser(
        NAME, help=_("back the database up (by default into the backups folder beside it)")
    )
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help=_("folder to write the backup to, e.g. a USB stick")
    )
    backup.add_argument("--encrypt", action="store_true", help=_("encrypt the backup with a passphrase"))


def run(args: argparse.Namespace) -> int:
    from coordinator_app.storage import backup, restore

    db_path = database_path(args)
    with user_errors():
        if args.to is None:
            if args.encrypt:
                raise CliError(_("--encrypt needs --to DIR: backups beside the database are not encrypted."))
            target = backup.make_local_backup(db_path, "manual")
            backup.rotate_as_set(db_path)
        elif args.encrypt:
            target = restore.encrypted_backup_to(db_path, args.to, passphrase(new=True))
        else:
            target = restore.plain_backup_to(db_path, args.to)
    print(_("Backup saved and checked: {path}").format(path=target))
    return 0
