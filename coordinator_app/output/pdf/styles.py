"""The page geometry and the one set of paragraph styles every printed page uses.

Documents (agreements, certificates, letters, forms) use the plain names; the attendance sheet
(`sheet_*`) prints larger titles and cells, the monthly summary (`summary_*`) compact tables.
Made once: creating ParagraphStyles for each of 500 documents in a batch is waste.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import TableStyle

from coordinator_app.output.pdf.fonts import register_fonts

PAGE_SIZE = A4
MARGIN = 2 * cm
FRAME_PADDING = 6  # the text frame's own padding (ReportLab's default, kept explicit)
# the width text actually uses: a table this wide stays inside the text margins
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN - 2 * FRAME_PADDING
FOOTER_FONT_SIZE = 7.5  # "strona X z Y" and the organisation's footer under a document
SHEET_FOOTER_FONT_SIZE = 8  # the same under a sheet or a summary (numbered on every page)
SUMMARY_FONT_SIZE = 8
SUMMARY_SECTION_COLOUR = colors.HexColor("#1f3f60")


@dataclass(frozen=True)
class Styles:
    family: str
    # documents
    body: ParagraphStyle  # justified
    point: ParagraphStyle  # a numbered point, hanging indent
    section: ParagraphStyle  # "§ 3" + heading, centred bold
    title: ParagraphStyle
    subtitle: ParagraphStyle
    annex_title: ParagraphStyle
    letter_name: ParagraphStyle
    letter_line: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    right: ParagraphStyle
    centred: ParagraphStyle
    big_name: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    letter_line_plain: ParagraphStyle  # body size, left-aligned (form labels)
    signature: ParagraphStyle  # the label under a line to sign on
    diploma_title: ParagraphStyle
    diploma_text: ParagraphStyle
    # sheets (the attendance list)
    normal: ParagraphStyle
    heading: ParagraphStyle
    sheet_title: ParagraphStyle
    sheet_subtitle: ParagraphStyle
    sheet_organisation: ParagraphStyle
    sheet_label: ParagraphStyle
    sheet_cell: ParagraphStyle
    sheet_cell_header: ParagraphStyle
    sheet_number: ParagraphStyle
    # summaries (the monthly summary's tables)
    summary_cell: ParagraphStyle
    summary_number: ParagraphStyle
    summary_head: ParagraphStyle
    summary_total: ParagraphStyle
    summary_total_number: ParagraphStyle
    summary_table_title: ParagraphStyle
    summary_section: ParagraphStyle
    summary_note: ParagraphStyle
    summary_tile_value: ParagraphStyle
    summary_tile_label: ParagraphStyle

    @property
    def bold(self) -> str:
        return f"{self.family}-Bold"


def _sheet(family: str) -> dict[str, ParagraphStyle]:
    bold = f"{family}-Bold"
    normal = ParagraphStyle("normal", fontName=family, fontSize=10, leading=13)
    subtitle = ParagraphStyle(
        "subtitle", parent=normal, fontName=bold, fontSize=11.5, leading=15, alignment=TA_CENTER
    )
    cell = ParagraphStyle("cell", parent=normal, fontSize=9.5, leading=12)
    return {
        "normal": normal,
        "heading": ParagraphStyle(
            "heading", parent=normal, fontName=bold, fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "sheet_title": ParagraphStyle(
            "title", parent=normal, fontName=bold, fontSize=15, leading=19, alignment=TA_CENTER
        ),
        "sheet_subtitle": subtitle,
        "sheet_organisation": ParagraphStyle("organisation", parent=subtitle, fontSize=10, leading=13),
        "sheet_label": ParagraphStyle("label", parent=normal, fontName=bold),
        "sheet_cell": cell,
        "sheet_cell_header": ParagraphStyle(
            "cell_header", parent=normal, fontName=bold, fontSize=9.5, leading=12, alignment=TA_CENTER
        ),
        "sheet_number": ParagraphStyle("number", parent=cell, alignment=TA_CENTER),
    }


def _documents(family: str, sheet: dict[str, ParagraphStyle]) -> dict[str, ParagraphStyle]:
    bold = f"{family}-Bold"
    body = ParagraphStyle("body", parent=sheet["normal"], fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
    small = ParagraphStyle("doc_small", parent=body, fontSize=8, leading=10, alignment=TA_LEFT)
    title = ParagraphStyle("doc_title", parent=sheet["sheet_title"], fontSize=14, leading=18, spaceAfter=2)
    centred = ParagraphStyle("centred", parent=body, alignment=TA_CENTER)
    return {
        "body": body,
        "point": ParagraphStyle("point", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=2.5),
        "section": ParagraphStyle(
            "section", parent=body, fontName=bold, alignment=TA_CENTER, spaceBefore=7, spaceAfter=3
        ),
        "title": title,
        "subtitle": ParagraphStyle("doc_subtitle", parent=sheet["sheet_subtitle"], fontSize=11, leading=14),
        "annex_title": ParagraphStyle(
            "annex_title",
            parent=body,
            fontName=bold,
            fontSize=11,
            leading=14,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "letter_name": ParagraphStyle(
            "letter_name", parent=body, fontName=bold, fontSize=10.5, leading=13, alignment=TA_LEFT
        ),
        "letter_line": ParagraphStyle(
            "letter_line", parent=body, fontSize=8.5, leading=10.5, alignment=TA_LEFT
        ),
        "small": small,
        "small_right": ParagraphStyle("small_right", parent=body, fontSize=8, leading=10, alignment=TA_RIGHT),
        "right": ParagraphStyle("doc_right", parent=body, alignment=TA_RIGHT),
        "centred": centred,
        "big_name": ParagraphStyle(
            "big_name", parent=body, fontName=bold, fontSize=20, leading=26, alignment=TA_CENTER
        ),
        "label": ParagraphStyle("label", parent=body, fontName=bold, alignment=TA_LEFT),
        "cell": ParagraphStyle("doc_cell", parent=sheet["sheet_cell"], fontSize=8.5, leading=10.5),
        "cell_header": ParagraphStyle(
            "doc_cell_header", parent=sheet["sheet_cell_header"], fontSize=8.5, leading=10.5
        ),
        "letter_line_plain": ParagraphStyle("plain_left", parent=body, alignment=TA_LEFT),
        "signature": ParagraphStyle("signature", parent=small, alignment=TA_CENTER),
        "diploma_title": ParagraphStyle(
            "diploma_title", parent=title, fontSize=30, leading=38, spaceAfter=10
        ),
        "diploma_text": ParagraphStyle("diploma_text", parent=centred, fontSize=12.5, leading=18),
    }


def _summary(family: str) -> dict[str, ParagraphStyle]:
    bold = f"{family}-Bold"
    cell = ParagraphStyle("rep_cell", fontName=family, fontSize=SUMMARY_FONT_SIZE, leading=9.6)
    total = ParagraphStyle("rep_total", parent=cell, fontName=bold)
    return {
        "summary_cell": cell,
        "summary_number": ParagraphStyle("rep_number", parent=cell, alignment=TA_RIGHT),
        "summary_head": ParagraphStyle("rep_head", parent=cell, fontName=bold, alignment=TA_CENTER),
        "summary_total": total,
        "summary_total_number": ParagraphStyle("rep_total_n", parent=total, alignment=TA_RIGHT),
        "summary_table_title": ParagraphStyle(
            "rep_tt", fontName=bold, fontSize=8.8, leading=11, spaceAfter=2
        ),
        "summary_section": ParagraphStyle(
            "rep_section",
            fontName=bold,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            textColor=SUMMARY_SECTION_COLOUR,
        ),
        "summary_note": ParagraphStyle(
            "rep_note", fontName=family, fontSize=7.3, leading=9, textColor=colors.dimgrey
        ),
        "summary_tile_value": ParagraphStyle(
            "rep_tile_v", fontName=bold, fontSize=13, leading=16, alignment=TA_CENTER
        ),
        "summary_tile_label": ParagraphStyle("rep_tile_l", parent=cell, fontSize=7.5, alignment=TA_CENTER),
    }


@cache
def style_set() -> Styles:
    """The styles, in the registered DejaVu family."""
    family = register_fonts()
    sheet = _sheet(family)
    return Styles(family=family, **sheet, **_documents(family, sheet), **_summary(family))


def table_style(family: str, *commands: tuple[Any, ...]) -> TableStyle:
    """A table style whose cells use `family`: ReportLab sets each cell's font (Helvetica by
    default) even for a cell holding a Paragraph or nothing, which puts Helvetica in the PDF."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), family), *commands])
