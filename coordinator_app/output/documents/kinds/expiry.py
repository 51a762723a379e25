"""The confirmation that an agreement expired (potwierdzenie wygaśnięcia porozumienia): it ran
to the end of the period it was concluded for; nobody terminated it."""

from __future__ import annotations

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.kinds.termination import termination_segments

KIND = PrintedKind(
    kind=DocumentKind.EXPIRY,
    title="Potwierdzenie wygaśnięcia porozumienia",
    subject=Subject.AGREEMENT,
    content=termination_segments,
)
