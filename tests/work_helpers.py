"""A small gmina for the clients, matching and assignment tests, written straight to the tables.

Villages Łąkie (home of the client), Mnichowo (4 km away) and Zalesie (25 km away); a social
worker; volunteers with agreements, trainings and vetting as each test needs.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from coordinator_app.core.clients import ClientData, NeedData, create_client, create_need
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Attendance,
    Staff,
    TrainingSession,
    Vetting,
    Village,
    VillageDistance,
    Volunteer,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerVillage,
)

TODAY = dt.date(2026, 11, 20)


def activity(db: Database, code: str) -> int:
    with db.session() as s:
        return s.execute(select(ActivityType.id).where(ActivityType.code == code)).scalar_one()


def gmina(db: Database) -> dict[str, int]:
    """Villages and a social worker; returns their ids by name."""
    with db.session() as s:
        ids = {}
        for name in ("Łąkie", "Mnichowo", "Zalesie"):
            row = Village(name=name)
            s.add(row)
            s.flush()
            ids[name] = row.id
        for a, b, km in (("Łąkie", "Mnichowo", 4), ("Łąkie", "Zalesie", 25), ("Mnichowo", "Zalesie", 22)):
            low, high = sorted((ids[a], ids[b]))
            s.add(VillageDistance(village_a_id=low, village_b_id=high, km=km))
        worker = Staff(first_name="Halina", last_name="Kręcka", is_social_worker=True)
        s.add(worker)
        s.flush()
        ids["worker"] = worker.id
    return ids


def client_data(places: dict[str, int], **changes: object) -> ClientData:
    data = ClientData(
        first_name="Stanisława",
        last_name="Wójcik",
        house_number="7",
        postal_code="62-200",
        locality="Łąkie",
        village_id=places["Łąkie"],
        social_worker_id=places["worker"],
        assessment_valid_until=TODAY + dt.timedelta(days=90),
        visit_consent_date=TODAY - dt.timedelta(days=10),
        visit_consent_how="pisemnie",
        type_codes={"senior"},
    )
    for key, value in changes.items():
        if not hasattr(data, key):
            raise AttributeError(key)
        setattr(data, key, value)
    return data


def add_client_with_need(
    db: Database, places: dict[str, int], code: str = "TOW", *, times: str | None = None, **changes: object
) -> tuple[int, int]:
    client_id = create_client(db, client_data(places, **changes), today=TODAY)
    need_id = create_need(
        db,
        client_id,
        NeedData(
            activity_type_id=activity(db, code),
            preferred_times=times,
            reported_on=TODAY - dt.timedelta(days=5),
        ),
        today=TODAY,
    )
    return client_id, need_id


def add_volunteer(
    db: Database,
    name: str,
    *,
    village: int | None = None,
    agreement: tuple[dt.date, dt.date | None] | None = (dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
    trained: tuple[str, ...] = ("induction",),
    vetted: bool = False,
    serves: tuple[int, ...] = (),
    prefers: tuple[int, ...] = (),
    excludes: tuple[int, ...] = (),
    availability: tuple[tuple[int, str], ...] = (),
    max_km: int | None = None,
    transport: str | None = None,
    status: str = "active",
) -> int:
    """A volunteer "Surname First" with an agreement, completed trainings and optional vetting."""
    last, first = name.split(" ", 1)
    with db.session() as s:
        row = Volunteer(
            first_name=first,
            last_name=last,
            birth_date=dt.date(1980, 1, 1),
            house_number="1",
            postal_code="62-200",
            locality="Mnichowo",
            village_id=village,
            status=status,
            application_date=dt.date(2025, 1, 1),
            citizenship="polskie",
            max_distance_km=max_km,
            transport=transport,
        )
        s.add(row)
        s.flush()
        vid = row.id
        if agreement is not None:
            s.add(
                Agreement(
                    number=f"W/{vid}/2026",
                    volunteer_id=vid,
                    concluded_on=agreement[0],
                    concluded_in="Modrzewo",
                    period_from=agreement[0],
                    period_to=agreement[1],
                    scope="pomoc",
                    manner="osobiście",
                    time_commitment="2 godziny tygodniowo",
                    termination_terms="za 7-dniowym wypowiedzeniem",
                )
            )
        for category in trained:
            session = TrainingSession(
                title=category,
                category=category,
                session_date=dt.date(2026, 2, 1),
                duration_minutes=120,
                duration_unit="clock",
                trainer_name="Łucja Żmuda",
            )
            s.add(session)
            s.flush()
            s.add(Attendance(session_id=session.id, volunteer_id=vid, status="present"))
        if vetted:
            s.add(
                Vetting(
                    volunteer_id=vid,
                    rspts_date=dt.date(2026, 1, 10),
                    rspts_entry_found=False,
                    rspts_reference="RSPTS/2026/1",
                    rspts_checked_by="koordynator",
                    commission_date=dt.date(2026, 1, 10),
                    commission_entry_found=False,
                    krk_issue_date=dt.date(2026, 1, 5),
                    krk_scope="art. 21 ust. 3",
                    krk_presented_on=dt.date(2026, 1, 8),
                    krk_has_entries=False,
                    standards_training_date=dt.date(2026, 1, 12),
                    valid_until=dt.date(2028, 1, 1),
                )
            )
        s.add_all(VolunteerVillage(volunteer_id=vid, village_id=v) for v in serves)
        s.add_all(VolunteerActivityPreference(volunteer_id=vid, activity_type_id=a) for a in prefers)
        s.add_all(
            VolunteerActivityPreference(volunteer_id=vid, activity_type_id=a, excluded=True) for a in excludes
        )
        s.add_all(VolunteerAvailability(volunteer_id=vid, weekday=d, slot=t) for d, t in availability)
    return vid
