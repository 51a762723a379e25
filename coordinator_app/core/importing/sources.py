"""Reading a spreadsheet: file → sheets → rows of plain cell values.

`.xlsx`, `.xls`, `.ods` are read by python-calamine; `.csv` is decoded (BOM, UTF-8, else the
encoding charset-normalizer finds among the Polish code pages) and split at the delimiter
csv.Sniffer finds. Memory and time are bounded by limits on the file's size, an archive's
unpacked size, and the rows and columns read. Anything wrong is a `SourceError` with one Polish
sentence, never a traceback.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coordinator_app.i18n import _

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")
MAX_FILE_BYTES = 40 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 200  # an archive member unpacking to more than 200 times its packed size is a bomb
MAX_ROWS = 100_000
MAX_COLUMNS = 200
_CELL_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')


class SourceError(ValueError):
    """A file that cannot be read, with the one sentence that says why."""


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class Workbook:
    path: Path
    sheets: list[Sheet]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only

    def sheet(self, name: str | None) -> Sheet:
        """The sheet called `name` (the first one when None); `SourceError` when there is none."""
        if name is None:
            return self.sheets[0]
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        names = ", ".join(s.name for s in self.sheets)
        raise SourceError(
            _("The file has no sheet called {name} (it has: {names}).").format(name=name, names=names)
        )


def read_workbook(path: Path) -> Workbook:
    """Every sheet of the file with its non-empty rows; raises `SourceError`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise SourceError(
            _("{name} is not a spreadsheet: choose an .xlsx, .xls, .ods or .csv file.").format(name=path.name)
        )
    try:
        size = path.stat().st_size
    except OSError:
        raise SourceError(_("The file {name} cannot be opened.").format(name=path.name)) from None
    if size > MAX_FILE_BYTES:
        raise SourceError(
            _("The file {name} is larger than {mb} MB; split it into smaller files.").format(
                name=path.name, mb=MAX_FILE_BYTES // (1024 * 1024)
            )
        )
    if size == 0:
        raise SourceError(_("The file {name} is empty.").format(name=path.name))
    if suffix in (".csv", ".txt"):
        return _read_csv(path)
    return _read_spreadsheet(path, suffix)


def _damaged(path: Path) -> SourceError:
    return SourceError(
        _(
            "The file {name} is damaged or is not really a spreadsheet; open it in Excel and save it again."
        ).format(name=path.name)
    )


def _check_archive(path: Path, suffix: str) -> None:
    """Refuse a zip bomb, and an .xlsx sheet whose cells reach beyond the limits (a reader
    would allocate the whole rectangle up to its farthest cell)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(member.file_size for member in members)
            if total > MAX_UNPACKED_BYTES or any(
                member.file_size > MAX_RATIO * max(member.compress_size, 1024) for member in members
            ):
                raise SourceError(
                    _(
                        "The file {name} unpacks to far more data than a spreadsheet holds; it was not read."
                    ).format(name=path.name)
                )
            if suffix in (".xlsx", ".xlsm"):
                for member in members:
                    if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
                        _check_extent(path, archive.open(member))
    except zipfile.BadZipFile:
        raise _damaged(path) from None


def _check_extent(path: Path, stream: io.BufferedIOBase | Iterable[bytes]) -> None:
    rows = columns = 0
    tail = b""
    for chunk in iter(lambda: stream.read(1 << 20), b""):  # type: ignore[union-attr]
        text = tail + chunk
        for letters, number in _CELL_REF.findall(text):
            rows = max(rows, int(number))
            value = 0
            for letter in letters:
                value = value * 26 + letter - 64
            columns = max(columns, value)
        tail = text[-40:]
    if rows > MAX_ROWS + 1000 or columns > MAX_COLUMNS:
        raise _too_big(path)


def _too_big(path: Path) -> SourceError:
    return SourceError(
        _(
            "The file {name} has more than {rows} rows or {columns} columns; split it into smaller files."
        ).format(name=path.name, rows=f"{MAX_ROWS:,}".replace(",", " "), columns=MAX_COLUMNS)
    )


def _read_spreadsheet(path: Path, suffix: str) -> Workbook:
    from python_calamine import CalamineWorkbook, PasswordError

    if suffix != ".xls":
        _check_archive(path, suffix)
    sheets: list[Sheet] = []
    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            for name in book.sheet_names:
                sheet = book.get_sheet_by_name(name)
                if sheet.width > MAX_COLUMNS or sheet.height > MAX_ROWS + 1000:
                    raise _too_big(path)
                lead: list[Cell] = [None] * (sheet.start[1] if sheet.start else 0)  # columns left of the data
                rows = (lead + list(row) for row in sheet.iter_rows()) if lead else sheet.iter_rows()
                sheets.append(Sheet(name, _kept_rows(rows, path)))
    except SourceError:
        raise
    except PasswordError:
        raise SourceError(
            _("The file {name} is protected by a password; save a copy without the password.").format(
                name=path.name
            )
        ) from None
    except Exception:  # calamine reports damage with several exception types
        raise _damaged(path) from None
    if not sheets:
        raise _damaged(path)
    return Workbook(path, sheets)


def _kept_rows(rows: Iterable[Sequence[Cell]], path: Path) -> list[list[Cell]]:
    """The rows with blank strings as None and trailing blanks cut; an empty row stays (as
    `[]`) so rows keep the numbers the spreadsheet shows, empty rows at the end are dropped."""
    kept: list[list[Cell]] = []
    for row in rows:
        cells: list[Cell] = [
            None if isinstance(cell, str) and not cell.strip() else cell for cell in row[:MAX_COLUMNS]
        ]
        while cells and cells[-1] is None:
            cells.pop()
        kept.append(cells)
        if len(kept) > MAX_ROWS:
            raise _too_big(path)
    while kept and not kept[-1]:
        kept.pop()
    return kept


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding: a BOM, else UTF-8 if it decodes, else the Polish code page
    charset-normalizer finds most likely (Windows-1250 when it cannot tell)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1250", "iso8859_2", "cp852"]).best()
    encoding = best.encoding if best is not None else "cp1250"
    return data.decode(encoding, errors="replace"), encoding


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(";,\t", key=first.count)


def _read_csv(path: Path) -> Workbook:
    try:
        data = path.read_bytes()
    except OSError:
        raise SourceError(_("The file {name} cannot be opened.").format(name=path.name)) from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _damaged(path)
    text, encoding = decode_text(data)
    delimiter = sniff_delimiter(text)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = _kept_rows(([cell.strip() for cell in row] for row in reader), path)
    except csv.Error:
        raise _damaged(path) from None
    return Workbook(path, [Sheet(path.stem, rows)], encoding=encoding, delimiter=delimiter)
