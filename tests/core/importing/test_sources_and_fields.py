"""Reading files safely, finding the headers, and reading cells as people type them."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from coordinator_app.core.calendar import Month
from coordinator_app.core.importing import fields as f
from coordinator_app.core.importing.headers import (
    auto_mapping,
    detect_header_row,
    remember_mapping,
    remembered_mapping,
)
from coordinator_app.core.importing.sources import SourceError, decode_text, read_workbook, sniff_delimiter
from coordinator_app.core.importing.template import write_template
from coordinator_app.core.validation import FieldError
from coordinator_app.db.engine import Database


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("lista.docx", b"PK\x03\x04", "nie jest arkuszem"),
        ("pusty.xlsx", b"", "jest pusty"),
        ("zepsuty.xlsx", b"PK\x03\x04 to nie jest archiwum", "uszkodzony"),
        ("zepsuty.xls", b"\xd0\xcf\x11\xe0 nie OLE", "uszkodzony"),
        ("binarny.csv", b"\x00\x01\x02" * 100, "uszkodzony"),
    ],
)
def test_hostile_or_broken_files_are_refused_in_one_polish_sentence(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError) as refused:
        read_workbook(path)
    assert words in str(refused.value) and "\n" not in str(refused.value)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomba.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * (50 * 1024 * 1024))
    with pytest.raises(SourceError, match="znacznie większej ilości danych"):
        read_workbook(path)


def test_a_sheet_reaching_far_beyond_its_data_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"], sheet["XFD1048576"] = "Imię", "x"
    book.save(tmp_path / "daleko.xlsx")
    with pytest.raises(SourceError, match="więcej niż"):
        read_workbook(tmp_path / "daleko.xlsx")


def test_csv_encoding_and_delimiter_are_found() -> None:
    text = "Nazwisko;Imię;Miejscowość\nŻółć;Łucja;Wólka\n"
    assert decode_text(text.encode("cp1250")) == (text, decode_text(text.encode("cp1250"))[1])
    assert decode_text(text.encode("cp1250"))[1] in ("cp1250", "windows-1250")
    assert decode_text(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8-sig")
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter(text.replace(";", ",")) == ","


def test_header_row_under_titles_and_polish_headers_as_people_write_them() -> None:
    rows: list[list[object]] = [
        ["Wykaz wolontariuszy"],
        [None, "GOPS Lipowiec"],
        ["Lp.", "Nazwisko Imię", "Data ur.", "Nr telefonu komórkowego", "Miejscowość", "PESEL", "Uwagi"],
    ]
    assert detect_header_row(rows, "volunteers") == 2  # type: ignore[arg-type]
    assert auto_mapping(rows[2], "volunteers") == {  # type: ignore[arg-type]
        1: "full_name",
        2: "birth_date",
        3: "phone",
        4: "locality",
        5: "pesel",
        6: "notes",
    }
    assert f.surname_first("Nazwisko Imię") and not f.surname_first("Imię i nazwisko")


def test_a_corrected_mapping_is_remembered_for_the_next_file(db: Database) -> None:
    headers = ["Wolontariusz", "Kontakt", "Wioska"]
    assert auto_mapping(headers, "volunteers") == {0: "full_name", 1: "phone"}
    remember_mapping(db, "volunteers", headers, {0: "full_name", 2: "locality"})
    remembered = remembered_mapping(db, "volunteers")
    assert auto_mapping(headers, "volunteers", remembered) == {0: "full_name", 2: "locality"}


def test_names_addresses_dates_months_hours_and_phones() -> None:
    assert f.split_name("Kowalska-Nowak Anna Maria", surname_first=True) == f.PersonName(
        "Anna", "Kowalska-Nowak", "Maria"
    )
    with pytest.raises(FieldError):
        f.split_name("Zieliński")
    assert f.split_address("Wólka 12, 38-472 Lipowiec") == f.Address(
        None, "12", None, "38-472", "Wólka", "Lipowiec"
    )
    assert f.split_address("ul. Lipowa 5 m. 3, 38-400 Krosno") == f.Address(
        "Lipowa", "5", "3", "38-400", "Krosno", None
    )
    for typed in ("5.03.2025", "05-03-2025 r.", "2025-03-05", "5 marca 2025 r.", "5.03.25", 45721, 45721.0):
        assert f.parse_date(typed, "d") == dt.date(2025, 3, 5), typed
    with pytest.raises(FieldError, match="nie jest datą"):
        f.parse_date("31.02.2025", "d")
    months: tuple[str | dt.date, ...] = (
        "2025-03",
        "03.2025",
        "marzec 2025",
        "III 2025",
        dt.date(2025, 3, 17),
    )
    for month in months:
        assert f.parse_month(month) == Month(2025, 3), month
    assert [f.parse_minutes(v) for v in ("2,5", "2:30", 3.0, "4 h", dt.timedelta(hours=1))] == [
        150,
        150,
        180,
        240,
        60,
    ]
    assert f.phone_text("tel. 601-222-333, 602 000 000") == "601-222-333"
    assert f.pesel_text(2270803628.0) == "02270803628"  # Excel dropped the leading zero
    assert f.parse_sex("kobieta") == "K" and f.parse_year("1938 r.") == 1938


@pytest.mark.parametrize("kind", ["volunteers", "clients", "hours"])
def test_the_template_reads_back_with_every_column_recognised(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"wzor-{kind}.xlsx"
    write_template(kind, path)
    rows = read_workbook(path).sheets[0].rows
    assert detect_header_row(rows, kind) == 0
    assert len(auto_mapping(rows[0], kind)) == len(rows[0])
