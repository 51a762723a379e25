"""The tabs of the main window, in order: (settings key, title, widget)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coordinator_app.db.engine import Database
from coordinator_app.i18n import _


def build_tabs(db: Database) -> list[tuple[str, str, QWidget]]:
    from coordinator_app.ui.assignments.tab import AssignmentsTab
    from coordinator_app.ui.clients.tab import ClientsTab
    from coordinator_app.ui.trainings.tab import TrainingsTab
    from coordinator_app.ui.volunteers.tab import VolunteersTab

    return [
        ("volunteers", _("Volunteers"), VolunteersTab(db)),
        ("clients", _("Clients"), ClientsTab(db)),
        ("assignments", _("Assignments"), AssignmentsTab(db)),
        ("trainings", _("Training sessions"), TrainingsTab(db)),
    ]
