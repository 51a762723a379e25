"""Volunteers, signatories, insurance and assignments for the agreement tests."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.agreements import AgreementData, create_agreement
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, HoursEntry, Organisation, Staff, Volunteer

TODAY = dt.date(2026, 11, 20)
TOW, ZAK, EDU = 1, 3, 6  # activity type ids of the shipped dictionary (EDU involves minors)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def add_signatory(db: Database, *, signatory: bool = True, position: str = "Kierownik") -> int:
    with db.session() as s:
        row = Staff(first_name="Łucja", last_name="Wiśniewska", position=position, is_signatory=signatory)
        s.add(row)
        s.flush()
        return row.id


def add_volunteer(
    db: Database,
    *,
    birth: dt.date = dt.date(1980, 5, 14),
    guardian: str | None = None,
    consent: dt.date | None = None,
    status: str = "active",
    name: tuple[str, str] = ("Żaneta", "Żółć"),
) -> int:
    with db.session() as s:
        row = Volunteer(
            first_name=name[0],
            last_name=name[1],
            birth_date=birth,
            house_number="132",
            postal_code="62-200",
            locality="Mnichowo",
            status=status,
            application_date=dt.date(2025, 1, 1),
            guardian_name=guardian,
            guardian_phone="+48600123456" if guardian else None,
            guardian_consent_date=consent,
        )
        s.add(row)
        s.flush()
        return row.id


def set_insurance(
    db: Database,
    policy: str | None = "NNW/2026/000123",
    valid: tuple[dt.date, dt.date] | None = (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
) -> None:
    with db.session() as s:
        org = s.get(Organisation, 1)
        assert org is not None
        org.nnw_insurer = "Towarzystwo Ubezpieczeń Wzajemnych „Łąka”" if policy else None
        org.nnw_policy = policy
        org.nnw_valid_from, org.nnw_valid_to = valid if valid else (None, None)
        org.place_for_dates = "Modrzewo"
        org.gmina = "Modrzewo"


def agreement_data(representative_id: int, **changes: object) -> AgreementData:
    """A complete adult agreement for 2026, concluded on its first day."""
    data = AgreementData(
        concluded_on=d("2026-01-02"),
        concluded_in="Modrzewo",
        period_from=d("2026-01-02"),
        period_to=d("2026-12-31"),
        activity_ids={TOW, ZAK},
        scope="Świadczenia na rzecz osób wskazanych przez koordynatora.",
        manner="Osobiście, w miejscu zamieszkania podopiecznych.",
        time_commitment="Średnio 4 godz. tygodniowo.",
        termination_terms="Każda ze stron może rozwiązać porozumienie z 7-dniowym wypowiedzeniem.",
        representative_id=representative_id,
    )
    for key, value in changes.items():
        if not hasattr(data, key):
            raise AttributeError(key)
        setattr(data, key, value)
    return data


def add_agreement(db: Database, volunteer_id: int, representative_id: int, **changes: object) -> int:
    return create_agreement(db, volunteer_id, agreement_data(representative_id, **changes), today=TODAY).id


def add_assignment(
    db: Database,
    volunteer_id: int,
    agreement_id: int,
    date_from: dt.date,
    date_to: dt.date | None = None,
    *,
    status: str = "active",
    number: str | None = None,
) -> int:
    with db.session() as s:
        row = Assignment(
            number=number,
            volunteer_id=volunteer_id,
            agreement_id=agreement_id,
            activity_type_id=TOW,
            form="individual",
            date_from=date_from,
            date_to=date_to,
            status=status,
        )
        s.add(row)
        s.flush()
        return row.id


def add_hours(
    db: Database, volunteer_id: int, assignment_id: int, day: dt.date, status: str = "done"
) -> None:
    with db.session() as s:
        s.add(
            HoursEntry(
                volunteer_id=volunteer_id,
                assignment_id=assignment_id,
                work_date=day,
                minutes=90,
                activity_type_id=TOW,
                source="paper",
                status=status,
            )
        )
