"""Attendance into confirmed hours (idempotent, unticking removes, closed months refused) and
the action's summary."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core import validation as v
from coordinator_app.core.actions import (
    ActionError,
    AttendanceMark,
    action_summary,
    attendance_to_hours,
    get_action,
    save_attendance,
    set_status,
    sign_up,
)
from coordinator_app.core.hours.months import close_month
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActionSignup, HoursEntry, Volunteer
from tests.agreement_helpers import add_signatory
from tests.factories import TOW, add_people, agreement_row, assignment_row, save
from tests.factories.actions import ACTION_DAY, add_action, add_partner

AFTER = ACTION_DAY + dt.timedelta(days=2)


def _setup(db: Database) -> tuple[int, list[int], list[int]]:
    action_id = add_action(db)
    morning, afternoon = (s.id for s in get_action(db, action_id).shifts)
    people = add_people(db, "Nowak Jan", "Lis Ewa", "Wójcik Piotr")
    signups = [
        sign_up(db, morning, people[0], today=AFTER)[0],
        sign_up(db, morning, people[1], today=AFTER)[0],
        sign_up(db, afternoon, people[2], today=AFTER)[0],
    ]
    return action_id, people, signups


def _entries(db: Database) -> list[tuple[int, int, str | None, dt.time | None, str, int | None]]:
    with db.session() as s:
        return [
            (e.volunteer_id, e.minutes, e.description, e.time_from, e.status, e.assignment_id)
            for e in s.scalars(select(HoursEntry).order_by(HoursEntry.volunteer_id))
        ]


def test_attendance_becomes_one_confirmed_entry_per_signup_once(db: Database) -> None:
    action_id, people, signups = _setup(db)
    save_attendance(
        db,
        [
            AttendanceMark(signups[0], True),
            AttendanceMark(signups[1], True, 150),
            AttendanceMark(signups[2], False),
        ],
    )
    result = attendance_to_hours(db, action_id, today=AFTER)
    assert (result.created, result.removed, result.pending) == (2, 0, 0)
    name = "Świąteczna zbiórka żywności"
    assert _entries(db) == [
        (people[0], 240, name, dt.time(9), "confirmed", None),
        (people[1], 150, name, dt.time(9), "confirmed", None),
    ]
    with db.session() as s:
        entry = s.scalars(select(HoursEntry).where(HoursEntry.volunteer_id == people[0])).one()
        assert (entry.activity_type_id, entry.work_date, entry.source) == (TOW, ACTION_DAY, "coordinator")
        assert entry.place == "Mnichowo, sklep „Groszek”"
        assert s.get(ActionSignup, signups[0]).hours_entry_id == entry.id  # type: ignore[union-attr]
    again = attendance_to_hours(db, action_id, today=AFTER)
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert len(_entries(db)) == 2
    set_status(db, action_id, "done")
    assert get_action(db, action_id).data.status == "done"


def test_unticking_removes_and_changed_minutes_update(db: Database) -> None:
    action_id, people, signups = _setup(db)
    save_attendance(db, [AttendanceMark(s, True) for s in signups])
    attendance_to_hours(db, action_id, today=AFTER)
    save_attendance(db, [AttendanceMark(signups[0], False), AttendanceMark(signups[2], True, 60)])
    result = attendance_to_hours(db, action_id, today=AFTER)
    assert (result.created, result.updated, result.removed) == (0, 1, 1)
    assert [(vid, minutes) for vid, minutes, *_ in _entries(db)] == [(people[1], 240), (people[2], 60)]
    with db.session() as s:
        assert s.get(ActionSignup, signups[0]).hours_entry_id is None  # type: ignore[union-attr]


def test_minutes_longer_than_the_shift_are_refused(db: Database) -> None:
    _action_id, _people, signups = _setup(db)
    with pytest.raises(v.ValidationErrors) as caught:
        save_attendance(db, [AttendanceMark(signups[0], True, 300)])
    assert "240 min" in caught.value.by_field()[f"signup:{signups[0]}"]


def test_closed_month_is_refused_with_a_clear_message(db: Database) -> None:
    action_id, _people, signups = _setup(db)
    save_attendance(db, [AttendanceMark(signups[0], True)])
    close_month(db, ACTION_DAY, today=dt.date(2027, 1, 5))
    with pytest.raises(ActionError) as caught:
        attendance_to_hours(db, action_id, today=dt.date(2027, 1, 5))
    assert "12.2026" in str(caught.value) and "zamknięty" in str(caught.value)
    assert _entries(db) == []


def test_summary_counts_people_hours_partners_and_who_stayed(db: Database) -> None:
    school = add_partner(db, short_name="SP Mnichowo")
    action_id, people, signups = _setup(db)
    with db.session() as s:
        teen = s.get(Volunteer, people[2])
        assert teen is not None
        teen.birth_date, teen.guardian_consent_date = dt.date(2011, 1, 1), dt.date(2026, 11, 1)
        teen.registered_at_action_id, teen.partner_id = action_id, school
        s.get(Volunteer, people[1]).registered_at_action_id = action_id  # type: ignore[union-attr]
    staff = add_signatory(db)
    agreement = save(db, agreement_row(people[1], "P/1/2026", representative_id=staff))
    save(db, assignment_row(people[1], agreement, TOW, date_from=dt.date(2027, 1, 10)))
    save_attendance(db, [AttendanceMark(signups[0], True), AttendanceMark(signups[2], True, 90)])
    attendance_to_hours(db, action_id, today=AFTER)
    summary = action_summary(db, action_id)
    assert (summary.volunteers, summary.adults, summary.minors, summary.attended) == (3, 2, 1, 2)
    assert summary.minutes == 240 + 90
    assert summary.partners == ("SP Mnichowo",)
    assert (summary.new_volunteers, summary.stayed, summary.one_off) == (2, 1, 2)
