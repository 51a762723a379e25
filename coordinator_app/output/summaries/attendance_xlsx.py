"""The attendance list of a training session as an Excel workbook (domain §6.8: XLSX, not CSV).

A header block about the session (the date a real Excel date shown as `5.03.2025`), then one
bordered row per participant with attendance, hours and a column to sign in. Printed on A4
portrait, fitted to the page width, the table header repeated on every printed page.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coordinator_app.core.trainings.sheet import AttendanceSheet
from coordinator_app.output.pdf.writer import PERSONAL_DATA_MARK

SHEET_NAME = "Lista obecności"
DATE_FORMAT = "d.mm.yyyy"
HEADERS = ("Lp.", "Imię i nazwisko", "Obecność", "Godziny", "Podpis")
MIN_WIDTHS = (6, 30, 14, 14, 30)  # in characters of the default font
DATA_ROW_HEIGHT = 24  # points: room to sign on the printout

_THIN = Side(style="thin", color="555555")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
_BOLD = Font(bold=True)


def _header_block(ws: Worksheet, sheet: AttendanceSheet) -> int:
    """Write the lines above the table; returns the row where the table header goes."""
    ws["A1"] = sheet.organisation
    ws["A1"].font = _BOLD
    ws["A2"] = "LISTA OBECNOŚCI"
    ws["A2"].font = Font(bold=True, size=14)
    ws["A3"] = sheet.title
    ws["A3"].font = Font(bold=True, size=12)
    lines: list[tuple[str, object]] = [
        ("Rodzaj szkolenia:", sheet.category_label),
        ("Data:", sheet.session_date),
        ("Godzina:", sheet.time_text),
        ("Miejsce:", sheet.place),
        ("Prowadzący:", sheet.trainer),
        ("Czas trwania:", sheet.duration_text),
    ]
    row = 5
    for label, value in lines:
        if value == "":
            continue
        # The label spans Lp. and the name column, the value the three columns after them.
        ws.cell(row=row, column=1, value=label).font = _BOLD
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        cell = ws.cell(row=row, column=3, value=value)
        cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=len(HEADERS))
        if label == "Data:":
            cell.number_format = DATE_FORMAT
        row += 1
    return row + 1


def _table(ws: Worksheet, sheet: AttendanceSheet, header_row: int) -> None:
    for column, text in enumerate(HEADERS, start=1):
        cell = ws.cell(row=header_row, column=column, value=text)
        cell.font = _BOLD
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for offset, line in enumerate(sheet.rows, start=1):
        row = header_row + offset
        values = (line.number, line.full_name, line.status_label, line.hours_text, "")
        for column, value in enumerate(values, start=1):
            cell = ws.cell(row=row, column=column, value=value)
            cell.border = _BORDER
            cell.alignment = Alignment(
                horizontal="center" if column == 1 else "left", vertical="center", wrap_text=column == 2
            )
        ws.row_dimensions[row].height = DATA_ROW_HEIGHT


def _column_widths(ws: Worksheet, sheet: AttendanceSheet) -> None:
    longest = (
        0,
        max((len(line.full_name) for line in sheet.rows), default=0),
        max((len(line.status_label) for line in sheet.rows), default=0),
        max((len(line.hours_text) for line in sheet.rows), default=0),
        0,
    )
    for column, (minimum, text_length) in enumerate(zip(MIN_WIDTHS, longest, strict=True), start=1):
        ws.column_dimensions[get_column_letter(column)].width = max(minimum, min(text_length + 3, 60))


def _print_setup(ws: Worksheet, header_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.oddFooter.center.text = "strona &P z &N"


def write_attendance_xlsx(sheet: AttendanceSheet, out: Path) -> Path:
    """Write the workbook of `sheet` at `out`; returns `out`."""
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = SHEET_NAME
    header_row = _header_block(ws, sheet)
    _table(ws, sheet, header_row)
    _column_widths(ws, sheet)
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    _print_setup(ws, header_row)
    workbook.properties.title = f"Lista obecności – {sheet.title}"
    workbook.properties.creator = sheet.organisation or "Koordynator Wolontariatu"
    workbook.properties.keywords = PERSONAL_DATA_MARK
    out.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(out)
    return out
