"""Done-when of issue #19: real-looking files of every format, each with bad rows and
duplicates, import the right rows, report the rest, and undo gives the database back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from coordinator_app.core.importing.headers import auto_mapping, detect_header_row
from coordinator_app.core.importing.preview import MERGE, Preview, build_preview
from coordinator_app.core.importing.rejected import write_rejected
from coordinator_app.core.importing.service import run_import
from coordinator_app.core.importing.sources import read_workbook
from coordinator_app.core.importing.undo import undo_import
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Volunteer
from tests.core.importing.people_data import EXISTING, GOOD, VOLUNTEER_HEADERS, VOLUNTEER_ROWS
from tests.core.importing.sheets import Value, write_csv, write_ods, write_xls, write_xlsx
from tests.core.importing.tables import table_rows
from tests.factories import TODAY, add_people

TITLE = ["Lista wolontariuszy GOPS w Lipowcu", "stan na 1 grudnia 2026 r."]


def _table() -> list[list[Value]]:
    return [VOLUNTEER_HEADERS, *VOLUNTEER_ROWS]


def _xlsx(path: Path) -> Path:
    return write_xlsx(path / "wolontariusze.xlsx", _table(), title_rows=TITLE)


def _ods(path: Path) -> Path:
    return write_ods(path / "wolontariusze.ods", {"Wolontariusze": _table(), "Notatki": [["nic"]]})


def _xls(path: Path) -> Path:
    pytest.importorskip("xlwt", reason="the test-only package xlwt writes the .xls")
    return write_xls(path / "wolontariusze.xls", _table())


def _csv_semicolon(path: Path) -> Path:
    return write_csv(path / "wolontariusze.csv", _table(), encoding="cp1250", delimiter=";")


def _csv_comma(path: Path) -> Path:
    return write_csv(path / "wolontariusze-przecinki.csv", _table(), encoding="cp1250", delimiter=",")


def _csv_bom(path: Path) -> Path:
    return write_csv(path / "wolontariusze-utf8.csv", _table(), encoding="utf-8-sig", delimiter=";")


MAKERS: dict[str, Callable[[Path], Path]] = {
    "xlsx-merged-title": _xlsx,
    "ods": _ods,
    "xls": _xls,
    "csv-cp1250-semicolon": _csv_semicolon,
    "csv-cp1250-comma": _csv_comma,
    "csv-utf8-bom": _csv_bom,
}


def _preview(db: Database, path: Path) -> Preview:
    rows = read_workbook(path).sheets[0].rows
    header = detect_header_row(rows, "volunteers")
    return build_preview(
        db, rows, header, auto_mapping(rows[header], "volunteers"), "volunteers", today=TODAY
    )


@pytest.mark.parametrize("kind", list(MAKERS))
def test_each_format_imports_the_right_rows_reports_the_rest_and_undoes(
    kind: str, db: Database, tmp_path: Path
) -> None:
    (existing,) = add_people(db, "Dąbrowski Stefan", pesel=EXISTING, birth_date=dt.date(1955, 6, 30))
    path = MAKERS[kind](tmp_path)
    assert db.path is not None
    before = table_rows(db.path)

    preview = _preview(db, path)

    # rows keep the numbers the spreadsheet shows (under the merged title in the .xlsx)
    assert preview.rows[0].number == (len(TITLE) + 2 if kind.startswith("xlsx") else 2)
    assert [row.number for row in preview.error_rows][-2:] == [preview.rows[3].number, preview.rows[4].number]
    assert len(preview.error_rows) == 2
    assert "PESEL" in preview.rows[3].reasons()
    assert preview.rows[5].same_as_row == preview.rows[0].number  # Kowalska twice in the file
    assert [d.record_id for d in preview.rows[6].duplicates] == [existing]
    assert {row.number for row in preview.rejected()} == {r.number for r in preview.rows[3:]}

    result = run_import(db, preview, file_name=path.name, today=TODAY)

    assert (result.imported, result.merged, result.rejected) == (3, 0, 4)
    with db.session() as session:
        stored = session.execute(
            select(
                Volunteer.last_name,
                Volunteer.first_name,
                Volunteer.locality,
                Volunteer.post_office,
                Volunteer.phone,
            )
            .where(Volunteer.id != existing)
            .order_by(Volunteer.last_name)
        ).all()
    assert [row[0] for row in stored] == sorted(GOOD)
    assert ("Kowalska", "Anna", "Wólka", "Lipowiec", "+48600123456") in stored
    assert ("Nowak", "Jan", "Krosno", None, "+48601222333") in stored
    report = tmp_path / "odrzucone.xlsx"
    assert write_rejected(preview, report) == 4
    reread = read_workbook(report).sheets[0].rows
    assert len(reread) == 5 and "Wiśniewski Piotr" in reread[1]
    marked = load_workbook(report)
    assert marked.properties.keywords == "zawiera dane osobowe"
    assert all(ws.oddHeader.right.text == "zawiera dane osobowe" for ws in marked.worksheets)

    undo_import(db, result.batch_id)

    assert table_rows(db.path) == before


def test_a_duplicate_merged_fills_only_the_empty_fields_and_undo_puts_them_back(
    db: Database, tmp_path: Path
) -> None:
    (existing,) = add_people(db, "Dąbrowski Stefan", pesel=EXISTING, birth_date=dt.date(1955, 6, 30))
    assert db.path is not None
    before = table_rows(db.path)
    preview = _preview(db, _xlsx(tmp_path))
    row = preview.rows[6]
    row.choice, row.merge_into = MERGE, existing

    result = run_import(db, preview, file_name="w.xlsx", today=TODAY)

    assert result.merged == 1
    with db.session() as session:
        merged = session.get(Volunteer, existing)
        assert merged is not None
        assert (merged.phone, merged.locality) == ("+48605555666", "Mnichowo")  # phone was empty
    undo_import(db, result.batch_id)
    assert table_rows(db.path) == before
