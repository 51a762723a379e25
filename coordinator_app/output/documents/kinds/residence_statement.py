"""The statement on the countries of residence in the last 20 years (art. 21 ust. 5 of the
2016 act), with the criminal-liability clause."""

from __future__ import annotations

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.kinds.child_protection import statement_segments

KIND = PrintedKind(
    kind=DocumentKind.RESIDENCE_STATEMENT,
    title="Oświadczenie o państwach zamieszkania",
    subject=Subject.VOLUNTEER,
    content=statement_segments,
)
