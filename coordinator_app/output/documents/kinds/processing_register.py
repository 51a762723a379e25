"""The register of processing activities (art. 30 ust. 1 RODO) of the volunteering module: the
controller, then one table per entry (name, purposes, basis, subjects, data, recipients,
transfers, retention, security), in landscape-free portrait so it files with the rest."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Table

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, style_set, table_style
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment

ROWS = (
    ("purposes", "Cele przetwarzania"),
    ("legal_basis", "Podstawa prawna"),
    ("subjects", "Kategorie osób, których dane dotyczą"),
    ("data_categories", "Kategorie danych osobowych"),
    ("recipients", "Kategorie odbiorców"),
    ("transfers", "Przekazanie do państwa trzeciego"),
    ("retention", "Planowane terminy usunięcia danych"),
    ("security", "Środki bezpieczeństwa (art. 32 ust. 1)"),
)
LABEL_WIDTH = 4.6 * cm


def _entry(number: int, entry: Mapping[str, str]) -> Flowable:
    styles = style_set()
    data = [[para(f"{number}. {entry.get('name', '')}", styles.cell_header), ""]]
    data += [[para(label, styles.cell), para(str(entry.get(key, "")), styles.cell)] for key, label in ROWS]
    table = Table(data, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], repeatRows=1)
    table.setStyle(table_style(styles.family, *blocks.grid_style(styles.family), ("SPAN", (0, 0), (1, 0))))
    return table


def register_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += blocks.statement_lines(filler.lines("controller"), styles)
    for number, entry in enumerate(snapshot.lists.get("entries", []), start=1):
        story += [_entry(number, entry), blocks.spacer(0.3)]
    closing = blocks.statement_lines(filler.lines("note"), styles)
    story.append(KeepTogether([*closing, *blocks.signature_block(snapshot.signatures)]))
    return [Segment(story, footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.PROCESSING_REGISTER,
    title="Rejestr czynności przetwarzania",
    subject=Subject.NOTHING,
    content=register_segments,
    cli=CliMode.BLANK,
)
