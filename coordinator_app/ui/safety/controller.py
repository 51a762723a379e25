"""Backups, restore and handover in the window; start-up, daily and exit backups.

Long work runs on the write lane (SQLite has one writer) behind a busy dialog; anything that
replaces the database file first closes the window's connection and reopens it afterwards,
whether the work succeeded or not.

The controller is made with the main window, before its first paint: what only its later
work needs (the passphrase dialog, sqlite3, datetime, the storage modules) is imported there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog

from coordinator_app.i18n import _
from coordinator_app.ui.safety.banner import ReminderBanner
from coordinator_app.ui.tasks import run_task

if TYPE_CHECKING:
    import sqlite3

    from coordinator_app.storage.backup import BackupInfo
    from coordinator_app.storage.restore import RestorePreview
    from coordinator_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000  # look every hour whether a day has passed since the last backup
STARTUP_BACKUP_AFTER_DASHBOARD_MS = 500  # the start-up backup waits, then lets the first list load
STARTUP_BACKUP_LATEST_MS = 15_000  # however long the dashboard takes
BACKUP_FILTER = "*.kwbak *.sqlite"


class SafetyController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = ReminderBanner()
        self.banner.button.clicked.connect(self.backup_to_folder)
        self._busy: QProgressDialog | None = None
        self._startup_backup_done = False
        self._pending_snapshot: sqlite3.Connection | None = None  # start-up state, not copied yet
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(DAILY_CHECK_MS)
        self.daily_timer.timeout.connect(self.backup_if_a_day_has_passed)
        window.database_ready.connect(self._on_database_ready)

    @property
    def db_path(self) -> Path:
        return self.window.db_path

    def add_actions(self, menu: QMenu) -> None:
        self.actions = [
            menu.addAction(_("&Back up to a USB stick…"), self.backup_to_folder),
            menu.addAction(_("&Restore from a backup…"), self.restore_from_file),
            menu.addAction(_("&Hand over to a new coordinator…"), self.export_handover),
            menu.addAction(_("&Take over from a handover file…"), self.import_handover),
        ]
        for action in self.actions:
            action.setEnabled(False)

    # --- automatic backups ------------------------------------------------------------------
    def _on_database_ready(self) -> None:
        for action in self.actions:
            action.setEnabled(True)
        self.refresh_banner()
        if not self._startup_backup_done:
            self._startup_backup_done = True
            self._defer_startup_backup()
            self.daily_timer.start()

    def _defer_startup_backup(self) -> None:
        """The start-up backup shows the file as opened (pinned now by a read transaction, one
        page), but is written once the dashboard has filled: its copy and check would compete."""
        import sqlite3

        from coordinator_app.storage.backup import pin_snapshot

        try:
            self._pending_snapshot = pin_snapshot(self.db_path)
        except sqlite3.Error as error:  # copy the file as it is, at once
            log.warning("start-up snapshot not pinned: %s", error)
            self._local_backup("startup")
            return
        tabs = self.window.main_tabs
        if tabs is None:
            self._start_pending_backup()
            return
        if tabs.dashboard.loaded:  # the window adds its tabs once the dashboard has filled
            QTimer.singleShot(STARTUP_BACKUP_AFTER_DASHBOARD_MS, self._start_pending_backup)
            return

        def after_message(_message: str) -> None:
            if not tabs.dashboard.loading:  # filled, or failed to
                QTimer.singleShot(STARTUP_BACKUP_AFTER_DASHBOARD_MS, self._start_pending_backup)

        tabs.dashboard.status_message.connect(after_message)
        QTimer.singleShot(STARTUP_BACKUP_LATEST_MS, self._start_pending_backup)

    def _start_pending_backup(self) -> None:
        snapshot, self._pending_snapshot = self._pending_snapshot, None
        if snapshot is not None:  # the start-up backup, from its pinned state, not started yet
            self._local_backup("startup", snapshot)

    def _local_backup(self, reason: str, snapshot: sqlite3.Connection | None = None) -> None:
        path = self.db_path

        def work() -> Path:
            from coordinator_app.storage.backup import make_local_backup, rotate_as_set

            try:
                target = make_local_backup(path, reason, snapshot=snapshot)
            finally:
                if snapshot is not None:
                    snapshot.close()
            rotate_as_set(path)
            return target

        run_task(
            work, lambda target: log.info("%s backup written", reason), self._log_backup_failure, writes=True
        )

    def _log_backup_failure(self, error: Exception) -> None:
        log.error("automatic backup failed: %s", error)
        self.window.statusBar().showMessage(
            _("The automatic backup failed: {error}").format(error=error), 10000
        )

    def backup_if_a_day_has_passed(self) -> None:
        import datetime as dt

        from coordinator_app.storage.backup import list_local_backups

        backups = list_local_backups(self.db_path)
        if not backups or dt.datetime.now() - backups[0].created >= dt.timedelta(days=1):
            self._local_backup("daily")

    def backup_at_exit(self) -> None:
        """A last local backup when the window closes (the connection is already closed)."""
        if not self._startup_backup_done or not self.db_path.is_file():
            return
        self._write_pending_backup_now()
        from coordinator_app.storage.backup import make_local_backup, rotate_as_set

        try:
            make_local_backup(self.db_path, "exit")
            rotate_as_set(self.db_path)
        except Exception as error:  # never keep the window from closing
            log.error("backup at exit failed: %s", error)

    def _write_pending_backup_now(self) -> None:
        """At exit before the start-up backup was started: write it here, from its pinned state."""
        snapshot, self._pending_snapshot = self._pending_snapshot, None
        if snapshot is None:
            return
        from coordinator_app.storage.backup import make_local_backup

        try:
            make_local_backup(self.db_path, "startup", snapshot=snapshot)
        except Exception as error:  # never keep the window from closing
            log.error("start-up backup at exit failed: %s", error)
        finally:
            snapshot.close()

    def refresh_banner(self) -> None:
        import datetime as dt

        from coordinator_app.core.settings import BACKUP_REMINDER_DAYS
        from coordinator_app.db import settings_store
        from coordinator_app.storage.restore import last_external_backup

        if self.window.db is None:
            return
        days = settings_store.read(self.window.db, BACKUP_REMINDER_DAYS)
        self.banner.update_for(last_external_backup(self.db_path), dt.datetime.now(), days)

    # --- backup to a chosen folder ----------------------------------------------------------
    def backup_to_folder(self) -> None:
        from coordinator_app.ui.safety.passphrase_dialog import ask_passphrase

        folder = QFileDialog.getExistingDirectory(
            self.window, _("Choose the USB stick or folder for the backup")
        )
        if not folder:
            return
        passphrase = ask_passphrase(
            self.window,
            confirm=True,
            explanation=_(
                "The backup is encrypted: without the passphrase nobody can read it, and neither "
                "can you. Write the passphrase down and keep it apart from the USB stick."
            ),
        )
        if passphrase is None:
            return
        path = self.db_path

        def work() -> Path:
            from coordinator_app.storage.restore import encrypted_backup_to

            return encrypted_backup_to(path, Path(folder), passphrase)

        def done(target: Path) -> None:
            self.refresh_banner()
            QMessageBox.information(
                self.window, _("Backup"), _("Backup saved and checked: {path}").format(path=target)
            )

        self._run_busy(_("Writing the encrypted backup…"), work, done)

    # --- restore and handover: replacing the database file ----------------------------------
    def restore_from_file(self) -> None:
        start = str(self.db_path.parent / "backups")
        name, _filter = QFileDialog.getOpenFileName(
            self.window, _("Choose the backup to restore"), start, _("Backups") + f" ({BACKUP_FILTER})"
        )
        if name:
            self.restore(Path(name))

    def restore(self, file: Path, passphrase: str | None = None) -> None:
        """Show what the backup holds, ask, then put it in place of the current database."""
        from coordinator_app.storage.archive import is_archive
        from coordinator_app.ui.safety.passphrase_dialog import ask_passphrase

        if passphrase is None and is_archive(file):
            passphrase = ask_passphrase(
                self.window,
                confirm=False,
                explanation=_("Enter the passphrase of the backup {file}.").format(file=file),
            )
            if passphrase is None:
                return

        def inspect() -> RestorePreview:
            from coordinator_app.storage.restore import inspect_backup

            return inspect_backup(file, passphrase, self.db_path)

        self._run_busy(
            _("Checking the backup…"),
            inspect,
            lambda preview: self._confirm_restore(file, passphrase, preview),
        )

    def _confirm_restore(self, file: Path, passphrase: str | None, preview: RestorePreview) -> None:
        from coordinator_app.storage.summaries import backup_line, counts_line

        question = "\n".join(
            (
                backup_line(preview),
                counts_line(preview.counts),
                "",
                _("The current database will be kept aside, not deleted. Restore this backup?"),
            )
        )
        answer = QMessageBox.question(self.window, _("Restore from a backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.db_path

        def work() -> Any:
            from coordinator_app.storage.restore import restore_backup

            return restore_backup(file, path, passphrase)

        def done(result: Any) -> None:
            message = _("Restored into {path}.").format(path=result.db_path)
            if result.previous_kept_at is not None:
                message += "\n" + _("The previous database was kept at {path}.").format(
                    path=result.previous_kept_at
                )
            QMessageBox.information(self.window, _("Restore from a backup"), message)

        self._replace_database(_("Restoring the backup…"), work, done)

    def offer_newest_backup(self, message: str, newest: BackupInfo | None) -> bool:
        """The database is damaged: explain, and offer the newest good backup. True if taken."""
        if newest is None:
            return False
        from coordinator_app.i18n.formatting import format_date  # Babel: after the first paint

        when = f"{format_date(newest.created.date())} {newest.created:%H:%M}"
        answer = QMessageBox.warning(
            self.window,
            _("The database is damaged"),
            message
            + "\n\n"
            + _(
                "Nothing in it has been changed. The newest good backup is from {when}. Restore it now?"
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.restore(newest.path, passphrase="")
        return True

    def export_handover(self) -> None:
        from coordinator_app.ui.safety.passphrase_dialog import ask_passphrase

        name, _filter = QFileDialog.getSaveFileName(
            self.window, _("Save the handover file"), "koordynator-przekazanie.kwbak", f"({BACKUP_FILTER})"
        )
        if not name:
            return
        passphrase = ask_passphrase(
            self.window,
            confirm=True,
            explanation=_(
                "The handover file holds all the data and documents, encrypted. "
                "Give the passphrase to the new coordinator separately."
            ),
        )
        if passphrase is None:
            return
        path = self.db_path

        def work() -> Path:
            from coordinator_app.storage.handover import DOCUMENTS, export_handover

            return export_handover(path, path.parent / DOCUMENTS, Path(name), passphrase)

        self._run_busy(
            _("Writing the handover file…"),
            work,
            lambda target: QMessageBox.information(
                self.window, _("Handover"), _("Handover file saved and checked: {path}").format(path=target)
            ),
        )

    def import_handover(self) -> None:
        from coordinator_app.ui.safety.passphrase_dialog import ask_passphrase

        name, _filter = QFileDialog.getOpenFileName(
            self.window, _("Choose the handover file"), "", f"({BACKUP_FILTER})"
        )
        if not name:
            return
        passphrase = ask_passphrase(
            self.window, confirm=False, explanation=_("Enter the passphrase of the handover file.")
        )
        if passphrase is None:
            return
        answer = QMessageBox.question(
            self.window,
            _("Take over from a handover file"),
            _(
                "The data in this application will be replaced by the handover file; "
                "the current database and documents will be kept aside. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = self.db_path

        def work() -> Any:
            from coordinator_app.storage.handover import import_handover

            return import_handover(
                Path(name), passphrase, path.parent, replace_existing=True, db_name=path.name
            )

        def done(result: Any) -> None:
            from coordinator_app.storage.summaries import counts_line

            QMessageBox.information(self.window, _("Handover"), counts_line(result.counts))

        self._replace_database(_("Taking over the handover file…"), work, done)

    # --- plumbing ---------------------------------------------------------------------------
    def _replace_database(self, text: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Close the window's connection, do `work`, reopen — also when `work` failed."""
        self._start_pending_backup()  # queued on the write lane ahead of `work`
        self.window.close_database()

        def finished(result: Any) -> None:
            self.window.open_database()
            done(result)

        def failed(error: Exception) -> None:
            self.window.open_database()
            self._show_error(error)

        self._run_busy(text, work, finished, on_error=failed)

    def _run_busy(
        self,
        text: str,
        work: Callable[[], Any],
        done: Callable[[Any], object],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (tests/ui/test_first_paint.py)

        busy = QProgressDialog(text, "", 0, 0, self.window)
        busy.setCancelButton(None)  # a copy cut short is worse than a wait of a few seconds
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(300)
        self._busy = busy

        def finished(result: Any) -> None:
            busy.close()
            done(result)

        def failed(error: Exception) -> None:
            busy.close()
            (on_error or self._show_error)(error)

        run_task(work, finished, failed, writes=True)

    def _show_error(self, error: Exception) -> None:
        from coordinator_app.db.errors import describe_database_error

        message = describe_database_error(error) or str(error)
        QMessageBox.critical(self.window, _("Data safety"), message)
