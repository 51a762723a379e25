"""Readiness rules: what each activity type requires, and who becomes ready when."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event, select

from coordinator_app.core.trainings import (
    ReadinessOverview,
    add_attendees,
    completed_categories,
    missing_for_activity,
    readiness,
    readiness_overview,
    requirement_rules,
    set_attendance,
    set_requirements,
)
from coordinator_app.core.volunteers import list_volunteers
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, AuditEntry
from tests.factories import TODAY, add_people, add_session


def activity_id(db: Database, code: str) -> int:
    with db.session() as s:
        return s.scalars(select(ActivityType.id).where(ActivityType.code == code)).one()


def by_code(db: Database, volunteer_id: int) -> dict[str, tuple[str, ...]]:
    return {a.code: a.missing for a in readiness(db, volunteer_id, TODAY)}


def test_default_rules_induction_everywhere_and_child_protection_with_minors(db: Database) -> None:
    rules = {r.code: r.categories for r in requirement_rules(db)}
    assert len(rules) == 16
    assert all("induction" in categories for categories in rules.values())
    assert {code for code, c in rules.items() if "child_protection" in c} == {"EDU", "CZW"}
    assert rules["TOW"] == {"induction"}


def test_volunteer_becomes_ready_after_the_needed_sessions(db: Database) -> None:
    (anna,) = add_people(db, "Łęcka Anna")
    assert by_code(db, anna)["TOW"] == ("induction",)
    assert by_code(db, anna)["EDU"] == ("induction", "child_protection")
    assert not any(a.ready for a in readiness(db, anna, TODAY))

    induction = add_session(db)
    add_attendees(db, induction, [anna], today=TODAY)  # after the meeting: present, whole session
    missing = by_code(db, anna)
    assert missing["TOW"] == () and missing["EDU"] == ("child_protection",)
    assert sum(1 for a in readiness(db, anna, TODAY) if a.ready) == 14

    standards = add_session(
        db, title="Standardy ochrony małoletnich", category="child_protection", duration_unit="lesson45"
    )
    add_attendees(db, standards, [anna], today=TODAY)
    assert all(a.ready for a in readiness(db, anna, TODAY))
    assert completed_categories(db, anna, TODAY) == {"induction", "child_protection"}
    assert missing_for_activity(db, anna, activity_id(db, "EDU"), TODAY) == ()


def test_partly_counts_only_from_three_quarters_and_absent_never(db: Database) -> None:
    ewa, jan, ola, piotr = add_people(db, "Żak Ewa", "Zych Jan", "Nowak Ola", "Lis Piotr")
    induction = add_session(db)  # 180 minutes
    add_attendees(db, induction, [ewa, jan, ola, piotr], today=TODAY)
    set_attendance(db, induction, ewa, "partly", 134)  # just under 75%
    set_attendance(db, induction, jan, "partly", 135)  # exactly 75%
    set_attendance(db, induction, ola, "absent")
    set_attendance(db, induction, piotr, "registered")
    assert completed_categories(db, ewa, TODAY) == set()
    assert completed_categories(db, jan, TODAY) == {"induction"}
    assert completed_categories(db, ola, TODAY) == set()
    assert completed_categories(db, piotr, TODAY) == set()
    overview = readiness_overview_of(db)
    assert overview.ready_for(ewa) == () and len(overview.ready_for(jan)) == 14


def test_a_session_still_to_come_completes_nothing(db: Database) -> None:
    (anna,) = add_people(db, "Łęcka Anna")
    later = add_session(db, session_date=TODAY + dt.timedelta(days=3))
    add_attendees(db, later, [anna], today=TODAY)
    set_attendance(db, later, anna, "present")  # marked too early by mistake
    assert completed_categories(db, anna, TODAY) == set()


def test_coordinator_changes_the_rules(db: Database) -> None:
    (anna,) = add_people(db, "Łęcka Anna")
    tow, edu = activity_id(db, "TOW"), activity_id(db, "EDU")
    set_requirements(db, {tow: set(), edu: {"induction", "child_protection", "first_aid"}})
    rules = {r.code: r.categories for r in requirement_rules(db)}
    assert rules["TOW"] == set() and rules["EDU"] == {"induction", "child_protection", "first_aid"}
    missing = by_code(db, anna)
    assert missing["TOW"] == ()  # no requirement: open to everyone
    assert missing["EDU"] == ("induction", "child_protection", "first_aid")
    with db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "activity_type")).all()
    assert {e.entity_id for e in entries} == {tow, edu}


def readiness_overview_of(db: Database) -> ReadinessOverview:
    with db.session() as s:
        return readiness_overview(s, TODAY)


def test_whole_list_readiness_takes_two_queries_whatever_the_number(db: Database) -> None:
    people = add_people(db, *(f"Nowak{i} Jan" for i in range(60)))
    induction = add_session(db)
    add_attendees(db, induction, people[:40], today=TODAY)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        overview = readiness_overview_of(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2  # the rules, and the completed (volunteer, category) pairs
    assert overview.activity_count == 16
    assert len(overview.ready_for(people[0])) == 14 and overview.ready_for(people[59]) == ()
    for volunteer_id in people[::7]:  # the whole-list answer agrees with the one-volunteer answer
        assert overview.ready_for(volunteer_id) == tuple(
            a.code for a in readiness(db, volunteer_id, TODAY) if a.ready
        )


def test_the_volunteer_list_carries_readiness(db: Database) -> None:
    trained, fresh = add_people(db, "Łęcka Anna", "Żak Ewa")
    add_attendees(db, add_session(db), [trained], today=TODAY)
    rows = {row.id: row for row in list_volunteers(db, today=TODAY)}
    assert rows[trained].activity_count == 16 and len(rows[trained].ready_codes) == 14
    assert "EDU" not in rows[trained].ready_codes and "TOW" in rows[trained].ready_codes
    assert rows[fresh].ready_codes == ()
