"""A restricted person leaves matching, lists (unless asked), exports and batch printing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.clients.queries import list_clients, waiting_list
from coordinator_app.core.dictionaries.picklists import client_options, volunteer_options
from coordinator_app.core.issuing.batch import issuing_batch, thanks_targets, timesheet_targets
from coordinator_app.core.matching.data import NeedNotFoundForMatching
from coordinator_app.core.matching.queries import load_match_inputs
from coordinator_app.core.privacy.access import PersonNotFound, PersonRef, PersonRole
from coordinator_app.core.privacy.restriction import marked
from coordinator_app.core.privacy.restriction_service import (
    lift_restriction,
    restriction_state,
    set_restriction,
)
from coordinator_app.core.reports.dashboard import dashboard_data
from coordinator_app.core.trainings.sheet import attendance_sheet
from coordinator_app.core.validation import FieldError
from coordinator_app.core.volunteers.queries import list_volunteers
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from tests.factories.records import (
    TODAY,
    activity_id,
    add_people,
    agreement_row,
    assignment_row,
    attendance_row,
    client_row,
    hours_row,
    need_row,
    save,
    training_row,
)


def _people(db: Database) -> tuple[int, int, int, int]:
    kept, restricted = add_people(db, "Kowalska Anna", "Nowak Piotr")
    client_id = save(db, client_row("K-001"))
    need_id = save(db, need_row(client_id, activity_id(db, "TOW")))
    for vid in (kept, restricted):
        agreement = save(db, agreement_row(vid, f"W/{vid}/2026"))
        save(db, assignment_row(vid, agreement, activity_id(db, "TOW")))
        save(db, hours_row(vid, dt.date(2026, 3, 5), 120, activity_id(db, "TOW")))
    return kept, restricted, client_id, need_id


def test_a_restricted_volunteer_leaves_matching_lists_and_batches(db: Database) -> None:
    kept, restricted, _client, need_id = _people(db)
    person = PersonRef(PersonRole.VOLUNTEER, restricted)
    set_restriction(db, person, "Kwestionuje prawidłowość danych.", on=TODAY)

    assert [v.id for v in load_match_inputs(db, need_id, TODAY).volunteers] == [kept]
    rows = {row.id: row for row in list_volunteers(db, today=TODAY)}
    assert rows[restricted].restricted and not rows[kept].restricted
    assert thanks_targets(db, 2026) == [kept]
    month_ids = timesheet_targets(db, Month(2026, 3))
    assert len(month_ids) == 1
    with issuing_batch(db, "thanks", [restricted], on=TODAY) as run:
        assert list(run.documents()) == []
    assert run.skipped == ["Piotr Nowak: przetwarzanie danych jest ograniczone (art. 18 RODO)"]

    state = restriction_state(db, person)
    assert state.restricted and state.reason == "Kwestionuje prawidłowość danych."
    lift_restriction(db, person)
    assert not restriction_state(db, person).restricted
    assert sorted(v.id for v in load_match_inputs(db, need_id, TODAY).volunteers) == [kept, restricted]
    with db.session() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.entity == "volunteer", AuditEntry.entity_id == restricted
            )
        ).all()
    assert "restrict" in actions and "lift_restriction" in actions


def test_a_restricted_clients_needs_are_not_matched(db: Database) -> None:
    _kept, _restricted, client_id, need_id = _people(db)
    assert [need.need_id for need in waiting_list(db, today=TODAY)] == [need_id]
    set_restriction(db, PersonRef(PersonRole.CLIENT, client_id), "Sprzeciw.", on=TODAY)
    assert waiting_list(db, today=TODAY) == []
    with pytest.raises(NeedNotFoundForMatching):
        load_match_inputs(db, need_id, TODAY)
    (row,) = list_clients(db, today=TODAY)
    assert row.restricted


def test_a_restriction_needs_a_reason_and_a_person(db: Database) -> None:
    (vid,) = add_people(db, "Kowalska Anna")
    with pytest.raises(FieldError) as caught:
        set_restriction(db, PersonRef(PersonRole.VOLUNTEER, vid), "  ", on=TODAY)
    assert "przyczynę" in caught.value.message
    with pytest.raises(PersonNotFound):
        set_restriction(db, PersonRef(PersonRole.GUARDIAN, vid), "Sprzeciw.", on=TODAY)  # no guardian
    assert marked("Kowalska Anna", True) == "Kowalska Anna (przetwarzanie ograniczone)"
    assert marked("Kowalska Anna", False) == "Kowalska Anna"


def test_a_restricted_volunteer_leaves_the_attendance_sheet(db: Database) -> None:
    kept, restricted = add_people(db, "Kowalska Anna", "Nowak Piotr")
    session_id = save(db, training_row())
    for vid in (kept, restricted):
        save(db, attendance_row(session_id, vid))
    set_restriction(db, PersonRef(PersonRole.VOLUNTEER, restricted), "Sprzeciw.", on=TODAY)
    sheet = attendance_sheet(db, session_id)
    assert [row.full_name for row in sheet.rows] == ["Kowalska Anna"]


def test_a_restricted_person_cannot_be_given_a_new_assignment(db: Database) -> None:
    kept, restricted, client_id, _need = _people(db)
    other_client = save(db, client_row("K-002"))
    set_restriction(db, PersonRef(PersonRole.VOLUNTEER, restricted), "Sprzeciw.", on=TODAY)
    set_restriction(db, PersonRef(PersonRole.CLIENT, client_id), "Sprzeciw.", on=TODAY)
    assert [option.id for option in volunteer_options(db)] == [kept]
    assert [option.id for option in client_options(db)] == [other_client]
    assert restricted in [option.id for option in volunteer_options(db, restricted)]  # an existing record


def test_a_restricted_volunteer_is_not_listed_as_waiting_for_work(db: Database) -> None:
    kept, restricted = add_people(db, "Kowalska Anna", "Nowak Piotr")
    set_restriction(db, PersonRef(PersonRole.VOLUNTEER, restricted), "Sprzeciw.", on=TODAY)
    groups = {group.key: group for group in dashboard_data(db, today=TODAY).attention}
    assert [item.record_id for item in groups["without_assignment"].items] == [kept]
