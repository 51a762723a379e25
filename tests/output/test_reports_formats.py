"""The summary written as PDF, XLSX and CSV for the hand-made dataset: the CSV read back with
`csv` (';'), the workbook with openpyxl, the PDF's text with pdftotext; all three hold the same
figures, and the figures are the ones worked out by hand."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest
from openpyxl import load_workbook

from coordinator_app.core.calendar import Period
from coordinator_app.core.issuing.letterhead import load_header
from coordinator_app.core.reports import monthly_summary
from coordinator_app.db.engine import Database
from coordinator_app.output.summaries.monthly import suggested_name, write_document
from coordinator_app.output.summaries.monthly_model import MonthCell, ReportDocument
from coordinator_app.output.summaries.monthly_pdf import SKIPPED_IN_PDF
from coordinator_app.output.summaries.monthly_sections import build_document
from coordinator_app.output.summaries.monthly_values import is_number, text
from tests import reports_dataset

NBSP = re.compile("[\u00a0\u202f\u2009]")


@pytest.fixture
def document(db: Database) -> ReportDocument:
    reports_dataset.build(db)
    return build_document(monthly_summary(db, Period.month(2026, 3), today=reports_dataset.TODAY))


@pytest.fixture
def files(db: Database, document: ReportDocument, tmp_path: Path) -> dict[str, Path]:
    header = load_header(db)
    return {
        fmt: write_document(document, fmt, tmp_path / f"summary.{fmt}", header)
        for fmt in ("pdf", "xlsx", "csv")
    }


def plain(value: str) -> str:
    return NBSP.sub(" ", value).replace("\u2212", "-")


def csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"sep=" not in raw and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))


def csv_blocks(rows: list[list[str]]) -> dict[str, list[list[str]]]:
    """Table title -> [header, rows…, total] (a block ends at an empty line or at the
    one-cell footnote under a table with hidden cells)."""
    blocks: dict[str, list[list[str]]] = {}
    index = 0
    while index < len(rows):
        if len(rows[index]) == 1 and index + 1 < len(rows) and len(rows[index + 1]) > 1:
            title, index = rows[index][0], index + 1
            block = []
            while index < len(rows) and len(rows[index]) > 1:
                block.append(rows[index])
                index += 1
            blocks[title] = block
        index += 1
    return blocks


def as_number(cell: object) -> Decimal | str:
    """A CSV text or an XLSX value as a comparable number (or the text itself)."""
    if cell is None or cell == "":
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    if isinstance(cell, int | float):
        return Decimal(str(round(cell, 6))).normalize()
    value = str(cell)
    if re.fullmatch(r"-?\d+(,\d+)?", value):
        return Decimal(value.replace(",", ".")).normalize()
    return value


def xlsx_tables(path: Path) -> dict[str, list[list[object]]]:
    """Table title -> [header, rows…, total] read from every sheet."""
    workbook = load_workbook(path)
    tables: dict[str, list[list[object]]] = {}
    for ws in workbook.worksheets:
        rows = [list(row) for row in ws.iter_rows(values_only=True)]
        index = 0
        while index < len(rows):
            row = rows[index]
            following = rows[index + 1] if index + 1 < len(rows) else []
            if (
                row
                and isinstance(row[0], str)
                and row[1:].count(None) == len(row) - 1
                and sum(1 for v in following if v is not None) > 1
            ):
                title, index = row[0], index + 1
                block = []
                while index < len(rows) and any(v is not None for v in rows[index]):
                    block.append(rows[index])
                    index += 1
                tables[title] = block
            index += 1
    return tables


def test_csv_and_xlsx_hold_every_figure_of_the_document(
    document: ReportDocument, files: dict[str, Path]
) -> None:
    blocks = csv_blocks(csv_rows(files["csv"]))
    workbook = xlsx_tables(files["xlsx"])
    count = 0
    for section in document.sections:
        for table in section.tables:
            csv_block, xlsx_block = blocks[table.title], workbook[table.title]
            assert csv_block[0] == list(table.columns)
            assert [v for v in xlsx_block[0] if v is not None] == list(table.columns)
            expected = list(table.rows) + ([table.total] if table.total else [])
            assert len(csv_block) - 1 == len(expected) == len(xlsx_block) - 1, table.title
            for values, csv_row, xlsx_row in zip(expected, csv_block[1:], xlsx_block[1:], strict=True):
                for column, value in enumerate(values):
                    csv_cell = csv_row[column] if column < len(csv_row) else ""
                    xlsx_cell = xlsx_row[column]
                    if isinstance(value, MonthCell):
                        assert csv_cell == value.text and xlsx_cell == dt.datetime(
                            value.month.year, value.month.month, 1
                        )
                        continue
                    if "%" in table.columns[column] and xlsx_cell is not None:
                        xlsx_cell = (
                            cast(float, xlsx_cell) * 100
                        )  # a per cent in Excel is a fraction with a % format
                    assert as_number(csv_cell) == as_number(xlsx_cell), (table.title, values, column)
                    count += 1
    assert count > 200


def test_figures_worked_out_by_hand(files: dict[str, Path]) -> None:
    rows = csv_rows(files["csv"])
    blocks = csv_blocks(rows)
    assert rows[0] == ["Podsumowanie działań wolontariatu"]
    assert ["Okres", "marzec 2026"] in rows and ["Data sporządzenia", "10.04.2026"] in rows
    main = {row[0]: row[1:] for row in blocks["Najważniejsze wskaźniki"][1:]}
    # the period, the one before, the change, the change in per cent, the year to date
    assert main["aktywni wolontariusze (min. 1 zatwierdzona godzina)"] == ["3", "3", "0", "0", "4"]
    assert main["godziny wolontariatu (zatwierdzone)"] == ["24", "26", "-2", "-7,7", "72"]
    assert main["godziny oczekujące na zatwierdzenie"] == ["6", "0", "6", "", "6"]
    assert main["godziny wpisane razem (zatwierdzone i oczekujące)"] == ["30", "26", "4", "15,4", "78"]
    assert main["podopieczni objęci wsparciem"] == ["<3", "3", "", "", "3"]  # never the small number
    period = {row[0]: row[1] for row in blocks["W okresie"][1:]}
    assert period["szacunkowa wartość pracy wolontariuszy"] == "600,00"
    assert period["koszty podróży wolontariuszy"] == "11,50"
    activity = {row[0]: row[2:] for row in blocks["Według rodzaju działań"][1:]}
    assert activity["TOW"] == ["16", "26", "-10", "-38,5", "2"]
    assert activity["EDU"] == ["2", "0", "2", "", "1"]
    assert activity[""] == ["24", "26", "-2", "-7,7", "4"]  # the total
    villages = {
        row[0]: row[1:]
        for row in blocks["Według miejscowości (miejsce pomocy: miejscowość podopiecznego)"][1:]
    }
    assert villages["Łąkie"] == ["10", "20", "-50", "<3"]
    assert villages["Żabno"] == ["8", "6", "33,3", "<3"]
    assert villages["bez podopiecznego (zajęcia grupowe, akcje, biuro)"] == ["6", "0", "", ""]
    types = {row[0]: row[1:] for row in blocks["Według kategorii podopiecznych"][1:]}
    assert types["rodziny z dziećmi"] == ["<3", "<3"] and types["osoby z niepełnosprawnością"] == ["0", "0"]
    assert "P-001" not in files["csv"].read_text(encoding="utf-8-sig")  # no client is ever named
    retention = [row[1:] for row in blocks["Retencja: aktywni wolontariusze działający od co najmniej"][1:]]
    assert retention == [["2", "66,7"], ["2", "66,7"], ["1", "33,3"]]
    nnw = {row[0]: row[1] for row in blocks["Ubezpieczenie NNW (art. 46 ustawy)"][1:]}
    assert nnw["w tym bez ubezpieczenia NNW"] == "1"
    assert nnw["polisa NNW ośrodka"] == "Towarzystwo Testowe, polisa nr NNW/2026/1"
    training = blocks["Szkolenia według rodzaju"]
    assert training[-1] == ["razem", "2", "4", "8,5"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_shows_the_same_figures(document: ReportDocument, files: dict[str, Path]) -> None:
    raw = subprocess.run(
        ["pdftotext", "-layout", str(files["pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [plain(line) for line in raw.splitlines()]
    pages = raw.count("\f") + 1
    assert pages <= 5  # four pages and the last form feed
    assert "PODSUMOWANIE DZIAŁAŃ WOLONTARIATU" in raw and "marzec 2026" in raw
    assert "Modrzewo, dnia 10 kwietnia 2026 r." in raw
    checked = 0
    for section in document.sections:
        for table in section.tables:
            if table.title in SKIPPED_IN_PDF:
                continue
            for values in list(table.rows) + ([table.total] if table.total else []):
                numbers = [plain(text(v)) for v in values if is_number(v)]
                if not numbers:
                    continue
                pattern = re.compile(r"(^|\s)" + r"\s+".join(re.escape(n) for n in numbers) + r"(\s|$)")
                assert any(pattern.search(line) for line in lines), (table.title, numbers)
                checked += 1
    assert checked > 60
    # the key figures on top and the hidden small count
    assert re.search(r"\b3\s+24\s+<3\s+600 zł", "\n".join(lines))
    assert "P-001" not in raw and "Klient" not in raw


def test_file_names_and_metadata(document: ReportDocument, files: dict[str, Path]) -> None:
    assert suggested_name(Period.month(2026, 3), "pdf") == "podsumowanie-wolontariatu-2026-03.pdf"
    assert suggested_name(Period.quarter(2026, 1), "xlsx") == "podsumowanie-wolontariatu-2026-Q1.xlsx"
    data = files["pdf"].read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVuSans" in data and b"Helvetica" not in data
    workbook = load_workbook(files["xlsx"])
    keys = [table.key for section in document.sections for table in section.tables]
    assert workbook.sheetnames == keys and all(keys)  # one table a sheet
    sheet = workbook["Godziny – działania"]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row if cell.value is not None}
    assert cells["TOW"].data_type == "s"  # codes stay text
    number = next(c for row in sheet.iter_rows() for c in row if c.value == 16)
    assert number.data_type == "n" and number.number_format == "#,##0.00"
    months = workbook["Godziny – 12 miesięcy"]
    month = next(c for row in months.iter_rows() for c in row if isinstance(c.value, dt.datetime))
    assert month.number_format == "mmmm yyyy"


NOTICE = "Okres nie jest zamknięty – dane mogą się zmienić."


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return plain(raw.stdout)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_an_open_period_says_so_on_top_in_every_format(files: dict[str, Path]) -> None:
    rows = csv_rows(files["csv"])
    assert rows[1] == ["UWAGA", NOTICE]  # right under the title
    assert rows[2][1].startswith("Godziny zatwierdzone: 24 h, oczekujące na zatwierdzenie: 6 h;")
    workbook = load_workbook(files["xlsx"])
    for ws in workbook.worksheets:
        assert ws["A3"].value == NOTICE, ws.title  # on every sheet, inside the repeated rows
    main = xlsx_tables(files["xlsx"])["Najważniejsze wskaźniki"]
    assert tuple(main[0][3:5]) == ("wstępna zmiana", "wstępna zmiana %")  # the comparison is provisional
    pending = next(row for row in main if row[0] == "godziny oczekujące na zatwierdzenie")
    assert tuple(pending[1:3]) == (6, 0)
    page_one = pdf_text(files["pdf"]).split("\f")[0]
    assert page_one.index(NOTICE) < page_one.index("aktywni wolontariusze")  # above the key figures
    assert "oczekujące na zatwierdzenie: 6 h" in page_one
    assert re.search(r"godziny oczekujące na zatwierdzenie\s+6\s+0\s+6\s+—\s+6", page_one)


def test_a_closed_period_has_no_notice(db: Database, tmp_path: Path) -> None:
    from coordinator_app.db.models import MonthClose
    from tests.factories import session_of

    reports_dataset.build(db)
    with session_of(db) as s:
        for key in ("2026-02", "2026-03"):
            s.add(MonthClose(month=key, closed_at=dt.datetime(2026, 4, 5), closed_by="test"))
    document = build_document(monthly_summary(db, Period.month(2026, 3), today=reports_dataset.TODAY))
    # the 6 h left unconfirmed when March was closed are named, not counted
    assert document.notice == ("W zamkniętym okresie pozostały godziny niezatwierdzone: 6 h (nieliczone).",)
    main = document.sections[0].tables[0]
    assert main.columns[3:5] == ("zmiana", "zmiana %")
    rows = csv_rows(write_document(document, "csv", tmp_path / "s.csv"))
    assert NOTICE not in {cell for row in rows for cell in row}


def test_workbook_print_settings_and_no_formulas(document: ReportDocument, files: dict[str, Path]) -> None:
    workbook = load_workbook(files["xlsx"])
    tables = {table.key: table for section in document.sections for table in section.tables}
    for ws in workbook.worksheets:
        table = tables[ws.title]
        header = next(c.row for c in ws["A"] if c.value == table.columns[0])
        assert ws.print_title_rows == f"$1:${header}", ws.title  # repeated on every printed page
        assert ws.print_area and ws.print_area.startswith(f"'{ws.title}'!$A$1:"), ws.print_area
        wide = len(table.columns) > 4
        assert ws.page_setup.orientation == ("landscape" if wide else "portrait"), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
        for row in ws.iter_rows():
            for cell in row:
                assert not (isinstance(cell.value, str) and cell.value.startswith("=")), cell.coordinate
                if cell.value == "<3":  # a hidden count: text with a note, never a number
                    assert cell.data_type == "s" and cell.comment is not None
    sexes = workbook["Wolontariusze – płeć"]
    values = [[c.value for c in row] for row in sexes.iter_rows()]
    assert ["kobiety", "<3"] in values and ["mężczyźni", "<3"] in values and ["razem", 3] in values
    assert sum(str(row[0]).startswith("„<3”: liczba mniejsza niż 3") for row in values) == 1  # the footnote


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_volunteer_breakdowns_and_chart_labels(document: ReportDocument, files: dict[str, Path]) -> None:
    assert [name for name, _minutes in document.activities] == [
        "Dotrzymywanie towarzystwa, rozmowa, wspólne czytanie",
        "Wsparcie edukacyjne dzieci, pomoc w odrabianiu lekcji",
        "Prowadzenie zajęć grupowych: rękodzieło, muzyka, taniec",
    ]  # names, not codes
    text_ = pdf_text(files["pdf"])
    assert "Dotrzymywanie towarzys" in text_.split("\f")[0]  # the chart on page 1
    blocks = csv_blocks(csv_rows(files["csv"]))
    ages = {row[0]: row[1] for row in blocks["Według wieku (w ostatnim dniu okresu)"][1:]}
    assert ages["15–17 lat"] == "<3" and ages["razem"] == "3"  # the 15-year-old is not shown as 1
    assert {row[0]: row[1] for row in blocks["Pełnoletni i małoletni"][1:]}["małoletni"] == "<3"
    assert re.search(r"15–17 lat\s+<3", text_)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_approval_block_ends_every_format(db: Database, tmp_path: Path) -> None:
    from coordinator_app.db.models import Organisation
    from tests.factories import session_of

    reports_dataset.build(db)
    with session_of(db) as s:
        org = s.get(Organisation, 1)
        assert org is not None
        org.coordinator_name, org.manager_name, org.manager_position = "Anna Nowak", "Jan Kowal", "Kierownik"
    document = build_document(monthly_summary(db, Period.month(2026, 3), today=reports_dataset.TODAY))
    header = load_header(db)
    paths = {
        fmt: write_document(document, fmt, tmp_path / f"s.{fmt}", header) for fmt in ("pdf", "xlsx", "csv")
    }
    rows = csv_rows(paths["csv"])
    assert rows[-2:] == [
        ["Sporządził(a):", "Anna Nowak, koordynator wolontariatu", "data:", "", "podpis:", ""],
        ["Zatwierdził(a):", "Jan Kowal, Kierownik", "data:", "", "podpis:", ""],
    ]
    first = load_workbook(paths["xlsx"]).worksheets[0]
    values = [c.value for row in first.iter_rows() for c in row if c.value is not None]
    assert "Sporządził(a):" in values and "Jan Kowal, Kierownik" in values
    pages = pdf_text(paths["pdf"]).rstrip("\f").split("\f")
    last = pages[-1]
    assert "Sporządził(a):" in last and "Zatwierdził(a):" in last and "Jan Kowal, Kierownik" in last
    assert "Akcje, partnerzy i koalicja" in last  # the signatures are never alone on a page
