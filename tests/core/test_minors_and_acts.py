"""Issue 12, points 5 and 6, in the core: the agreed notice period and the notice recorded
with a termination, the signatory in office and the name borne on the day of an act, the
under-13 home-visit refusal and the school-hours warning of the assignment gate, and the
statement on countries of residence asked of everyone when the setting says so."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core import settings
from coordinator_app.core.agreements import TerminationData, terminate_agreement
from coordinator_app.core.agreements.notice import agreed_notice_days, notice_days_in_terms, notice_shortfall
from coordinator_app.core.assignments import (
    AssignmentData,
    AssignmentWarnings,
    ScheduleSlot,
    create_assignment,
)
from coordinator_app.core.assignments.minors import school_hours_slots
from coordinator_app.core.issuing.dated import in_office, signatory_id_on
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.core.vetting.data import VettingData
from coordinator_app.core.vetting.rules import Gap, evaluate, gap_items
from coordinator_app.core.volunteers import get_volunteer, update_volunteer
from coordinator_app.core.volunteers.names import name_on
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, Staff, Volunteer
from tests.factories import session_of, staff_row
from tests.work_helpers import TODAY, add_client_with_need, add_volunteer, gmina

SCHOOL = (8 * 60, 15 * 60, 7, 8)


def codes(gaps: list[Gap]) -> set[str]:
    return {code for code, _day in gaps}


@pytest.mark.parametrize(
    ("terms", "days"),
    [
        ("Każda ze stron może rozwiązać porozumienie z zachowaniem 7-dniowego okresu wypowiedzenia", 7),
        ("z zachowaniem dwutygodniowego okresu wypowiedzenia", 14),
        ("za jednomiesięcznym wypowiedzeniem", 30),
        ("wypowiedzenie z zachowaniem 14 dni", 14),
        ("Porozumienie wygasa z upływem okresu.", None),
    ],
)
def test_the_notice_period_is_read_from_the_clause(terms: str, days: int | None) -> None:
    assert notice_days_in_terms(terms) == days


def test_the_stored_notice_period_wins_and_the_default_is_the_templates() -> None:
    assert agreed_notice_days(21, "z zachowaniem 7-dniowego okresu wypowiedzenia") == 21
    assert agreed_notice_days(None, "bez klauzuli") == 7
    assert notice_shortfall(dt.date(2026, 3, 1), dt.date(2026, 3, 5), 7) == 3
    assert notice_shortfall(dt.date(2026, 3, 1), dt.date(2026, 3, 8), 7) == 0


def _agreement_of(db: Database, volunteer_id: int) -> int:
    with session_of(db) as s:
        row = s.query(Agreement).filter_by(volunteer_id=volunteer_id).one()
        return row.id


def test_a_termination_records_the_notice_and_warns_when_it_is_short(db: Database) -> None:
    anna = add_volunteer(db, "Nowak Anna")
    agreement = _agreement_of(db, anna)
    data = TerminationData(
        dt.date(2026, 3, 10), "volunteer_notice", notice_given_on=dt.date(2026, 3, 6), notice_delivery="email"
    )
    result = terminate_agreement(db, agreement, data, today=TODAY)
    short = [w for w in result.warnings if w.code == "notice_too_short"]
    assert len(short) == 1 and "7" in short[0].message
    with session_of(db) as s:
        row = s.get_one(Agreement, agreement)
        assert (row.notice_given_on, row.notice_given_by, row.notice_delivery) == (
            dt.date(2026, 3, 6),
            "volunteer",
            "email",
        )


def test_a_notice_that_keeps_the_period_gives_no_warning_and_wrong_dates_are_refused(db: Database) -> None:
    anna = add_volunteer(db, "Nowak Anna")
    agreement = _agreement_of(db, anna)
    with pytest.raises(ValidationErrors) as caught:
        terminate_agreement(
            db,
            agreement,
            TerminationData(dt.date(2026, 3, 10), "ops_notice", notice_given_on=dt.date(2026, 3, 11)),
        )
    assert "notice_given_on" in caught.value.by_field()
    data = TerminationData(dt.date(2026, 3, 10), "ops_notice", notice_given_on=dt.date(2026, 3, 3))
    result = terminate_agreement(db, agreement, data, today=TODAY)
    assert "notice_too_short" not in {w.code for w in result.warnings}
    with session_of(db) as s:
        assert s.get_one(Agreement, agreement).notice_given_by == "ops"


def test_the_signatory_in_office_on_the_day(db: Database) -> None:
    with session_of(db) as s:
        old = staff_row("Stara Ewa", is_signatory=True)
        old.role_valid_to = dt.date(2025, 12, 31)
        new = staff_row("Nowa Ada", is_signatory=True)
        new.role_valid_from = dt.date(2026, 1, 1)
        s.add_all([old, new])
        s.flush()
        assert in_office(old, dt.date(2025, 12, 31)) and not in_office(old, dt.date(2026, 1, 1))
        assert signatory_id_on(s, old.id, dt.date(2025, 6, 1)) == old.id
        assert signatory_id_on(s, old.id, dt.date(2026, 6, 1)) == new.id
        assert signatory_id_on(s, new.id, dt.date(2025, 6, 1)) == old.id
        assert s.get(Staff, new.id) is not None


def test_a_changed_surname_is_kept_with_its_last_day(db: Database) -> None:
    anna = add_volunteer(db, "Nowak Anna")
    data = get_volunteer(db, anna)
    data.last_name = "Kowalska"
    data.id_document = "ABC123456"
    update_volunteer(db, anna, data, today=dt.date(2026, 5, 10))
    with session_of(db) as s:
        row = s.get_one(Volunteer, anna)
        assert name_on(s, row, dt.date(2026, 5, 9)) == ("Anna", "Nowak")
        assert name_on(s, row, dt.date(2026, 5, 10)) == ("Anna", "Kowalska")


def _child(db: Database, name: str) -> int:
    volunteer = add_volunteer(db, name)
    with session_of(db) as s:
        s.get_one(Volunteer, volunteer).birth_date = dt.date(2015, 4, 1)  # 10 in 2026
    return volunteer


def _data(need: int, volunteer: int, db: Database) -> AssignmentData:
    from coordinator_app.core.assignments import assignment_for_need

    data = assignment_for_need(db, need, volunteer, today=TODAY)
    data.date_to = dt.date(2026, 12, 31)
    return data


def test_a_child_under_13_goes_on_no_home_visit_without_the_adult(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "TOW")
    child = _child(db, "Mały Staś")
    with pytest.raises(ValidationErrors) as caught:
        create_assignment(db, _data(need, child, db), accept_warnings=True, today=TODAY)
    assert "home visit" in caught.value.by_field()["activity_type_id"] or "13" in str(caught.value)
    with session_of(db) as s:
        s.get_one(Agreement, _agreement_of(db, child)).minor_escort = "Piotr Mały, ojciec"
    assert create_assignment(db, _data(need, child, db), accept_warnings=True, today=TODAY)


def test_a_minors_schedule_in_school_hours_is_warned(db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "ZAK")
    child = _child(db, "Mała Zosia")
    data = _data(need, child, db)
    data.schedule = [ScheduleSlot(2, dt.time(10), dt.time(12))]
    with pytest.raises(AssignmentWarnings) as caught:
        create_assignment(db, data, today=TODAY)
    assert any("10:00–12:00" in warning for warning in caught.value.warnings)


def test_school_hours_are_school_days_outside_the_holidays() -> None:
    wednesday = ScheduleSlot(2, dt.time(10), dt.time(12))
    afternoon = ScheduleSlot(2, dt.time(15), dt.time(17))
    saturday = ScheduleSlot(5, dt.time(10), dt.time(12))
    slots = [wednesday, afternoon, saturday]
    assert school_hours_slots(slots, dt.date(2026, 9, 1), dt.date(2026, 9, 30), SCHOOL) == [wednesday]
    assert school_hours_slots(slots, dt.date(2026, 7, 1), dt.date(2026, 8, 31), SCHOOL) == []
    assert school_hours_slots(slots, dt.date(2026, 7, 1), None, SCHOOL) == [wednesday]


def test_the_residence_statement_is_asked_of_everyone_when_the_setting_says_so(db: Database) -> None:
    record = VettingData(residence_statement_date=None)
    on = dt.date(2026, 3, 1)
    code = "residence_statement_everyone"
    assert code not in codes(gap_items(record, "polskie", on))
    assert code in codes(gap_items(record, "polskie", on, everyone=True))
    assert (
        len(evaluate(record, "polskie", on, everyone=True).gaps)
        == len(evaluate(record, "polskie", on).gaps) + 1
    )
    signed = VettingData(residence_statement_date=dt.date(2026, 2, 1))
    assert code not in codes(gap_items(signed, "polskie", on, everyone=True))
    settings_store.write(db, settings.RESIDENCE_STATEMENT_FROM_EVERYONE, 1)
    assert settings_store.read(db, settings.RESIDENCE_STATEMENT_FROM_EVERYONE) == 1
