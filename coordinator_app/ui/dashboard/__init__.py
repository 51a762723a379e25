"""The dashboard tab (Pulpit): this month against the last and what needs attention.

`tab` (the view), `charts` and `first_steps` (the first-run checklist), over `core.reports`;
imports core, db, i18n, ui.style, ui.tasks and ui.widgets.
"""

from coordinator_app.ui.dashboard.tab import DashboardTab

__all__ = ["DashboardTab"]
