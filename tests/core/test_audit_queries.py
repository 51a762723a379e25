"""Reading the audit log for its window: filters by person, record kind, date and text;
personal data masked; criminal-record values withheld; reading writes no entry."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from coordinator_app.core.audit import record_changes, record_event
from coordinator_app.core.audit_queries import HIDDEN, AuditFilter, entity_kinds, read_audit_log
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from tests.factories.records import add_people, client_row, save, vetting_row


class Log:
    def __init__(self, db: Database) -> None:
        self.zaneta, self.jan = add_people(db, "Żółć Żaneta", "Kowalski Jan")
        self.client = save(db, client_row("K/1", "Wójcik Stanisława"))
        self.vetting = save(db, vetting_row(self.jan))
        with db.session() as s:
            record_changes(s, "volunteer", self.zaneta, {"phone": None}, {"phone": "600 100 200"})
            record_changes(s, "volunteer", self.zaneta, {"pesel": None}, {"pesel": "80010112345"})
            record_changes(s, "vetting", self.vetting, {}, {"result": "bez wpisów"}, action="create")
            record_event(s, "client", self.client, "view", "health_notes")
            record_changes(s, "hours_entry", 999, {"minutes": 60}, {"minutes": 90}, reason="pomyłka")


@pytest.fixture
def log(db: Database) -> Log:
    return Log(db)


def test_everything_newest_first(db: Database, log: Log) -> None:
    page = read_audit_log(db, AuditFilter())
    assert [row.entity for row in page.rows] == ["hours_entry", "client", "vetting", "volunteer", "volunteer"]
    assert not page.truncated
    assert entity_kinds(db) == ["client", "hours_entry", "vetting", "volunteer"]


def test_values_are_masked_and_criminal_record_data_withheld(db: Database, log: Log) -> None:
    rows = {row.field or row.action: row for row in read_audit_log(db, AuditFilter()).rows}
    assert rows["pesel"].new_value == "800101*****"
    assert rows["result"].new_value == HIDDEN and rows["result"].person == "Kowalski Jan"
    assert rows["phone"].new_value == "600 100 200" and rows["phone"].person == "Żółć Żaneta"


def test_filter_by_person_finds_the_records_that_belong_to_them(db: Database, log: Log) -> None:
    jan = read_audit_log(db, AuditFilter(person="jan KOWALSKI")).rows
    assert [(row.entity, row.entity_id) for row in jan] == [("vetting", log.vetting)]
    client = read_audit_log(db, AuditFilter(person="wójcik")).rows
    assert [(row.action, row.person) for row in client] == [("view", "Wójcik Stanisława")]
    assert read_audit_log(db, AuditFilter(person="nikt taki")).rows == []


def test_filter_by_kind_date_and_text(db: Database, log: Log) -> None:
    assert {row.field for row in read_audit_log(db, AuditFilter(entity="volunteer")).rows} == {
        "phone",
        "pesel",
    }
    assert [row.reason for row in read_audit_log(db, AuditFilter(text="pomył")).rows] == ["pomyłka"]
    with db.session() as s:
        s.execute(
            update(AuditEntry).where(AuditEntry.entity == "client").values(at=dt.datetime(2025, 3, 5, 23, 59))
        )
    day = AuditFilter(date_from=dt.date(2025, 3, 5), date_to=dt.date(2025, 3, 5))
    assert [row.entity for row in read_audit_log(db, day).rows] == ["client"]
    assert read_audit_log(db, AuditFilter(date_to=dt.date(2025, 3, 4))).rows == []


def test_the_limit_is_told(db: Database, log: Log) -> None:
    page = read_audit_log(db, AuditFilter(), limit=2)
    assert len(page.rows) == 2 and page.truncated


def test_reading_the_log_writes_nothing_to_it(db: Database, log: Log) -> None:
    with db.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    read_audit_log(db, AuditFilter(person="wójcik"))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before
