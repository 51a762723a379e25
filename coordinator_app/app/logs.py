"""The application log: a rotating file in the user log folder, with personal data masked.

Qt-free. `setup_logging` is called once at start-up, before anything else can fail. Every
record that reaches our handlers goes through `PersonalDataFilter` first, so even an
accidental log line (or an exception message quoting a form field) leaks no PESEL, e-mail
address or phone number into the log file.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
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

_MASKED_EMAIL = "<e-mail>"
_MASKED_PESEL = "<PESEL>"
_MASKED_NUMBER = "<number>"

_OWN_HANDLER_FLAG = "_coordinator_app_handler"


def mask_personal_data(text: str) -> str:
    """`text` with e-mail addresses, 11-digit runs and 9+-digit (phone-like) runs replaced."""
    text = _EMAIL.sub(_MASKED_EMAIL, text)
    text = _PESEL.sub(_MASKED_PESEL, text)
    return _LONG_NUMBER.sub(_MASKED_NUMBER, text)


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


def setup_logging(log_dir: Path, *, debug: bool = False) -> Path:
    """Send the root logger to a rotating UTF-8 file in `log_dir` and return the file's path.

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
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
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
