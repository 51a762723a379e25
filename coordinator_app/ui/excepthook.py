"""The global exception hook: an unhandled error is logged and shown, never swallowed.

The traceback goes to the log file only; the coordinator sees one calm sentence and where the
log is. At most one dialog is open at a time, and an error raised while the dialog is shown
(or while the hook itself runs) is only logged, so a failing paint event cannot stack up an
endless row of message boxes.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app.i18n import _

log = logging.getLogger(__name__)

_state_lock = threading.Lock()
_dialog_open = False
_in_hook = threading.local()
_log_file: Path | None = None
_poster: _DialogPoster | None = None


class _DialogPoster(QObject):
    """Lives on the GUI thread; a signal emitted from any thread opens the dialog there."""

    requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.requested.connect(self._show)

    @Slot()
    def _show(self) -> None:
        show_error_dialog()


def install_excepthook(log_file: Path) -> None:
    """Route unhandled exceptions of every thread to the log and, on the GUI thread, a dialog.

    Safe to call before the QApplication exists: the hook looks the application up when an
    error happens.
    """
    global _log_file
    _log_file = log_file
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def _excepthook(exc_type: type[BaseException], exc_value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc_value, tb)
        return
    _handle(exc_type, exc_value, tb, where=threading.current_thread().name)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    thread_name = args.thread.name if args.thread is not None else "?"
    _handle(args.exc_type, args.exc_value, args.exc_traceback, where=thread_name)


def _handle(
    exc_type: type[BaseException],
    exc_value: BaseException | None,
    tb: TracebackType | None,
    *,
    where: str,
) -> None:
    if getattr(_in_hook, "active", False):
        # The hook itself failed (or logging did): fall back to the bare default, once.
        _last_resort(exc_type, exc_value, tb)
        return
    if exc_value is None:  # threading.excepthook may pass none
        exc_value = RuntimeError(exc_type.__name__)
    _in_hook.active = True
    try:
        log.critical("Unhandled exception in thread %s", where, exc_info=(exc_type, exc_value, tb))
    except Exception:
        _last_resort(exc_type, exc_value, tb)
    finally:
        _in_hook.active = False
    # Outside the guard: errors raised while the dialog's own event loop runs are new errors
    # and must be logged normally; the dialog guard keeps them from opening a second box.
    try:
        _request_dialog()
    except Exception:
        log.exception("Could not report the error to the user")


def _request_dialog() -> None:
    """Show the dialog now on the GUI thread, or post it there from any other thread."""
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication):
        _print_notice()
        return
    if QThread.currentThread() == app.thread():
        show_error_dialog()
        return
    global _poster
    with _state_lock:
        if _poster is None:
            poster = _DialogPoster()
            poster.moveToThread(app.thread())  # created here, pushed to the GUI thread
            _poster = poster
    _poster.requested.emit()  # queued across threads


def show_error_dialog() -> None:
    """The critical message box; does nothing while another one is open."""
    global _dialog_open
    with _state_lock:
        if _dialog_open:
            return
        _dialog_open = True
    try:
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        QMessageBox.critical(parent, _("Unexpected error"), _message())
    except Exception:
        log.exception("Could not show the error dialog")
    finally:
        with _state_lock:
            _dialog_open = False


def _message() -> str:
    return _(
        "Something went wrong. Your data is safe: the last change was not saved. "
        "Details are in the log file:\n{path}"
    ).format(path=_log_file if _log_file is not None else "?")


def _print_notice() -> None:
    """Without a window (command-line use) the same sentence goes to the standard error."""
    if sys.stderr is not None:
        with contextlib.suppress(Exception):
            sys.stderr.write(_message() + "\n")


def _last_resort(
    exc_type: type[BaseException] | None, exc_value: BaseException | None, tb: TracebackType | None
) -> None:
    if exc_type is None or exc_value is None:
        return
    with contextlib.suppress(Exception):
        sys.__excepthook__(exc_type, exc_value, tb)
