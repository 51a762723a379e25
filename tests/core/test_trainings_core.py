"""Training session services: attendance counted in one grouped query, search keys, details."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.trainings import (
    TrainingNotFound,
    format_duration,
    get_training_details,
    list_trainings,
    programme_lines,
)
from coordinator_app.db.engine import Database
from tests.factories import attendance_row, save, session_of, training_row, volunteer_row

PROGRAMME = "- Ocena sytuacji\n• Resuscytacja krążeniowo-oddechowa\n\n  * Pozycja boczna ustalona  \n"


def seed_trainings(db: Database) -> dict[str, int]:
    """First aid (5 volunteers: 3 present, 1 partly, 1 absent); a remote GDPR session, no attendance."""
    with session_of(db) as s:
        first_aid = training_row(
            title="Pierwsza pomoc — ćwiczenia",
            category="first_aid",
            session_date=dt.date(2026, 10, 3),
            time_from=dt.time(9),
            time_to=dt.time(10, 30),
            duration_minutes=90,
            duration_unit="lesson45",
            place="Świetlica w Łąkiem",
            trainer_name="Łucja Żmuda",
            trainer_organisation="PCK Oddział Rejonowy",
            programme=PROGRAMME,
            cost_grosze=45050,
            organiser="GOPS",
        )
        gdpr = training_row(
            title="RODO w pracy wolontariusza",
            category="gdpr",
            session_date=dt.date(2026, 11, 5),
            duration_minutes=150,
            place=None,
            remote=True,
            trainer_name="Jan Kowalski",
        )
        s.add_all([first_aid, gdpr])
        s.flush()
        people = [
            ("Żak", "Ewa", "present", 90, "Z/1/2026"),
            ("Lis", "Piotr", "present", 90, "Z/2/2026"),
            ("Łukasik", "Anna", "present", 90, None),
            ("Zych", "Jan", "partly", 45, None),
            ("Nowak", "Ola", "absent", None, None),
        ]
        for last, first, status, minutes, certificate in people:
            s.add(
                attendance_row(
                    first_aid.id,
                    save(s, volunteer_row(f"{last} {first}")),
                    status,
                    minutes_attended=minutes,
                    certificate_number=certificate,
                    certificate_issued_on=dt.date(2026, 10, 10) if certificate else None,
                )
            )
    return {"first_aid": first_aid.id, "gdpr": gdpr.id}


def test_rows_with_attendance_counts(db: Database) -> None:
    ids = seed_trainings(db)
    rows = {row.id: row for row in list_trainings(db)}
    first_aid, gdpr = rows[ids["first_aid"]], rows[ids["gdpr"]]
    assert (first_aid.present, first_aid.partly, first_aid.absent) == (3, 1, 1)
    assert (gdpr.present, gdpr.partly, gdpr.absent) == (0, 0, 0)
    assert (first_aid.title, first_aid.category, first_aid.session_date) == (
        "Pierwsza pomoc — ćwiczenia",
        "first_aid",
        dt.date(2026, 10, 3),
    )
    assert (first_aid.place, first_aid.remote, first_aid.trainer_name) == (
        "Świetlica w Łąkiem",
        False,
        "Łucja Żmuda",
    )
    assert (gdpr.place, gdpr.remote) == (None, True)
    assert gdpr.duration_text == "2,5 godziny"
    assert first_aid.duration_text == format_duration(90, "lesson45")
    assert first_aid.duration_text.startswith("2 ")  # two 45-minute lesson hours


def test_search_text_ignores_case_and_polish_letters(db: Database) -> None:
    ids = seed_trainings(db)
    rows = {row.id: row for row in list_trainings(db)}
    for term in ("pierwsza pomoc", "cwiczenia", "lucja", "zmuda", "swietlica", "lakiem", "pck"):
        assert term in rows[ids["first_aid"]].search_text
    assert "rodo" in rows[ids["gdpr"]].search_text
    assert "zmuda" not in rows[ids["gdpr"]].search_text


def test_details_with_programme_and_attendance_in_polish_order(db: Database) -> None:
    ids = seed_trainings(db)
    details = get_training_details(db, ids["first_aid"])
    assert details.programme == (
        "Ocena sytuacji",
        "Resuscytacja krążeniowo-oddechowa",
        "Pozycja boczna ustalona",
    )
    assert [a.volunteer_name for a in details.attendance] == [
        "Lis Piotr",
        "Łukasik Anna",
        "Nowak Ola",
        "Zych Jan",
        "Żak Ewa",
    ]
    by_name = {a.volunteer_name: a for a in details.attendance}
    assert (by_name["Żak Ewa"].status, by_name["Żak Ewa"].minutes_attended) == ("present", 90)
    assert by_name["Żak Ewa"].certificate_number == "Z/1/2026"
    assert by_name["Żak Ewa"].certificate_issued_on == dt.date(2026, 10, 10)
    assert (by_name["Nowak Ola"].status, by_name["Nowak Ola"].minutes_attended) == ("absent", None)
    assert (details.time_from, details.time_to) == (dt.time(9), dt.time(10, 30))
    assert (details.trainer_organisation, details.cost_grosze, details.organiser) == (
        "PCK Oddział Rejonowy",
        45050,
        "GOPS",
    )


def test_details_without_programme_or_attendance(db: Database) -> None:
    ids = seed_trainings(db)
    details = get_training_details(db, ids["gdpr"])
    assert details.programme == () and details.attendance == ()
    assert details.remote and details.duration_text == "2,5 godziny"


def test_details_of_a_missing_session(db: Database) -> None:
    with pytest.raises(TrainingNotFound):
        get_training_details(db, 999)


def test_programme_lines_and_durations() -> None:
    assert programme_lines(None) == []
    assert programme_lines("  \n—  Wstęp\n") == ["Wstęp"]
    assert format_duration(180, "clock") == "3 godziny"
    assert format_duration(100, "lesson45") == format_duration(100, "clock")  # not whole lessons
