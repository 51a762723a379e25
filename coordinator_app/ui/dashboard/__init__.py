"""The dashboard tab (Pulpit): this month against the last and what needs attention.

`tab` (the view) and `charts`, over `core.reports`; imports core, db, i18n, ui.style and ui.tasks.
"""

from coordinator_app.ui.dashboard.tab import DashboardTab

__all__ = ["DashboardTab"]
