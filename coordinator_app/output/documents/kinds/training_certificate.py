"""The training certificate (zaświadczenie o ukończeniu szkolenia) of one volunteer."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.documents.letter import closing, list_section
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment


def training_certificate_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    person = filler.lines("person")
    for index, line in enumerate(person):
        story.append(para(line, styles.big_name if index == 1 else styles.centred))
    story.append(blocks.spacer(0.4))
    story += [para(line, styles.centred) for line in filler.lines("body")]
    story += list_section(filler.text("programme"), list(snapshot.lists.get("programme", [])))
    story += [blocks.spacer(0.3), para(filler.text("trainer"), styles.body)]
    blocks.sign_off(story, [closing(filler, snapshot)])
    return [
        Segment(story, number_label=f"Zaświadczenie nr {snapshot.number}", footer=blocks.footer(snapshot))
    ]


KIND = PrintedKind(
    kind=DocumentKind.TRAINING_CERTIFICATE,
    title="Zaświadczenie o ukończeniu szkolenia",
    subject=Subject.TRAINING_SESSION,
    content=training_certificate_segments,
    needs_volunteer=True,
)
