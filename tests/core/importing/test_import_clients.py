"""Clients from a LibreOffice sheet: the social worker and client type by name, the rows the
client form refuses, a client already in the app; a cancelled import writes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coordinator_app.core.importing.plan import add_every_missing_value, prepare_preview
from coordinator_app.core.importing.preview import Cancelled
from coordinator_app.core.importing.service import run_import
from coordinator_app.core.importing.undo import undo_import
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Client, ClientType, Village
from tests.core.importing.sheets import Value, write_ods
from tests.core.importing.tables import table_rows
from tests.factories import TODAY, client_row, save, staff_row

ROWS: list[list[Value]] = [
    ["Nazwisko", "Imię", "Rok ur.", "Adres", "Telefon", "Typ", "Pracownik socjalny", "Ocena ważna do"],
    ["Wójcik", "Stanisława", 1938, "Wólka 7, 38-472 Lipowiec", "13 435 12 34", "osoba starsza", "Anna Nowak",
     dt.date(2027, 6, 30)],
    ["Mazur", "Henryk", 1944, "Zagórze 3, 38-472 Lipowiec", None, "senior, niepełnosprawny", "Nowak Anna",
     "30.06.2027"],
    ["Lis", "Teresa", 1950, "Łęg 1, 38-472 Lipowiec", None, "sąsiadka", "Anna Nowak", "30.06.2027"],
    ["Kruk", "Jan", 1950, "Łęg 2, 38-472 Lipowiec", None, "senior", "Jan Kowalski", None],
    ["Wróbel", "Zofia", 1941, "Wólka 9, 38-472 Lipowiec", None, "senior", "Anna Nowak", "30.06.2027"],
]  # fmt: skip
# row 4: an unknown client type; row 5: no such social worker; row 6: already in the app


def _setup(db: Database, tmp_path: Path) -> Path:
    save(db, staff_row("Nowak Anna", is_social_worker=True))
    save(db, village_row_named("Wólka"))
    save(db, client_row("P-007", "Wróbel Zofia", birth_year=1941, locality="Wólka", house_number="9"))
    return write_ods(tmp_path / "klienci.ods", {"Klienci": ROWS})


def village_row_named(name: str) -> Village:
    from tests.factories import village_row

    return village_row(name)


def test_clients_land_with_their_worker_types_and_village_and_undo_restores(
    db: Database, tmp_path: Path
) -> None:
    path = _setup(db, tmp_path)
    assert db.path is not None
    before = table_rows(db.path)

    preview = prepare_preview(db, path, "clients", sheet="Klienci", today=TODAY)

    assert [row.valid for row in preview.rows] == [True, True, False, False, True]
    assert "sąsiadka" in preview.rows[2].reasons()
    assert "pracownika socjalnego" in preview.rows[3].reasons()
    assert [d.label for d in preview.rows[4].duplicates] == ["P-007 Wróbel Zofia"]
    assert list(preview.unknown_villages.values()) == ["Zagórze"]
    add_every_missing_value(preview)

    result = run_import(db, preview, file_name=path.name, today=TODAY)

    assert (result.imported, result.rejected) == (2, 3)
    with db.session() as session:
        clients = {c.last_name: c for c in session.scalars(select(Client))}
        types = set(session.execute(select(ClientType.client_id, ClientType.type_code)))
        villages = {v.name: v.id for v in session.scalars(select(Village))}
    assert clients["Wójcik"].code == "P-008" and clients["Mazur"].code == "P-009"
    assert (
        clients["Wójcik"].village_id == villages["Wólka"]
        and clients["Mazur"].village_id == villages["Zagórze"]
    )
    assert clients["Mazur"].assessment_valid_until == dt.date(2027, 6, 30)
    assert {(clients["Mazur"].id, "senior"), (clients["Mazur"].id, "disabled")} <= types

    undo_import(db, result.batch_id)
    assert table_rows(db.path) == before


def test_a_cancelled_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = _setup(db, tmp_path)
    assert db.path is not None
    before = table_rows(db.path)
    preview = prepare_preview(db, path, "clients", today=TODAY)

    with pytest.raises(Cancelled):
        run_import(db, preview, file_name=path.name, today=TODAY, progress=lambda done, total: False)

    assert table_rows(db.path) == before
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 1
