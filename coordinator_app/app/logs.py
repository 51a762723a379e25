"""The application log: a rotating file in the user log folder, with personal data masked.

Qt-free. `setup_logging` is called at start-up, before anything else can fail. Every
record that reaches our handlers goes through `PersonalDataFilter` first, so even an
accidental log line (or an exception message quoting a form field) leaks no PESEL, e-mail
address, phone number, street address, postal code, quoted SQL value or capitalised first
name and surname into the log file. The log folder and files are owner-only on POSIX.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sys
from pathlib import Path

LOG_FILENAME = "koordynator-wolontariatu.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

# Libraries whose INFO/DEBUG output is noise at best and, for SQLAlchemy's engine logger
# (it logs bound parameters), personal data at worst.
QUIET_LOGGERS = ("sqlalchemy", "alembic", "faker", "PIL", "fontTools")

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# Exactly eleven digits not touching other digits: a PESEL.
_PESEL = re.compile(r"(?<!\d)\d{11}(?!\d)")
# Nine or more digits, optionally grouped by single spaces, dashes or brackets, optionally
# with a leading "+": phone numbers ("+48 601 234 567", "(22) 123-45-67"), NIP, bank accounts.
# Not followed by ":" so that "2025-03-05 12:00" (a date and a time) stays readable.
_LONG_NUMBER = re.compile(r"(?<![\w+])\+?\(?\d(?:[ \-()]{0,2}\d){8,}(?![\w:])")

# A statement's parameters in an SQLAlchemy error ("[parameters: (...)]"), should they ever
# be shown (the engine hides them), and single-quoted values in SQL or error text.
_PARAMETERS = re.compile(r"\[parameters: [^\n]*\]")
_QUOTED = re.compile(r"(?<![\w'])'[^'\n]*'")
_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_LOWER = "a-ząćęłńóśźżäöüé"
# A street address: "ul. Szkolna 12", "al. Jana Pawła II 5/7", "os. Kwiatowe 3a".
_ADDRESS = re.compile(
    r"(?i)(?<!\w)(?:ul|al|pl|os)\.\s*[^\s\d,;()\[\]'\"]+(?:\s+[^\s\d,;()\[\]'\"]+){0,4}"
    r"\s+\d+[a-z]?(?:\s*/\s*\d+[a-z]?)?"
)
_POSTAL_CODE = re.compile(rf"(?<![\w-])\d{{2}}-\d{{3}}(?![\w-])(?:\s+[{_UPPER}][{_LOWER}-]+)?")
# Two or more capitalised words in a row: a first name and a surname ("Żaneta Żółć",
# "Anna Nowak-Lis"), with whatever capitalised word stands before them.
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME_PAIR = re.compile(rf"(?<![\w.]){_WORD}(?:\s+{_WORD})+(?![\w])")
# Capitalised pairs that are not people.
_NOT_NAMES = frozenset({"Koordynator Wolontariatu"})

_MASKED_EMAIL = "<e-mail>"
_MASKED_PESEL = "<PESEL>"
_MASKED_NUMBER = "<number>"

_OWN_HANDLER_FLAG = "_coordinator_app_handler"


def _mask_name(match: re.Match[str]) -> str:
    return match[0] if match[0] in _NOT_NAMES else "<name>"


def mask_personal_data(text: str) -> str:
    """`text` with statement parameters, quoted values, street addresses, postal codes, e-mail
    addresses, 11-digit runs, 9+-digit (phone-like) runs and capitalised name pairs replaced."""
    text = _PARAMETERS.sub("[parameters: <hidden>]", text)
    text = _QUOTED.sub("'<value>'", text)
    text = _ADDRESS.sub("<address>", text)
    text = _POSTAL_CODE.sub("<postal code>", text)
    text = _EMAIL.sub(_MASKED_EMAIL, text)
    text = _PESEL.sub(_MASKED_PESEL, text)
    text = _LONG_NUMBER.sub(_MASKED_NUMBER, text)
    return _NAME_PAIR.sub(_mask_name, text)


class _PrivateFileHandler(logging.FileHandler):
    """A file handler whose file is owner-only (POSIX)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(self.baseFilename, 0o600)
        return stream


def _file_handler(log_file: Path, rotating: bool) -> logging.FileHandler:
    """The log file's handler: rotating, or (`rotating=False`) appending without rotation, which
    spares `logging.handlers` and the modules it imports (socket, pickle, queue: ~8 ms before
    the window's first paint); the window installs the rotating one once it is on screen."""
    if not rotating:
        return _PrivateFileHandler(log_file, encoding="utf-8")
    from logging.handlers import RotatingFileHandler

    class _PrivateRotatingFileHandler(_PrivateFileHandler, RotatingFileHandler):
        """Owner-only files, rotated ones included."""

    return _PrivateRotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )


class PersonalDataFilter(logging.Filter):
    """Masks personal data in the message, the exception text and the stack of a record.

    Attach it to handlers (a logger's own filters do not see records propagated from child
    loggers). The record is changed in place, so every handler after this one sees the
    masked text as well.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what we can, masked
            message = f"{record.msg!s} {record.args!r}"
        record.msg = mask_personal_data(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_personal_data(record.stack_info)
        return True


def setup_logging(log_dir: Path, *, debug: bool = False, rotating: bool = True) -> Path:
    """Send the root logger to a rotating UTF-8 file in `log_dir` and return the file's path
    (with `rotating=False`, appended to without rotating until a later call rotates it).

    `log_dir` is created when missing. When it cannot be created or the file cannot be
    opened, logging falls back to the standard error stream and start-up goes on; the
    returned path then does not exist. With `debug`, DEBUG records are kept and copied to the
    standard error stream too. Calling it again replaces the handlers it installed before.
    """
    log_file = Path(log_dir) / LOG_FILENAME
    level = logging.DEBUG if debug else logging.INFO
    root = logging.getLogger()
    remove_logging_handlers()
    root.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)

    formatter = logging.Formatter(LOG_FORMAT)
    handlers: list[logging.Handler] = []
    file_error: OSError | None = None
    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(log_file.parent, 0o700)
        file_handler = _file_handler(log_file, rotating)
    except OSError as exc:
        file_error = exc
    else:
        file_handler.setLevel(level)
        handlers.append(file_handler)

    # A GUI build on Windows has no console: sys.stderr is None there.
    if (debug or file_error is not None) and sys.stderr is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(level)
        handlers.append(console)

    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(PersonalDataFilter())
        setattr(handler, _OWN_HANDLER_FLAG, True)
        root.addHandler(handler)

    if file_error is not None:
        logging.getLogger(__name__).warning(
            "Cannot write the log file in %s (%s); logging to the standard error stream only.",
            log_dir,
            file_error.strerror or type(file_error).__name__,
        )
    return log_file


def remove_logging_handlers() -> None:
    """Remove and close the handlers `setup_logging` installed (others are left alone)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OWN_HANDLER_FLAG, False):
            root.removeHandler(handler)
            handler.close()
