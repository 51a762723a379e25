"""Client services on a real SQLite file: the list with its aggregates, search keys, details."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.clients import (
    CLIENT_TYPE_LABELS,
    ClientNotFound,
    client_type_label,
    get_client_details,
    list_clients,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Client,
    ClientType,
    Need,
    Staff,
    Village,
    Volunteer,
)

TODAY = dt.date(2026, 11, 21)
HEALTH_NOTE = "Choroba serca, słabo słyszy"


def activity_id(s: Session, code: str) -> int:
    return s.scalars(select(ActivityType.id).where(ActivityType.code == code)).one()


def add_volunteer(s: Session, last: str, first: str) -> int:
    v = Volunteer(
        first_name=first,
        last_name=last,
        birth_date=dt.date(1980, 1, 1),
        house_number="1",
        postal_code="62-200",
        locality="Mnichowo",
        status="active",
        application_date=dt.date(2025, 1, 1),
    )
    s.add(v)
    s.flush()
    return v.id


def add_agreement(s: Session, volunteer_id: int, number: str) -> int:
    a = Agreement(
        number=number,
        volunteer_id=volunteer_id,
        concluded_on=dt.date(2025, 1, 10),
        concluded_in="Mnichowo",
        period_from=dt.date(2025, 1, 10),
        period_to=dt.date(2027, 12, 31),
        scope="Pomoc sąsiedzka",
        manner="W domu podopiecznego",
        time_commitment="2 godz. tygodniowo",
        termination_terms="7 dni",
    )
    s.add(a)
    s.flush()
    return a.id


def add_client(s: Session, code: str, last: str, first: str, **values: object) -> int:
    fields: dict[str, object] = {
        "house_number": "1",
        "postal_code": "62-200",
        "locality": "Mnichowo",
        "status": "active",
    }
    fields.update(values)
    client = Client(code=code, last_name=last, first_name=first, **fields)
    s.add(client)
    s.flush()
    return client.id


def seed_clients(db: Database) -> dict[str, int]:
    """Three clients: Żółć (expired assessment, two open needs), Lis (valid), Łukasik (never assessed)."""
    with db.session() as s:
        village = Village(name="Łąkie")
        worker = Staff(first_name="Anna", last_name="Nowak", is_social_worker=True)
        s.add_all([village, worker])
        s.flush()
        zolc = add_client(
            s,
            "P-2",
            "Żółć",
            "Żaneta",
            locality="Łąkie",
            village_id=village.id,
            social_worker_id=worker.id,
            assessment_valid_until=TODAY - dt.timedelta(days=1),
            health_notes=HEALTH_NOTE,
            phone="+48600123456",
            notes_for_volunteer="Proszę dzwonić dwa razy",
            visit_consent_date=dt.date(2025, 2, 1),
            children_in_household=True,
            children_count=2,
            children_age_bands="7–12",
        )
        lis = add_client(
            s,
            "P-10",
            "Lis",
            "Piotr",
            locality="Zalesie",
            status="suspended",
            assessment_valid_until=TODAY + dt.timedelta(days=30),
        )
        lukasik = add_client(s, "P-1", "Łukasik", "Anna", status="ended")
        s.add_all(
            [
                ClientType(client_id=zolc, type_code="alone"),
                ClientType(client_id=zolc, type_code="senior"),
                ClientType(client_id=lis, type_code="disabled"),
            ]
        )
        for code, status, reported in (("ZAK", "open", 5), ("TOW", "open", 1), ("DROB", "closed", 9)):
            s.add(
                Need(
                    client_id=zolc,
                    activity_type_id=activity_id(s, code),
                    status=status,
                    priority=1,
                    reported_on=TODAY - dt.timedelta(days=reported),
                    frequency="raz w tygodniu",
                )
            )
        s.add(
            Need(client_id=lis, activity_type_id=activity_id(s, "SPA"), status="matched", reported_on=TODAY)
        )
        volunteer = add_volunteer(s, "Kowalski", "Jan")
        s.add(
            Assignment(
                number="P/1/2026",
                volunteer_id=volunteer,
                client_id=zolc,
                agreement_id=add_agreement(s, volunteer, "W/1/2025"),
                activity_type_id=activity_id(s, "ZAK"),
                form="individual",
                date_from=dt.date(2026, 1, 5),
                status="active",
            )
        )
    return {"zolc": zolc, "lis": lis, "lukasik": lukasik}


def test_list_clients_rows_and_aggregates(db: Database) -> None:
    ids = seed_clients(db)
    rows = {row.code: row for row in list_clients(db, today=TODAY)}
    assert set(rows) == {"P-1", "P-2", "P-10"}
    zolc = rows["P-2"]
    assert zolc.id == ids["zolc"]
    assert (zolc.last_name, zolc.first_name, zolc.full_name) == ("Żółć", "Żaneta", "Żółć Żaneta")
    assert (zolc.village, zolc.locality, zolc.status) == ("Łąkie", "Łąkie", "active")
    assert zolc.type_codes == ("senior", "alone")  # in the order of CLIENT_TYPE_LABELS
    assert zolc.social_worker == "Anna Nowak"
    assert zolc.open_needs == 2  # the closed need is not counted
    assert zolc.assessment_expired
    lis = rows["P-10"]
    assert (lis.village, lis.locality, lis.social_worker, lis.open_needs) == (None, "Zalesie", None, 0)
    assert lis.type_codes == ("disabled",)
    assert not lis.assessment_expired
    lukasik = rows["P-1"]
    assert lukasik.assessment_valid_until is None and not lukasik.assessment_expired
    assert lukasik.type_codes == ()


def test_assessment_expires_the_day_after_its_last_valid_day(db: Database) -> None:
    seed_clients(db)
    valid_until = TODAY - dt.timedelta(days=1)
    on_last_day = {r.code: r for r in list_clients(db, today=valid_until)}["P-2"]
    assert not on_last_day.assessment_expired
    assert {r.code: r for r in list_clients(db, today=TODAY)}["P-2"].assessment_expired


def test_search_text_ignores_case_and_polish_letters(db: Database) -> None:
    seed_clients(db)
    rows = {row.code: row for row in list_clients(db, today=TODAY)}
    for term in ("zolc", "zaneta", "lakie", "p-2"):
        assert term in rows["P-2"].search_text
    assert "lukasik" in rows["P-1"].search_text
    assert "zolc" not in rows["P-1"].search_text
    assert "zalesie" in rows["P-10"].search_text


def test_client_details_with_needs_and_assignments_but_no_health_notes(db: Database) -> None:
    ids = seed_clients(db)
    details = get_client_details(db, ids["zolc"], today=TODAY)
    assert (details.code, details.full_name, details.village) == ("P-2", "Żaneta Żółć", "Łąkie")
    assert details.social_worker == "Anna Nowak"
    assert details.type_codes == ("senior", "alone")
    assert details.assessment_expired
    assert details.children_in_household and details.children_count == 2
    assert details.notes_for_volunteer == "Proszę dzwonić dwa razy"
    # Needs: newest first, with the activity type's name.
    assert [(n.activity_code, n.status) for n in details.needs] == [
        ("TOW", "open"),
        ("ZAK", "open"),
        ("DROB", "closed"),
    ]
    assert details.needs[0].activity_name.startswith("Dotrzymywanie towarzystwa")
    assert details.needs[0].reported_on == TODAY - dt.timedelta(days=1)
    assert details.needs[0].frequency == "raz w tygodniu"
    [assignment] = details.assignments
    assert (assignment.number, assignment.volunteer_name, assignment.status) == (
        "P/1/2026",
        "Kowalski Jan",
        "active",
    )
    assert assignment.date_from == dt.date(2026, 1, 5) and assignment.date_to is None
    # Special-category data stays out of the everyday details.
    assert not hasattr(details, "health_notes")
    assert HEALTH_NOTE not in repr(details)


def test_details_of_a_client_without_needs(db: Database) -> None:
    ids = seed_clients(db)
    details = get_client_details(db, ids["lukasik"], today=TODAY)
    assert details.needs == () and details.assignments == ()
    assert details.assessment_valid_until is None and not details.assessment_expired


def test_details_of_a_missing_client(db: Database) -> None:
    with pytest.raises(ClientNotFound):
        get_client_details(db, 999)


def test_client_type_labels() -> None:
    assert list(CLIENT_TYPE_LABELS) == ["senior", "disabled", "family", "alone", "other"]
    assert all(client_type_label(code) for code in CLIENT_TYPE_LABELS)
    assert client_type_label("unknown-code") == "unknown-code"
