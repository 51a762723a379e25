"""The monthly hours card (karta czasu pracy) of an assignment, for one month."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Table

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import Batch, PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, style_set, table_style
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment

ROW_HEIGHT = 0.75 * cm


def _details(rows: Sequence[Sequence[str]]) -> Table:
    styles = style_set()
    data = [[para(f"{label}:", styles.label), para(value, styles.body)] for label, value in rows]
    table = Table(data, colWidths=[4.2 * cm, CONTENT_WIDTH - 4.2 * cm], hAlign="LEFT")
    table.setStyle(
        table_style(
            styles.family,
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return table


def timesheet_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += [_details(snapshot.lists.get("details", [])), blocks.spacer(0.4)]
    headers = ["Data", "Godz. od–do", "Liczba godzin", "Rodzaj działania", "Opis czynności", "Uwagi"]
    widths = [2.0 * cm, 2.3 * cm, 2.1 * cm, 3.6 * cm, 3.8 * cm]  # "Uwagi" keeps room for "zatwierdzone"
    widths.append(CONTENT_WIDTH - sum(widths))
    data: list[list[Flowable | str]] = [[para(text, styles.cell_header) for text in headers]]
    for row in snapshot.lists.get("entries", []):
        data.append([para(str(cell), styles.cell) for cell in row])
    blank = int((snapshot.lists.get("blank_rows") or [4])[0])
    data += [[""] * len(headers) for _ in range(blank)]
    total = str((snapshot.lists.get("total") or [""])[0])
    data.append([para("Razem", styles.cell_header), "", para(total, styles.cell_header), "", "", ""])
    heights: list[float | None] = [None] * (len(data) - blank - 1) + [ROW_HEIGHT] * blank + [None]
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(table_style(styles.family, *blocks.grid_style(styles.family), ("SPAN", (0, -1), (1, -1))))
    story += [table, blocks.spacer(0.4)]
    story.append(
        KeepTogether(
            [
                *[para(line, styles.body) for line in filler.lines("statement")],
                blocks.spacer(0.6),
                blocks.signatures(snapshot.signatures, styles),
            ]
        )
    )
    return [Segment(story, number_label=f"Karta nr {snapshot.number}", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.TIMESHEET,
    title="Karta czasu pracy",
    subject=Subject.ASSIGNMENT,
    content=timesheet_segments,
    needs_month=True,
    batch=Batch(
        N_("Monthly hours cards for all assignments of a month"),
        "karty-czasu-pracy",
        monthly=True,
        position=2,
    ),
)
