"""The dashboard tab (Pulpit): this month against the last and what needs attention."""

from coordinator_app.ui.dashboard.tab import DashboardTab

__all__ = ["DashboardTab"]
