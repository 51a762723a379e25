"""The termination of an agreement (rozwiązanie or wypowiedzenie): the way it ends, the day
notice was given and the agreement's last day. The expiry's confirmation (kinds/expiry.py)
shares its page.

The preview offers no date or mode to choose: the document states the recorded termination
(the termination window validates its day, mode and notice), never a date defaulting to the
print day. The command line may supply a missing notice day (`--notice-on`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.writer import Segment


def termination_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    act_on = snapshot.options.get("act_on")  # a notice printed later is dated by its day
    dated = replace(snapshot, issued_on=act_on) if act_on else snapshot
    story: list[Flowable] = blocks.header(dated, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += blocks.statement_lines(filler.lines("body"), styles)
    blocks.sign_here(story, snapshot.signatures)
    return [Segment(story, number_label=f"Nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.TERMINATION,
    title="Rozwiązanie porozumienia",
    subject=Subject.AGREEMENT,
    content=termination_segments,
)
