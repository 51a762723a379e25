"""The monthly hours card (karta czasu pracy) of an assignment, for one month."""

from __future__ import annotations

import io
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
from coordinator_app.output.pdf.writer import DocumentWriter, Segment

ROW_HEIGHT = 0.75 * cm
TAIL_ROWS = 3  # the rows kept on the page of the statement: two entries and "Razem" (and blank rows)
MIN_BLANK_ROWS = 2


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


ACTIVITY = 3  # the column of the activity type in an entry row


def _one_activity(snapshot: Snapshot, entries: Sequence[Sequence[str]]) -> bool:
    """Whether every entry is of the activity type the card names in its details (the
    assignment's): then the column would only repeat it on every row."""
    named = {str(value) for label, value in snapshot.lists.get("details", []) if label == "Rodzaj działania"}
    return bool(entries) and len(named) == 1 and all(row[ACTIVITY] in named for row in entries)


def _table_and_statement(snapshot: Snapshot, filler: Filler, blank: int) -> list[Flowable]:
    """The entries, `blank` rows to write in by hand and the total; the table's last rows are
    kept on one page with the statement and the signatures."""
    styles = style_set()
    entries = [[str(cell) for cell in row] for row in snapshot.lists.get("entries", [])]
    headers = ["Data", "Godz. od–do", "Liczba godzin", "Rodzaj działania", "Opis czynności", "Uwagi"]
    widths = [2.0 * cm, 2.3 * cm, 2.1 * cm, 3.6 * cm, 3.8 * cm]  # "Uwagi" keeps room for "zatwierdzone"
    if _one_activity(snapshot, entries):  # named once above the table, not on every row
        entries = [row[:ACTIVITY] + row[ACTIVITY + 1 :] for row in entries]
        del headers[ACTIVITY], widths[ACTIVITY]
        widths[-1] += 3.6 * cm
    widths.append(CONTENT_WIDTH - sum(widths))
    data: list[list[Flowable | str]] = [[para(text, styles.cell_header) for text in headers]]
    data += [[para(cell, styles.cell) for cell in row] for row in entries]
    data += [[""] * len(headers) for _ in range(blank)]
    total = str((snapshot.lists.get("total") or [""])[0])
    data.append(
        [para("Razem", styles.cell_header), "", para(total, styles.cell_header)] + [""] * (len(headers) - 3)
    )
    heights: list[float | None] = [None] * (len(data) - blank - 1) + [ROW_HEIGHT] * blank + [None]
    grid = blocks.grid_style(styles.family)
    cut = max(1, 1 + len(entries) - (TAIL_ROWS - 1))  # the last two entries, the blank rows, "Razem"
    table = Table(data[:cut], colWidths=widths, rowHeights=heights[:cut], repeatRows=1)
    table.setStyle(table_style(styles.family, *grid))
    tail = Table(data[cut:], colWidths=widths, rowHeights=heights[cut:])
    lines = [rule for rule in grid if rule[0] != "BACKGROUND"]
    tail.setStyle(table_style(styles.family, *lines, ("SPAN", (0, -1), (1, -1))))
    statement = [para(line, styles.body) for line in filler.lines("statement")]
    signatures = blocks.signatures(snapshot.signatures, styles)
    return [table, KeepTogether([tail, blocks.spacer(0.4), *statement, blocks.spacer(0.6), signatures])]


def _pages(story: Sequence[Flowable], footer: str) -> int:
    """The pages `story` takes when laid out as the document will be (a trial layout: an
    estimate of the heights misjudged kept-together groups)."""
    writer = DocumentWriter(io.BytesIO(), title="", author="")
    return writer.add(story, footer=footer)


def timesheet_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    footer = blocks.footer(snapshot)

    def build(blank: int) -> list[Flowable]:
        styles = style_set()
        filler = Filler(snapshot, template)
        story: list[Flowable] = blocks.header(snapshot, logo, styles)
        story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
        story += [_details(snapshot.lists.get("details", [])), blocks.spacer(0.4)]
        return story + _table_and_statement(snapshot, filler, blank)

    # a card that would run onto a second page only for its blank rows gives up some of them
    blank = int((snapshot.lists.get("blank_rows") or [4])[0])
    fewer = blank
    while fewer > MIN_BLANK_ROWS and _pages(build(fewer), footer) > 1:
        fewer -= 1
    if _pages(build(fewer), footer) > 1:
        fewer = blank  # a long card takes a second page anyway: keep the rows to write in
    return [Segment(build(fewer), number_label=f"Karta nr {snapshot.number}", footer=footer)]


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
