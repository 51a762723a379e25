"""Client services on a real SQLite file: the list with its aggregates, search keys, details."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app.core.clients import (
    CLIENT_TYPE_LABELS,
    ClientNotFound,
    client_type_label,
    get_client_details,
    list_clients,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, ClientType
from tests.factories import (
    activity_id,
    agreement_row,
    assignment_row,
    client_row,
    need_row,
    save,
    session_of,
    staff_row,
    village_row,
    volunteer_row,
)

TODAY = dt.date(2026, 11, 21)
HEALTH_NOTE = "Choroba serca, słabo słyszy"


def agreement(volunteer_id: int, number: str) -> Agreement:
    """An agreement for neighbourly help from 10 January 2025 to the end of 2027."""
    return agreement_row(
        volunteer_id,
        number,
        concluded_in="Mnichowo",
        period_from=dt.date(2025, 1, 10),
        period_to=dt.date(2027, 12, 31),
        scope="Pomoc sąsiedzka",
        manner="W domu podopiecznego",
    )


def seed_clients(db: Database) -> dict[str, int]:
    """Three clients: Żółć (expired assessment, two open needs), Lis (valid), Łukasik (never assessed)."""
    with session_of(db) as s:
        village = save(s, village_row("Łąkie"))
        worker = save(s, staff_row("Nowak Anna", is_social_worker=True))
        zolc = save(
            s,
            client_row(
                "P-2",
                "Żółć Żaneta",
                locality="Łąkie",
                village_id=village,
                social_worker_id=worker,
                assessment_valid_until=TODAY - dt.timedelta(days=1),
                health_notes=HEALTH_NOTE,
                phone="+48600123456",
                notes_for_volunteer="Proszę dzwonić dwa razy",
                visit_consent_date=dt.date(2025, 2, 1),
                children_in_household=True,
                children_count=2,
                children_age_bands="7–12",
            ),
        )
        lis = save(
            s,
            client_row(
                "P-10",
                "Lis Piotr",
                locality="Zalesie",
                status="suspended",
                assessment_valid_until=TODAY + dt.timedelta(days=30),
            ),
        )
        lukasik = save(s, client_row("P-1", "Łukasik Anna", status="ended"))
        s.add_all(
            [
                ClientType(client_id=zolc, type_code="alone"),
                ClientType(client_id=zolc, type_code="senior"),
                ClientType(client_id=lis, type_code="disabled"),
            ]
        )
        for code, status, reported in (("ZAK", "open", 5), ("TOW", "open", 1), ("DROB", "closed", 9)):
            s.add(
                need_row(
                    zolc,
                    activity_id(s, code),
                    status=status,
                    priority=1,
                    reported_on=TODAY - dt.timedelta(days=reported),
                    frequency="raz w tygodniu",
                )
            )
        s.add(need_row(lis, activity_id(s, "SPA"), status="matched", reported_on=TODAY))
        volunteer = save(s, volunteer_row("Kowalski Jan"))
        s.add(
            assignment_row(
                volunteer,
                save(s, agreement(volunteer, "W/1/2025")),
                activity_id(s, "ZAK"),
                number="P/1/2026",
                client_id=zolc,
                date_from=dt.date(2026, 1, 5),
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
