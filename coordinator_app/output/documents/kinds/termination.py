"""The termination of an agreement (rozwiązanie): the date and the way it ends."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, PrintOption, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.writer import Segment


def termination_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += blocks.statement_lines(filler.lines("body"), styles)
    blocks.sign_here(story, snapshot.signatures)
    return [Segment(story, number_label=f"Nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.TERMINATION,
    title="Rozwiązanie porozumienia",
    subject=Subject.AGREEMENT,
    content=termination_segments,
    options=(
        PrintOption("on", "date", N_("Terminated on:")),
        PrintOption(
            "mode",
            "choice",
            choices=(
                ("mutual", N_("by agreement of the parties")),
                ("volunteer_notice", N_("notice given by the volunteer")),
                ("ops_notice", N_("notice given by the OPS")),
                ("expiry", N_("expiry of the period")),
            ),
        ),
    ),
)
