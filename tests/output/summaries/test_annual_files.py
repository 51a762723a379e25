"""The annual summary in PDF, XLSX and CSV, and the actions section of the monthly summary,
for the hand-built year of tests/core/reports/actions_world: every file read back and checked."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from coordinator_app.core.calendar import Period
from coordinator_app.core.issuing.letterhead import load_header
from coordinator_app.core.reports import monthly_summary
from coordinator_app.core.reports.annual import AnnualSummary, annual_summary
from coordinator_app.db.engine import Database
from coordinator_app.output.summaries.annual import suggested_annual_name, write_annual
from coordinator_app.output.summaries.annual_model import build_annual_document
from coordinator_app.output.summaries.monthly_model import Hidden, Hours, ReportTable, Value
from coordinator_app.output.summaries.monthly_sections import build_document
from tests.core.reports.actions_world import build
from tests.output.test_reports_formats import as_number, csv_blocks, csv_rows, plain, xlsx_tables


@pytest.fixture
def annual(db: Database) -> AnnualSummary:
    build(db)
    return annual_summary(db, 2026, today=dt.date(2027, 1, 12))


@pytest.fixture
def files(db: Database, annual: AnnualSummary, tmp_path: Path) -> dict[str, Path]:
    header = load_header(db)
    return {
        fmt: write_annual(annual, fmt, tmp_path / suggested_annual_name(2026, fmt), header)
        for fmt in ("pdf", "xlsx", "csv")
    }


def _tables(annual: AnnualSummary) -> dict[str, ReportTable]:
    document = build_annual_document(annual)
    return {table.title: table for section in document.sections for table in section.tables}


def _pairs(table: ReportTable) -> dict[Value, Value]:
    return {row[0]: row[1] for row in table.rows}


def test_the_monthly_summary_has_the_actions_section(db: Database) -> None:
    build(db)
    document = build_document(monthly_summary(db, Period.month(2026, 6), today=dt.date(2026, 7, 10)))
    section = document.sections[-1]
    assert section.key == "Akcje i partnerzy"
    tables = {table.title: table for table in section.tables}
    figures = _pairs(tables["Akcje – wskaźniki"])
    assert figures["akcje przeprowadzone"] == 1
    assert figures["akcje odwołane"] == 1
    assert figures["uczestnicy akcji (różne osoby)"] == 4
    assert figures["w tym małoletni"] == Hidden(3)  # one minor: below the threshold
    assert figures["nowi wolontariusze zarejestrowani na akcjach"] == 2
    assert figures["w tym pozostali na dłużej (otrzymali przydział)"] == 1
    assert figures["godziny wolontariatu na akcjach"] == Hours(930)
    assert tables["Godziny według akcji"].rows == (
        ("Zbiórka żywności", "13–14.06.2026", "Mnichowo", "ośrodek (OPS)", 4, Hours(930)),
    )
    partners = {row[0]: row[1:] for row in tables["Partnerzy aktywni w okresie"].rows}
    assert partners == {
        "OSP Modrzewo": ("ochotnicza straż pożarna", 0, 0, Hours(0), 1),
        "Parafia św. Jana": ("parafia", 1, 1, Hours(240), 0),
        "SP Mnichowo": ("szkoła", 1, 2, Hours(330), 1),
    }
    coalition = _pairs(tables["Lokalna koalicja na rzecz wolontariatu"])
    assert coalition == {
        "spotkania koalicji": 1,
        "zadania ustalone na spotkaniach w okresie": 3,
        "zadania wykonane w okresie": 1,
        "zadania otwarte na koniec okresu": 3,
        "w tym po terminie": 2,
    }


def test_the_annual_document(annual: AnnualSummary) -> None:
    document = build_annual_document(annual)
    assert document.title == "Roczne podsumowanie działań wolontariatu"
    assert document.period_label == "rok 2026"
    assert [s.key for s in document.sections][:2] == ["Podsumowanie", "Wolontariusze w roku"]
    assert [s.key for s in document.sections][-2:] == ["Akcje i partnerzy", "Program działań"]
    tables = _tables(annual)
    year = _pairs(tables["Wolontariusze w roku 2026"])
    assert year["aktywni w roku (co najmniej jeden zatwierdzony wpis godzin)"] == 5
    assert year["zakończyli współpracę w roku"] == 1
    # new 4 and continuing 1: the single continuing volunteer is hidden, and the new with it
    assert year["w tym kontynuujący współpracę z lat poprzednich"] == Hidden(3)
    kinds = tables["Plan i wykonanie według rodzaju"]
    assert [row[:3] for row in kinds.rows] == [
        ("akcja", 2, 1),
        ("szkolenie", 1, 1),
        ("spotkanie", 1, 1),
        ("promocja wolontariatu", 1, 0),
    ]
    assert kinds.total is not None and kinds.total[:3] == ("razem", 5, 3)
    items = tables["Pozycje programu"].rows
    assert [(row[0], row[2], row[6]) for row in items] == [
        ("marzec", "Szkolenie BHP", "zrealizowano (szkolenie) 10.03.2026"),
        ("czerwiec", "Zbiórka żywności", "zrealizowano (akcja) 14.06.2026"),
        ("październik", "Spotkanie koalicji", "zrealizowano 5.10.2026"),
        ("grudzień", "Dzień Wolontariusza", "nie zrealizowano"),
        ("grudzień", "Wigilia dla samotnych", "nie zrealizowano"),
    ]
    assert items[1][4:6] == (10, 4)  # planned participants, volunteers present


def test_csv_reads_back_with_the_figures(files: dict[str, Path]) -> None:
    rows = csv_rows(files["csv"])
    assert rows[0] == ["Roczne podsumowanie działań wolontariatu"]
    assert ["Okres", "rok 2026"] in rows
    blocks = csv_blocks(rows)
    actions = {row[0]: row[1:] for row in blocks["Godziny według akcji"]}
    assert actions["Zbiórka żywności"] == ["13–14.06.2026", "Mnichowo", "ośrodek (OPS)", "4", "15,5"]
    assert actions["Festyn rodzinny"] == ["4.07.2026", "Mnichowo", "Parafia św. Jana", "1", "3"]
    assert actions["razem (każda osoba raz)"][-2:] == ["5", "18,5"]
    partners = {row[0]: row[2:] for row in blocks["Partnerzy aktywni w okresie"]}
    assert partners["Parafia św. Jana"] == ["2", "2", "7", "0"]
    programme = {row[0]: row[1:] for row in blocks["Plan i wykonanie według rodzaju"]}
    assert programme["razem"] == ["5", "3", "60"]
    assert programme["akcja"] == ["2", "1", "50"]
    coalition = dict((row[0], row[1]) for row in blocks["Lokalna koalicja na rzecz wolontariatu"])
    assert coalition["spotkania koalicji"] == "2"
    assert coalition["zadania otwarte na koniec okresu"] == "3"


def test_workbook_opens_with_real_numbers(files: dict[str, Path]) -> None:
    tables = xlsx_tables(files["xlsx"])
    actions = {row[0]: row[1:] for row in tables["Godziny według akcji"]}
    assert actions["Zbiórka żywności"][3:] == [4, 15.5]
    assert actions["razem (każda osoba raz)"][4] == 18.5
    year = {row[0]: row[1] for row in tables["Wolontariusze w roku 2026"]}
    assert year["zakończyli współpracę w roku"] == 1
    kinds = {row[0]: [as_number(v) for v in row[1:]] for row in tables["Plan i wykonanie według rodzaju"]}
    assert kinds["razem"] == [Decimal(5), Decimal(3), Decimal("0.6")]
    items = tables["Pozycje programu"]
    assert items[0] == [
        "termin",
        "rodzaj",
        "pozycja",
        "partner wiodący",
        "uczestnicy (plan)",
        "uczestnicy",
        "realizacja",
    ]
    assert items[2][2] == "Zbiórka żywności" and items[2][4:6] == [10, 4]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_shows_the_year(files: dict[str, Path]) -> None:
    raw = subprocess.run(
        ["pdftotext", "-layout", str(files["pdf"]), "-"], capture_output=True, text=True, check=True
    )
    text = plain(raw.stdout)
    assert "ROCZNE PODSUMOWANIE DZIAŁAŃ WOLONTARIATU" in text
    assert "rok 2026 · porównanie z okresem: rok 2025" in text
    for phrase in (
        "Akcje, partnerzy i koalicja",
        "Zbiórka żywności",
        "SP Mnichowo",
        "Program działań wolontariackich",
    ):
        assert phrase in text
    assert "Pozycje programu" in text and "Plan i wykonanie według rodzaju" in text


def test_file_name() -> None:
    assert suggested_annual_name(2026, "xlsx") == "podsumowanie-roczne-wolontariatu-2026.xlsx"
