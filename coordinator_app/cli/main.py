"""The command line: the parser built from the sub-command modules, and the one place a
mistake becomes a sentence on stderr. With no sub-command it opens the window.

Every sub-command is a module with `NAME`, `add_parser(subparsers)` and `run(args) -> int`;
a refusal is a `CliError` (cli/errors.py), shown as it is, with exit code 1; anything else
unexpected is logged and reported in one sentence, never as a traceback.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from coordinator_app import __version__
from coordinator_app.app.console import make_console_safe
from coordinator_app.cli.arguments import Parser, Subparsers
from coordinator_app.cli.errors import EXIT_FAILURE, CliError, describe_os_error
from coordinator_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, set_language
from coordinator_app.i18n.argparse_messages import install as install_argparse_messages


class SubCommand(Protocol):
    """What each sub-command module holds."""

    NAME: str

    def add_parser(self, subparsers: Subparsers) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def commands() -> tuple[SubCommand, ...]:
    """The sub-command modules, in the order `--help` lists them. Imported only when a parser
    with them is built: the window starts without them (`print` alone reads every document kind,
    with SQLAlchemy and ReportLab behind them)."""
    from coordinator_app.cli import (
        backup,
        check,
        demo,
        handover,
        import_data,
        print_document,
        report,
        restore,
        rodo,
    )

    return (demo, backup, restore, check, print_document, handover, report, import_data, rodo)


def __getattr__(name: str) -> tuple[SubCommand, ...]:
    """`COMMANDS`, the sub-command modules, imported when first asked for."""
    if name == "COMMANDS":
        return commands()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def build_parser() -> argparse.ArgumentParser:
    install_argparse_messages()
    parser = Parser(
        prog="coordinator-app", description=_("Volunteer coordinator of a social-welfare centre.")
    )
    parser.add_argument("--version", action="version", version=f"coordinator-app {__version__}")
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help=_("database file (default: in the user data folder)")
    )
    parser.add_argument("--lang", choices=LANGUAGES, help=_("language of the application"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in commands():
        command.add_parser(subparsers)
    return parser


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when `argv` asks only for the window (nothing but `--db` and `--lang`, both
    well formed); None for anything else, which the whole parser reads, explains or refuses."""
    install_argparse_messages()  # argparse's own `gettext` would import `locale` to find a catalog
    quick = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    quick.add_argument("--db", type=Path)
    quick.add_argument("--lang", choices=LANGUAGES)
    try:
        args, rest = quick.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def _language_from(argv: Sequence[str]) -> str:
    """`--lang` read ahead of parsing, so even argument errors speak the chosen language."""
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def private_umask() -> None:
    """Files and folders this process creates are its owner's only (POSIX): the database,
    backups, documents, the log and the staging folders hold personal data."""
    if os.name == "posix":
        os.umask(0o077)


def main(argv: Sequence[str] | None = None) -> int:
    make_console_safe()
    private_umask()
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv))
    args = window_arguments(argv) or build_parser().parse_args(argv)
    if args.command is None:
        from coordinator_app.cli import window

        return window.run(args)
    return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    from coordinator_app.app.logs import setup_logging
    from coordinator_app.app.paths import log_dir
    from coordinator_app.db.errors import StorageError, describe_database_error
    from coordinator_app.storage.users import release_all

    log_file = setup_logging(log_dir())
    runners = {command.NAME: command.run for command in commands()}
    try:
        return runners[args.command](args)
    except CliError as exc:
        sys.stderr.write(f"{exc}\n")
        return exc.exit_code
    except StorageError as exc:  # a full disk, a lock, a read-only file: its own sentence
        sys.stderr.write(f"{exc.message}\n")
    except OSError as exc:
        known = describe_os_error(exc)
        if known is None:
            return _unexpected(args, log_file)
        logging.getLogger(__name__).warning("command %s failed: %s", args.command, exc.strerror)
        sys.stderr.write(f"{known}\n")
    except KeyboardInterrupt:
        sys.stderr.write(_("Interrupted.") + "\n")
    except Exception as exc:
        known = describe_database_error(exc)  # a full disk or a lock met outside a session
        if known is None:
            return _unexpected(args, log_file)
        logging.getLogger(__name__).warning("command %s failed: %s", args.command, type(exc).__name__)
        sys.stderr.write(f"{known}\n")
    finally:
        release_all()  # the users lock of storage/users.py: this command no longer has the file
    return EXIT_FAILURE


def _unexpected(args: argparse.Namespace, log_file: Path) -> int:
    """Log the error being handled and say so in one sentence (called inside `except`)."""
    logging.getLogger(__name__).exception("command %s failed", args.command)
    sys.stderr.write(
        _("Unexpected error; nothing was saved. Details are in the log file {path}.").format(path=log_file)
        + "\n"
    )
    return EXIT_FAILURE
