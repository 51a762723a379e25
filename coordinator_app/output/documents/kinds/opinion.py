"""The opinion on volunteer services (opinia, art. 44 ust. 3): written by the coordinator in the
opinion editor, so the command line only prints again the newest one issued."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject
from coordinator_app.output.documents.letters_pdf import opinion_segments

KIND = PrintedKind(
    kind=DocumentKind.OPINION,
    title="Opinia",
    subject=Subject.VOLUNTEER,
    content=opinion_segments,
    cli=CliMode.REPRINT,
)
