"""`handover export --to FILE` / `handover import FILE [--replace]`: everything in one encrypted
file, for a new coordinator or computer."""

from __future__ import annotations

import argparse
from pathlib import Path

from coordinator_app.cli.arguments import Parser, Subparsers
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import database_path, exclusive, passphrase, user_errors
from coordinator_app.i18n import _

NAME = "handover"


def add_parser(subparsers: Subparsers) -> None:
    handover = subparsers.add_parser(
        NAME, help=_("everything in one encrypted file, for a new coordinator or computer")
    )
    actions = handover.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser, required=True)
    export = actions.add_parser("export", help=_("write the database and issued documents to FILE"))
    export.add_argument("--to", type=Path, required=True, metavar="FILE")
    import_ = actions.add_parser("import", help=_("take over the database and documents from FILE"))
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--replace", action="store_true", help=_("keep the database already there aside and import anyway")
    )


def run(args: argparse.Namespace) -> int:
    db_path = database_path(args, existing=args.action == "export").absolute()
    with user_errors():
        if args.action == "export":
            return _export(args, db_path)
        return _import(args, db_path)


def _export(args: argparse.Namespace, db_path: Path) -> int:
    from coordinator_app.storage.handover import DOCUMENTS, export_handover

    secret = passphrase(new=True)
    target = export_handover(db_path, db_path.parent / DOCUMENTS, args.to, secret)
    print(_("Handover file saved and checked: {path}").format(path=target))
    return 0


def _import(args: argparse.Namespace, db_path: Path) -> int:
    from coordinator_app.storage.handover import ExistingDatabase, import_handover
    from coordinator_app.storage.summaries import counts_line

    secret = passphrase(new=False)
    with exclusive(db_path):
        try:
            result = import_handover(
                args.file, secret, db_path.parent, replace_existing=args.replace, db_name=db_path.name
            )
        except ExistingDatabase as exc:
            raise CliError(
                _("{problem} Add --replace to keep it aside and import.").format(problem=exc)
            ) from None
    print(counts_line(result.counts))
    print(
        _("Imported into {path}, with {count} documents in {folder}.").format(
            path=result.db_path, count=result.documents, folder=result.documents_dir
        )
    )
    if result.previous_kept_at is not None:
        print(_("The previous database was kept at {path}.").format(path=result.previous_kept_at))
    if result.previous_documents_kept_at is not None:
        print(_("The previous documents were kept at {path}.").format(path=result.previous_documents_kept_at))
    return 0
