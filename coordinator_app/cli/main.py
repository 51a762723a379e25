"""The command line. With no command it opens the window; every mistake is one sentence on
stderr and a non-zero exit code, never a traceback."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

from coordinator_app import __version__
from coordinator_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, set_language
from coordinator_app.i18n.argparse_messages import install as install_argparse_messages

EXIT_USAGE = 2
EXIT_FAILURE = 1
PASSPHRASE_VARIABLE = "COORDINATOR_PASSPHRASE"


class CliError(Exception):
    """A user mistake or a refused operation; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(_("Wrong command-line arguments: {details}.").format(details=message) + "\n")
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    install_argparse_messages()
    parser = _Parser(
        prog="coordinator-app", description=_("Volunteer coordinator of a social-welfare centre.")
    )
    parser.add_argument("--version", action="version", version=f"coordinator-app {__version__}")
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help=_("database file (default: in the user data folder)")
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language of the application"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help=_("fill the database with a realistic demonstration dataset"))
    demo.add_argument("--volunteers", type=_positive_int, default=60, metavar="N")
    demo.add_argument("--clients", type=_positive_int, default=40, metavar="N")
    demo.add_argument("--hours", type=_non_negative_int, default=3000, metavar="N")
    demo.add_argument("--seed", type=int, default=2025, metavar="S")

    backup = commands.add_parser(
        "backup", help=_("back the database up (by default into the backups folder beside it)")
    )
    backup.add_argument(
        "--to", type=Path, metavar="DIR", help=_("folder to write the backup to, e.g. a USB stick")
    )
    backup.add_argument("--encrypt", action="store_true", help=_("encrypt the backup with a passphrase"))
    restore = commands.add_parser(
        "restore", help=_("replace the database by a backup; the current one is kept aside")
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    commands.add_parser("check", help=_("check the database for damage without changing it"))
    from coordinator_app.cli.print_document import add_print_parser

    add_print_parser(commands, _positive_int)
    handover = commands.add_parser(
        "handover", help=_("everything in one encrypted file, for a new coordinator or computer")
    )
    actions = handover.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    export = actions.add_parser("export", help=_("write the database and issued documents to FILE"))
    export.add_argument("--to", type=Path, required=True, metavar="FILE")
    import_ = actions.add_parser("import", help=_("take over the database and documents from FILE"))
    import_.add_argument("file", type=Path, metavar="FILE")
    import_.add_argument(
        "--replace", action="store_true", help=_("keep the database already there aside and import anyway")
    )
    from coordinator_app.cli.report import add_report_parser

    add_report_parser(commands, _Parser)
    return parser


def _positive_int(text: str) -> int:
    value = _non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError(_("{value} is not a positive whole number").format(value=text))
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{value} is not a whole number").format(value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("{value} is not a positive whole number").format(value=text))
    return value


def _database_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    from coordinator_app.app.paths import default_database_path

    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from coordinator_app.storage.opening import DatabaseOpenError, open_database

    try:
        return open_database(_database_path(args))
    except DatabaseOpenError as exc:
        raise CliError(str(exc)) from None


def _run_demo(args: argparse.Namespace) -> int:
    from coordinator_app.demo import DemoError, DemoSize, generate_demo

    db = _open(args)
    try:
        size = DemoSize(volunteers=args.volunteers, clients=args.clients, hours=args.hours)

        def progress(done: int, total: int, stage: str) -> bool:
            sys.stderr.write(f"\r{stage}: {done * 100 // max(total, 1)}%   ")
            return True

        summary = generate_demo(db, size, seed=args.seed, progress=progress if sys.stderr.isatty() else None)
    except DemoError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(summary)
    return 0


@contextmanager
def _user_errors() -> Iterator[None]:
    """The data-safety modules' refusals become one-sentence command-line errors."""
    from coordinator_app.storage.archive import ArchiveError
    from coordinator_app.storage.backup import BackupError
    from coordinator_app.storage.handover import HandoverError
    from coordinator_app.storage.restore import RestoreError

    try:
        yield
    except (ArchiveError, BackupError, HandoverError, RestoreError) as exc:
        raise CliError(str(exc)) from None


def _passphrase(*, new: bool) -> str:
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
def _exclusive(db_path: Path) -> Iterator[None]:
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


def _run_backup(args: argparse.Namespace) -> int:
    from coordinator_app.storage import backup, restore

    db_path = _database_path(args)
    with _user_errors():
        if args.to is None:
            if args.encrypt:
                raise CliError(_("--encrypt needs --to DIR: backups beside the database are not encrypted."))
            target = backup.make_local_backup(db_path, "manual")
            backup.rotate_as_set(db_path)
        elif args.encrypt:
            passphrase = _passphrase(new=True)
            target = restore.encrypted_backup_to(db_path, args.to, passphrase)
        else:
            target = restore.plain_backup_to(db_path, args.to)
    print(_("Backup saved and checked: {path}").format(path=target))
    return 0


def _run_restore(args: argparse.Namespace) -> int:
    from coordinator_app.storage.archive import is_archive
    from coordinator_app.storage.restore import restore_backup
    from coordinator_app.storage.summaries import backup_line, counts_line

    db_path = _database_path(args).absolute()
    passphrase = _passphrase(new=False) if is_archive(args.file) else None
    with _user_errors(), _exclusive(db_path):
        # restore_backup checks the backup before it replaces anything; its preview is what
        # inspect_backup would have shown, without decrypting the file twice.
        result = restore_backup(args.file, db_path, passphrase)
    print(backup_line(result.preview))
    print(counts_line(result.preview.counts))
    if result.upgraded:
        print(_("The backup was brought up to the current schema."))
    print(_("Restored into {path}.").format(path=result.db_path))
    if result.previous_kept_at is not None:
        print(_("The previous database was kept at {path}.").format(path=result.previous_kept_at))
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from coordinator_app.storage.integrity import check_database
    from coordinator_app.storage.summaries import counts_line

    path = _database_path(args).absolute()
    result = check_database(path)
    for problem in result.problems:
        print(problem)
    if not result.ok:
        return EXIT_FAILURE
    print(
        _("The database {path} is in good order (schema {revision}).").format(
            path=path, revision=result.revision
        )
    )
    print(counts_line(result.counts))
    return 0


def _run_handover(args: argparse.Namespace) -> int:
    from coordinator_app.storage.handover import DOCUMENTS, ExistingDatabase, export_handover, import_handover
    from coordinator_app.storage.summaries import counts_line

    db_path = _database_path(args).absolute()
    with _user_errors():
        if args.action == "export":
            passphrase = _passphrase(new=True)
            target = export_handover(db_path, db_path.parent / DOCUMENTS, args.to, passphrase)
            print(_("Handover file saved and checked: {path}").format(path=target))
            return 0
        passphrase = _passphrase(new=False)
        with _exclusive(db_path):
            try:
                result = import_handover(
                    args.file, passphrase, db_path.parent, replace_existing=args.replace, db_name=db_path.name
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


def _run_print(args: argparse.Namespace) -> int:
    from coordinator_app.cli.print_document import PrintError, run_print

    db = _open(args)
    try:
        lines = run_print(args, db)
    except PrintError as exc:
        raise CliError(str(exc)) from None
    finally:
        db.dispose()
    for line in lines:
        print(line)
    return 0


def _language_from(argv: Sequence[str]) -> str:
    """`--lang` read ahead of parsing, so even argument errors speak the chosen language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv))
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return _run_command(args)
    from coordinator_app.ui.app import run_gui

    return run_gui(_database_path(args), language=args.lang)


def _run_command(args: argparse.Namespace) -> int:
    from coordinator_app.app.logs import setup_logging
    from coordinator_app.app.paths import log_dir

    log_file = setup_logging(log_dir())
    try:
        if args.command == "demo":
            return _run_demo(args)
        if args.command == "backup":
            return _run_backup(args)
        if args.command == "restore":
            return _run_restore(args)
        if args.command == "check":
            return _run_check(args)
        if args.command == "handover":
            return _run_handover(args)
        if args.command == "report":
            from coordinator_app.cli.report import run_report

            return run_report(args, _open)
        if args.command == "print":
            return _run_print(args)
        raise AssertionError(f"unhandled command {args.command}")
    except CliError as exc:
        sys.stderr.write(f"{exc}\n")
    except KeyboardInterrupt:
        sys.stderr.write(_("Interrupted.") + "\n")
    except Exception:
        logging.getLogger(__name__).exception("command %s failed", args.command)
        sys.stderr.write(
            _("Unexpected error; nothing was saved. Details are in the log file {path}.").format(
                path=log_file
            )
            + "\n"
        )
    return EXIT_FAILURE
