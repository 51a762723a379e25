"""The mark every export file that holds personal data carries (RODO, issue 15): in a PDF's and
a workbook's keywords and on a workbook's printed pages. Files are in Polish whatever the screen
language, so the mark is too."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

PERSONAL_DATA_MARK = "zawiera dane osobowe"


def mark_workbook(book: Workbook) -> None:
    """Mark an openpyxl workbook: its keywords, and the header of every sheet's printed pages."""
    book.properties.keywords = PERSONAL_DATA_MARK
    for sheet in book.worksheets:
        sheet.oddHeader.right.text = PERSONAL_DATA_MARK
