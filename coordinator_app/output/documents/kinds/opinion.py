"""The opinion on volunteer services (opinia, art. 44 ust. 3): written by the coordinator in the
opinion editor, so the command line only prints again the newest one issued."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject
from coordinator_app.output.documents.letter import closing, list_section
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment


def opinion_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    lists = snapshot.lists
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += [para(line, styles.body) for line in filler.lines("intro")]
    story += list_section(filler.text("scope"), list(lists.get("scope", [])))
    story += [para(line, styles.body) for line in filler.lines("hours")]
    story += [blocks.spacer(0.25), para(filler.text("assessment"), styles.label)]
    story += [para(line, styles.body) for line in filler.lines("criteria")]
    story += [para(str(text), styles.body) for text in lists.get("assessment", [])]
    competences = list(lists.get("competences", []))
    skills = [str(text) for text in lists.get("skills", [])]
    if competences or skills:
        story += [blocks.spacer(0.25), para(filler.text("skills"), styles.label)]
        story += blocks.items(competences, styles)
        story += [para(text, styles.body) for text in skills]
    story += list_section(filler.text("trainings"), list(lists.get("trainings", [])))
    recommendation = [str(text) for text in lists.get("recommendation", [])]
    if recommendation:
        story += [blocks.spacer(0.25), para(filler.text("recommendation"), styles.label)]
        story += [para(text, styles.body) for text in recommendation]
    blocks.sign_off(story, [closing(filler, snapshot, "closing")])
    return [Segment(story, number_label=f"Opinia nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.OPINION,
    title="Opinia",
    subject=Subject.VOLUNTEER,
    content=opinion_segments,
    cli=CliMode.REPRINT,
)
