"""Staff who sign for the centre: the days of the role and the authorisation, checked field by
field; one head of the centre at a time; the activity type's home-visit flag."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from coordinator_app.core.dictionaries import (
    ActivityTypeData,
    StaffData,
    create_activity_type,
    create_staff,
    get_activity_type,
    get_staff,
    update_activity_type,
    update_staff,
)
from coordinator_app.core.dictionaries.data import is_head_position
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Staff
from tests.factories import save, staff_row

D = dt.date


def errors(call: Callable[..., object], *args: object) -> dict[str, str]:
    with pytest.raises(ValidationErrors) as caught:
        call(*args)
    return caught.value.by_field()


def head(first: str = "Konrad", last: str = "Ośka", **fields: object) -> StaffData:
    values: dict[str, object] = {"position": "Kierownik", "is_signatory": True, "sex": "M", **fields}
    return StaffData(first, last, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Kierownik", True),
        ("kierownik GOPS", True),
        ("Dyrektor", True),
        ("Zastępca kierownika", False),
        ("Zastępczyni dyrektora", False),
        ("p.o. kierownika", False),
        ("Pracownik socjalny", False),
        (None, False),
    ],
)
def test_head_of_the_centre_is_known_by_the_position(position: str | None, expected: bool) -> None:
    assert is_head_position(position) is expected


def test_role_dates_and_authorisation_are_saved(db: Database) -> None:
    deputy = StaffData(
        "Grażyna",
        "Żółtowska",
        "Zastępca kierownika",
        is_signatory=True,
        sex="K",
        authorisation_number=" 5/2024 ",
        authorisation_date=D(2024, 1, 8),
        role_valid_from=D(2024, 1, 8),
        role_valid_to=D(2025, 12, 31),
    )
    staff_id = create_staff(db, deputy)
    saved = get_staff(db, staff_id)
    assert (saved.authorisation_number, saved.authorisation_date) == ("5/2024", D(2024, 1, 8))
    assert (saved.role_valid_from, saved.role_valid_to) == (D(2024, 1, 8), D(2025, 12, 31))
    with db.session() as session:
        row = session.get(Staff, staff_id)
        assert row is not None and row.role_valid_to == D(2025, 12, 31)


def test_each_wrong_field_gets_its_polish_message(db: Database) -> None:
    wrong = head(
        role_valid_from=D(2025, 5, 1), role_valid_to=D(2025, 4, 30), authorisation_date=D(2025, 5, 2)
    )
    assert errors(create_staff, db, wrong) == {
        "role_valid_to": "Koniec pełnienia funkcji nie może przypadać przed jej początkiem.",
        "authorisation_number": "Podaj numer upoważnienia.",
        "authorisation_date": (
            "Upoważnienie musi być wydane najpóźniej w pierwszym dniu pełnienia funkcji (1.05.2025)."
        ),
    }
    not_signing = StaffData("Anna", "Żak", "Pracownik socjalny", role_valid_from=D(2025, 1, 1))
    assert errors(create_staff, db, not_signing) == {
        "role_valid_from": "Dotyczy tylko osoby podpisującej w imieniu ośrodka – najpierw zaznacz tę funkcję."
    }
    with db.session() as session:
        assert session.scalars(select(Staff)).all() == []


def test_two_heads_never_overlap(db: Database) -> None:
    old = create_staff(db, head(role_valid_from=D(2019, 3, 1)))
    successor = head("Łucja", "Wiśniewska", sex="K", role_valid_from=D(2025, 2, 1))
    assert errors(create_staff, db, successor) == {
        "role_valid_from": (
            "Ośrodkiem może kierować tylko jedna osoba naraz: Konrad Ośka pełni tę funkcję od 1.03.2019."
        )
    }
    update_staff(db, old, head(role_valid_from=D(2019, 3, 1), role_valid_to=D(2025, 1, 31)))
    new = create_staff(db, successor)
    earlier = head("Łucja", "Wiśniewska", sex="K", role_valid_from=D(2025, 1, 31))
    assert errors(update_staff, db, new, earlier) == {
        "role_valid_from": (
            "Ośrodkiem może kierować tylko jedna osoba naraz: Konrad Ośka pełni tę funkcję "
            "od 1.03.2019 do 31.01.2025."
        )
    }
    # a deputy may sign on the same days as the head
    deputy = StaffData(
        "Ewa", "Nowak", "Zastępca kierownika", is_signatory=True, role_valid_from=D(2020, 1, 1)
    )
    create_staff(db, deputy)
    with db.session() as session:
        heads = session.scalars(select(Staff.last_name).where(Staff.position == "Kierownik")).all()
    assert sorted(heads) == ["Ośka", "Wiśniewska"]


def test_an_undated_head_must_be_given_an_end_first(db: Database) -> None:
    save(db, staff_row("Ośka Konrad", position="Kierownik", is_signatory=True))
    message = errors(create_staff, db, head("Łucja", "Wiśniewska", role_valid_from=D(2025, 2, 1)))
    assert message["role_valid_from"].startswith(
        "Jako kierownik ośrodka bez określonych dat figuruje: Konrad Ośka."
    )
    # an inactive head without dates no longer counts
    with db.session() as session:
        row = session.scalars(select(Staff)).one()
        row.active = False
    create_staff(db, head("Łucja", "Wiśniewska", role_valid_from=D(2025, 2, 1)))


def test_home_visit_flag_is_saved(db: Database) -> None:
    new = create_activity_type(db, ActivityTypeData("ODW", "Odwiedziny w domu", home_visit=True))
    assert get_activity_type(db, new).home_visit is True
    update_activity_type(db, new, ActivityTypeData("ODW", "Odwiedziny w domu", home_visit=False))
    with db.session() as session:
        row = session.get(ActivityType, new)
        assert row is not None and row.home_visit is False
