"""Training programmes: a named sequence of sessions and each volunteer's progress."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.trainings import (
    ProgrammeData,
    add_attendees,
    create_programme,
    delete_programme,
    get_programme,
    list_programmes,
    list_trainings,
    programme_progress,
    programme_sessions,
    set_attendance,
    set_programme_sessions,
    update_programme,
    volunteer_programmes,
)
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from tests.factories import TODAY, add_people, add_session

NAME = "Przygotowanie wolontariuszy – 5 spotkań"


def five_meetings(db: Database) -> tuple[int, list[int]]:
    programme = create_programme(db, ProgrammeData(NAME, "Cykl dla nowych wolontariuszy"))
    categories = ("induction", "safety", "gdpr", "seniors", "first_aid")
    sessions = [
        add_session(
            db,
            title=f"Spotkanie {n}",
            category=category,
            session_date=TODAY - dt.timedelta(days=50 - 10 * n),
        )
        for n, category in enumerate(categories, start=1)
    ]
    set_programme_sessions(db, programme, sessions)
    return programme, sessions


def test_progress_three_of_five(db: Database) -> None:
    programme, sessions = five_meetings(db)
    anna, ewa = add_people(db, "Łęcka Anna", "Żak Ewa")
    for session_id in sessions[:3]:
        add_attendees(db, session_id, [anna, ewa], today=TODAY)
    set_attendance(db, sessions[1], ewa, "absent")
    set_attendance(db, sessions[2], ewa, "partly", 60)  # a third of the meeting: not done
    progress = {p.full_name: p for p in programme_progress(db, programme, TODAY)}
    assert progress["Łęcka Anna"].text == "3 z 5"
    assert progress["Żak Ewa"].text == "1 z 5"
    assert progress["Łęcka Anna"].missing == ("Spotkanie 4", "Spotkanie 5")
    assert list(progress) == ["Łęcka Anna", "Żak Ewa"]
    assert volunteer_programmes(db, anna, TODAY) == [(NAME, "3 z 5")]


def test_order_and_listing(db: Database) -> None:
    programme, sessions = five_meetings(db)
    set_programme_sessions(db, programme, list(reversed(sessions)))
    assert programme_sessions(db, programme)[0].title == "Spotkanie 5"
    assert [(s.position, s.session_id) for s in programme_sessions(db, programme)][-1] == (5, sessions[0])
    (row,) = list_programmes(db)
    assert (row.name, row.session_count, row.active) == (NAME, 5, True)
    assert {r.programmes for r in list_trainings(db)} == {NAME}
    assert all("przygotowanie" in r.search_text for r in list_trainings(db))


def test_names_are_required_and_unique(db: Database) -> None:
    programme, _sessions = five_meetings(db)
    with pytest.raises(ValidationErrors) as caught:
        create_programme(db, ProgrammeData("  "))
    assert caught.value.by_field() == {"name": "Pole „Nazwa” jest wymagane."}
    with pytest.raises(ValidationErrors):
        create_programme(db, ProgrammeData(NAME.upper()))
    update_programme(db, programme, ProgrammeData(NAME, None, active=False))
    assert get_programme(db, programme) == ProgrammeData(NAME, None, False)


def test_deleting_a_programme_keeps_its_sessions(db: Database) -> None:
    programme, _sessions = five_meetings(db)
    delete_programme(db, programme)
    assert list_programmes(db) == []
    assert len(list_trainings(db)) == 5 and {r.programmes for r in list_trainings(db)} == {""}
