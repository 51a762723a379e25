"""The Reports window (Raporty): the summary for management in PDF, XLSX or CSV.

`dialog` and `period_picker`, over `core.reports` and the writers of `output.summaries`;
imports core, db, i18n, output, ui.tasks and ui.widgets.
"""

from coordinator_app.ui.reports.dialog import ReportsDialog, open_reports

__all__ = ["ReportsDialog", "open_reports"]
