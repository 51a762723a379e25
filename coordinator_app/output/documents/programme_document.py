"""The yearly programme of volunteer activities (program działań wolontariackich), printed from
the programme's sheet (core.coalition.sheets): the items by quarter, the all-year ones last,
with the lead partners named; printed after the fact it adds a column of what was done and a
summary line. Polish literals, never numbered or issued."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

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


def _table(
    items: list[ItemProgress], first: int, sheet: ProgrammeSheet, styles: Styles, today_month: tuple[int, int]
) -> Table:
    headers = ["Lp.", "Termin", "Działanie", "Rodzaj", "Partner wiodący", "Liczba osób"]
    widths = [NUMBER_WIDTH, 1.8 * cm, 0.0, 1.9 * cm, 2.8 * cm, 1.6 * cm]
    if sheet.reported:
        headers.append("Realizacja")
        widths.append(2.8 * cm)
    widths[2] = CONTENT_WIDTH - sum(widths)
    head, cell = styles.sheet_cell_header, styles.sheet_cell
    data: list[list[Paragraph]] = [[para(h, head) for h in headers]]
    for number, item in enumerate(items, start=first):
        lines = [f"<b>{polish_nbsp(escape(item.title))}</b>"]
        lines += [f"<i>{polish_nbsp(escape(line))}</i>" for line in (item.description or "").splitlines()]
        row = [
            para(f"{number}.", styles.sheet_number),
            para(MONTHS[item.planned_month - 1] if item.planned_month else "cały rok", cell),
            Paragraph("<br/>".join(lines), cell),
            para(KINDS.get(item.kind, item.kind), cell),
            para(item.partner or sheet.ops_short, cell),
            para(str(item.planned_participants) if item.planned_participants else "—", styles.sheet_number),
        ]
        if sheet.reported:
            row.append(para(done_text(item, sheet, today_month), cell))
        data.append(row)
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(styles.family, *grid_style(styles.family), ("VALIGN", (0, 0), (-1, -1), "TOP"))
    )
    return table


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
    first = 1
    for quarter, items in _groups(sheet):
        story.append(
            KeepTogether(
                [
                    para(quarter_heading(quarter), styles.sheet_label),
                    Spacer(1, 0.1 * cm),
                    _table(items, first, sheet, styles, today_month),
                ]
            )
        )
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
