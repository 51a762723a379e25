"""The referral of a volunteer to a client (skierowanie) for an assignment."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.letters_pdf import referral_segments

KIND = PrintedKind(
    kind=DocumentKind.REFERRAL,
    title="Skierowanie",
    subject=Subject.ASSIGNMENT,
    content=referral_segments,
)
