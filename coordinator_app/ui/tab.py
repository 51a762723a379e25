"""What the main window asks of its tabs, as typed protocols (no Qt widget is built here).

A tab is a QWidget that also satisfies `Tab`; the tabs conform structurally (the list tabs
through `ui.widgets.list_tab.ListTab`, the dashboard by itself), and `ui.tabs` pairs each
widget with its `Tab` view, so mypy checks that every tab offers what the window calls.
May import PySide6 only.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QLineEdit, QTableView


class Tab(Protocol):
    """One tab of the main window: loads when first shown, reloads on request."""

    @property
    def loaded(self) -> bool:
        """True once its records have been loaded (a tab loads when first shown)."""
        ...

    @property
    def status_message(self) -> SignalInstance:
        """Emits text for the window's status bar ("" clears it)."""
        ...

    @property
    def search(self) -> QLineEdit | None:
        """The search box that Find (Ctrl+F) focuses, if the tab has one."""
        ...

    @property
    def table(self) -> QTableView | None:
        """The table whose column layout the window remembers, if the tab has one."""
        ...

    def ensure_loaded(self) -> None:
        """Load, unless already loaded (or loading)."""
        ...

    def reload(self) -> None:
        """Load the records again (data changed under the tab)."""
        ...


class RecordTab(Tab, Protocol):
    """A tab whose records open in their own window by id (the dashboard asks for them)."""

    def edit(self, record_id: int, /) -> None:
        """Open one record's window; the list reloads if it changed."""
        ...
