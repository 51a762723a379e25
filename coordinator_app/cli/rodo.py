"""`rodo …`: the data subject's rights from the command line (issue 15).

The sub-commands are modules in `SUBCOMMANDS`, each with `NAME`, `add_parser(subparsers)` and
`run(args) -> int`, like the top-level commands.
"""

from __future__ import annotations

import argparse

from coordinator_app.cli import rodo_export
from coordinator_app.cli.arguments import Parser, Subparsers
from coordinator_app.i18n import _

NAME = "rodo"
SUBCOMMANDS = (rodo_export,)


def add_parser(subparsers: Subparsers) -> None:
    rodo = subparsers.add_parser(NAME, help=_("the data subject's rights (RODO)"))
    commands = rodo.add_subparsers(dest="rodo_command", metavar="ACTION", parser_class=Parser, required=True)
    for command in SUBCOMMANDS:
        command.add_parser(commands)


def run(args: argparse.Namespace) -> int:
    for command in SUBCOMMANDS:
        if args.rodo_command == command.NAME:
            return command.run(args)
    raise AssertionError(args.rodo_command)  # argparse accepts only the names above
