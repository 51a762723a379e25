"""The tabs of the main window, typed: `MainTabs` holds each one, `pages()` lists them in order.

The main window imports this module on the worker thread that opens the database, so the
tabs' modules (and SQLAlchemy's models behind their services) load while the window is
already on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.actions.tab import ActionsTab
from coordinator_app.ui.assignments.tab import AssignmentsTab
from coordinator_app.ui.clients.tab import ClientsTab
from coordinator_app.ui.coalition.tab import CoalitionTab
from coordinator_app.ui.dashboard import DashboardTab
from coordinator_app.ui.partners.tab import PartnersTab
from coordinator_app.ui.tab import RecordTab, Tab
from coordinator_app.ui.trainings.tab import TrainingsTab
from coordinator_app.ui.volunteers.tab import VolunteersTab
from coordinator_app.ui.widgets.list_tab import ListTab


@dataclass(frozen=True)
class TabPage:
    """One tab as the window shows it: its settings key, title and widget, and the same
    widget seen as a `Tab` (Python has no QWidget-and-Tab type, so it is held twice)."""

    key: str
    title: str
    widget: QWidget
    tab: Tab


def _page(key: str, title: str, tab: ListTab | DashboardTab) -> TabPage:
    return TabPage(key, title, tab, tab)


@dataclass(frozen=True)
class MainTabs:
    dashboard: DashboardTab
    volunteers: VolunteersTab
    clients: ClientsTab
    assignments: AssignmentsTab
    trainings: TrainingsTab
    actions: ActionsTab
    partners: PartnersTab
    coalition: CoalitionTab

    def pages(self) -> list[TabPage]:
        """The tabs in the order they are shown."""
        return [
            _page("dashboard", _("Dashboard"), self.dashboard),
            _page("volunteers", _("Volunteers"), self.volunteers),
            _page("clients", _("Clients"), self.clients),
            _page("assignments", _("Assignments"), self.assignments),
            _page("trainings", _("Training sessions"), self.trainings),
            _page("actions", _("One-off actions"), self.actions),
            _page("partners", _("Partners"), self.partners),
            TabPage("coalition", _("Coalition"), self.coalition, self.coalition),
        ]

    def record_tab(self, kind: str) -> RecordTab:
        """The tab that opens records of `kind` ("volunteer", "client", "assignment")."""
        tabs: dict[str, RecordTab] = {
            "volunteer": self.volunteers,
            "client": self.clients,
            "assignment": self.assignments,
            "coalition_meeting": self.coalition,
        }
        return tabs[kind]


def build_tabs(db: Database, dashboard: DashboardTab | None = None) -> MainTabs:
    """Every tab; `dashboard` is the one the window already shows (built first, see main_window)."""
    return MainTabs(
        dashboard=dashboard or DashboardTab(db),
        volunteers=VolunteersTab(db),
        clients=ClientsTab(db),
        assignments=AssignmentsTab(db),
        trainings=TrainingsTab(db),
        actions=ActionsTab(db),
        partners=PartnersTab(db),
        coalition=CoalitionTab(db),
    )
