"""A small world for the hours tests: two volunteers with agreements and assignments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    AuditEntry,
    Client,
    HoursEntry,
    MonthClose,
    Volunteer,
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


def activity_id(s: Session, code: str) -> int:
    return s.scalars(select(ActivityType.id).where(ActivityType.code == code)).one()


def _volunteer(s: Session, last: str, first: str, locality: str) -> int:
    v = Volunteer(
        first_name=first,
        last_name=last,
        birth_date=dt.date(1980, 1, 1),
        house_number="1",
        postal_code="62-200",
        locality=locality,
        status="active",
        application_date=dt.date(2024, 1, 1),
    )
    s.add(v)
    s.flush()
    return v.id


def _agreement(s: Session, volunteer_id: int, number: str) -> int:
    a = Agreement(
        number=number,
        volunteer_id=volunteer_id,
        concluded_on=dt.date(2024, 1, 10),
        concluded_in="Mnichowo",
        period_from=dt.date(2024, 1, 10),
        period_to=dt.date(2026, 12, 31),
        scope="Pomoc sąsiedzka",
        manner="W domu podopiecznego",
        time_commitment="2 godz. tygodniowo",
        termination_terms="7 dni",
    )
    s.add(a)
    s.flush()
    return a.id


def build_world(db: Database) -> World:
    with db.session() as s:
        anna = _volunteer(s, "Żółkiewska", "Anna", "Mnichowo")
        jan = _volunteer(s, "Łęcki", "Jan", "Gołuchów")
        client = Client(
            code="P-7",
            first_name="Zofia",
            last_name="Ślązak",
            house_number="3",
            postal_code="62-200",
            locality="Mnichowo",
            status="active",
        )
        s.add(client)
        s.flush()
        zak, zaj, tow, tel = (activity_id(s, code) for code in ("ZAK", "ZAJ", "TOW", "TEL"))
        individual = Assignment(
            number="PRZ/1/2025",
            volunteer_id=anna,
            client_id=client.id,
            agreement_id=_agreement(s, anna, "POR/1/2024"),
            activity_type_id=zak,
            form="individual",
            date_from=dt.date(2025, 1, 1),
            status="active",
            place="dom podopiecznej",
        )
        ended = Assignment(
            number="PRZ/9/2024",
            volunteer_id=anna,
            client_id=client.id,
            agreement_id=individual.agreement_id,
            activity_type_id=tow,
            form="individual",
            date_from=dt.date(2025, 1, 1),
            date_to=dt.date(2025, 2, 28),
            status="ended",
        )
        group = Assignment(
            number="PRZ/2/2025",
            volunteer_id=jan,
            client_id=None,
            agreement_id=_agreement(s, jan, "POR/2/2024"),
            activity_type_id=zaj,
            form="group",
            date_from=dt.date(2025, 2, 1),
            status="active",
        )
        s.add_all([individual, ended, group])
        s.flush()
        return World(anna, jan, individual.id, group.id, ended.id, zak, zaj, tow, tel)


def add_raw(
    db: Database, volunteer_id: int, day: dt.date, minutes: int, status: str, activity: int, **more: object
) -> int:
    """An entry written straight to the table (as the demo data or an older version would)."""
    with db.session() as s:
        entry = HoursEntry(
            volunteer_id=volunteer_id,
            work_date=day,
            minutes=minutes,
            activity_type_id=activity,
            source="paper",
            status=status,
            **more,
        )
        s.add(entry)
        s.flush()
        return entry.id


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
