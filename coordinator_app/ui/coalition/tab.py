"""The Koalicja tab: two views on inner tabs, the coalition's meetings and the yearly
programmes; it offers the main window what a tab offers (`ui.tab.RecordTab`), for the view
shown, and opens a meeting by id (the dashboard's open tasks)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QTableView, QTabWidget, QVBoxLayout, QWidget

from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.coalition.meetings import MeetingsView
from coordinator_app.ui.coalition.programmes import ProgrammesView
from coordinator_app.ui.widgets.list_tab import ListTab


class CoalitionTab(QWidget):
    status_message = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings = MeetingsView(db)
        self.programmes = ProgrammesView(db)
        self.views = QTabWidget()
        self.views.setObjectName("coalition_views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.meetings, _("&Meetings"))
        self.views.addTab(self.programmes, _("Yearly &programme"))
        for view in (self.meetings, self.programmes):
            view.status_message.connect(self.status_message)
        self.views.currentChanged.connect(lambda _index: self.current().ensure_loaded())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def current(self) -> ListTab:
        return self.programmes if self.views.currentWidget() is self.programmes else self.meetings

    # --- what the main window asks of a tab ---------------------------------------------------
    @property
    def loaded(self) -> bool:
        return self.current().loaded

    @property
    def search(self) -> QLineEdit | None:
        return self.current().search

    @property
    def table(self) -> QTableView | None:
        return self.meetings.table  # the layout remembered is the meetings list's

    def ensure_loaded(self) -> None:
        self.current().ensure_loaded()

    def reload(self) -> None:
        for view in (self.meetings, self.programmes):
            if view.loaded:
                view.reload()
        self.current().ensure_loaded()

    def edit(self, meeting_id: int, /) -> None:
        """Open one meeting (from the dashboard's open tasks), on the meetings view."""
        self.views.setCurrentWidget(self.meetings)
        self.meetings.edit(meeting_id)
