"""`demo`: fill the database with a realistic demonstration dataset."""

from __future__ import annotations

import argparse
import sys

from coordinator_app.cli.arguments import Subparsers, non_negative_int, positive_int
from coordinator_app.cli.errors import CliError
from coordinator_app.cli.shared import open_database
from coordinator_app.i18n import _

NAME = "demo"


def add_parser(subparsers: Subparsers) -> None:
    demo = subparsers.add_parser(NAME, help=_("fill the database with a realistic demonstration dataset"))
    demo.add_argument("--volunteers", type=positive_int, default=60, metavar="N")
    demo.add_argument("--clients", type=positive_int, default=40, metavar="N")
    demo.add_argument("--hours", type=non_negative_int, default=3000, metavar="N")
    demo.add_argument("--seed", type=int, default=2025, metavar="S")


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from coordinator_app.db.errors import storage_error
    from coordinator_app.demo import DemoError, DemoSize, generate_demo

    db = open_database(args, create=True)
    try:
        size = DemoSize(volunteers=args.volunteers, clients=args.clients, hours=args.hours)

        def progress(done: int, total: int, stage: str) -> bool:
            sys.stderr.write(f"\r{stage}: {done * 100 // max(total, 1)}%   ")
            return True

        summary = generate_demo(db, size, seed=args.seed, progress=progress if sys.stderr.isatty() else None)
    except DemoError as exc:
        raise CliError(str(exc)) from None
    except SQLAlchemyError as exc:  # a full disk, a lock…: the storage sentence, not "unexpected"
        failure = storage_error(exc)
        if failure is None:
            raise
        raise CliError(failure.message) from None
    finally:
        db.dispose()
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(summary)
    return 0
