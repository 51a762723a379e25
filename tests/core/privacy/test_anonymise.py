"""Anonymisation (issue 15, point 3): nothing identifying survives in the database file, and
the monthly summaries of the last two years keep their figures."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select

from coordinator_app.core.calendar import Month, Period
from coordinator_app.core.privacy import anonymise_service as service
from coordinator_app.core.privacy.anonymise import TOMBSTONE
from coordinator_app.core.privacy.retention import CLIENT, VOLUNTEER
from coordinator_app.core.reports.summary import monthly_summary
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    AnonymisationEntry,
    Assignment,
    AuditEntry,
    Client,
    HoursEntry,
    IssuedDocument,
    Volunteer,
)
from coordinator_app.storage.integrity import check_database
from coordinator_app.storage.opening import open_database

TODAY = dt.date.today()


def _summaries(db: Database) -> list[object]:
    last = Month.of(TODAY)
    months = [last.back(i) for i in range(24)]
    return [monthly_summary(db, Period.of_month(month), today=TODAY) for month in months]


def _busiest(db: Database) -> tuple[int, int]:
    """The volunteer with the most hours in the last two years, and a client they helped."""
    with db.session() as session:
        row = session.execute(
            select(HoursEntry.volunteer_id, Assignment.client_id)
            .join(Assignment, HoursEntry.assignment_id == Assignment.id)
            .where(HoursEntry.work_date >= TODAY - dt.timedelta(days=700), Assignment.client_id.is_not(None))
            .group_by(HoursEntry.volunteer_id, Assignment.client_id)
            .order_by(func.count().desc())
        ).first()
        assert row is not None and row[1] is not None
    return row[0], row[1]


def _identifying(db: Database, volunteer_id: int, client_id: int) -> list[str]:
    with db.session() as session:
        v = session.get(Volunteer, volunteer_id)
        c = session.get(Client, client_id)
        assert v is not None and c is not None
        values = [f"{v.first_name} {v.last_name}", v.last_name, f"{c.first_name} {c.last_name}", c.last_name]
        values += [v.pesel or "", v.phone or "", v.email or "", c.phone or "", v.birth_date.isoformat()]
    return [value for value in values if value]


def _in_file(path: Path, values: list[str]) -> list[str]:
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    if wal.exists():
        data += wal.read_bytes()
    return [value for value in values if value.encode("utf-8") in data]


def _issue_snapshot(db: Database, volunteer_id: int, client_id: int) -> None:
    """A document about the volunteer that also names the client, as a referral does."""
    with db.session() as session:
        v = session.get(Volunteer, volunteer_id)
        c = session.get(Client, client_id)
        assert v is not None and c is not None
        fields = {"wolontariusz": f"{v.first_name} {v.last_name}", "osoba": f"{c.first_name} {c.last_name}"}
        snapshot = json.dumps({"fields": fields}, ensure_ascii=False)
        session.add(
            IssuedDocument(
                kind="referral", number="99/2026", issued_on=TODAY, volunteer_id=volunteer_id,
                snapshot=snapshot, recipient=f"{v.first_name} {v.last_name}",
            )
        )  # fmt: skip


def test_nothing_identifying_survives_and_the_figures_stay(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        volunteer_id, client_id = _busiest(db)
        _issue_snapshot(db, volunteer_id, client_id)
        values = _identifying(db, volunteer_id, client_id)
        before = _summaries(db)
        with db.engine.connect() as connection:  # the values are in the file before
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert _in_file(db_path, values) == values
        first = service.anonymise(
            db, VOLUNTEER, volunteer_id, "Żądanie usunięcia danych", force_after_review=True
        )
        second = service.anonymise(db, CLIENT, client_id, "Żądanie usunięcia danych", force_after_review=True)
        assert first.wiped and second.wiped
        assert _summaries(db) == before
        with db.session() as session:
            v = session.get(Volunteer, volunteer_id)
            assert v is not None and v.last_name == TOMBSTONE and v.pesel is None and v.anonymised_at
            c = session.get(Client, client_id)
            assert c is not None and c.first_name == TOMBSTONE
            # the address but the village: street names are shared, so they are checked here
            assert (v.street, v.house_number, c.street, c.house_number) == (None, "-", None, "-")
            assert v.locality and c.locality
            assert session.scalar(select(func.count()).select_from(AnonymisationEntry)) == 2
            assert session.scalar(select(func.count()).where(AuditEntry.action == "anonymise")) == 2
    finally:
        db.dispose()
    assert _in_file(db_path, values) == []
    assert not check_database(db_path).problems  # the audit chain was linked again
