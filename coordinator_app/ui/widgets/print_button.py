"""A "Drukuj" button with a menu of the documents a record can have."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from coordinator_app.i18n import _
from coordinator_app.ui.widgets.accessibility import print_key


def print_button(parent: QWidget, entries: Sequence[tuple[str, Callable[[], object]]]) -> QPushButton:
    """`entries` are (menu text, action); the button opens the menu."""
    button = QPushButton(_("&Print"), parent)
    button.setObjectName("print_button")
    menu = QMenu(button)
    for text, action in entries:
        menu.addAction(text, action)
    button.setMenu(menu)
    print_key(parent, button)  # Ctrl+P opens the menu from anywhere in the window
    return button
