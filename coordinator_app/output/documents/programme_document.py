"""The yearly programme of volunteer activities (program działań wolontariackich), printed from
the programme's sheet (core.coalition.sheets): the items by quarter, the all-year ones last,
with the lead partners named; printed after the fact it adds a column of what was done and a
summary line. Polish literals, never numbered or issued."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from coordinator_app.core.coalition.data import ItemProgress
from coordinator_app.core.coalition.sheets import ProgrammeSheet
from coordinator_app.i18n.polish import count_text, dated, short_date
from coordinator_app.output.pdf.blocks import grid_style
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import bullet_list, escape, para, polish_nbsp
from coordinator_app.output.pdf.writer import write_pdf

KINDS = {"action": "akcja", "training": "szkolenie", "meeting": "spotkanie", "promotion": "promocja"}
MONTHS = (
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
)
QUARTERS = ("I", "II", "III", "IV")
NUMBER_WIDTH = 1.0 * cm
CELL_PADDING = 12  # a table cell's left and right padding (ReportLab's default, 6 each)
QUARTER_START_HEIGHT = 5 * cm  # heading, table header and a first row


def quarter_heading(quarter: int | None) -> str:
    """`II kwartał (kwiecień – czerwiec)`, or `Przez cały rok` for the items without a month."""
    if quarter is None:
        return "Przez cały rok"
    first = (quarter - 1) * 3
    return f"{QUARTERS[quarter - 1]} kwartał ({MONTHS[first]} – {MONTHS[first + 2]})"


def done_text(item: ItemProgress, sheet: ProgrammeSheet, today_month: tuple[int, int]) -> str:
    """What the done column says: when and by what, or whether it is still to come."""
    if item.done_on is not None:
        text = f"zrealizowano {short_date(item.done_on)}"
        return f"{text} ({'; '.join(item.done_by)})" if item.done_by else text
    planned = (sheet.year, item.planned_month or 12)
    return "nie zrealizowano" if planned < today_month else "do realizacji"


def _fitted(texts: list[str], style: ParagraphStyle, least: float) -> float:
    """A column as wide as its longest word needs (a word is never broken across lines),
    and at least `least`."""
    words = [word for text in texts for word in text.split()]
    widest = max((stringWidth(word, style.fontName, style.fontSize) for word in words), default=0.0)
    return max(least, widest + CELL_PADDING)


def _cells(item: ItemProgress, sheet: ProgrammeSheet, today_month: tuple[int, int]) -> list[str]:
    """An item's plain columns after its title: term, kind, lead partner, people, what was done."""
    cells = [
        MONTHS[item.planned_month - 1] if item.planned_month else "cały rok",
        KINDS.get(item.kind, item.kind),
        item.partner or sheet.ops_short,
        str(item.planned_participants) if item.planned_participants else "—",
    ]
    return [*cells, done_text(item, sheet, today_month)] if sheet.reported else cells


def _headers(sheet: ProgrammeSheet) -> list[str]:
    return ["Termin", "Rodzaj", "Partner wiodący", "Liczba osób"] + (["Realizacja"] if sheet.reported else [])


def _widths(sheet: ProgrammeSheet, styles: Styles, today_month: tuple[int, int]) -> list[float]:
    """One set of column widths for every quarter's table, so that they line up: each plain
    column fits its longest word, the title column takes the rest."""
    rows = [_cells(item, sheet, today_month) for item in sheet.items]
    headers = _headers(sheet)
    least = [0.0, 0.0, 2.4 * cm, 0.0, 2.8 * cm]  # the partner and done columns hold phrases
    widths = [
        max(
            _fitted([row[column] for row in rows], styles.cell, least[column]),
            _fitted([headers[column]], styles.cell_header, 0.0),
        )
        for column in range(len(headers))
    ]
    return [NUMBER_WIDTH, CONTENT_WIDTH - NUMBER_WIDTH - sum(widths), *widths]


def _table(
    items: list[ItemProgress],
    first: int,
    sheet: ProgrammeSheet,
    styles: Styles,
    today_month: tuple[int, int],
    widths: list[float],
) -> Table:
    head, cell, number_style = styles.cell_header, styles.cell, _centred(styles.cell)
    data: list[list[Paragraph]] = [[para(h, head) for h in ["Lp.", "Działanie", *_headers(sheet)]]]
    for number, item in enumerate(items, start=first):
        lines = [f"<b>{polish_nbsp(escape(item.title))}</b>"]
        lines += [f"<i>{polish_nbsp(escape(line))}</i>" for line in (item.description or "").splitlines()]
        cells = _cells(item, sheet, today_month)
        data.append(
            [para(f"{number}.", number_style), Paragraph("<br/>".join(lines), cell)]
            + [para(text, number_style if column == 3 else cell) for column, text in enumerate(cells)]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(styles.family, *grid_style(styles.family), ("VALIGN", (0, 0), (-1, -1), "TOP"))
    )
    return table


@cache
def _centred(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_centred", parent=style, alignment=TA_CENTER)


def _labelled(label: str, value: str, styles: Styles) -> Paragraph:
    return Paragraph(f"<b>{escape(label)}</b> {polish_nbsp(escape(value))}", styles.body)


def _groups(sheet: ProgrammeSheet) -> list[tuple[int | None, list[ItemProgress]]]:
    groups: dict[int | None, list[ItemProgress]] = {}
    for item in sheet.items:
        quarter = None if item.planned_month is None else (item.planned_month - 1) // 3 + 1
        groups.setdefault(quarter, []).append(item)
    return sorted(groups.items(), key=lambda pair: (pair[0] is None, pair[0] or 0))


def programme_story(sheet: ProgrammeSheet, styles: Styles, today_month: tuple[int, int]) -> list[Flowable]:
    story: list[Flowable] = []
    if sheet.organisation.strip():
        story += [para(sheet.organisation, styles.sheet_organisation), Spacer(1, 0.5 * cm)]
    story += [
        para("PROGRAM DZIAŁAŃ WOLONTARIACKICH", styles.sheet_title),
        Spacer(1, 0.15 * cm),
        para(f"na rok {sheet.year}", styles.sheet_subtitle),
        Spacer(1, 0.1 * cm),
        para(sheet.title, styles.centred),
        Spacer(1, 0.4 * cm),
    ]
    adopted = [
        ("Data przyjęcia:", dated(sheet.adopted_on) if sheet.adopted_on else ""),
        ("Przyjęty przez:", sheet.adopted_by),
    ]
    story += [_labelled(label, value, styles) for label, value in adopted if value]
    if sheet.introduction:
        story.append(para("Wprowadzenie", styles.heading))
        story += [para(line, styles.body) for line in sheet.introduction.splitlines() if line.strip()]
    story.append(para("Planowane działania", styles.heading))
    if not sheet.items:
        story.append(para("Program nie zawiera jeszcze działań.", styles.body))
    first, widths = 1, _widths(sheet, styles, today_month)
    for quarter, items in _groups(sheet):
        # the heading never ends a page alone; the table itself may run on (its header repeats)
        story += [
            CondPageBreak(QUARTER_START_HEIGHT),
            para(quarter_heading(quarter), styles.sheet_label),
            Spacer(1, 0.1 * cm),
            _table(items, first, sheet, styles, today_month, widths),
        ]
        story.append(Spacer(1, 0.3 * cm))
        first += len(items)
    if sheet.partners:
        story += [
            para("Partnerzy realizujący program", styles.heading),
            bullet_list(list(sheet.partners), styles.body),
        ]
    if sheet.reported and sheet.items:
        done = sum(item.done for item in sheet.items)
        planned = count_text(
            len(sheet.items), "zaplanowanego działania", "zaplanowanych działań", "zaplanowanych działań"
        )
        story += [
            para("Realizacja programu", styles.heading),
            para(f"Zrealizowano {done} z {planned}.", styles.body),
        ]
    return story


def build_programme(sheet: ProgrammeSheet, out: Path, today_month: tuple[int, int] | None = None) -> Path:
    """Write the programme as a PDF at `out`; `today_month` (year, month) decides which items
    not done are overdue (by default the current month)."""
    today = dt.date.today()
    return write_pdf(
        out,
        programme_story(sheet, style_set(), today_month or (today.year, today.month)),
        title=f"Program działań wolontariackich na rok {sheet.year}",
        author=sheet.organisation or "Koordynator Wolontariatu",
        subject=sheet.title,
    )
