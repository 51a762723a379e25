"""Sessions created, changed and deleted through the services, with field-by-field validation."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.trainings import (
    TrainingHasAttendance,
    TrainingNotFound,
    add_attendees,
    create_training,
    delete_training,
    get_training,
    list_trainings,
    remove_attendee,
    update_training,
    validate_training,
)
from coordinator_app.core.validation import ValidationErrors, money
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from tests.factories import TODAY, add_people, add_session, session_data


def errors_of(**changes: object) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        validate_training(session_data(**changes), TODAY)
    return caught.value.by_field()


def test_valid_session_is_cleaned() -> None:
    clean = validate_training(
        session_data(title="  Pierwsza   pomoc ", trainer_name=" Jan  Żak ", programme="\n- A  \n- B\n\n"),
        TODAY,
    )
    assert (clean.title, clean.trainer_name, clean.programme) == ("Pierwsza pomoc", "Jan Żak", "- A\n- B")


def test_every_wrong_field_is_named_in_polish() -> None:
    errors = errors_of(
        title=" ", category="", session_date=None, trainer_name="", duration_minutes=0, cost_grosze=-1
    )
    assert errors == {
        "title": "Pole „Tytuł” jest wymagane.",
        "category": "Wybierz kategorię.",
        "session_date": "Podaj datę szkolenia.",
        "duration_minutes": "Czas trwania musi być większy od zera.",
        "trainer_name": "Pole „Prowadzący” jest wymagane.",
        "cost_grosze": "Kwota nie może być ujemna.",
    }


def test_times_and_duration_agree() -> None:
    assert set(errors_of(time_from=dt.time(19), time_to=dt.time(16))) == {"time_to"}
    assert set(errors_of(time_from=None, time_to=dt.time(16))) == {"time_from"}
    assert set(errors_of(duration_minutes=240)) == {"duration_minutes"}, "4 hours do not fit 16:00–19:00"
    assert set(errors_of(duration_unit="lesson45", duration_minutes=100)) == {"duration_minutes"}
    assert set(errors_of(duration_unit="days")) == {"duration_unit"}
    assert set(errors_of(session_date=dt.date(1999, 12, 31))) == {"session_date"}
    validate_training(session_data(time_from=None, time_to=None, duration_minutes=600), TODAY)
    validate_training(session_data(duration_unit="lesson45", duration_minutes=180), TODAY)


@pytest.mark.parametrize(
    ("text", "grosze"),
    [
        ("150,50 zł", 15050),
        ("150.5", 15050),
        ("1 234,50 zł", 123450),
        ("1.234,5", 123450),
        ("0", 0),
        (" ", None),
    ],
)
def test_money_typed_in_zloty_is_kept_in_grosze(text: str, grosze: int | None) -> None:
    assert money(text, "cost_grosze") == grosze


@pytest.mark.parametrize("text", ["-5 zł", "150,505", "sto złotych", "1,2,3"])
def test_wrong_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        money(text, "cost_grosze")


def test_create_update_and_audit(db: Database) -> None:
    session_id = create_training(
        db, session_data(cost_grosze=15050, funding_source="budżet GOPS"), today=TODAY
    )
    stored = get_training(db, session_id)
    assert (stored.title, stored.cost_grosze, stored.time_from) == (
        "Szkolenie wprowadzające – wolontariat w GOPS",
        15050,
        dt.time(16),
    )
    stored.place, stored.remote = None, True
    update_training(db, session_id, stored, today=TODAY)
    (row,) = [r for r in list_trainings(db) if r.id == session_id]
    assert (row.place, row.remote) == (None, True)
    with db.session() as s:
        changes = {
            e.field: (e.old_value, e.new_value)
            for e in s.scalars(
                select(AuditEntry).where(
                    AuditEntry.entity == "training_session", AuditEntry.action == "update"
                )
            )
        }
    assert changes == {"place": ("Świetlica w Łąkiem", None), "remote": ("0", "1")}


def test_delete_only_without_attendance(db: Database) -> None:
    (anna,) = add_people(db, "Łęcka Anna")
    session_id = add_session(db)
    add_attendees(db, session_id, [anna], today=TODAY)
    with pytest.raises(TrainingHasAttendance, match="1 uczestnika"):
        delete_training(db, session_id)
    remove_attendee(db, session_id, anna)
    delete_training(db, session_id)
    with pytest.raises(TrainingNotFound):
        get_training(db, session_id)
