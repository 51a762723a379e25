"""The blank sheet to fill in before importing (Plik → "Pobierz wzór arkusza"): the headers the
import recognises at once and one example row, per kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from coordinator_app.core.importing.headers import CLIENTS, HOURS, VOLUNTEERS
from coordinator_app.i18n import _

# (header, example) per kind; the headers are Polish because the import reads Polish headers.
TEMPLATES: dict[str, list[tuple[str, object]]] = {
    VOLUNTEERS: [
        ("Nazwisko", "Kowalska"),
        ("Imię", "Anna"),
        ("PESEL", "61041212362"),
        ("Data ur.", dt.date(1961, 4, 12)),
        ("Nr dowodu", ""),
        ("Telefon", "600 123 456"),
        ("E-mail", "anna.kowalska@example.pl"),
        ("Ulica", ""),
        ("Nr domu", "12"),
        ("Nr mieszkania", ""),
        ("Kod pocztowy", "38-472"),
        ("Miejscowość", "Wólka"),
        ("Poczta", "Lipowiec"),
        ("Umiejętności", "czytanie, zakupy"),
        ("Data rozpoczęcia", dt.date(2024, 3, 1)),
        ("Uwagi", ""),
    ],
    CLIENTS: [
        ("Nazwisko", "Wójcik"),
        ("Imię", "Stanisława"),
        ("Płeć", "K"),
        ("Rok urodzenia", 1938),
        ("Telefon", "13 435 12 34"),
        ("Ulica", ""),
        ("Nr domu", "7"),
        ("Kod pocztowy", "38-472"),
        ("Miejscowość", "Wólka"),
        ("Poczta", "Lipowiec"),
        ("Typ", "osoba starsza"),
        ("Pracownik socjalny", "Anna Nowak"),
        ("Ocena ważna do", dt.date(2027, 6, 30)),
        ("Dojazd", "za kościołem, zielony płot"),
    ],
    HOURS: [
        ("Imię i nazwisko", "Anna Kowalska"),
        ("PESEL", "61041212362"),
        ("Miesiąc", "03.2024"),
        ("Data", ""),
        ("Godziny", 12.5),
        ("Rodzaj działania", "Zakupy"),
        ("Opis", "zakupy dla p. Wójcik"),
    ],
}


def write_template(kind: str, path: Path) -> None:
    """An XLSX with the headers, one example row and a note on how to fill it in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    columns = TEMPLATES[kind]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = {VOLUNTEERS: "Wolontariusze", CLIENTS: "Klienci", HOURS: "Godziny"}[kind]
    sheet.append([header for header, _example in columns])
    sheet.append([example for _header, example in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for index, (header, example) in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = max(len(header), len(str(example))) + 4
        if isinstance(example, dt.date):
            sheet.cell(row=2, column=index).number_format = "DD.MM.YYYY"
    note = book.create_sheet(_("How to fill in")[:31])
    for line in (
        _("One row per person (or per month of hours); keep the headers in the first row."),
        _("Replace the example row with your data; empty cells are allowed where the form allows them."),
        _("Dates as 5.03.2025; hours as 2,5; PESEL as text so that its leading zeros stay."),
        _("Then choose File → Import… and pick this file."),
    ):
        note.append([line])
    note.column_dimensions["A"].width = 100
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
