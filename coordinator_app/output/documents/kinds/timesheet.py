"""The monthly hours card (karta czasu pracy) of an assignment, for one month."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import N_
from coordinator_app.output.documents.forms_pdf import timesheet_segments
from coordinator_app.output.documents.kinds import Batch, PrintedKind, Subject

KIND = PrintedKind(
    kind=DocumentKind.TIMESHEET,
    title="Karta czasu pracy",
    subject=Subject.ASSIGNMENT,
    content=timesheet_segments,
    needs_month=True,
    batch=Batch(
        N_("Monthly hours cards for all assignments of a month"),
        "karty-czasu-pracy",
        monthly=True,
        position=2,
    ),
)
