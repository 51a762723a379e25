"""The volunteer's confidentiality statement (art. 100 ust. 7 u.p.s.)."""

from __future__ import annotations

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.kinds.authorisation import privacy_statement_segments

KIND = PrintedKind(
    kind=DocumentKind.CONFIDENTIALITY_STATEMENT,
    title="Oświadczenie o zachowaniu poufności",
    subject=Subject.VOLUNTEER,
    content=privacy_statement_segments,
)
