"""Spreadsheets as coordinators really keep them, written by the tests themselves: an .xlsx
with a merged title above the headers, an .ods (written as the OpenDocument format is: a zip
of XML), an .xls (BIFF8, through the test-only `xlwt` package) and CSV files in Windows-1250
or UTF-8 with `;` or `,`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

Value = str | int | float | dt.date | None


def write_xlsx(
    path: Path, rows: Sequence[Sequence[Value]], *, title_rows: Sequence[str] = (), sheet: str = "Arkusz1"
) -> Path:
    """An .xlsx with each title merged across the table's width above the header row."""
    from openpyxl import Workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    width = max(len(row) for row in rows)
    for number, title in enumerate(title_rows, start=1):
        ws.cell(row=number, column=1, value=title)
        ws.merge_cells(start_row=number, start_column=1, end_row=number, end_column=width)
    for offset, row in enumerate(rows, start=len(title_rows) + 1):
        for column, value in enumerate(row, start=1):
            cell = ws.cell(row=offset, column=column, value=value)
            if isinstance(value, dt.date):
                cell.number_format = "DD.MM.YYYY"
    book.save(path)
    return path


def _ods_cell(value: Value) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, dt.date):
        return (
            f'<table:table-cell office:value-type="date" office:date-value="{value.isoformat()}">'
            f"<text:p>{value:%d.%m.%Y}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        return (
            f'<table:table-cell office:value-type="float" office:value="{value}">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def write_ods(path: Path, sheets: dict[str, Sequence[Sequence[Value]]]) -> Path:
    """An OpenDocument spreadsheet: mimetype first and stored, the manifest, content.xml."""
    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>" for row in rows
        )
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path


def write_xls(path: Path, rows: Sequence[Sequence[Value]], sheet: str = "Arkusz1") -> Path:
    """A BIFF8 .xls as Excel 97–2003 saved it (through xlwt)."""
    import xlwt  # type: ignore[import-not-found,unused-ignore]  # test-only package

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet(sheet)
    date_style = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            elif value is not None:
                ws.write(r, c, value)
    book.save(str(path))
    return path


def write_csv(path: Path, rows: Sequence[Sequence[Value]], *, encoding: str, delimiter: str) -> Path:
    """A CSV as Excel exports it: dates as typed, `encoding` (e.g. cp1250, utf-8-sig)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if v is None else f"{v:%d.%m.%Y}" if isinstance(v, dt.date) else v for v in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path
