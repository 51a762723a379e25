"""The requests register: one month to answer, two more when extended in time (art. 12 ust. 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.privacy.requests import (
    RequestData,
    deadline_of,
    easter,
    extended_deadline,
    month_deadline,
    validate_request,
)
from coordinator_app.core.privacy.requests_queries import get_request, list_requests, requests_due
from coordinator_app.core.privacy.requests_service import create_request, update_request
from coordinator_app.core.reports.dashboard import dashboard_data
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from tests.factories.records import add_people, client_row, save

TODAY = dt.date(2026, 12, 3)


def test_one_month_ends_on_the_matching_day_or_the_months_last() -> None:
    assert month_deadline(dt.date(2026, 3, 10)) == dt.date(2026, 4, 10)  # a Friday
    assert month_deadline(dt.date(2027, 1, 29)) == dt.date(2027, 3, 1)  # 28 Feb 2027 is a Sunday
    assert month_deadline(dt.date(2028, 1, 31)) == dt.date(2028, 2, 29)  # leap year, a Tuesday


def test_a_deadline_on_a_weekend_or_holiday_moves_to_the_next_working_day() -> None:
    assert easter(2026) == dt.date(2026, 4, 5) and easter(2027) == dt.date(2027, 3, 28)
    assert month_deadline(dt.date(2026, 10, 11)) == dt.date(2026, 11, 12)  # 11 Nov holiday
    assert month_deadline(dt.date(2026, 3, 6)) == dt.date(2026, 4, 7)  # 6 Apr Easter Monday
    assert month_deadline(dt.date(2026, 11, 24)) == dt.date(2026, 12, 28)  # 24–27 Dec


def test_the_extension_gives_two_more_months() -> None:
    assert extended_deadline(dt.date(2026, 3, 10)) == dt.date(2026, 6, 10)
    deadline = deadline_of(dt.date(2026, 3, 10), dt.date(2026, 3, 20), None, dt.date(2026, 6, 12))
    assert deadline.extended and deadline.overdue and deadline.days_left == -2
    answered = deadline_of(dt.date(2026, 3, 10), None, dt.date(2026, 4, 13), dt.date(2026, 6, 12))
    assert not answered.open and answered.answered_late and not answered.overdue


def test_an_extension_after_the_first_month_is_refused() -> None:
    data = RequestData(
        volunteer_id=1,
        received_on=dt.date(2026, 3, 10),
        extended_on=dt.date(2026, 4, 14),
        extension_reason="x",
    )
    with pytest.raises(ValidationErrors) as caught:
        validate_request(data, TODAY)
    assert "10.04.2026" in caught.value.by_field()["extended_on"]


def test_the_form_names_what_is_missing() -> None:
    with pytest.raises(ValidationErrors) as caught:
        validate_request(RequestData(subject="other", answer="Wysłano kopię."), TODAY)
    assert set(caught.value.by_field()) == {"requester", "received_on"}
    with pytest.raises(ValidationErrors) as future:
        validate_request(RequestData(volunteer_id=1, received_on=TODAY + dt.timedelta(days=1)), TODAY)
    assert "przyszłą" in future.value.by_field()["received_on"]


def test_requests_are_registered_audited_and_shown_when_due(db: Database) -> None:
    (volunteer_id,) = add_people(db, "Kowalska Anna")
    client_id = save(db, client_row("K-001"))
    late = create_request(
        db, RequestData(volunteer_id=volunteer_id, received_on=dt.date(2026, 10, 20)), today=TODAY
    )
    soon = create_request(
        db,
        RequestData(kind="erasure", subject="client", client_id=client_id, received_on=dt.date(2026, 11, 6)),
        today=TODAY,
    )
    later = create_request(
        db, RequestData(subject="other", requester="Jan Obcy", received_on=dt.date(2026, 11, 30)), today=TODAY
    )
    assert [row.id for row in requests_due(db, TODAY)] == [late, soon]
    assert [row.id for row in list_requests(db, TODAY)] == [late, soon, later]
    groups = {group.key: group for group in dashboard_data(db, today=TODAY).attention}
    items = groups["privacy_requests"].items
    assert [(item.kind, item.record_id) for item in items] == [
        ("volunteer", volunteer_id),
        ("client", client_id),
    ]
    assert "Kowalska Anna" in items[0].text and "K-001" in items[1].text
    assert "20.11.2026" in items[0].text

    data = get_request(db, late)
    data.answered_on, data.answer = TODAY, "Przekazano kopię danych."
    update_request(db, late, data, today=TODAY)
    assert [row.id for row in requests_due(db, TODAY)] == [soon]
    with db.session() as session:
        fields = set(
            session.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity == "privacy_request", AuditEntry.entity_id == late
                )
            )
        )
    assert {"received_on", "answered_on", "answer"} <= fields
