"""The assignment gates, checked in the core: agreement, child-protection vetting, readiness,
the volunteer's and client's status; warnings for double booking and the like; the need's
status following its assignment."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.assignments import (
    AssignmentData,
    AssignmentWarnings,
    ScheduleSlot,
    assignment_for_need,
    create_assignment,
    end_assignment,
    get_assignment,
    update_assignment,
)
from coordinator_app.core.clients import waiting_list
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, AuditEntry, Need
from tests.work_helpers import TODAY, activity, add_client_with_need, add_volunteer, gmina


def _data(db: Database, volunteer_id: int, need_id: int, **changes: object) -> AssignmentData:
    data = assignment_for_need(db, need_id, volunteer_id, today=TODAY)
    data.date_to = dt.date(2027, 6, 30)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _refusal(db: Database, data: AssignmentData) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        create_assignment(db, data, accept_warnings=True, today=TODAY)
    with db.session() as s:
        assert s.scalar(select(Assignment.id)) is None  # nothing saved
    return caught.value.by_field()


def test_a_valid_assignment_is_saved_numbered_and_matches_its_need(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    anna = add_volunteer(db, "Nowak Anna")
    assignment_id = create_assignment(db, _data(db, anna, need), today=TODAY)
    with db.session() as s:
        row = s.get_one(Assignment, assignment_id)
        assert row.number == "PRZ/1/2026"
        assert row.agreement_id is not None and row.involves_minors is False
        assert s.get_one(Need, need).status == "matched"
    assert waiting_list(db, today=TODAY) == []


def test_no_assignment_without_an_agreement_covering_its_period(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    none = add_volunteer(db, "Bez Porozumienia", agreement=None)
    errors = _refusal(db, _data(db, none, need))
    assert errors["agreement"].startswith("Brak ważnego porozumienia z osobą Porozumienia Bez")
    short = add_volunteer(db, "Krótkie Porozumienie", agreement=(dt.date(2026, 1, 1), dt.date(2026, 12, 31)))
    errors = _refusal(db, _data(db, short, need))
    assert "31.12.2026" in errors["agreement"]
    # Within the agreement's period it passes.
    assert create_assignment(db, _data(db, short, need, date_to=dt.date(2026, 12, 31)), today=TODAY)


def test_minors_need_a_complete_vetting_and_the_refusal_says_what_is_missing(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "EDU")
    unvetted = add_volunteer(db, "Zieliński Jan", trained=("induction", "child_protection"))
    errors = _refusal(db, _data(db, unvetted, need))
    assert "weryfikacja osoby Jan Zieliński" in errors["vetting"]
    assert "RSPTS" in errors["vetting"]
    vetted = add_volunteer(db, "Kowalska Ewa", trained=("induction", "child_protection"), vetted=True)
    assignment_id = create_assignment(db, _data(db, vetted, need), today=TODAY)
    with db.session() as s:
        assert s.get_one(Assignment, assignment_id).involves_minors is True


def test_children_in_the_clients_household_make_it_involve_minors(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "ZAK", children_in_household=True)
    anna = add_volunteer(db, "Nowak Anna")
    assert "vetting" in _refusal(db, _data(db, anna, need))


def test_the_coordinator_may_override_missing_vetting_with_a_reason_which_is_audited(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "ZAK", children_in_household=True)
    anna = add_volunteer(db, "Nowak Anna")
    data = _data(
        db, anna, need, vetting_override_reason="Zaświadczenie z KRK złożone, czekamy na wydruk RSPTS"
    )
    assignment_id = create_assignment(db, data, accept_warnings=True, today=TODAY)
    with db.session() as s:
        reason = s.scalar(
            select(AuditEntry.reason).where(
                AuditEntry.action == "override", AuditEntry.entity_id == assignment_id
            )
        )
    assert reason is not None and reason.startswith("Zaświadczenie z KRK złożone") and "RSPTS" in reason


def test_an_entry_found_in_a_register_cannot_be_overridden(db: Database) -> None:
    from coordinator_app.db.models import Vetting

    places = gmina(db)
    _client, need = add_client_with_need(db, places, "ZAK", children_in_household=True)
    anna = add_volunteer(db, "Nowak Anna", vetted=True)
    with db.session() as s:
        s.scalars(select(Vetting).where(Vetting.volunteer_id == anna)).one().rspts_entry_found = True
    errors = _refusal(db, _data(db, anna, need, vetting_override_reason="proszę"))
    assert errors["vetting"].startswith("Anna Nowak nie może pracować z małoletnimi")
    with db.session() as s:  # the refusal showed criminal-record data: that showing is audited
        views = s.execute(
            select(AuditEntry.entity_id, AuditEntry.reason).where(AuditEntry.action == "view")
        ).all()
    assert views == [(anna, "vetting: assignment gate")]


def test_missing_required_training_is_refused(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    untrained = add_volunteer(db, "Nowy Piotr", trained=())
    errors = _refusal(db, _data(db, untrained, need))
    assert errors["training"] == (
        "Piotr Nowy nie ukończył(a) szkoleń wymaganych do działania "
        "„Dotrzymywanie towarzystwa, rozmowa, wspólne czytanie”: wdrożeniowe."
    )


def test_only_active_volunteers_and_clients(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    suspended = add_volunteer(db, "Zawieszona Ola", status="suspended")
    errors = _refusal(db, _data(db, suspended, need))
    assert "nie jest aktywnym wolontariuszem" in errors["volunteer_id"]


def test_double_booking_is_a_warning_the_coordinator_confirms(db: Database) -> None:
    places = gmina(db)
    _c1, need1 = add_client_with_need(db, places)
    _c2, need2 = add_client_with_need(db, places, "ZAK", first_name="Maria")
    anna = add_volunteer(db, "Nowak Anna")
    tuesday = [ScheduleSlot(1, dt.time(16), dt.time(18))]
    create_assignment(db, _data(db, anna, need1, schedule=tuesday), today=TODAY)
    overlapping = _data(db, anna, need2, schedule=[ScheduleSlot(1, dt.time(17), dt.time(19), True)])
    with pytest.raises(AssignmentWarnings) as caught:
        create_assignment(db, overlapping, today=TODAY)
    assert any("nakłada się na przydział PRZ/1/2026: wtorek 16:00–18:00" in w for w in caught.value.warnings)
    assert any("co drugi tydzień" in w for w in caught.value.warnings)
    create_assignment(db, overlapping, accept_warnings=True, today=TODAY)
    # A different day is no clash.
    _c3, need3 = add_client_with_need(db, places, "SPA", first_name="Zofia")
    create_assignment(
        db, _data(db, anna, need3, schedule=[ScheduleSlot(2, dt.time(16), dt.time(18))]), today=TODAY
    )


def test_ending_is_never_refused_and_reopens_or_closes_the_need(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    anna = add_volunteer(db, "Nowak Anna")
    assignment_id = create_assignment(db, _data(db, anna, need), today=TODAY)
    with db.session() as s:  # the agreement ends early: the assignment could not be saved now
        from coordinator_app.db.models import Agreement

        s.scalars(select(Agreement)).one().terminated_on = TODAY
    end_assignment(db, assignment_id, TODAY + dt.timedelta(days=3), "Wyjazd wolontariuszki", today=TODAY)
    stored = get_assignment(db, assignment_id)
    assert stored.status == "ended" and stored.end_reason == "Wyjazd wolontariuszki"
    assert [n.need_id for n in waiting_list(db, today=TODAY)] == [need]  # back on the list


def test_an_ended_assignment_needs_a_reason_and_date(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    anna = add_volunteer(db, "Nowak Anna")
    assignment_id = create_assignment(db, _data(db, anna, need), today=TODAY)
    data = get_assignment(db, assignment_id)
    data.status, data.date_to, data.end_reason = "ended", None, None
    with pytest.raises(ValidationErrors) as caught:
        update_assignment(db, assignment_id, data, today=TODAY)
    assert set(caught.value.by_field()) == {"date_to", "end_reason"}


def test_group_assignment_needs_no_client_but_individual_does(db: Database) -> None:
    gmina(db)
    anna = add_volunteer(db, "Nowak Anna")
    data = AssignmentData(
        volunteer_id=anna,
        activity_type_id=activity(db, "IMP"),
        form="event",
        date_from=TODAY,
        date_to=TODAY,
        place="Festyn w Łąkiem",
    )
    assert create_assignment(db, data, accept_warnings=True, today=TODAY)
    data.form = "individual"
    with pytest.raises(ValidationErrors) as caught:
        create_assignment(db, data, accept_warnings=True, today=TODAY)
    assert caught.value.by_field()["client_id"] == "Pomoc indywidualna wymaga wskazania podopiecznego."


def test_changes_are_audited_field_by_field(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    anna = add_volunteer(db, "Nowak Anna")
    assignment_id = create_assignment(db, _data(db, anna, need), today=TODAY)
    data = get_assignment(db, assignment_id)
    data.place, data.planned_minutes_per_month = "świetlica", 480
    data.schedule = [ScheduleSlot(3, dt.time(10), dt.time(12))]
    update_assignment(db, assignment_id, data, accept_warnings=True, today=TODAY)
    with db.session() as s:
        changed = set(
            s.scalars(
                select(AuditEntry.field).where(
                    AuditEntry.entity == "assignment",
                    AuditEntry.entity_id == assignment_id,
                    AuditEntry.action == "update",
                )
            )
        )
    assert changed == {"place", "planned_minutes_per_month", "schedule"}
