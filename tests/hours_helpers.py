"""A small world for the hours tests: two volunteers with agreements and assignments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, AuditEntry, HoursEntry, MonthClose
from tests.factories import (
    activity_id,
    agreement_row,
    assignment_row,
    client_row,
    hours_row,
    save,
    save_all,
    session_of,
    volunteer_row,
)

TODAY = dt.date(2025, 4, 15)  # March 2025 is over; April is the current month


@dataclass(frozen=True)
class World:
    anna: int  # volunteer with one active individual assignment (client P-7, ZAK)
    jan: int  # another volunteer with a group assignment (ZAJ)
    individual: int
    group: int
    ended: int  # Anna's ended assignment (TOW), Jan–Feb 2025
    zak: int
    zaj: int
    tow: int
    tel: int


def _agreement(volunteer_id: int, number: str) -> Agreement:
    return agreement_row(
        volunteer_id,
        number,
        concluded_in="Mnichowo",
        period_from=dt.date(2024, 1, 10),
        period_to=dt.date(2026, 12, 31),
        scope="Pomoc sąsiedzka",
        manner="W domu podopiecznego",
    )


def build_world(db: Database) -> World:
    with session_of(db) as s:
        applied = dt.date(2024, 1, 1)
        anna = save(s, volunteer_row("Żółkiewska Anna", application_date=applied))
        jan = save(s, volunteer_row("Łęcki Jan", locality="Gołuchów", application_date=applied))
        client = save(s, client_row("P-7", "Ślązak Zofia", house_number="3"))
        zak, zaj, tow, tel = (activity_id(s, code) for code in ("ZAK", "ZAJ", "TOW", "TEL"))
        anna_agreement = save(s, _agreement(anna, "POR/1/2024"))
        individual, ended = save_all(
            s,
            [
                assignment_row(
                    anna,
                    anna_agreement,
                    zak,
                    number="PRZ/1/2025",
                    client_id=client,
                    date_from=dt.date(2025, 1, 1),
                    place="dom podopiecznej",
                ),
                assignment_row(
                    anna,
                    anna_agreement,
                    tow,
                    number="PRZ/9/2024",
                    client_id=client,
                    date_from=dt.date(2025, 1, 1),
                    date_to=dt.date(2025, 2, 28),
                    status="ended",
                ),
            ],
        )
        group = save(
            s,
            assignment_row(
                jan,
                save(s, _agreement(jan, "POR/2/2024")),
                zaj,
                number="PRZ/2/2025",
                client_id=None,
                form="group",
                date_from=dt.date(2025, 2, 1),
            ),
        )
        return World(anna, jan, individual, group, ended, zak, zaj, tow, tel)


def add_raw(
    db: Database, volunteer_id: int, day: dt.date, minutes: int, status: str, activity: int, **more: object
) -> int:
    """An entry written straight to the table (as the demo data or an older version would)."""
    return save(db, hours_row(volunteer_id, day, minutes, activity, status=status, **more))


def audit_rows(db: Database, entity: str = "hours_entry") -> list[AuditEntry]:
    with db.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def entries(db: Database) -> list[HoursEntry]:
    with db.session() as s:
        return list(s.scalars(select(HoursEntry).order_by(HoursEntry.work_date, HoursEntry.id)))


def table_state(db: Database) -> tuple[object, ...]:
    """Everything the hours use cases may write, to prove a refused one changed nothing."""
    with db.session() as s:
        hours = s.execute(select(HoursEntry).order_by(HoursEntry.id)).scalars().all()
        audit = s.scalars(select(AuditEntry.id)).all()
        closes = s.scalars(select(MonthClose.month).order_by(MonthClose.month)).all()
        return (
            tuple(closes),
            tuple(
                (e.id, e.work_date, e.minutes, e.status, e.locked, e.description, e.approved_on, e.updated_at)
                for e in hours
            ),
            tuple(audit),
        )
