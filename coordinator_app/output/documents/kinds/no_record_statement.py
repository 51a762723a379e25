"""The statement for a country whose law gives no criminal-record information, or which keeps
no criminal register (art. 21 ust. 6 of the 2016 act), with the criminal-liability clause."""

from __future__ import annotations

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.i18n import N_
from coordinator_app.output.documents.kinds import PrintedKind, PrintOption, Subject
from coordinator_app.output.documents.kinds.residence_statement import statement_segments

KIND = PrintedKind(
    kind=DocumentKind.NO_RECORD_STATEMENT,
    title="Oświadczenie o braku informacji z rejestru karnego",
    subject=Subject.VOLUNTEER,
    content=statement_segments,
    options=(PrintOption("country", "text", N_("Country:"), max_length=80),),
)
