"""The first-run checklist read from the database, why matching found nobody, and activating a
candidate once the agreement is signed (recorded in the status history)."""

from __future__ import annotations

from sqlalchemy import select

from coordinator_app.core.matching import match_need
from coordinator_app.core.reports.first_steps import STEP_KEYS, empty_match_reason, first_steps
from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.core.volunteers.activation import activate_volunteer, activation_offer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    Organisation,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerStatusChange,
)
from tests.factories import (
    TODAY,
    TOW,
    add_agreement,
    add_people,
    agreement_row,
    assignment_row,
    attendance_row,
    client_row,
    hours_row,
    need_row,
    save,
    session_of,
    staff_row,
    training_row,
    village_row,
    volunteer,
)


def done(db: Database) -> dict[str, bool]:
    return {step.key: step.done for step in first_steps(db)}


def test_an_empty_database_has_every_step_ahead(db: Database) -> None:
    steps = first_steps(db)
    assert [step.key for step in steps] == list(STEP_KEYS)
    assert not any(step.done for step in steps)
    assert steps[0].title == "Dane organizacji"
    assert all(step.hint for step in steps)


def test_each_step_ticks_off_with_its_record(db: Database) -> None:
    with session_of(db) as session:
        organisation = session.get(Organisation, 1)
        assert organisation is not None
        organisation.full_name = "Gminny Ośrodek Pomocy Społecznej w Modrzewie"
    save(db, staff_row("Kowal Jan"))  # not a social worker: clients still cannot be saved
    assert done(db)["organisation"] and not done(db)["staff"]
    save(db, staff_row("Nowak Anna", is_social_worker=True))
    save(db, village_row("Modrzewo"))
    candidate = add_people(db, "Lis Ewa", status="candidate")[0]
    assert [k for k, v in done(db).items() if v] == ["organisation", "staff", "villages", "volunteer"]
    session_id = save(db, training_row())
    other = add_people(db, "Sowa Ola", status="candidate")[0]
    save(db, attendance_row(session_id, other, status="absent"))
    assert not done(db)["training"]  # being absent trains nobody
    save(db, attendance_row(session_id, candidate))
    client = save(db, client_row("P-1"))
    steps = {step.key: step for step in first_steps(db)}
    assert steps["training"].done and not steps["client"].done
    assert steps["client"].record_id == client  # the client still without a need
    assert steps["agreement"].record_id == candidate
    save(db, need_row(client, TOW))
    agreement = save(db, agreement_row(candidate, "1/2026"))
    steps = {step.key: step for step in first_steps(db)}
    assert steps["client"].done and steps["agreement"].done and not steps["activation"].done
    assert steps["activation"].record_id == candidate
    active = add_people(db, "Wrona Adam")[0]
    save(db, assignment_row(active, agreement, TOW))
    save(db, hours_row(active, TODAY, 60, TOW))
    assert all(done(db).values())


def test_empty_matching_says_why_and_what_next(db: Database) -> None:
    client = save(db, client_row("P-1"))
    need = save(db, need_row(client, TOW))
    match = match_need(db, need, today=TODAY)
    assert match.considered == 0
    assert "Nie ma jeszcze żadnego wolontariusza" in (empty_match_reason(db, match) or "")
    add_people(db, "Lis Ewa", "Sowa Ola", status="candidate")
    reason = empty_match_reason(db, match_need(db, need, today=TODAY)) or ""
    assert "Nikt nie jest jeszcze aktywny: 2 osoby mają status kandydata" in reason
    assert "„aktywny”" in reason
    active = add_people(db, "Wrona Adam")[0]
    save(
        db,
        VolunteerActivityPreference(volunteer_id=active, activity_type_id=TOW, excluded=True),
    )
    reason = empty_match_reason(db, match_need(db, need, today=TODAY)) or ""
    assert reason.startswith("Aktywnych wolontariuszy: 1 – każdy z nich wykluczył")
    with session_of(db) as session:
        session.query(VolunteerActivityPreference).delete()
    assert empty_match_reason(db, match_need(db, need, today=TODAY)) is None


def test_a_signed_candidate_is_offered_activation_and_it_is_recorded(db: Database) -> None:
    worker = save(db, staff_row("Nowak Anna", is_signatory=True))
    candidate = create_volunteer(db, volunteer(status="candidate"), today=TODAY)
    assert activation_offer(db, candidate) is None  # no agreement yet
    agreement = add_agreement(db, candidate, worker)
    assert activation_offer(db, candidate) is None  # drawn up, not signed
    with session_of(db) as session:
        row = session.get(Volunteer, candidate)
        assert row is not None
        name = f"{row.first_name} {row.last_name}"
        signed = session.get(Agreement, agreement)
        assert signed is not None
        signed.signed_by_volunteer_on = TODAY
    assert activation_offer(db, candidate) == name
    activate_volunteer(db, candidate, today=TODAY)
    assert activation_offer(db, candidate) is None
    with session_of(db) as session:
        row = session.get(Volunteer, candidate)
        assert row is not None and row.status == "active" and row.start_date == TODAY
        change = session.scalars(
            select(VolunteerStatusChange).where(VolunteerStatusChange.new_status == "active")
        ).one()
        assert (change.old_status, change.changed_on, change.reason) == (
            "candidate",
            TODAY,
            "Podpisanie porozumienia",
        )
