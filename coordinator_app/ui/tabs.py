"""The tabs of the main window, in order: (settings key, title, widget).

The main window imports this module on the worker thread that opens the database, so the
tabs' modules (and SQLAlchemy's models behind their services) load while the window is
already on screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.ui.assignments.tab import AssignmentsTab
from coordinator_app.ui.clients.tab import ClientsTab
from coordinator_app.ui.dashboard import DashboardTab
from coordinator_app.ui.trainings.tab import TrainingsTab
from coordinator_app.ui.volunteers.tab import VolunteersTab


def build_tabs(db: Database) -> list[tuple[str, str, QWidget]]:
    return [
        ("dashboard", _("Dashboard"), DashboardTab(db)),
        ("volunteers", _("Volunteers"), VolunteersTab(db)),
        ("clients", _("Clients"), ClientsTab(db)),
        ("assignments", _("Assignments"), AssignmentsTab(db)),
        ("trainings", _("Training sessions"), TrainingsTab(db)),
    ]
