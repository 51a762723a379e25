"""Messages about a person agree with the person's sex when it is known ("nie ukończyła",
"nie ukończył"); the neutral "(a)" form is left only for a person whose sex is not recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.assignments import AssignmentData, assignment_for_need, create_assignment
from coordinator_app.core.validation import ValidationErrors, for_sex
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, Volunteer
from tests.factories import session_of
from tests.work_helpers import TODAY, add_client_with_need, add_volunteer, gmina

ACTIVITY = "„Dotrzymywanie towarzystwa, rozmowa, wspólne czytanie”"


def _refusal(db: Database, volunteer_id: int, need_id: int) -> dict[str, str]:
    data: AssignmentData = assignment_for_need(db, need_id, volunteer_id, today=TODAY)
    data.date_to = dt.date(2027, 6, 30)
    with pytest.raises(ValidationErrors) as caught:
        create_assignment(db, data, accept_warnings=True, today=TODAY)
    with db.session() as s:
        assert s.scalar(select(Assignment.id)) is None
    return caught.value.by_field()


def _with_sex(db: Database, volunteer_id: int, sex: str | None) -> int:
    with session_of(db) as s:
        s.get_one(Volunteer, volunteer_id).sex = sex
    return volunteer_id


@pytest.mark.parametrize(
    ("name", "sex", "verb"),
    [
        ("Nowak Anna", "K", "nie ukończyła"),
        ("Nowy Piotr", "M", "nie ukończył"),
        ("Nowy Kim", None, "nie ukończył(a)"),
    ],
)
def test_missing_training_agrees_with_the_volunteer(
    db: Database, name: str, sex: str | None, verb: str
) -> None:
    _client, need = add_client_with_need(db, gmina(db))
    volunteer = _with_sex(db, add_volunteer(db, name, trained=()), sex)
    first, last = name.split()[1], name.split()[0]
    assert _refusal(db, volunteer, need)["training"] == (
        f"{first} {last} {verb} szkoleń wymaganych do działania {ACTIVITY}: wdrożeniowe."
    )


@pytest.mark.parametrize(
    ("sex", "text"),
    [("K", "nie jest aktywną wolontariuszką"), ("M", "nie jest aktywnym wolontariuszem")],
)
def test_inactive_volunteer_agrees_with_the_volunteer(db: Database, sex: str, text: str) -> None:
    _client, need = add_client_with_need(db, gmina(db))
    volunteer = _with_sex(db, add_volunteer(db, "Zawieszona Ola", status="suspended"), sex)
    assert text in _refusal(db, volunteer, need)["volunteer_id"]


def test_for_sex() -> None:
    assert [for_sex(s, "ona", "on", "on(a)") for s in ("K", "M", None, "")] == ["ona", "on", "on(a)", "on(a)"]
