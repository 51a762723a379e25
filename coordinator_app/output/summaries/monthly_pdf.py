"""The monthly summary as a PDF for the director: the organisation's letterhead, key figures,
two charts, then compact tables section by section (A4, a few pages). A period that is not
closed says so in a highlighted box under the title; the approval block closes the document.

Narrow tables (two or three columns) are packed into two columns, the shorter column taking
the next table; a section's heading stays with its first tables; number columns are as wide
as their longest number, so nothing wraps inside a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app.core.issuing.letterhead import ReportHeader
from coordinator_app.output.pdf.blocks import letterhead
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, SUMMARY_FONT_SIZE, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import date_header, para
from coordinator_app.output.pdf.writer import write_pdf
from coordinator_app.output.summaries.monthly_charts import activities_chart, months_chart
from coordinator_app.output.summaries.monthly_model import (
    Money,
    ReportDocument,
    ReportSection,
    ReportTable,
    Value,
)
from coordinator_app.output.summaries.monthly_values import is_number, text

GRID = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#e8edf3")
TOTAL_FILL = colors.HexColor("#f3f3f3")
TILE_FILL = colors.HexColor("#f1f5f9")
NOTICE_FILL = colors.HexColor("#fce4d6")
NOTICE_LINE = colors.HexColor("#c0504d")
CHART = 5.6 * cm  # the height of the twelve-month chart; lower under a notice, so page 1 holds
NOTICE_CHART = 4.6 * cm  # the key figures, both charts and their notes
PADDING = 3
GAP = 0.5 * cm
HALF = (CONTENT_WIDTH - GAP) / 2
MIN_NUMBER_WIDTH = 1.45 * cm
LONG_TEXT = 40  # a table with longer texts outside its first column is printed full width
SPLIT_ROWS = 12  # a wide table longer than this may break across pages
ROOM_FOR_START = 3.5 * cm  # start a section or a long table only with this much room left
SKIPPED_IN_PDF = {"Godziny w ostatnich 12 miesiącach"}  # the chart on page 1 shows it


# --- tables ----------------------------------------------------------------------------------
def _text_column(table: ReportTable, column: int) -> bool:
    """A column holding any text (labels, codes, months); numbers and dashes are not text."""
    return any(not is_number(row[column]) for row in table.rows)


def _widths(table: ReportTable, width: float, styles: Styles) -> list[float]:
    """Number columns as wide as their widest number (or the longest word of their header);
    the text columns share the rest, a leading code column staying narrow."""
    bold = f"{styles.family}-Bold"
    rows = [*table.rows, *([table.total] if table.total else [])]
    texts = [_text_column(table, column) for column in range(len(table.columns))]
    widths = [0.0] * len(texts)
    for column, is_text in enumerate(texts):
        if is_text:
            continue
        cells = max((stringWidth(text(row[column]), bold, SUMMARY_FONT_SIZE) for row in rows), default=0)
        words = max(stringWidth(word, bold, SUMMARY_FONT_SIZE) for word in table.columns[column].split())
        widths[column] = max(MIN_NUMBER_WIDTH, cells + 2 * PADDING + 2, words + 2 * PADDING + 2)
    rest = width - sum(widths)
    text_columns = [column for column, is_text in enumerate(texts) if is_text]
    if len(text_columns) == 2 and table.columns[0] == "kod":
        widths[0], widths[1] = 1.2 * cm, rest - 1.2 * cm
    elif len(text_columns) == 2:  # a label and a textual value
        widths[text_columns[0]], widths[text_columns[1]] = rest * 0.55, rest * 0.45
    else:
        for column in text_columns:
            widths[column] = rest / len(text_columns)
    return widths


def _cell(value: Value, styles: Styles, *, bold: bool = False) -> Paragraph:
    if is_number(value):
        return para(text(value), styles.summary_total_number if bold else styles.summary_number)
    return para(text(value), styles.summary_total if bold else styles.summary_cell)


def _table(table: ReportTable, width: float, styles: Styles) -> list[Flowable]:
    data: list[list[Paragraph]] = [[para(title, styles.summary_head) for title in table.columns]]
    data += [[_cell(value, styles) for value in row] for row in table.rows]
    if table.total is not None:
        data.append([_cell(value, styles, bold=True) for value in table.total])
    grid = Table(data, colWidths=_widths(table, width, styles), repeatRows=1, hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]
    if table.total is not None:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL))
    grid.setStyle(table_style(styles.family, *commands))
    return [para(table.title, styles.summary_table_title), grid, Spacer(1, 0.25 * cm)]


def _narrow(table: ReportTable) -> bool:
    if len(table.columns) > 3:
        return False
    return all(len(value) <= LONG_TEXT for row in table.rows for value in row[1:] if isinstance(value, str))


def _columns(left: Sequence[Flowable], right: Sequence[Flowable]) -> Table:
    pair = Table([[list(left), list(right)]], colWidths=[HALF + GAP, HALF], hAlign="LEFT")
    pair.setStyle(
        table_style(
            "DejaVuSans",
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, 0), GAP),
            ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return pair


def _packed(tables: Sequence[ReportTable], styles: Styles) -> Table:
    """Narrow tables in two columns, each next table going to the shorter column."""
    left: list[Flowable] = []
    right: list[Flowable] = []
    heights = [0, 0]
    for table in tables:
        side = 0 if heights[0] <= heights[1] else 1
        (left if side == 0 else right).extend(_table(table, HALF, styles))
        heights[side] += len(table.rows) + 3
    return _columns(left, right)


def _blocks(section: ReportSection, styles: Styles) -> list[tuple[bool, list[Flowable]]]:
    """The section's tables: each wide table is a block, each run of narrow ones another;
    the flag says whether the block may break across pages (a long wide table)."""
    blocks: list[tuple[bool, list[Flowable]]] = []
    run: list[ReportTable] = []
    for table in section.tables:
        if table.title in SKIPPED_IN_PDF:
            continue
        if _narrow(table):
            run.append(table)
            continue
        if run:
            blocks.append((False, [_packed(run, styles)]))
            run = []
        blocks.append((len(table.rows) > SPLIT_ROWS, _table(table, CONTENT_WIDTH, styles)))
    if run:
        blocks.append((False, [_packed(run, styles)]))
    return blocks


def _section(section: ReportSection, styles: Styles, tail: Sequence[Flowable] = ()) -> list[Flowable]:
    """Short blocks are kept on one page, the heading with the first; a long table may break
    (its header row repeats). KeepTogether must not nest: an inner one reports an endless
    height, which would push the outer one to a new page. The notes and `tail` (the approval
    block after the last section) stay on the page of the last block, so signatures are never
    alone on a page."""
    story: list[Flowable] = [CondPageBreak(ROOM_FOR_START)]
    heading: list[Flowable] = [para(section.title, styles.summary_section)]
    notes = [para(note, styles.summary_note) for note in section.notes]
    blocks = _blocks(section, styles)
    for index, (may_break, block) in enumerate(blocks):
        last = index == len(blocks) - 1
        if may_break:
            story += [*heading, CondPageBreak(ROOM_FOR_START), *block]
            if last:
                story.append(KeepTogether([*notes, *tail]))
        else:
            story.append(KeepTogether([*heading, *block, *(notes + list(tail) if last else [])]))
        heading = []
    if not blocks:
        story.append(KeepTogether([*heading, *notes, *tail]))
    return story


# --- the first page --------------------------------------------------------------------------
def _tile_text(value: Value) -> str:
    if isinstance(value, Money):  # whole złoty in the box; the tables give the grosze
        return text(Money(round(value.grosze / 100) * 100)).replace(",00", "")
    return text(value)


def _tiles(figures: Sequence[tuple[str, Value]], styles: Styles) -> Table:
    width = CONTENT_WIDTH / max(len(figures), 1)
    cells = [
        [para(_tile_text(value), styles.summary_tile_value) for _label, value in figures],
        [para(label, styles.summary_tile_label) for label, _value in figures],
    ]
    tiles = Table(cells, colWidths=[width] * len(figures))
    tiles.setStyle(
        table_style(
            styles.family,
            ("BACKGROUND", (0, 0), (-1, -1), TILE_FILL),
            ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, 0), 7),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
        )
    )
    return tiles


def _overview(document: ReportDocument, styles: Styles) -> list[Flowable]:
    """Key figures, the twelve-month chart, the main table, then the period's figures beside
    the chart of hours by activity type."""
    section = document.sections[0]
    main, *others = section.tables
    story: list[Flowable] = [
        _tiles(document.key_figures, styles),
        Spacer(1, 0.35 * cm),
        months_chart(document.months, CONTENT_WIDTH, NOTICE_CHART if document.notice else CHART),
        Spacer(1, 0.2 * cm),
        *_table(main, CONTENT_WIDTH, styles),
    ]
    left: list[Flowable] = []
    for table in others:
        left += _table(table, HALF, styles)
    story.append(_columns(left, [activities_chart(document.activities, HALF)]))
    story += [para(note, styles.summary_note) for note in section.notes]
    return story


def _notice(lines: Sequence[str], styles: Styles) -> list[Flowable]:
    """The box saying that the figures may still change (bold first line)."""
    if not lines:
        return []
    first, *rest = lines
    cells = [
        [para(first, styles.summary_total)],
        *([para(line, styles.summary_cell)] for line in rest),
    ]
    box = Table(cells, colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        table_style(
            styles.family,
            ("BACKGROUND", (0, 0), (-1, -1), NOTICE_FILL),
            ("BOX", (0, 0), (-1, -1), 1, NOTICE_LINE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return [box, Spacer(1, 0.3 * cm)]


def _approval(approval: Sequence[tuple[str, str]], styles: Styles) -> list[Flowable]:
    """Two signature places side by side: who prepared the summary and who approves it."""
    if not approval:
        return []
    dots = "." * 50
    columns = [
        [
            para(f"{label}:", styles.summary_total),
            para(name or dots, styles.summary_cell),
            Spacer(1, 0.7 * cm),
            para(f"data: {'.' * 22}  podpis: {'.' * 26}", styles.summary_note),
        ]
        for label, name in approval
    ]
    block = Table([columns], colWidths=[CONTENT_WIDTH / len(columns)] * len(columns), hAlign="LEFT")
    block.setStyle(table_style(styles.family, ("VALIGN", (0, 0), (-1, -1), "TOP")))
    return [Spacer(1, 0.5 * cm), block]


def _story(document: ReportDocument, header: ReportHeader, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = letterhead(
        header.head, header.logo, styles, date_line=date_header(header.place, document.generated_on)
    )
    story += [
        para(document.title.upper(), styles.title),
        para(f"{document.period_label} · porównanie z okresem: {document.previous_label}", styles.subtitle),
        Spacer(1, 0.35 * cm),
        *_notice(document.notice, styles),
        *_overview(document, styles),
    ]
    *others, final = document.sections[1:]
    for section in others:
        story += _section(section, styles)
    story += _section(final, styles, _approval(document.approval, styles))
    return story


def write_monthly_pdf(document: ReportDocument, header: ReportHeader, out: Path) -> Path:
    styles = style_set()
    return write_pdf(
        out,
        _story(document, header, styles),
        title=f"{document.title} – {document.period_label}",
        author=document.organisation or "Koordynator Wolontariatu",
        subject="Podsumowanie dla kierownika ośrodka",
    )
