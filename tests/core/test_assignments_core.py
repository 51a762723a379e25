"""Assignment services: confirmed hours summed by one grouped query, clients by code only, details."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from coordinator_app.core.assignments import AssignmentNotFound, get_assignment_details, list_assignments
from coordinator_app.db.engine import Database
from tests.core.test_clients_core import agreement
from tests.factories import (
    activity_id,
    assignment_row,
    client_row,
    hours_row,
    save,
    schedule_row,
    session_of,
    staff_row,
    volunteer_row,
)

TODAY = dt.date(2026, 11, 21)
CLIENT_NAMES = ("Żółć", "Żaneta")


def seed_assignments(db: Database, extra: int = 0) -> dict[str, int]:
    """An individual assignment (client Żółć, code P-7) with hours in several months and states,
    a group assignment without a client, and `extra` more assignments with one confirmed hour."""
    with session_of(db) as s:
        client = save(s, client_row("P-7", " ".join(CLIENT_NAMES)))
        kowalski = save(s, volunteer_row("Kowalski Jan"))
        lukasik = save(s, volunteer_row("Łukasik Ewa"))
        worker = save(s, staff_row("Nowak Anna", is_social_worker=True))
        zak, edu = activity_id(s, "ZAK"), activity_id(s, "EDU")
        individual = assignment_row(
            kowalski,
            save(s, agreement(kowalski, "W/1/2025")),
            zak,
            number="P/2/2026",
            client_id=client,
            date_from=dt.date(2026, 1, 5),
            place="Dom podopiecznej",
            social_worker_id=worker,
            planned_minutes_per_month=480,
        )
        group = assignment_row(
            lukasik,
            save(s, agreement(lukasik, "W/2/2025")),
            edu,
            number="P/12/2026",
            client_id=None,
            form="group",
            involves_minors=True,
            date_from=dt.date(2026, 3, 1),
            date_to=dt.date(2026, 6, 30),
            status="ended",
        )
        s.add_all([individual, group])
        s.flush()
        s.add_all(
            [
                schedule_row(individual.id, 3, dt.time(10), dt.time(12), every_other_week=True),
                schedule_row(individual.id, 1, dt.time(16), dt.time(18)),
            ]
        )

        def hours(assignment_id: int | None, day: dt.date, minutes: int, status: str, volunteer: int) -> None:
            s.add(hours_row(volunteer, day, minutes, zak, assignment_id=assignment_id, status=status))

        hours(individual.id, dt.date(2026, 11, 3), 120, "confirmed", kowalski)
        hours(individual.id, dt.date(2026, 11, 10), 90, "confirmed", kowalski)
        hours(individual.id, dt.date(2026, 11, 17), 60, "done", kowalski)  # not confirmed yet
        hours(individual.id, dt.date(2026, 11, 18), 45, "cancelled", kowalski)
        hours(individual.id, dt.date(2026, 9, 1), 30, "confirmed", kowalski)
        hours(individual.id, dt.date(2026, 6, 2), 600, "confirmed", kowalski)  # before the last 3 months
        hours(group.id, dt.date(2026, 4, 2), 45, "confirmed", lukasik)
        hours(None, dt.date(2026, 11, 2), 999, "confirmed", lukasik)  # an event without an assignment
        for i in range(extra):
            extra_assignment = save(
                s,
                assignment_row(
                    lukasik,
                    save(s, agreement(lukasik, f"W/{100 + i}/2025")),
                    zak,
                    number=f"P/{100 + i}/2026",
                    client_id=client,
                    date_from=dt.date(2026, 2, 1),
                    status="planned",
                ),
            )
            hours(extra_assignment, dt.date(2026, 10, 1), 60, "confirmed", lukasik)
    return {"individual": individual.id, "group": group.id}


def test_rows_with_confirmed_minutes_and_client_code(db: Database) -> None:
    ids = seed_assignments(db)
    rows = {row.id: row for row in list_assignments(db)}
    individual, group = rows[ids["individual"]], rows[ids["group"]]
    assert individual.confirmed_minutes == 120 + 90 + 30 + 600  # done, cancelled and other rows left out
    assert group.confirmed_minutes == 45
    assert (individual.number, individual.volunteer_name, individual.client_code) == (
        "P/2/2026",
        "Kowalski Jan",
        "P-7",
    )
    assert (individual.activity_code, individual.form, individual.involves_minors) == (
        "ZAK",
        "individual",
        False,
    )
    assert individual.activity_name.startswith("Zakupy")
    assert (individual.date_from, individual.date_to, individual.status) == (
        dt.date(2026, 1, 5),
        None,
        "active",
    )
    assert (group.client_code, group.form, group.involves_minors) == (None, "group", True)
    assert group.date_to == dt.date(2026, 6, 30)


def test_client_names_never_appear_in_assignment_rows(db: Database) -> None:
    seed_assignments(db)
    for row in list_assignments(db):
        values = " ".join(str(value) for value in row)
        for name in CLIENT_NAMES:
            assert name not in values
        assert "zolc" not in row.search_text and "zaneta" not in row.search_text


def test_search_text_folds_volunteer_names_and_codes(db: Database) -> None:
    ids = seed_assignments(db)
    rows = {row.id: row for row in list_assignments(db)}
    assert "lukasik" in rows[ids["group"]].search_text
    for term in ("p/2/2026", "kowalski", "p-7", "zak", "zakupy"):
        assert term in rows[ids["individual"]].search_text


def test_list_uses_two_queries_whatever_the_number_of_assignments(db: Database) -> None:
    seed_assignments(db, extra=12)
    statements: list[str] = []

    def remember(
        _conn: object, _cursor: object, statement: str, _params: object, _context: object, _many: bool
    ) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", remember)
    try:
        rows = list_assignments(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", remember)
    assert len(rows) == 14
    extra_rows = [row for row in rows if row.status == "planned"]
    assert len(extra_rows) == 12 and all(row.confirmed_minutes == 60 for row in extra_rows)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 2
    grouped = [s for s in selects if "GROUP BY" in s.upper()]
    assert len(grouped) == 1 and "hours_entries.assignment_id" in grouped[0]


def test_details_with_schedule_and_last_three_months(db: Database) -> None:
    ids = seed_assignments(db)
    details = get_assignment_details(db, ids["individual"], today=TODAY)
    assert (details.number, details.volunteer_name, details.client_code) == (
        "P/2/2026",
        "Kowalski Jan",
        "P-7",
    )
    assert (details.agreement_number, details.activity_code, details.social_worker) == (
        "W/1/2025",
        "ZAK",
        "Anna Nowak",
    )
    assert details.planned_minutes_per_month == 480 and details.place == "Dom podopiecznej"
    assert details.confirmed_minutes == 840
    assert [(line.weekday, line.start_time, line.every_other_week) for line in details.schedule] == [
        (1, dt.time(16), False),
        (3, dt.time(10), True),
    ]
    assert [(m.month, m.confirmed_minutes, m.unconfirmed_minutes) for m in details.recent_months] == [
        (dt.date(2026, 9, 1), 30, 0),
        (dt.date(2026, 10, 1), 0, 0),
        (dt.date(2026, 11, 1), 210, 60),
    ]
    assert not any(name in repr(details) for name in CLIENT_NAMES)


def test_recent_months_cross_the_new_year(db: Database) -> None:
    ids = seed_assignments(db)
    details = get_assignment_details(db, ids["group"], today=dt.date(2027, 1, 5))
    assert [m.month for m in details.recent_months] == [
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
        dt.date(2027, 1, 1),
    ]
    assert details.client_code is None and details.schedule == ()
    assert details.confirmed_minutes == 45


def test_details_of_a_missing_assignment(db: Database) -> None:
    with pytest.raises(AssignmentNotFound):
        get_assignment_details(db, 999)
