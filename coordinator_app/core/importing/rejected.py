"""The rejected rows as an XLSX to fix and import again: the sheet's own headers and cells, and
a first column with the reasons, so the coordinator corrects the row and imports the file again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator_app.core.importing.fields import text
from coordinator_app.core.importing.preview import Preview
from coordinator_app.core.privacy.marking import mark_workbook
from coordinator_app.i18n import _

REASON_WIDTH = 60


def write_rejected(preview: Preview, path: Path) -> int:
    """Write the rows that will not be imported to `path`; returns how many. The file is
    written beside and moved into place, so a failure leaves no half-written report."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    rows = preview.rejected()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = _("Rejected rows")[:31]
    header = [_("Why not imported"), _("Row"), *[text(cell) for cell in preview.headers]]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    for row in rows:
        cells = [c if isinstance(c, str | int | float | dt.date) else text(c) for c in row.cells]
        sheet.append([preview.rejection_reason(row), row.number, *cells])
    sheet.column_dimensions["A"].width = REASON_WIDTH
    for cell in sheet["A"]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    mark_workbook(book)  # the rows name people (RODO)
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return len(rows)
