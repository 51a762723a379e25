"""Console-safe output: printing never fails on a console that cannot encode Polish.

A Windows console with an old code page (cp852, cp1252, …) or a pipe opened as ASCII cannot
encode "ą" or "ł"; Python would raise UnicodeEncodeError on the first such character, often
after the work itself is done. `make_console_safe()` keeps each stream's encoding and only
turns unencodable characters into replacements ("?"), so every command still prints.
"""

from __future__ import annotations

import io
import sys

# The error handlers that raise on a character the encoding lacks ("surrogateescape" is what
# Python picks under a C/POSIX locale, and it raises on "ń" just as "strict" does).
_FAILING = ("strict", "surrogateescape")


def _replace_errors(stream: object) -> None:
    if isinstance(stream, io.TextIOWrapper) and stream.errors in _FAILING:
        stream.reconfigure(errors="replace")


def make_console_safe() -> None:
    """Make sys.stdout and sys.stderr replace what their encoding cannot represent."""
    _replace_errors(sys.stdout)
    _replace_errors(sys.stderr)
