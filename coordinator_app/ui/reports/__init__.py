"""The Reports window (Raporty): the summary for management in PDF, XLSX or CSV."""

from coordinator_app.ui.reports.dialog import ReportsDialog, open_reports

__all__ = ["ReportsDialog", "open_reports"]
