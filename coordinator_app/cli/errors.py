"""The command line's one error type and its exit codes."""

from __future__ import annotations

EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user mistake or a refused operation; `cli.main` shows the message, as it is, as one
    sentence on stderr and exits with `EXIT_FAILURE`."""
