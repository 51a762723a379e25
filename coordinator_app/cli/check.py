"""`check`: check the database for damage without changing it."""

from __future__ import annotations

import argparse
import sys

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.errors import EXIT_FAILURE
from coordinator_app.cli.shared import database_path
from coordinator_app.i18n import _

NAME = "check"


def add_parser(subparsers: Subparsers) -> None:
    subparsers.add_parser(NAME, help=_("check the database for damage without changing it"))


def run(args: argparse.Namespace) -> int:
    from coordinator_app.storage.integrity import check_database
    from coordinator_app.storage.summaries import counts_line

    path = database_path(args).absolute()
    result = check_database(path)
    for problem in result.problems:  # problems to stderr, the summary of a sound file to stdout
        sys.stderr.write(f"{problem}\n")
    if not result.ok:
        return EXIT_FAILURE
    print(
        _("The database {path} is in good order (schema {revision}).").format(
            path=path, revision=result.revision
        )
    )
    print(counts_line(result.counts))
    return 0
