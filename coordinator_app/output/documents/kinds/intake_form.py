"""The blank intake form (karta zgłoszenia), printed to be filled in by hand."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.forms_pdf import intake_form_segments
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject

KIND = PrintedKind(
    kind=DocumentKind.INTAKE_FORM,
    title="Karta zgłoszenia wolontariusza",
    subject=Subject.NOTHING,
    content=intake_form_segments,
    cli=CliMode.BLANK,
)
