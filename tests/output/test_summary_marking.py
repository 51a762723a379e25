"""The monthly summary's CSV and XLSX are marked as containing personal data exactly when they
name someone (the signatories, or a table of people); figures alone are not marked."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

from openpyxl import load_workbook

from coordinator_app.core.calendar import Period
from coordinator_app.core.reports import monthly_summary
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Organisation
from coordinator_app.output.pdf.writer import PERSONAL_DATA_MARK
from coordinator_app.output.summaries.monthly import write_document
from coordinator_app.output.summaries.monthly_model import ReportDocument
from coordinator_app.output.summaries.monthly_sections import build_document
from tests import reports_dataset
from tests.factories import session_of


def _document(db: Database, *, signatories: bool) -> ReportDocument:
    reports_dataset.build(db)
    with session_of(db) as s:
        org = s.get(Organisation, 1)
        assert org is not None
        if signatories:
            org.coordinator_name, org.manager_name = "Anna Nowak", "Jan Kowal"
        else:
            org.coordinator_name = org.manager_name = org.manager_position = None
    return build_document(monthly_summary(db, Period.month(2026, 3), today=reports_dataset.TODAY))


def _marks(document: ReportDocument, folder: Path) -> tuple[bool, bool]:
    """(the CSV carries the RODO line, the workbook carries the mark in its properties and on
    every sheet's printed header)."""
    csv_path = write_document(document, "csv", folder / "s.csv")
    xlsx_path = write_document(document, "xlsx", folder / "s.xlsx")
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    in_csv = ["RODO", f"plik {PERSONAL_DATA_MARK}"] in rows[:4]
    workbook = load_workbook(xlsx_path)
    headers = {ws.oddHeader.right.text for ws in workbook.worksheets}
    in_xlsx = workbook.properties.keywords == PERSONAL_DATA_MARK and headers == {PERSONAL_DATA_MARK}
    assert in_csv == in_xlsx
    return in_csv, in_xlsx


def test_figures_alone_are_not_marked(db: Database, tmp_path: Path) -> None:
    document = _document(db, signatories=False)
    assert not document.names_people
    assert _marks(document, tmp_path) == (False, False)


def test_named_signatories_mark_both_files(db: Database, tmp_path: Path) -> None:
    document = _document(db, signatories=True)
    assert document.names_people
    assert _marks(document, tmp_path) == (True, True)


def test_a_table_naming_people_marks_the_files(db: Database, tmp_path: Path) -> None:
    document = _document(db, signatories=False)
    first, *rest = document.sections
    named = dataclasses.replace(first.tables[0], names_people=True)
    document = dataclasses.replace(
        document, sections=(dataclasses.replace(first, tables=(named, *first.tables[1:])), *rest)
    )
    assert _marks(document, tmp_path) == (True, True)
