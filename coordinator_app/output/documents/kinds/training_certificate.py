"""The training certificate (zaświadczenie o ukończeniu szkolenia) of one volunteer."""

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.letters_pdf import training_certificate_segments

KIND = PrintedKind(
    kind=DocumentKind.TRAINING_CERTIFICATE,
    title="Zaświadczenie o ukończeniu szkolenia",
    subject=Subject.TRAINING_SESSION,
    content=training_certificate_segments,
    needs_volunteer=True,
)
