"""The font family for documents and the Excel-friendly CSV writer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from coordinator_app.output.pdf.fonts import register_fonts
from coordinator_app.output.summaries.csv_excel import excel_cell, write_excel_csv


def test_polish_letters_are_embedded_in_a_pdf(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    family = register_fonts()
    assert register_fonts() == family  # registering twice is harmless
    face = pdfmetrics.getFont(family).face
    for letter in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ":
        assert ord(letter) in face.charToGlyph, letter
    pdf = tmp_path / "test.pdf"
    page = canvas.Canvas(str(pdf), pagesize=A4)
    page.setFont(family, 12)
    page.drawString(72, 720, "Zażółć gęślą jaźń")
    page.setFont(f"{family}-Bold", 12)
    page.drawString(72, 700, "ŻÓŁĆ")
    page.save()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"DejaVuSans" in data and b"DejaVuSans-Bold" in data


def test_csv_for_polish_excel(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    count = write_excel_csv(
        path,
        ["Miejscowość", "Godziny", "PESEL", "Data", "Opis"],
        [
            ["Łąkie", Decimal("2.5"), "02270800000", dt.date(2025, 3, 5), 'ma "cudzysłów"; i średnik'],
            ["Żółtki", 3.0, None, None, "linia\ndruga"],
        ],
    )
    assert count == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"sep=" not in raw
    text = raw.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == "Miejscowość;Godziny;PESEL;Data;Opis"
    assert lines[1] == 'Łąkie;2,5;"=""02270800000""";05.03.2025;"ma ""cudzysłów""; i średnik"'


def test_excel_cell_values() -> None:
    assert excel_cell(True) == "tak"
    assert excel_cell(1.25) == "1,25"
    assert excel_cell(Decimal("3.00")) == "3"
    assert excel_cell("62-200") == "62-200"
    assert excel_cell("600123456") == "600123456"
    assert excel_cell("0600") == '="0600"'
