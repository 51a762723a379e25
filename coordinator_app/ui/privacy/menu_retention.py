"""The RODO menu's entries for retention and accountability (issue 15, points 3, 5, 6)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coordinator_app.i18n import _
from coordinator_app.ui.privacy.menu_rights import rodo_menu

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMainWindow, QWidget

    from coordinator_app.db.engine import Database


def open_retention_review(parent: QWidget, db: Database) -> None:
    from coordinator_app.ui.privacy.retention_window import RetentionReviewDialog

    RetentionReviewDialog(parent, db).exec()


def open_accountability(parent: QWidget, db: Database) -> None:
    from coordinator_app.ui.privacy.accountability_window import AccountabilityDialog

    AccountabilityDialog(parent, db).exec()


def add_menu_retention(
    window: QMainWindow,
    db_action: Callable[[str, Callable[[], object]], QAction],
    opener: Callable[[Callable[[QWidget, Database], None]], Callable[[], None]],
) -> None:
    """Add the retention review and the accountability records to the RODO menu."""
    menu = rodo_menu(window)
    menu.addAction(db_action(_("Retention &review…"), opener(open_retention_review)))
    menu.addAction(db_action(_("&Accountability records…"), opener(open_accountability)))
