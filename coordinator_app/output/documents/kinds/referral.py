"""The referral of a volunteer to a client (skierowanie) for an assignment."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.letter import closing
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment


def referral_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    for line in filler.lines("body"):
        story += [para(line, styles.body), blocks.spacer(0.12)]
    story.append(closing(filler, snapshot, "contact"))
    return [Segment(story, number_label=f"Skierowanie nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.REFERRAL,
    title="Skierowanie",
    subject=Subject.ASSIGNMENT,
    content=referral_segments,
)
