"""Shared ReportLab building blocks for the printed documents (DESIGN.md §4).

A4 portrait with 2 cm margins, paragraph styles in the embedded DejaVu family (fonts.py), a
"strona X z Y" footer drawn in a second pass once the page count is known, Polish typography
(no single-letter word left at a line end) and the `Miejscowość, dnia 5 marca 2025 r.` header.
Documents are Polish whatever the language of the window, so their texts are Polish literals.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from coordinator_app.i18n.polish import dated
from coordinator_app.output.documents.fonts import register_fonts

PAGE_SIZE = A4
MARGIN = 2 * cm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN
FOOTER_FONT_SIZE = 8
NBSP = "\u00a0"

# A one-letter word (a, i, o, u, w, z and capitals) followed by a space: the space becomes a
# no-break space, so the letter moves to the next line with the word after it. The look-behind
# reads the original text, so chains like "i w Olszynach" are bound throughout.
_SINGLE_LETTER_WORD = re.compile(r"(?<!\w)([aiouwzAIOUWZ]) +")


def polish_nbsp(text: str) -> str:
    """`Spotkanie w Modrzewie` -> `Spotkanie w\u00a0Modrzewie` (a Polish typographic rule)."""
    return _SINGLE_LETTER_WORD.sub(lambda match: match.group(1) + NBSP, text)


def escape(text: str) -> str:
    """Plain text made safe for Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text: markup-escaped, with the single-letter rule applied."""
    return Paragraph(polish_nbsp(escape(text)), style)


def date_header(place: str, value: dt.date) -> str:
    """`Modrzewie, dnia 5 marca 2025 r.` (domain §6.1), printed top right."""
    day = f"dnia {dated(value)}"
    return f"{place.strip()}, {day}" if place.strip() else day


@dataclass(frozen=True)
class Styles:
    family: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    normal: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    right: ParagraphStyle


def make_styles() -> Styles:
    """The paragraph styles of every document, in the registered DejaVu family."""
    family = register_fonts()
    bold = f"{family}-Bold"
    normal = ParagraphStyle("normal", fontName=family, fontSize=10, leading=13)
    return Styles(
        family=family,
        title=ParagraphStyle(
            "title", parent=normal, fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=normal, fontName=bold, fontSize=11.5, leading=15, alignment=TA_CENTER
        ),
        heading=ParagraphStyle(
            "heading", parent=normal, fontName=bold, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
        ),
        normal=normal,
        small=ParagraphStyle("small", parent=normal, fontSize=8, leading=10),
        cell=ParagraphStyle("cell", parent=normal, fontSize=9.5, leading=12),
        cell_header=ParagraphStyle(
            "cell_header", parent=normal, fontName=bold, fontSize=9.5, leading=12, alignment=TA_CENTER
        ),
        right=ParagraphStyle("right", parent=normal, alignment=TA_RIGHT),
    )


def table_style(family: str, *commands: tuple[Any, ...]) -> TableStyle:
    """A table style whose cells use `family`: ReportLab sets each cell's font (Helvetica by
    default) even for a cell holding a Paragraph or nothing, which puts Helvetica in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), family), *commands])


class NumberedCanvas(canvas.Canvas):
    """Two-pass canvas: pages are kept until `save`, then each gets "strona X z Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # ReportLab's name
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setFont(register_fonts(), FOOTER_FONT_SIZE)
        self.setFillColor(colors.dimgrey)
        self.drawCentredString(PAGE_SIZE[0] / 2, MARGIN / 2, f"strona {self._pageNumber} z {total}")
        self.restoreState()


def build_pdf(out: Path, story: Sequence[Flowable], *, title: str, author: str, subject: str = "") -> Path:
    """Lay out `story` on A4 portrait pages with the numbered footer and PDF metadata."""
    family = register_fonts()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        subject=subject,
        creator="Koordynator Wolontariatu",
        lang="pl-PL",
        initialFontName=family,  # else the page resources name Helvetica
    )
    doc.build(list(story), canvasmaker=NumberedCanvas)
    return out


def bullet_list(items: Sequence[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(para(item, style), leftIndent=14) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
        leftIndent=14,
    )


def signature_lines(labels: Sequence[str], styles: Styles, *, names: Sequence[str] = ()) -> Table:
    """Dotted lines side by side to sign on, each with its label (and a printed name) below."""
    cells: list[Paragraph] = []
    for index, label in enumerate(labels):
        name = names[index] if index < len(names) else ""
        text = "." * 48 + "<br/>" + polish_nbsp(escape(label))
        if name:
            text += "<br/>" + polish_nbsp(escape(name))
        cells.append(Paragraph(text, ParagraphStyle("sig", parent=styles.small, alignment=TA_CENTER)))
    width = CONTENT_WIDTH / max(len(labels), 1)
    table = Table([cells], colWidths=[width] * len(labels))
    table.setStyle(
        table_style(styles.family, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 28))
    )
    return table
