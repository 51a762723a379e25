"""The monthly summary as an Excel workbook: one sheet a section, every table with a bold
title, a shaded header and its total; numbers, money, per cents and dates are real values with
number formats (not text), and codes stay text."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coordinator_app.output.summaries.monthly_model import ReportDocument, ReportSection, ReportTable, Value
from coordinator_app.output.summaries.monthly_values import is_number, text, xlsx_value

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E8EDF3")
_TOTAL_FILL = PatternFill("solid", fgColor="F3F3F3")
_BOLD = Font(bold=True)
_NOTE = Font(italic=True, color="555555", size=9)
MIN_WIDTH = 12
MAX_WIDTH = 60


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


def _table(ws: Worksheet, table: ReportTable, row: int, widths: dict[int, int]) -> int:
    """Write `table` from `row`; returns the next free row."""
    ws.cell(row=row, column=1, value=table.title).font = _BOLD
    row += 1
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
    return row + 2


def _sheet(ws: Worksheet, section: ReportSection, document: ReportDocument, first: bool) -> None:
    ws.title = section.key[:31]
    ws["A1"] = section.title
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = (
        f"{document.organisation} – {document.period_label}"
        if document.organisation
        else document.period_label
    )
    row = 4
    if first:
        for label, value in (
            ("Okres", document.period_label),
            ("Porównanie z okresem", document.previous_label),
        ):
            ws.cell(row=row, column=1, value=label).font = _BOLD
            ws.cell(row=row, column=2, value=value)
            row += 1
        ws.cell(row=row, column=1, value="Data sporządzenia").font = _BOLD
        _put(ws, row, 2, document.generated_on)
        row += 2
    widths: dict[int, int] = {}
    for table in section.tables:
        row = _table(ws, table, row, widths)
    for note in section.notes:
        ws.cell(row=row, column=1, value=note).font = _NOTE
        row += 1
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def write_monthly_xlsx(document: ReportDocument, out: Path) -> Path:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    for index, section in enumerate(document.sections):
        ws = first if index == 0 else workbook.create_sheet()
        _sheet(ws, section, document, index == 0)
    workbook.properties.title = f"{document.title} – {document.period_label}"
    workbook.properties.creator = document.organisation or "Koordynator Wolontariatu"
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out
