"""The annex to an agreement (aneks): what changes, from when."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.agreement_pdf import annex_segments
from coordinator_app.output.documents.kinds import PrintedKind, Subject

KIND = PrintedKind(
    kind=DocumentKind.ANNEX,
    title="Aneks do porozumienia",
    subject=Subject.ANNEX,
    content=annex_segments,
)
