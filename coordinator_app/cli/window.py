"""The window: what runs when no sub-command is given (it has no parser of its own; the
global `--db` and `--lang` are what it reads)."""

from __future__ import annotations

import argparse

from coordinator_app.cli.arguments import Subparsers
from coordinator_app.cli.shared import database_path

NAME = None  # no sub-command: the window is what runs without one


def add_parser(subparsers: Subparsers) -> None:
    """Nothing to add: the window takes only the global options."""


def run(args: argparse.Namespace) -> int:
    from coordinator_app.app.logs import setup_logging
    from coordinator_app.app.paths import log_dir
    from coordinator_app.ui.app import run_gui

    # What the recovery in `database_path` does is logged. The log rotates from the window's
    # first paint on (`run_gui`): the rotating handler's imports would delay that paint.
    log_file = setup_logging(log_dir(), rotating=False)
    # Recovered before the window asks about a missing file: a restore cut short between its
    # renames is completed first, so the question is never asked in its place.
    return run_gui(database_path(args, existing=False), log_file, language=args.lang)
