"""The attendance list of a training session: the printable PDF, the XLSX and the layout helpers."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coordinator_app.core.trainings.sheet import AttendanceSheet, AttendanceSheetRow
from coordinator_app.i18n import set_language
from coordinator_app.i18n.polish import long_date as polish_long_date
from coordinator_app.output.documents.attendance_list import build_attendance_list
from coordinator_app.output.pdf.typography import date_header, polish_nbsp
from coordinator_app.output.summaries.attendance_xlsx import SHEET_NAME, write_attendance_xlsx

NBSP = "\u00a0"
PDFTOTEXT = shutil.which("pdftotext")
PARTICIPANTS = 45


def _sheet(participants: int = PARTICIPANTS) -> AttendanceSheet:
    names = ["Zażółć Gęślą-Jaźń", "Łucja Śliwińska"] + [
        f"Uczestnik{n:02d} Źdźbło-Żółkiewska" for n in range(3, participants + 1)
    ]
    rows = tuple(
        AttendanceSheetRow(
            number, name, "obecny" if number % 3 else "częściowo", "2 godziny" if number % 3 else "1 godzina"
        )
        for number, name in enumerate(names, start=1)
    )
    return AttendanceSheet(
        organisation="Gminny Ośrodek Pomocy Społecznej w Modrzewie",
        title="Pierwsza pomoc i bezpieczeństwo w pracy z seniorem",
        category_label="pierwsza pomoc",
        session_date=dt.date(2025, 3, 5),
        time_text="10:00–12:00",
        place="Świetlica wiejska w Olszynach",
        trainer="Grażyna Bąk (PCK Oddział Rejonowy)",
        duration_text="2 godziny",
        programme=("Ocena sytuacji i wezwanie pomocy", "Resuscytacja krążeniowo-oddechowa", "Ćwiczenia"),
        rows=rows,
        named_person_sex="K",
    )


def _page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def _pdf_text(path: Path, page: int | None = None) -> str:
    assert PDFTOTEXT is not None
    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        [PDFTOTEXT, "-layout", *pages, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_single_letter_words_are_bound_to_the_next_word() -> None:
    text = polish_nbsp("Spotkanie w Modrzewie i w Olszynach")
    assert text == f"Spotkanie w{NBSP}Modrzewie i{NBSP}w{NBSP}Olszynach"
    assert polish_nbsp("Zajęcia z seniorami o godz. 10, a potem U nas") == (
        f"Zajęcia z{NBSP}seniorami o{NBSP}godz. 10, a{NBSP}potem U{NBSP}nas"
    )
    # Only whole one-letter words: "bez", "Łowicz" and "ż" are left alone.
    assert polish_nbsp("bez opłat Łowicz ż x") == "bez opłat Łowicz ż x"


def test_polish_dates_in_documents_stay_polish_in_an_english_window() -> None:
    assert polish_long_date(dt.date(2025, 3, 5)) == "5 marca 2025"
    assert date_header("Modrzewie", dt.date(2025, 9, 12)) == "Modrzewie, dnia 12 września 2025 r."
    set_language("en")
    assert date_header(" ", dt.date(2025, 3, 5)) == "dnia 5 marca 2025 r."


def test_attendance_list_pdf(tmp_path: Path) -> None:
    out = build_attendance_list(_sheet(), tmp_path / "lista.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"DejaVuSans" in data and b"DejaVuSans-Bold" in data
    assert b"Helvetica" not in data  # no face without Polish letters, even unused
    pages = _page_count(data)
    # 48 signing rows of 1 cm (45 people and 3 walk-ins) cannot fit on two A4 pages.
    assert pages >= 2
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = _pdf_text(out)
    for expected in (
        "LISTA OBECNOŚCI",
        "Zażółć Gęślą-Jaźń",
        "Łucja Śliwińska",
        "5 marca 2025 r.",
        "10:00–12:00",
    ):
        assert expected in text
    assert "Gminny Ośrodek Pomocy Społecznej w Modrzewie" in text.replace(NBSP, " ")
    assert "Uczestnik45" in text and "48." in text and "49." not in text  # 3 walk-in rows
    for page in range(1, pages + 1):
        page_text = _pdf_text(out, page)
        assert "Imię i nazwisko" in page_text and "Podpis" in page_text  # header repeated
        assert f"strona {page} z {pages}" in page_text
    last = _pdf_text(out, pages)
    assert "Program szkolenia" in text and "Resuscytacja" in text
    assert "podpis prowadzącej" in last and "podpis koordynatora" in last  # the trainer is a woman
    assert "Prowadząca:" in text


def test_attendance_list_metadata_and_no_remarks(tmp_path: Path) -> None:
    out = build_attendance_list(_sheet(2), tmp_path / "krotka.pdf", remarks_column=False)
    data = out.read_bytes()
    assert _page_count(data) == 1
    if PDFTOTEXT is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Lista obecności – Pierwsza pomoc" in info
    assert "Gminny Ośrodek Pomocy Społecznej" in info
    text = _pdf_text(out)
    assert "Uwagi" not in text and "strona 1 z 1" in text


def test_attendance_xlsx(tmp_path: Path) -> None:
    out = write_attendance_xlsx(_sheet(), tmp_path / "lista.xlsx")
    ws = load_workbook(out)[SHEET_NAME]
    cells = {cell.coordinate: cell for row in ws.iter_rows() for cell in row if cell.value is not None}
    dates = [cell for cell in cells.values() if isinstance(cell.value, dt.datetime | dt.date)]
    assert len(dates) == 1
    assert dates[0].value.date() == dt.date(2025, 3, 5)
    assert dates[0].number_format == "d.mm.yyyy"
    header = next(cell.row for cell in cells.values() if cell.value == "Imię i nazwisko")
    assert [ws.cell(header, c).value for c in range(1, 6)] == [
        "Lp.", "Imię i nazwisko", "Obecność", "Godziny", "Podpis"
    ]  # fmt: skip
    assert ws.cell(header, 2).font.bold
    body = [
        [ws.cell(r, c).value for c in range(1, 5)] for r in range(header + 1, ws.max_row + 1)
    ]  # fmt: skip
    assert len(body) == PARTICIPANTS
    assert body[0] == [1, "Zażółć Gęślą-Jaźń", "obecny", "2 godziny"]
    assert body[1][1] == "Łucja Śliwińska" and body[2][2] == "częściowo"
    assert ws.cell(header + 1, 5).border.left.style == "thin"
    assert ws.column_dimensions["B"].width >= len("Uczestnik03 Źdźbło-Żółkiewska")
    assert ws.freeze_panes == f"A{header + 1}"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "portrait"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.print_title_rows == f"${header}:${header}"
