"""The RODO menu of the main window (created here if missing) and its first actions: the
export of a person's data, the requests register and the restriction of processing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from coordinator_app.i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from coordinator_app.db.engine import Database
    from coordinator_app.ui.main_window import MainWindow

MENU_NAME = "rodo_menu"


def rodo_menu(window: QMainWindow) -> QMenu:
    """The window's RODO menu: found by its object name, or added at the end of the menu bar."""
    bar = window.menuBar()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.objectName() == MENU_NAME:
            return menu
    menu = bar.addMenu(_("R&ODO"))
    menu.setObjectName(MENU_NAME)
    return menu


def _export(parent: QWidget, db: Database) -> None:
    from coordinator_app.ui.privacy.access_export import open_access_export

    open_access_export(parent, db)


def _requests(parent: QWidget, db: Database) -> None:
    from coordinator_app.ui.privacy.requests_window import open_requests_register

    open_requests_register(parent, db)


def _restriction(parent: QWidget, db: Database) -> None:
    from coordinator_app.ui.privacy.access_restriction import open_restriction

    open_restriction(parent, db)


def add_rights_actions(window: MainWindow) -> None:
    menu = rodo_menu(window)
    menu.addAction(window._db_action(_("&Requests register…"), window._opener(_requests)))
    menu.addAction(
        window._db_action(_("Export a person's &data (access, portability)…"), window._opener(_export))
    )
    menu.addAction(window._db_action(_("Restriction of &processing…"), window._opener(_restriction)))
