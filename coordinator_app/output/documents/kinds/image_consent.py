"""The volunteer's consent to the use of their image, separate from every other statement and
withdrawable (art. 6 ust. 1 lit. a and art. 7 ust. 3 RODO, art. 81 of the copyright act)."""

from __future__ import annotations

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.kinds.authorisation import privacy_statement_segments

KIND = PrintedKind(
    kind=DocumentKind.IMAGE_CONSENT,
    title="Zgoda na wykorzystanie wizerunku",
    subject=Subject.VOLUNTEER,
    content=privacy_statement_segments,
)
