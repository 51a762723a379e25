"""Attendance: adding volunteers, marking present/absent/partly, the history and the sign-in sheet."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.trainings import (
    AttendanceInput,
    add_attendees,
    add_attendees_with_status,
    attendance_sheet,
    get_training_details,
    remove_attendee,
    save_attendance,
    set_attendance,
    training_history,
    volunteer_choices,
)
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, AuditEntry, Organisation
from tests.factories import TODAY, add_people, add_session


def lines(db: Database, session_id: int) -> dict[str, tuple[str, int | None]]:
    return {
        a.volunteer_name: (a.status, a.minutes_attended)
        for a in get_training_details(db, session_id).attendance
    }


def test_added_after_the_meeting_present_before_it_registered(db: Database) -> None:
    anna, ewa = add_people(db, "Łęcka Anna", "Żak Ewa")
    held = add_session(db)
    planned = add_session(db, session_date=TODAY + dt.timedelta(days=10))
    assert add_attendees(db, held, [anna, ewa, anna], today=TODAY) == 2
    assert add_attendees(db, held, [anna], today=TODAY) == 0, "already on the list"
    assert lines(db, held) == {"Łęcka Anna": ("present", 180), "Żak Ewa": ("present", 180)}
    add_attendees(db, planned, [anna], today=TODAY)
    assert lines(db, planned) == {"Łęcka Anna": ("registered", None)}


def test_all_volunteers_of_a_status_except_the_archived(db: Database) -> None:
    add_people(db, "Łęcka Anna", "Żak Ewa", status="candidate")
    add_people(db, "Zych Jan", status="candidate", archived=True)
    add_people(db, "Lis Piotr", status="active")
    induction = add_session(db, session_date=TODAY + dt.timedelta(days=2))
    assert add_attendees_with_status(db, induction, "candidate", today=TODAY) == 2
    assert set(lines(db, induction)) == {"Łęcka Anna", "Żak Ewa"}
    assert [c.full_name for c in volunteer_choices(db)] == ["Lis Piotr", "Łęcka Anna", "Żak Ewa"]


def test_marking_statuses_and_minutes(db: Database) -> None:
    (anna,) = add_people(db, "Łęcka Anna")
    induction = add_session(db)
    add_attendees(db, induction, [anna], status="registered")
    with pytest.raises(FieldError, match="czas obecności"):
        set_attendance(db, induction, anna, "partly")
    with pytest.raises(FieldError, match="krótsza"):
        set_attendance(db, induction, anna, "partly", 180)
    with pytest.raises(FieldError):
        set_attendance(db, induction, anna, "late")
    set_attendance(db, induction, anna, "partly", 90, "  zaliczone  ")
    assert lines(db, induction)["Łęcka Anna"] == ("partly", 90)
    set_attendance(db, induction, anna, "present")
    assert lines(db, induction)["Łęcka Anna"] == ("present", 180), "present defaults to the whole session"
    set_attendance(db, induction, anna, "absent", 60)
    assert lines(db, induction)["Łęcka Anna"] == ("absent", None)
    remove_attendee(db, induction, anna)
    assert lines(db, induction) == {}
    with db.session() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "attendance"))]
    assert actions.count("create") >= 1 and "delete" in actions


def test_save_replaces_the_list_and_keeps_issued_certificates(db: Database) -> None:
    anna, ewa, jan = add_people(db, "Łęcka Anna", "Żak Ewa", "Zych Jan")
    induction = add_session(db)
    add_attendees(db, induction, [anna, ewa], today=TODAY)
    with db.session() as s:
        row = s.scalars(select(Attendance).where(Attendance.volunteer_id == anna)).one()
        row.certificate_number = "S/1/2026"
    with pytest.raises(ValidationErrors) as caught:
        save_attendance(db, induction, [AttendanceInput(anna, "present"), AttendanceInput(jan, "partly")])
    assert set(caught.value.by_field()) == {f"attendance:{jan}"}
    assert set(lines(db, induction)) == {"Łęcka Anna", "Żak Ewa"}, "nothing saved"
    save_attendance(
        db,
        induction,
        [AttendanceInput(anna, "present", None, "zaliczone"), AttendanceInput(jan, "partly", 150)],
    )
    assert lines(db, induction) == {"Łęcka Anna": ("present", 180), "Zych Jan": ("partly", 150)}
    details = {a.volunteer_name: a for a in get_training_details(db, induction).attendance}
    assert details["Łęcka Anna"].certificate_number == "S/1/2026"
    assert details["Łęcka Anna"].result == "zaliczone"


def test_history_newest_first_with_what_counts(db: Database) -> None:
    (anna,) = add_people(db, "Łęcka Anna")
    older = add_session(
        db, session_date=TODAY - dt.timedelta(days=60), title="Pierwsza pomoc", category="first_aid"
    )
    newer = add_session(db)
    add_attendees(db, older, [anna], today=TODAY)
    add_attendees(db, newer, [anna], today=TODAY)
    set_attendance(db, newer, anna, "partly", 60)
    history = training_history(db, anna)
    assert [(h.title, h.status, h.completes) for h in history] == [
        ("Szkolenie wprowadzające – wolontariat w GOPS", "partly", False),
        ("Pierwsza pomoc", "present", True),
    ]


def test_attendance_sheet_in_polish_order(db: Database) -> None:
    anna, ewa, jan, ola = add_people(db, "Żak Ewa", "Łęcka Anna", "Zych Jan", "Lis Ola")
    with db.session() as s:
        organisation = s.get(Organisation, 1)
        assert organisation is not None
        organisation.full_name = "Gminny Ośrodek Pomocy Społecznej w Modrzewie"
    induction = add_session(db, programme="- Zadania GOPS\n- Prawa i obowiązki wolontariusza", remote=True)
    add_attendees(db, induction, [anna, ewa, jan], today=TODAY)
    add_attendees(db, induction, [ola], status="registered")
    set_attendance(db, induction, jan, "absent")
    sheet = attendance_sheet(db, induction)
    assert sheet.organisation == "Gminny Ośrodek Pomocy Społecznej w Modrzewie"
    assert (sheet.category_label, sheet.time_text, sheet.duration_text) == (
        "wdrożeniowe",
        "16:00–19:00",
        "3 godziny",
    )
    assert sheet.place == "Świetlica w Łąkiem (zdalnie)"
    assert sheet.trainer == "Łucja Żmuda (GOPS w Modrzewie)"
    assert sheet.programme == ("Zadania GOPS", "Prawa i obowiązki wolontariusza")
    assert [(r.number, r.full_name, r.status_label, r.hours_text) for r in sheet.rows] == [
        (1, "Lis Ola", "", ""),
        (2, "Łęcka Anna", "obecny", "3 godziny"),
        (3, "Zych Jan", "nieobecny", ""),
        (4, "Żak Ewa", "obecny", "3 godziny"),
    ]
