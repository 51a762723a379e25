"""Retention (issue 15, point 5): the dates follow the settings, holds block anonymisation
and the yearly "do przeglądu" list shows what has run out."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core import settings
from coordinator_app.core.privacy import anonymise_service as service
from coordinator_app.core.privacy.retention import VOLUNTEER, Hold, blocking, kept_until
from coordinator_app.core.privacy.retention_queries import VETTING, due_records, holds_of, read_periods
from coordinator_app.core.privacy.retention_service import destroy_vetting_details
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import IssuedDocument, Vetting, Volunteer
from tests.factories import agreement_row, volunteer_row
from tests.factories.records import save


def _ended_volunteer(db: Database, ended: dt.date) -> int:
    volunteer_id = save(
        db,
        volunteer_row(
            "Ślązak Łucja",
            status="ended",
            archived=True,
            end_date=ended,
            application_date=dt.date(2019, 1, 1),
        ),
    )
    save(db, agreement_row(volunteer_id, "1/2019", period_from=dt.date(2019, 1, 1), period_to=ended))
    return volunteer_id


def test_b5_counts_from_the_first_of_january_after_the_matter_closed() -> None:
    assert kept_until(dt.date(2021, 3, 14), 5) == dt.date(2027, 1, 1)
    assert kept_until(dt.date(2021, 12, 31), 0) == dt.date(2022, 1, 1)
    open_hold, dated = Hold("trwa", None), Hold("umowa", dt.date(2027, 1, 1))
    assert blocking([dated, open_hold], dt.date(2026, 12, 31)) == [open_hold, dated]
    assert blocking([dated], dt.date(2027, 1, 1)) == []


def test_the_defaults_are_b5_with_the_vetting_statements_shortest() -> None:
    assert settings.RETENTION_DOCUMENTS["agreement"].default == 5
    assert settings.RETENTION_VOLUNTEER_YEARS.default == 5
    assert settings.RETENTION_DOCUMENTS["residence_statement"].default == 0


def test_retention_dates_follow_the_settings(db: Database) -> None:
    volunteer_id = _ended_volunteer(db, dt.date(2021, 6, 30))
    with db.session() as session:
        holds = holds_of(session, VOLUNTEER, volunteer_id, read_periods(db))
    assert {hold.until for hold in holds} == {dt.date(2027, 1, 1)}
    settings_store.write(db, settings.RETENTION_DOCUMENTS["agreement"], 10)
    settings_store.write(db, settings.RETENTION_VOLUNTEER_YEARS, 2)
    with db.session() as session:
        holds = holds_of(session, VOLUNTEER, volunteer_id, read_periods(db))
    assert sorted(hold.until for hold in holds if hold.until) == [dt.date(2024, 1, 1), dt.date(2032, 1, 1)]
    assert any("1/2019" in hold.what for hold in holds)


def test_anonymisation_under_retention_is_refused_naming_the_holds(db: Database) -> None:
    volunteer_id = _ended_volunteer(db, dt.date(2024, 6, 30))
    with pytest.raises(service.RetentionHoldError) as refused:
        service.anonymise(db, VOLUNTEER, volunteer_id, "żądanie", today=dt.date(2026, 11, 20))
    assert "1/2019" in str(refused.value) and "31.12.2029" in str(refused.value)
    assert "art. 18" in str(refused.value)
    with db.session() as session:
        row = session.get(Volunteer, volunteer_id)
        assert row is not None and row.last_name == "Ślązak" and row.anonymised_at is None
    done = service.anonymise(
        db, VOLUNTEER, volunteer_id, "żądanie", force_after_review=True, today=dt.date(2026, 11, 20)
    )
    assert done.overridden and done.wiped
    with pytest.raises(service.AnonymisationError):
        service.anonymise(db, VOLUNTEER, volunteer_id, "znowu", force_after_review=True)


def test_an_active_volunteer_is_held_while_the_cooperation_lasts(db: Database) -> None:
    volunteer_id = save(db, volunteer_row("Nowak Anna"))
    with pytest.raises(service.RetentionHoldError, match=r"cooperation|współpraca"):
        service.anonymise(db, VOLUNTEER, volunteer_id, "żądanie")


def test_the_yearly_list_shows_what_ran_out_and_vetting_details_go_sooner(db: Database) -> None:
    old = _ended_volunteer(db, dt.date(2019, 6, 30))
    recent = save(
        db,
        volunteer_row(
            "Kowal Jan",
            status="ended",
            archived=True,
            end_date=dt.date(2024, 5, 1),
            application_date=dt.date(2024, 1, 1),
        ),
    )
    document = save(
        db, IssuedDocument(kind="residence_statement", number="3/2024", issued_on=dt.date(2024, 1, 2))
    )
    save(db, Vetting(volunteer_id=recent, rspts_reference="RSPTS-123", residence_document_id=document))
    due = due_records(db, dt.date(2026, 11, 20))
    assert [(r.kind, r.subject_id) for r in due] == [(VOLUNTEER, old), (VETTING, recent)]
    assert due[0].free_from == dt.date(2025, 1, 1)
    assert destroy_vetting_details(db, recent) == 1
    with db.session() as session:
        vetting = session.query(Vetting).filter_by(volunteer_id=recent).one()
        assert vetting.rspts_reference is None and vetting.residence_document_id is None
        statement = session.get(IssuedDocument, document)
        assert statement is not None and statement.snapshot is None
    assert [(r.kind, r.subject_id) for r in due_records(db, dt.date(2026, 11, 20))] == [(VOLUNTEER, old)]
    service.anonymise(
        db, VOLUNTEER, old, "przegląd roczny", category=service.RETENTION, today=dt.date(2026, 11, 20)
    )
    assert due_records(db, dt.date(2026, 11, 20)) == []
