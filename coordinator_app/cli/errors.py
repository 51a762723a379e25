"""The command line's one error type and its exit codes."""

from __future__ import annotations

EXIT_FAILURE = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user mistake or a refused operation; `cli.main` shows the message, as it is, as one
    sentence on stderr and exits with `exit_code` (`EXIT_FAILURE` unless told otherwise)."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILURE) -> None:
        super().__init__(message)
        self.exit_code = exit_code
