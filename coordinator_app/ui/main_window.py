"""The main window: tabs, menus with standard shortcuts, status bar, remembered layout."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator_app import APP_NAME
from coordinator_app.i18n import _
from coordinator_app.ui import openers
from coordinator_app.ui.tasks import run_task
from coordinator_app.ui.widgets.geometry import restore_window, save_window

if TYPE_CHECKING:
    from coordinator_app.db.engine import Database
    from coordinator_app.ui.dashboard import DashboardTab
    from coordinator_app.ui.openers import Opener
    from coordinator_app.ui.tabs import MainTabs, TabPage

log = logging.getLogger(__name__)

_Widget = TypeVar("_Widget", bound=QWidget)
Shortcut = QKeySequence.StandardKey | str | None


class MainWindow(QMainWindow):
    first_painted = Signal()  # the window is on screen: what start-up put off may begin
    first_tab_shown = Signal()  # the dashboard is on screen and loading; the other tabs follow
    database_ready = Signal()  # every tab is there
    _database_actions: list[QAction]  # this and the five below: built by ui.menus
    new_volunteer_action: QAction
    dictionaries_action: QAction
    manual_action: QAction
    work_menu: QMenu
    settings_menu: QMenu
    database_failed = Signal(str)

    def __init__(self, db_path: Path, settings: QSettings, log_file: Path | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.settings = settings
        self.log_file = log_file
        self.db: Database | None = None
        # The tabs, typed, once the database is open (None before and after).
        self.main_tabs: MainTabs | None = None
        self._pages: list[TabPage] = []
        self._open_after_paint = False
        self._painted = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        # Each tab loads its records when it is first shown: the one on screen first.
        self.tabs.currentChanged.connect(self._load_tab)
        from coordinator_app.ui.safety.controller import SafetyController

        self.safety = SafetyController(self)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.safety.banner)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.setWindowTitle(APP_NAME)
        self.path_label = QLabel(str(db_path))
        self.statusBar().addPermanentWidget(self.path_label)
        self._build_menus()
        self._restore_geometry()

    # --- menus ------------------------------------------------------------------------------
    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut = None, fallback: str | None = None
    ) -> QAction:
        """An action with the platform's standard shortcut, or `fallback` where the platform
        defines none (Windows has no standard Quit key, for instance)."""
        action = QAction(text, self)
        if shortcut is not None:
            sequence = QKeySequence(shortcut)
            if sequence.isEmpty() and fallback:
                sequence = QKeySequence(fallback)
            # The list form: `setShortcut` resolves its overloads through Qt's key enums, and
            # PySide6 makes every enum type of the `Qt` namespace on that first touch (12 ms
            # before the first paint; tests/ui/test_first_paint.py).
            action.setShortcuts([sequence])
        action.triggered.connect(slot)
        return action

    def _db_action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut = None, fallback: str | None = None
    ) -> QAction:
        """An action that needs the database: disabled until it is open."""
        action = self._action(text, slot, shortcut, fallback)
        action.setEnabled(False)
        self._database_actions.append(action)
        return action

    def _build_menus(self) -> None:
        from coordinator_app.ui.menus import build_menus

        build_menus(self)

    # --- database ---------------------------------------------------------------------------
    def open_database_after_first_paint(self) -> None:
        """Start opening the database once the window has been painted, so the work (and the
        imports) of opening it never delay the first sight of the window."""
        self._open_after_paint = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        if self._open_after_paint:
            self._open_after_paint = False
            QTimer.singleShot(0, self.open_database)

    def open_database(self) -> None:
        """Open (and upgrade) the database off the GUI thread; the window is already shown.

        The dashboard comes first: its modules are imported with the opening, it is shown and
        filled, and only then are the other tabs' modules imported (on a worker) and their tabs
        added behind it (each loads when first shown)."""
        self.statusBar().showMessage(_("Opening the database…"))

        def work() -> Database:
            # SQLAlchemy (and Alembic when the schema needs upgrading) and the dashboard's
            # modules are imported here, off the GUI thread, after the window has been painted.
            import coordinator_app.ui.dashboard  # noqa: F401
            from coordinator_app.storage.startup import start_database

            return start_database(self.db_path)

        run_task(work, self._on_database_open, self._on_database_error)

    def _on_database_open(self, db: Database) -> None:
        from coordinator_app.ui.dashboard import DashboardTab

        self.db = db
        dashboard = DashboardTab(db)
        dashboard.setObjectName("tab_dashboard")
        dashboard.status_message.connect(self._show_status)
        self.tabs.addTab(dashboard, _("Dashboard"))
        dashboard.ensure_loaded()
        self.first_tab_shown.emit()

        def import_tabs() -> None:
            import coordinator_app.ui.tabs  # noqa: F401  (every tab's modules)

        def then_the_other_tabs(_message: str = "") -> None:
            # Not alongside the dashboard's queries: both would share one interpreter lock.
            if dashboard.loading:
                return
            dashboard.status_message.disconnect(then_the_other_tabs)
            run_task(import_tabs, lambda _none: self._add_tabs(db, dashboard), self._on_database_error)

        dashboard.status_message.connect(then_the_other_tabs)
        then_the_other_tabs()

    def _add_tabs(self, db: Database, dashboard: DashboardTab) -> None:
        """The other tabs, behind the dashboard already on screen."""
        if self.db is not db:  # closed (or replaced) while their modules were imported
            return
        from coordinator_app.ui.tabs import build_tabs

        self.main_tabs = build_tabs(db, dashboard=dashboard)
        self._pages = self.main_tabs.pages()
        self.main_tabs.dashboard.open_record.connect(self.open_record)
        self.main_tabs.dashboard.first_steps.open_step.connect(
            lambda key, record_id: openers.first_step(self, key, None if record_id < 0 else record_id)
        )
        for page in self._pages:
            page.widget.setObjectName(f"tab_{page.key}")
            if page.widget is dashboard:
                self.tabs.setTabText(self.tabs.indexOf(dashboard), page.title)
                continue
            self.tabs.addTab(page.widget, page.title)
            page.tab.status_message.connect(self._show_status)
            header_state = self.settings.value(f"{page.key}/columns")
            table = page.tab.table
            if table is not None and isinstance(header_state, QByteArray):
                table.horizontalHeader().restoreState(header_state)
        self._load_tab(self.tabs.currentIndex())
        from coordinator_app.ui.widgets.accessibility import refresh

        refresh(self)  # the tabs' widgets named for screen readers
        for action in self._database_actions:
            action.setEnabled(True)
        self.statusBar().showMessage(_("Ready."), 3000)
        self.database_ready.emit()

    def close_database(self) -> None:
        """Remove the tabs and close the connection (before the file is replaced)."""
        self.save_layout()
        for action in self._database_actions:
            action.setEnabled(False)
        # Without blocking, each removal would make the next tab current and start its load.
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        self.tabs.blockSignals(False)
        self.main_tabs = None
        self._pages = []
        if self.db is not None:
            self.db.dispose()
            self.db = None

    def _on_database_error(self, error: Exception) -> None:
        from coordinator_app.storage.opening import DatabaseOpenError
        from coordinator_app.storage.startup import DamagedDatabase

        if isinstance(error, DamagedDatabase) and self.safety.offer_newest_backup(
            str(error), error.newest_backup
        ):
            return
        message = (
            str(error)
            if isinstance(error, DatabaseOpenError)
            else _("The database could not be opened: {error}").format(error=error)
        )
        log.error("database open failed: %s", type(error).__name__)
        self.database_failed.emit(message)
        QMessageBox.critical(self, APP_NAME, message + "\n\n" + _("Nothing has been changed."))
        self.close()

    # --- actions ----------------------------------------------------------------------------
    def tab(self, key: str) -> QWidget | None:
        """The tab of settings key `key` ("volunteers", …), once the database is open."""
        return next((page.widget for page in self._pages if page.key == key), None)

    def _page(self, widget: QWidget | None) -> TabPage | None:
        return next((page for page in self._pages if page.widget is widget), None)

    def _new_volunteer(self) -> None:
        if self.main_tabs is not None:
            self._show(self.main_tabs.volunteers).add_volunteer()

    def _show(self, tab: _Widget) -> _Widget:
        """Make `tab` the current tab, before one of its actions runs."""
        self.tabs.setCurrentWidget(tab)
        return tab

    def _on_tabs(self, run: Callable[[MainTabs], object]) -> Callable[[], None]:
        """A slot that runs `run` on the tabs (e.g. the Clients tab's "add client")."""

        def slot() -> None:
            if self.main_tabs is not None:
                run(self.main_tabs)

        return slot

    def _opener(self, opener: Opener) -> Callable[[], None]:
        """A slot that opens a dialog that works on the database: `opener(window, db)`."""

        def slot() -> None:
            if self.db is not None:
                opener(self, self.db)

        return slot

    def open_record(self, kind: str, record_id: int) -> None:
        """Open one record's window (from the dashboard's "needs attention" list)."""
        if self.db is None:
            return
        if kind == "agreement":
            from coordinator_app.core.agreements import get_agreement_details
            from coordinator_app.ui.agreements.dialog import AgreementDialog

            volunteer_id = get_agreement_details(self.db, record_id).volunteer.id
            if AgreementDialog(self.db, volunteer_id, record_id, self).exec():
                self._reload_loaded_tabs()
            return
        if self.main_tabs is not None:
            self.main_tabs.record_tab(kind).edit(record_id)
            self.main_tabs.dashboard.reload()

    def _open_hours_card(self) -> None:
        from coordinator_app.ui.hours.actions import open_hours_card

        if self.db is not None and open_hours_card(self, self.db):
            self._reload_loaded_tabs()

    def _open_audit_log(self) -> None:
        from coordinator_app.ui.audit import open_audit_log

        if self.db is not None:
            open_audit_log(self, self.db)

    def _open_month_close(self) -> None:
        from coordinator_app.ui.hours.actions import open_month_close

        if self.db is not None and open_month_close(self, self.db):
            self._reload_loaded_tabs()

    def _open_import(self) -> None:
        from coordinator_app.ui.importing import open_import_wizard

        if self.db is not None:
            open_import_wizard(self, self.db)
            self._reload_loaded_tabs()

    def _reload_loaded_tabs(self) -> None:
        """Lists already shown reload (hours, dictionaries and the like changed under them)."""
        for page in self._pages:
            if page.tab.loaded:
                page.tab.reload()

    def open_dictionaries(self, page: str | None = None) -> None:
        """Activity types, villages with distances, staff (`page` "villages" or "staff" opens
        that tab); the lists reload afterwards."""
        from coordinator_app.ui.dictionaries import DictionariesDialog

        if self.db is None:
            return
        dialog = DictionariesDialog(self.db, self)
        pages = {"villages": dialog.villages, "staff": dialog.staff}
        if isinstance(page, str) and page in pages:  # a menu's trigger passes its checked state
            dialog.tabs.setCurrentWidget(pages[page])
        dialog.exec()
        self._reload_loaded_tabs()

    def _focus_search(self) -> None:
        page = self._page(self.tabs.currentWidget())
        search = page.tab.search if page is not None else None
        if search is not None:
            from PySide6.QtCore import Qt  # not before the first paint (tests/ui/test_first_paint.py)

            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def _load_tab(self, index: int) -> None:
        page = self._page(self.tabs.widget(index))
        if page is not None:
            page.tab.ensure_loaded()

    def reload_current(self) -> None:
        page = self._page(self.tabs.currentWidget())
        if page is not None:
            page.tab.reload()

    def _show_status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 5000)
        else:
            self.statusBar().clearMessage()

    def _choose_language(self, code: str) -> None:
        from coordinator_app.ui.menus import choose_language

        choose_language(self, code)

    def open_help(self) -> None:
        """The manual at the current tab's section (F1)."""
        from coordinator_app.ui.help.window import open_help

        open_help(self)

    def _about(self) -> None:
        from coordinator_app.ui.about import AboutDialog

        AboutDialog(self.db_path, self.log_file, self).exec()

    # --- layout memory ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The size and place of the last session, fitted to the screen (ui.widgets.geometry)."""
        self.resize(1366, 768)  # at first the whole screen (fitted to it), then as left
        restore_window(self.settings, self)

    def save_layout(self) -> None:
        save_window(self.settings, self)
        for page in self._pages:
            table = page.tab.table
            if table is not None:
                self.settings.setValue(f"{page.key}/columns", table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_database()
        self.hide()
        self.safety.backup_at_exit()
        super().closeEvent(event)
