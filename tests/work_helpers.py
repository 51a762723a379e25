"""A small gmina for the clients, matching and assignment tests, written straight to the tables.

Villages Łąkie (home of the client), Mnichowo (4 km away) and Zalesie (25 km away); a social
worker; volunteers with agreements, trainings and vetting as each test needs.
"""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.clients import NeedData, create_client, create_need
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    VillageDistance,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerVillage,
)
from tests.factories import (
    COMPLETE_VETTING,
    TODAY,
    activity_id,
    agreement_row,
    attendance_row,
    client_data,
    save,
    session_of,
    staff_row,
    training_row,
    vetting_row,
    village_row,
    volunteer_row,
)


def activity(db: Database, code: str) -> int:
    return activity_id(db, code)


def gmina(db: Database) -> dict[str, int]:
    """Villages and a social worker; returns their ids by name."""
    with session_of(db) as s:
        ids = {name: save(s, village_row(name)) for name in ("Łąkie", "Mnichowo", "Zalesie")}
        for a, b, km in (("Łąkie", "Mnichowo", 4), ("Łąkie", "Zalesie", 25), ("Mnichowo", "Zalesie", 22)):
            low, high = sorted((ids[a], ids[b]))
            s.add(VillageDistance(village_a_id=low, village_b_id=high, km=km))
        ids["worker"] = save(s, staff_row("Kręcka Halina", is_social_worker=True))
    return ids


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
    with session_of(db) as s:
        vid = save(
            s,
            volunteer_row(
                name,
                village_id=village,
                status=status,
                citizenship="polskie",
                max_distance_km=max_km,
                transport=transport,
            ),
        )
        if agreement is not None:
            s.add(
                agreement_row(
                    vid,
                    f"W/{vid}/2026",
                    period_from=agreement[0],
                    period_to=agreement[1],
                    time_commitment="2 godziny tygodniowo",
                    termination_terms="za 7-dniowym wypowiedzeniem",
                )
            )
        for category in trained:
            session = save(s, training_row(title=category, category=category, duration_unit="clock"))
            s.add(attendance_row(session, vid))
        if vetted:
            s.add(vetting_row(vid, **COMPLETE_VETTING))
        s.add_all(VolunteerVillage(volunteer_id=vid, village_id=v) for v in serves)
        s.add_all(VolunteerActivityPreference(volunteer_id=vid, activity_type_id=a) for a in prefers)
        s.add_all(
            VolunteerActivityPreference(volunteer_id=vid, activity_type_id=a, excluded=True) for a in excludes
        )
        s.add_all(VolunteerAvailability(volunteer_id=vid, weekday=d, slot=t) for d, t in availability)
    return vid
