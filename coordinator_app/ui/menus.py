"""The main window's menu bar: File, Edit, View, Work, Documents, Privacy, Settings and Help,
with the platform's standard shortcuts; actions that need the database are disabled until it
is open (the window enables them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from coordinator_app import APP_NAME
from coordinator_app.i18n import LANGUAGES, _, current_language
from coordinator_app.ui import openers
from coordinator_app.ui.privacy.menu_retention import add_menu_retention
from coordinator_app.ui.privacy.menu_rights import add_rights_actions

if TYPE_CHECKING:
    from coordinator_app.ui.main_window import MainWindow

LANGUAGE_NAMES = {"pl": "Polski", "en": "English"}


def build_menus(window: MainWindow) -> None:
    """Every menu of `window`; the actions the window refers to later become its attributes."""
    window._database_actions = []
    bar = window.menuBar()
    file_menu = bar.addMenu(_("&File"))
    window.new_volunteer_action = window._db_action(
        _("&New volunteer…"), window._new_volunteer, QKeySequence.StandardKey.New, "Ctrl+N"
    )
    file_menu.addAction(window.new_volunteer_action)
    file_menu.addAction(
        window._db_action(
            _("New &client…"), window._on_tabs(lambda tabs: window._show(tabs.clients).add_client())
        )
    )
    file_menu.addAction(
        window._db_action(
            _("New &assignment…"),
            window._on_tabs(lambda tabs: window._show(tabs.assignments).add_assignment()),
        )
    )
    file_menu.addSeparator()
    file_menu.addAction(window._db_action(_("&Import…"), window._open_import))
    file_menu.addAction(window._action(_("Download the blank &sheet…"), lambda: _save_template(window)))
    file_menu.addSeparator()
    window.safety.add_actions(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(window._action(_("&Quit"), window.close, QKeySequence.StandardKey.Quit, "Ctrl+Q"))
    edit_menu = bar.addMenu(_("Ed&it"))
    edit_menu.addAction(
        window._action(_("&Find"), window._focus_search, QKeySequence.StandardKey.Find, "Ctrl+F")
    )
    view_menu = bar.addMenu(_("&View"))
    view_menu.addAction(
        window._action(_("&Refresh"), window.reload_current, QKeySequence.StandardKey.Refresh, "F5")
    )
    work_menu = bar.addMenu(_("W&ork"))
    work_menu.addAction(
        window._db_action(
            _("&Waiting list…"),
            window._on_tabs(lambda tabs: window._show(tabs.assignments).show_waiting_list()),
        )
    )
    work_menu.addAction(window._db_action(_("&Hours card…"), window._open_hours_card, "Ctrl+G"))
    work_menu.addAction(window._db_action(_("&Month close…"), window._open_month_close))
    work_menu.addSeparator()
    work_menu.addAction(window._db_action(_("&Reports…"), window._opener(openers.reports), "Ctrl+R"))
    window.work_menu = work_menu
    documents_menu = bar.addMenu(_("Do&cuments"))
    documents_menu.addAction(window._db_action(_("&Batch printing…"), window._opener(openers.batch_print)))
    documents_menu.addAction(
        window._db_action(_("Issued documents &register…"), window._opener(openers.document_register))
    )
    documents_menu.addAction(
        window._db_action(_("Blank &application form…"), window._opener(openers.intake_form))
    )
    add_rights_actions(window)
    settings_menu = bar.addMenu(_("Settin&gs"))
    settings_menu.addAction(
        window._db_action(_("&Organisation…"), window._opener(openers.organisation_settings))
    )
    settings_menu.addAction(
        window._db_action(_("Document &wording…"), window._opener(openers.template_editor))
    )
    window.dictionaries_action = window._db_action(_("&Dictionaries…"), window.open_dictionaries)
    settings_menu.addAction(window.dictionaries_action)
    settings_menu.addAction(window._db_action(_("&Audit log…"), window._open_audit_log))
    window.settings_menu = settings_menu
    language_menu = settings_menu.addMenu(_("&Language"))
    group = QActionGroup(window)
    for code in LANGUAGES:
        action = QAction(LANGUAGE_NAMES[code], window, checkable=True)
        action.setChecked(code == current_language())
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        language_menu.addAction(action)
    add_menu_retention(window, window._db_action, window._opener)
    help_menu = bar.addMenu(_("&Help"))
    window.manual_action = window._action(
        _("&Manual"), window.open_help, QKeySequence.StandardKey.HelpContents, "F1"
    )
    help_menu.addAction(window.manual_action)
    help_menu.addAction(window._action(_("&About"), window._about))
    help_menu.addAction(window._action(_("About &Qt"), QApplication.aboutQt))


def choose_language(window: MainWindow, code: str) -> None:
    """Remember the language chosen in the menu for the next start."""
    window.settings.setValue("language", code)
    QMessageBox.information(
        window, APP_NAME, _("The language will change the next time you start the application.")
    )


def _save_template(window: MainWindow) -> None:
    from coordinator_app.ui.importing import save_template

    save_template(window)
