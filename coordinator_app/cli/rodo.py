"""`rodo …`: the data subject's rights and retention from the command line (issue 15).

Each sub-command is a module of `SUBCOMMANDS` exposing `NAME`, `add_parser(subparsers)` and
`run(args) -> int`, registered under `rodo` here.
"""

from __future__ import annotations

import argparse

from coordinator_app.cli import rodo_anonymise, rodo_due, rodo_export
from coordinator_app.cli.arguments import Parser, Subparsers
from coordinator_app.cli.errors import CliError
from coordinator_app.i18n import _

NAME = "rodo"
SUBCOMMANDS = (rodo_export, rodo_anonymise, rodo_due)


def add_parser(subparsers: Subparsers) -> None:
    rodo = subparsers.add_parser(NAME, help=_("the data subject's rights (RODO)"))
    inner = rodo.add_subparsers(dest="rodo_command", metavar="ACTION", parser_class=Parser)
    for command in SUBCOMMANDS:
        command.add_parser(inner)


def run(args: argparse.Namespace) -> int:
    runners = {command.NAME: command.run for command in SUBCOMMANDS}
    runner = runners.get(getattr(args, "rodo_command", None) or "")
    if runner is None:
        raise CliError(
            _("Name what to do: {actions}.").format(actions=", ".join(c.NAME for c in SUBCOMMANDS)),
            exit_code=2,
        )
    return runner(args)
