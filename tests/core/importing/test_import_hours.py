"""The hours history: months and days of past years land as confirmed, locked entries of
closed months; what cannot be hours is reported; undo reopens the months and removes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator_app.core.hours import service as hours_service
from coordinator_app.core.importing.headers import auto_mapping, detect_header_row
from coordinator_app.core.importing.preview import ADD, Preview, build_preview
from coordinator_app.core.importing.service import run_import
from coordinator_app.core.importing.sources import read_workbook
from coordinator_app.core.importing.undo import ImportUndoError, undo_import
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, HoursEntry, MonthClose
from tests.core.importing.sheets import Value, write_xlsx
from tests.core.importing.tables import table_rows
from tests.factories import TODAY, ZAK, add_people

ROWS: list[list[Value]] = [
    ["Imię i nazwisko", "Miesiąc", "Data", "Liczba godzin", "Rodzaj działania"],
    ["Anna Kowalska", "03.2024", None, "12,5", "Zakupy"],  # a month's total: 8 h + 4,5 h
    ["Anna Kowalska", None, dt.date(2024, 4, 9), 3, "Zakupy"],  # one day
    ["Jan Nowak", "marzec 2024", None, 40, "Rękodzieło z seniorami"],  # unknown activity: added
    ["Jan Nowak", "11.2099", None, 4, "Zakupy"],  # a month that has not ended: rejected
    ["Ewa Nieznana", "03.2024", None, 4, "Zakupy"],  # no such volunteer: rejected
    ["Anna Kowalska", "03.2024", None, "dużo", "Zakupy"],  # not a number: rejected
    ["Anna Kowalska", "03.2024", None, "12,5", "Zakupy"],  # row 2 again: skipped
]


def _preview(db: Database, tmp_path: Path) -> Preview:
    path = write_xlsx(tmp_path / "godziny.xlsx", ROWS, title_rows=["Godziny wolontariuszy 2024"])
    rows = read_workbook(path).sheets[0].rows
    header = detect_header_row(rows, "hours")
    return build_preview(db, rows, header, auto_mapping(rows[header], "hours"), "hours", today=TODAY)


def test_hours_history_lands_confirmed_in_closed_months_and_undo_reopens_them(
    db: Database, tmp_path: Path
) -> None:
    anna, jan = add_people(db, "Kowalska Anna", "Nowak Jan")
    assert db.path is not None
    before = table_rows(db.path)
    preview = _preview(db, tmp_path)

    assert len(preview.error_rows) == 3
    assert preview.rows[6].same_as_row == preview.rows[0].number
    assert list(preview.unknown_activities.values()) == ["Rękodzieło z seniorami"]
    preview.activity_choices["rekodzielo z seniorami"] = (ADD, None)

    result = run_import(db, preview, file_name="godziny.xlsx", today=TODAY)

    assert (result.imported, result.closed_months) == (3, ["2024-03", "2024-04"])
    with db.session() as session:
        entries = session.execute(
            select(
                HoursEntry.volunteer_id,
                HoursEntry.work_date,
                HoursEntry.minutes,
                HoursEntry.status,
                HoursEntry.locked,
                HoursEntry.activity_type_id,
            ).order_by(HoursEntry.volunteer_id, HoursEntry.work_date)
        ).all()
        added = session.scalar(select(ActivityType.id).where(ActivityType.name == "Rękodzieło z seniorami"))
        closed = set(session.scalars(select(MonthClose.month)))
    assert {(e.volunteer_id, e.status, e.locked) for e in entries} == {
        (anna, "confirmed", True),
        (jan, "confirmed", True),
    }
    anna_march = [e for e in entries if e.volunteer_id == anna and e.work_date.month == 3]
    assert [(e.work_date.day, e.minutes, e.activity_type_id) for e in anna_march] == [
        (1, 480, ZAK),
        (2, 270, ZAK),
    ]
    assert sum(e.minutes for e in entries if e.volunteer_id == jan) == 40 * 60
    assert {e.activity_type_id for e in entries if e.volunteer_id == jan} == {added}
    assert closed == {"2024-03", "2024-04"}

    undo_import(db, result.batch_id)

    assert table_rows(db.path) == before


def test_undo_is_refused_once_an_imported_record_was_changed_by_hand(db: Database, tmp_path: Path) -> None:
    add_people(db, "Kowalska Anna", "Nowak Jan")
    preview = _preview(db, tmp_path)
    result = run_import(db, preview, file_name="godziny.xlsx", today=TODAY)
    with db.session() as session:
        entry_id = session.scalar(select(func.min(HoursEntry.id)))
    assert entry_id is not None
    hours_service.set_status(db, entry_id, "done", reason="poprawka", today=TODAY)

    with pytest.raises(ImportUndoError, match=r"zmienione ręcznie"):
        undo_import(db, result.batch_id)
    with db.session() as session:
        assert (session.scalar(select(func.count()).select_from(HoursEntry)) or 0) > 0
