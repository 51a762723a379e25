"""The monthly summary as an Excel workbook: one sheet a table, so that each printed block
holds one table whose header rows repeat on every printed page. Every sheet opens with the
section's title, the organisation and period and the notice of a period not closed; each
table has a bold title, a shaded header and its total. Numbers, money, per cents and dates are
real values with number formats (not text), codes stay text. A hidden small count is the text
"<3" with a comment, and totals are values computed from the full data with a footnote —
never a SUM() over cells that may hold text. Print settings: A4, the used range as the print
area, fit to the page width, landscape for wide tables. The first sheet ends with the
approval block."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coordinator_app.core.privacy.marking import mark_workbook
from coordinator_app.output.summaries.monthly_model import (
    Hidden,
    ReportDocument,
    ReportSection,
    ReportTable,
    Value,
    hidden_note,
)
from coordinator_app.output.summaries.monthly_values import is_number, text, xlsx_value

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
_TOTAL_FILL = PatternFill("solid", fgColor="F3F3F3")
_NOTICE_FILL = PatternFill("solid", fgColor="FCE4D6")
_BOLD = Font(bold=True)
_NOTICE = Font(bold=True, color="9C2A00")
_NOTE = Font(italic=True, color="555555", size=9)
MIN_WIDTH = 12
MAX_WIDTH = 60
WIDE_COLUMNS = 4  # tables with more columns print in landscape
AUTHOR = "Koordynator Wolontariatu"


def _put(ws: Worksheet, row: int, column: int, value: Value, *, bold: bool = False) -> None:
    data, number_format = xlsx_value(value)
    cell = ws.cell(row=row, column=column, value=data)
    if number_format:
        cell.number_format = number_format
    cell.border = _BORDER
    if bold:
        cell.font = _BOLD
        cell.fill = _TOTAL_FILL
    if is_number(value):
        cell.alignment = Alignment(horizontal="right")
    if isinstance(value, Hidden):
        cell.comment = Comment(
            f"Liczba mniejsza niż {value.threshold} – ukryta dla ochrony danych osób.", AUTHOR, width=220
        )


def _table(ws: Worksheet, table: ReportTable, row: int, widths: dict[int, int]) -> tuple[int, int]:
    """Write `table` from `row`; returns (its header row, the next free row)."""
    ws.cell(row=row, column=1, value=table.title).font = _BOLD
    row += 1
    header = row
    for column, title in enumerate(table.columns, start=1):
        cell = ws.cell(row=row, column=column, value=title)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        widths[column] = max(widths.get(column, MIN_WIDTH), min(len(title) + 2, 20))
    for values in table.rows:
        row += 1
        for column, value in enumerate(values, start=1):
            _put(ws, row, column, value)
            widths[column] = max(widths.get(column, MIN_WIDTH), min(len(text(value)) + 2, MAX_WIDTH))
    if table.total is not None:
        row += 1
        for column, value in enumerate(table.total, start=1):
            _put(ws, row, column, value, bold=True)
    return header, row + 2


def _heading(ws: Worksheet, section: ReportSection, document: ReportDocument, span: int) -> int:
    """The sheet's first rows (title, organisation and period, notice); returns the next row."""
    ws["A1"] = section.title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        f"{document.organisation} – {document.period_label}"
        if document.organisation
        else document.period_label
    )
    row = 3
    for line in document.notice:
        _note(ws, row, line, span, span * 2 * MIN_WIDTH, font=_NOTICE)
        ws.cell(row=row, column=1).fill = _NOTICE_FILL
        row += 1
    return row + 1


def _facts(ws: Worksheet, document: ReportDocument, row: int) -> int:
    for label, value in (
        ("Okres", document.period_label),
        ("Porównanie z okresem", document.previous_label),
    ):
        ws.cell(row=row, column=1, value=label).font = _BOLD
        ws.cell(row=row, column=2, value=value)
        row += 1
    ws.cell(row=row, column=1, value="Data sporządzenia").font = _BOLD
    _put(ws, row, 2, document.generated_on)
    return row + 2


def _approval(ws: Worksheet, document: ReportDocument, row: int) -> int:
    for label, name in document.approval:
        ws.cell(row=row, column=1, value=f"{label}:").font = _BOLD
        ws.cell(row=row, column=2, value=name or "…………………………")
        ws.cell(row=row + 1, column=1, value="data i podpis:")
        ws.cell(row=row + 1, column=2, value="…………………………")
        row += 3
    return row


def _note(ws: Worksheet, row: int, note: str, span: int, width: int, font: Font = _NOTE) -> None:
    """A note wrapped across the table's width (inside the print area), tall enough for it."""
    cell = ws.cell(row=row, column=1, value=note)
    cell.font = font
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
    lines = -(-len(note) * 10 // (max(width, 1) * 11))  # about 1.1 note characters a width unit
    ws.row_dimensions[row].height = 12.5 * max(lines, 1)


def _print_setup(ws: Worksheet, table: ReportTable, header: int, last_row: int) -> None:
    ws.print_title_rows = f"1:{header}"
    ws.print_area = f"A1:{get_column_letter(max(len(table.columns), 2))}{last_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    wide = len(table.columns) > WIDE_COLUMNS
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE if wide else ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False


def _sheet(
    ws: Worksheet, table: ReportTable, section: ReportSection, document: ReportDocument, first: bool
) -> None:
    ws.title = (table.key or section.key)[:31]
    span = max(len(table.columns), 2)
    row = _heading(ws, section, document, span)
    if first:
        row = _facts(ws, document, row)
    widths: dict[int, int] = {}
    header, row = _table(ws, table, row, widths)
    hidden = hidden_note(document.threshold)
    notes = ([hidden] if table.has_hidden else []) + [note for note in section.notes if note != hidden]
    for note in notes:
        _note(ws, row, note, span, sum(widths.get(c, MIN_WIDTH) for c in range(1, span + 1)))
        row += 1
    if first and document.approval:
        row = _approval(ws, document, row + 1)
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = width
    _print_setup(ws, table, header, row - 1)


def write_monthly_xlsx(document: ReportDocument, out: Path) -> Path:
    workbook = Workbook()
    active = workbook.active
    assert active is not None
    sheets = [(table, section) for section in document.sections for table in section.tables]
    for index, (table, section) in enumerate(sheets):
        ws = active if index == 0 else workbook.create_sheet()
        _sheet(ws, table, section, document, index == 0)
    workbook.properties.title = f"{document.title} – {document.period_label}"
    workbook.properties.creator = document.organisation or AUTHOR
    if document.names_people:
        mark_workbook(workbook)
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out
