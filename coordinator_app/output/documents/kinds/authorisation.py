"""The authorisation to process personal data (upoważnienie, art. 29 RODO) given to a
volunteer, signed by the head and acknowledged by the volunteer. Its page
(`privacy_statement_segments`) is shared with the confidentiality statement and the image
consent: the title, the text block by block, the signatures kept with the last block."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable, KeepTogether

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.writer import Segment


def privacy_statement_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    keys = [key for key in template if key not in ("title", "subtitle")]
    for key in keys[:-1]:
        story += blocks.statement_lines(filler.lines(key), styles)
    closing = blocks.statement_lines(filler.lines(keys[-1]), styles) if keys else []
    story.append(KeepTogether([*closing, *blocks.signature_block(snapshot.signatures)]))
    return [Segment(story, number_label=f"Nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.AUTHORISATION,
    title="Upoważnienie do przetwarzania danych osobowych",
    subject=Subject.VOLUNTEER,
    content=privacy_statement_segments,
)
