"""Start the window: logging → exception hook → settings → language → lock → window → database."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QSettings, QTranslator, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app import APP_ID, APP_NAME, __version__
from coordinator_app.app.logs import setup_logging
from coordinator_app.app.paths import portable_root
from coordinator_app.i18n import DEFAULT_LANGUAGE, LANGUAGES, _, set_language
from coordinator_app.storage import users
from coordinator_app.ui import style
from coordinator_app.ui.excepthook import install_excepthook
from coordinator_app.ui.icon import application_icon
from coordinator_app.ui.instance_guard import (
    InstanceLockError,
    acquire_instance_lock,
    describe_lock_holder,
    lock_path_for,
)
from coordinator_app.ui.widgets.geometry import install as keep_windows_on_screen


def use_portable_settings() -> None:
    """A portable copy keeps the window's settings in data/ beside it, not in the registry."""
    portable = portable_root()
    if portable is not None:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable))


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_ID)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(application_icon())
    use_portable_settings()
    style.apply(app)
    return app


def choose_language(settings: QSettings, requested: str | None) -> str:
    stored = settings.value("language", DEFAULT_LANGUAGE)
    language = requested or (stored if stored in LANGUAGES else DEFAULT_LANGUAGE)
    set_language(language)
    return language


def install_qt_translations(app: QApplication, language: str) -> QTranslator:
    """Qt's own strings (standard buttons, dialogs) in the chosen language."""
    QLocale.setDefault(QLocale(QLocale.Language.Polish if language == "pl" else QLocale.Language.English))
    translator = QTranslator(app)
    if translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    return translator


def _lock(db_path: Path) -> tuple[QLockFile | None, str | None]:
    """The instance lock, or the message to show when it cannot be had."""
    if not db_path.parent.is_dir():
        return None, None  # opening the database reports the missing folder
    try:
        lock = acquire_instance_lock(db_path)
    except InstanceLockError as error:
        return None, str(error)
    if lock is None:
        holder = describe_lock_holder(QLockFile(lock_path_for(db_path)))
        message = _("The database {path} is already open in another window of the application.").format(
            path=db_path
        )
        return None, f"{message}\n{holder}" if holder else message
    return lock, None


def confirm_new_database(db_path: Path) -> bool:
    """Ask before an empty database is created where there is none (a mistyped path, a first
    start); True to create it."""
    answer = QMessageBox.question(
        None,
        APP_NAME,
        _("There is no database at {path}. Create a new, empty database there?").format(path=db_path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def watch_windows(app: QApplication, settings: QSettings) -> None:
    """From now on, every dialog keeps to the screen and every window has F1 and its widgets
    named for screen readers (once). Both are application-wide event filters in Python, which
    see every event of every widget: they are installed after the main window's first paint
    (or before a message that comes first), as each Qt class Python first sees costs its enum
    types, and the main window places itself and has its own F1."""
    if app.property("windows_watched"):
        return
    from coordinator_app.ui.help.window import install as install_help

    keep_windows_on_screen(app, settings)
    install_help(app)
    app.setProperty("windows_watched", True)


def after_first_paint(app: QApplication, settings: QSettings, log_file: Path) -> None:
    """What start-up put off until the window is on screen: the log rotates from now on, and
    every window is watched (`watch_windows`)."""
    setup_logging(log_file.parent)
    watch_windows(app, settings)


def run_gui(db_path: Path, log_file: Path, language: str | None = None) -> int:
    """The window on `db_path`; `log_file` is where `setup_logging` sends the log (appended to,
    not yet rotating: it starts rotating after the first paint)."""
    from coordinator_app.ui.main_window import MainWindow

    install_excepthook(log_file)
    logging.getLogger(__name__).info(
        "%s %s starting (Python %s, Qt %s)", APP_NAME, __version__, sys.version.split()[0], qVersion()
    )
    app = make_application()
    settings = QSettings()
    chosen = choose_language(settings, language)
    install_qt_translations(app, chosen)
    lock, problem = _lock(db_path)

    def refuse(message: str) -> int:
        """Say why the window cannot open the file, give the instance lock back, end."""
        watch_windows(app, settings)
        QMessageBox.warning(None, APP_NAME, message)
        if lock is not None:
            lock.unlock()
        return 1

    if problem is not None:
        return refuse(problem)
    if db_path.parent.is_dir() and not db_path.exists():
        watch_windows(app, settings)
        if not confirm_new_database(db_path):
            if lock is not None:
                lock.unlock()
            return 1
    try:
        users.hold(db_path, users.WINDOW)  # issue #13: no restore swaps the file under the window
    except users.DatabaseInUse as refused:  # a restore still replacing the file after a wait
        return refuse(str(refused))
    window = MainWindow(db_path, settings, log_file)
    window.first_painted.connect(lambda: after_first_paint(app, settings, log_file))
    failed: list[str] = []
    window.database_failed.connect(failed.append)
    window.show()
    window.open_database_after_first_paint()
    code = app.exec()
    users.release(db_path)
    if lock is not None:
        lock.unlock()
    return 1 if failed else code
