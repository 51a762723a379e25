"""Clients and needs: validation, the pseudonymous code, health notes behind an audited view,
the waiting list and the reading of preferred times."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.clients import (
    NeedData,
    create_client,
    create_need,
    get_client,
    reveal_health_notes,
    update_client,
    update_need,
    waiting_list,
)
from coordinator_app.core.clients.times import parse_preferred_times
from coordinator_app.core.validation import ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, Client
from tests.work_helpers import TODAY, activity, add_client_with_need, client_data, gmina


def test_a_new_client_gets_the_next_code_and_is_audited(db: Database) -> None:
    places = gmina(db)
    first = create_client(db, client_data(places), today=TODAY)
    second = create_client(db, client_data(places, first_name="józef", last_name="NOWAK"), today=TODAY)
    assert get_client(db, first)[0] == "P-001"
    code, data = get_client(db, second)
    assert code == "P-002"
    assert (data.first_name, data.last_name) == ("Józef", "Nowak")  # capitalised
    with db.session() as s:
        fields = set(
            s.scalars(
                select(AuditEntry.field).where(AuditEntry.entity == "client", AuditEntry.entity_id == second)
            )
        )
    assert {"last_name", "type_codes", "social_worker_id"} <= fields


def test_every_wrong_field_is_named_in_polish(db: Database) -> None:
    places = gmina(db)
    data = client_data(
        places,
        first_name=" ",
        postal_code="62200x",
        phone="12",
        type_codes=set(),
        social_worker_id=None,
        assessment_valid_until=None,
        visit_consent_how=None,
        birth_year=1850,
    )
    with pytest.raises(ValidationErrors) as caught:
        create_client(db, data, today=TODAY)
    errors = caught.value.by_field()
    assert errors["first_name"] == "Pole „Imię” jest wymagane."
    assert errors["postal_code"] == "Kod pocztowy musi mieć postać 00-000."
    assert "9 cyfr" in errors["phone"]
    assert errors["type_codes"] == "Wybierz co najmniej jeden typ podopiecznego."
    assert errors["social_worker_id"] == "Wybierz odpowiedzialnego pracownika socjalnego."
    assert "diagnoza" in errors["assessment_valid_until"] or "ocena" in errors["assessment_valid_until"]
    assert "zgod" in errors["visit_consent_how"]
    assert "rok urodzenia" in errors["birth_year"].lower()
    with db.session() as s:
        assert s.scalar(select(Client.id)) is None  # nothing saved


def test_health_notes_are_read_only_through_an_audited_view(db: Database) -> None:
    places = gmina(db)
    data = client_data(places, health_notes="Porusza się o kulach.", health_notes_edited=True)
    client_id = create_client(db, data, today=TODAY)
    _code, loaded = get_client(db, client_id)
    assert loaded.health_notes is None and not loaded.health_notes_edited  # not read by default
    assert reveal_health_notes(db, client_id) == "Porusza się o kulach."
    with db.session() as s:
        entries = s.execute(
            select(AuditEntry.action, AuditEntry.field, AuditEntry.reason, AuditEntry.new_value).where(
                AuditEntry.entity == "client", AuditEntry.entity_id == client_id
            )
        ).all()
    assert ("view", None, "health_notes", None) in entries
    assert all("kulach" not in (new or "") for _a, _f, _r, new in entries)  # content never copied


def test_saving_without_revealing_keeps_the_health_notes(db: Database) -> None:
    places = gmina(db)
    client_id = create_client(
        db, client_data(places, health_notes="Słabo słyszy.", health_notes_edited=True), today=TODAY
    )
    _code, data = get_client(db, client_id)
    data.phone = "600 100 200"
    update_client(db, client_id, data, today=TODAY)
    assert reveal_health_notes(db, client_id) == "Słabo słyszy."


def test_children_in_the_household_keep_their_details_only_when_ticked(db: Database) -> None:
    places = gmina(db)
    client_id = create_client(
        db,
        client_data(places, children_in_household=False, children_count=3, children_age_bands="7–12"),
        today=TODAY,
    )
    _code, data = get_client(db, client_id)
    assert data.children_count is None and data.children_age_bands is None
    data.children_in_household, data.children_count = True, 25
    with pytest.raises(ValidationErrors) as caught:
        update_client(db, client_id, data, today=TODAY)
    assert "children_count" in caught.value.by_field()


def test_waiting_list_is_longest_waiting_first_and_leaves_out_served_needs(db: Database) -> None:
    places = gmina(db)
    client_id, first = add_client_with_need(db, places)
    older = create_need(
        db,
        client_id,
        NeedData(activity_type_id=activity(db, "ZAK"), reported_on=TODAY - dt.timedelta(days=40)),
        today=TODAY,
    )
    closed = create_need(
        db, client_id, NeedData(activity_type_id=activity(db, "SPA"), status="closed"), today=TODAY
    )
    waiting = waiting_list(db, today=TODAY)
    assert [n.need_id for n in waiting] == [older, first]
    assert [n.days_waiting for n in waiting] == [40, 5]
    assert waiting[0].client_code == "P-001" and waiting[0].village == "Łąkie"
    assert closed not in [n.need_id for n in waiting]
    update_need(
        db,
        older,
        NeedData(activity_type_id=activity(db, "ZAK"), status="closed", reported_on=TODAY),
        today=TODAY,
    )
    assert [n.need_id for n in waiting_list(db, today=TODAY)] == [first]


def test_a_need_reported_in_the_future_is_refused(db: Database) -> None:
    places = gmina(db)
    client_id, _need = add_client_with_need(db, places)
    with pytest.raises(ValidationErrors) as caught:
        create_need(
            db,
            client_id,
            NeedData(activity_type_id=None, reported_on=TODAY + dt.timedelta(days=1)),
            today=TODAY,
        )
    assert set(caught.value.by_field()) == {"activity_type_id", "reported_on"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("poniedziałki rano", {(0, "morning")}),
        ("Wtorki i czwartki po 15:00", {(1, "afternoon"), (1, "evening"), (3, "afternoon"), (3, "evening")}),
        ("popołudniami w dni robocze", {(d, "afternoon") for d in range(5)}),
        ("środy 16-18", {(2, "afternoon"), (2, "evening")}),
        ("w weekendy wieczorem", {(5, "evening"), (6, "evening")}),
        ("przed południem", {(d, "morning") for d in range(7)}),
    ],
)
def test_preferred_times_are_read_as_slots(text: str, expected: set[tuple[int, str]]) -> None:
    assert parse_preferred_times(text) == expected


@pytest.mark.parametrize("text", [None, "", "dowolnie, po uzgodnieniu", "raz w tygodniu"])
def test_preferred_times_without_a_constraint(text: str | None) -> None:
    assert parse_preferred_times(text) is None
