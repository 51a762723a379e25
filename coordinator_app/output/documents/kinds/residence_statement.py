"""The statement on the countries of residence in the last 20 years (art. 21 ust. 5 of the
2016 act), with the criminal-liability clause. Its page (`statement_segments`) is shared with
the statement on a country without criminal-record information (no_record_statement.py): the
declaration, the countries written in by hand, the liability clause kept with the signatures."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment

COUNTRY_ROWS = 4


def _countries(styles: Styles) -> Table:
    """Rows to write the countries and the periods of residence in."""
    head = [para(text, styles.cell_header) for text in ("Państwo", "Okres zamieszkania (od – do)")]
    data: list[list[Paragraph | str]] = [head] + [["", ""] for _ in range(COUNTRY_ROWS)]
    first = CONTENT_WIDTH * 0.55
    table = Table(
        data, colWidths=[first, CONTENT_WIDTH - first], rowHeights=[None] + [0.8 * cm] * COUNTRY_ROWS
    )
    table.setStyle(table_style(styles.family, *blocks.grid_style(styles.family)))
    return table


def statement_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += blocks.statement_lines(filler.lines("body"), styles)
    choices = filler.lines("choices")
    if choices:
        story += blocks.statement_lines([f"[ ] {line}" for line in choices], styles)
        story += [_countries(styles), blocks.spacer(0.3)]
    story += blocks.statement_lines(filler.lines("attachments"), styles)
    closing = blocks.statement_lines(filler.lines("liability") + filler.lines("minor"), styles)
    # the liability clause stays on the page that is signed
    story.append(KeepTogether([*closing, *blocks.signature_block(snapshot.signatures)]))
    return [Segment(story, number_label=f"Nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.RESIDENCE_STATEMENT,
    title="Oświadczenie o państwach zamieszkania",
    subject=Subject.VOLUNTEER,
    content=statement_segments,
)
