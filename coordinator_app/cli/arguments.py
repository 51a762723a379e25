"""What every sub-command's parser shares: the parser class that reports a mistake in one
sentence, and the argument types."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TypeAlias

from coordinator_app.cli.errors import EXIT_USAGE
from coordinator_app.i18n import _

# What `argparse.ArgumentParser.add_subparsers` returns (its class is private to argparse and
# not subscriptable at run time, hence the string).
Subparsers: TypeAlias = "argparse._SubParsersAction[Parser]"


class Parser(argparse.ArgumentParser):
    """A parser whose mistakes are one sentence on stderr and exit code `EXIT_USAGE`."""

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(_("Wrong command-line arguments: {details}.").format(details=message) + "\n")
        sys.exit(EXIT_USAGE)


def positive_int(text: str) -> int:
    value = non_negative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError(_("{value} is not a positive whole number").format(value=text))
    return value


def non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("{value} is not a whole number").format(value=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(_("{value} is not a positive whole number").format(value=text))
    return value


# The largest integer SQLite stores: a record id beyond it cannot exist.
MAX_RECORD_ID = 2**63 - 1
# The years a document may be about (`print --year`).
MIN_YEAR, MAX_YEAR = 1900, 2100


def record_id(text: str) -> int:
    """The id of a record: a positive whole number SQLite can hold."""
    value = positive_int(text)
    if value > MAX_RECORD_ID:
        raise argparse.ArgumentTypeError(
            _("{value} is too large to be the id of a record").format(value=text)
        )
    return value


def year(text: str) -> int:
    """A year between `MIN_YEAR` and `MAX_YEAR`."""
    value = non_negative_int(text)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            _("{value} is not a year between {first} and {last}").format(
                value=text, first=MIN_YEAR, last=MAX_YEAR
            )
        )
    return value
