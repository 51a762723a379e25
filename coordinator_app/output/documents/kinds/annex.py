"""The annex to an agreement (aneks): what changes, from when."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment


def annex_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.letterhead(snapshot.letterhead, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += [para(line, styles.body) for line in filler.lines("intro")]
    number = 0
    changes = [str(item) for item in snapshot.lists.get("changes", [])]
    for block in ("s_changes", "s_final"):
        found = filler.section(block)
        if found is None:
            continue
        number += 1
        story += blocks.numbered_section(number, found[0], found[1], styles)
        if block == "s_changes":
            story += blocks.items(changes, styles)
    blocks.sign_here(story, snapshot.signatures)
    return [
        Segment(
            story,
            number_label=f"Aneks nr {snapshot.number}",
            footer=blocks.footer(snapshot),
        )
    ]


KIND = PrintedKind(
    kind=DocumentKind.ANNEX,
    title="Aneks do porozumienia",
    subject=Subject.ANNEX,
    content=annex_segments,
)
