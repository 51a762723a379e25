"""The command line. With no command it opens the window; every mistake is one sentence on
stderr and a non-zero exit code, never a traceback."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from coordinator_app import __version__
from coordinator_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, set_language

EXIT_USAGE = 2
EXIT_FAILURE = 1


class CliError(Exception):
    """A user mistake or a refused operation; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(_("Wrong command-line arguments: {details}.").format(details=message) + "\n")
        sys.exit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
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
    from coordinator_app.core.paths import default_database_path

    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from coordinator_app.db.migrate import DatabaseOpenError, open_database

    try:
        return open_database(_database_path(args))
    except DatabaseOpenError as exc:
        raise CliError(str(exc)) from None


def _run_demo(args: argparse.Namespace) -> int:
    from coordinator_app.db.demo import DemoError, DemoSize, generate_demo

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
    from coordinator_app.core.logs import setup_logging
    from coordinator_app.core.paths import log_dir

    log_file = setup_logging(log_dir())
    try:
        if args.command == "demo":
            return _run_demo(args)
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
