"""Figures for management, the dashboard and per-volunteer statements (Qt-free).

Computation only: the PDF, XLSX and CSV writers are in `coordinator_app.output.summaries`.
`summary` puts the period's figures together; `standing` says whether the period is closed,
which hours still await confirmation, and the year to date; `insurance` the NNW figures;
`actions_figures` the one-off actions, partners and coalition of a period; `annual` the year
(with the programme of volunteer activities planned against done);
small counts of people are suppressed in `figures`; `first_steps` is the first-run
checklist and why matching found nobody. Imports core, db and i18n, never Qt.
"""

from coordinator_app.core.reports.attention import AttentionGroup, AttentionItem
from coordinator_app.core.reports.dashboard import (
    ActivityBar,
    DashboardData,
    MonthBar,
    Period,
    compared_periods,
    dashboard_data,
)
from coordinator_app.core.reports.figures import (
    NO_CLIENT,
    Compared,
    PeriodStatus,
    Signatories,
    SmallCount,
    Summary,
    YearToDate,
)
from coordinator_app.core.reports.korpus import KorpusStatus, KorpusThresholds, korpus_status
from coordinator_app.core.reports.settings import ReportSettings, read_report_settings, save_report_settings
from coordinator_app.core.reports.statement import VolunteerStatement, volunteer_statement
from coordinator_app.core.reports.summary import Cancelled, monthly_summary

__all__ = [
    "NO_CLIENT",
    "ActivityBar",
    "AttentionGroup",
    "AttentionItem",
    "Cancelled",
    "Compared",
    "DashboardData",
    "KorpusStatus",
    "KorpusThresholds",
    "MonthBar",
    "Period",
    "PeriodStatus",
    "ReportSettings",
    "Signatories",
    "SmallCount",
    "Summary",
    "VolunteerStatement",
    "YearToDate",
    "compared_periods",
    "dashboard_data",
    "korpus_status",
    "monthly_summary",
    "read_report_settings",
    "save_report_settings",
    "volunteer_statement",
]
