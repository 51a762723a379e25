"""CSV that Polish Excel opens correctly (domain §6.8).

UTF-8 with a byte-order mark (Excel reads a BOM-less file in the ANSI code page and breaks
Polish letters), `;` as separator, decimal comma, CRLF line ends, no `sep=;` line (it makes
Excel ignore the BOM). Texts made only of digits with a leading zero (PESEL, phone numbers)
are written as `="0123"` so Excel keeps the zero instead of turning them into numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

BOM = "\ufeff"


def excel_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float | Decimal):
        return format(value, "f").rstrip("0").rstrip(".").replace(".", ",") if value % 1 else str(int(value))
    text = str(value)
    if len(text) > 1 and text.isdigit() and (text.startswith("0") or len(text) > 11):
        return f'="{text}"'
    return text


def write_excel_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write the file; returns the number of data rows written."""
    count = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write(BOM)
        writer = csv.writer(
            fh, delimiter=";", quotechar='"', lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
        )
        writer.writerow(header)
        for row in rows:
            writer.writerow([excel_cell(value) for value in row])
            count += 1
    return count
