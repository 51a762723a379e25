"""The agreement tests' small world: a signatory, volunteers (adults and minors), the centre's
insurance, assignments and hours, built with tests/factories."""

from __future__ import annotations

import datetime as dt

from coordinator_app.db.engine import Database
from coordinator_app.db.models import Organisation
from tests.factories import TOW, assignment_row, hours_row, save, session_of, staff_row, volunteer_row


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def add_signatory(db: Database, *, signatory: bool = True, position: str = "Kierownik") -> int:
    return save(db, staff_row("Wiśniewska Łucja", position=position, is_signatory=signatory))


def add_volunteer(
    db: Database,
    *,
    birth: dt.date = dt.date(1980, 5, 14),
    guardian: str | None = None,
    consent: dt.date | None = None,
    status: str = "active",
    name: tuple[str, str] = ("Żaneta", "Żółć"),
) -> int:
    """A volunteer (first name, surname) at 132 Mnichowo; a minor has a guardian and consent."""
    return save(
        db,
        volunteer_row(
            f"{name[1]} {name[0]}",
            birth_date=birth,
            house_number="132",
            status=status,
            guardian_name=guardian,
            guardian_phone="+48600123456" if guardian else None,
            guardian_consent_date=consent,
        ),
    )


def set_insurance(
    db: Database,
    policy: str | None = "NNW/2026/000123",
    valid: tuple[dt.date, dt.date] | None = (dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
) -> None:
    with session_of(db) as s:
        org = s.get(Organisation, 1)
        assert org is not None
        org.nnw_insurer = "Towarzystwo Ubezpieczeń Wzajemnych „Łąka”" if policy else None
        org.nnw_policy = policy
        org.nnw_valid_from, org.nnw_valid_to = valid if valid else (None, None)
        org.place_for_dates = "Modrzewo"
        org.gmina = "Modrzewo"


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
    return save(
        db,
        assignment_row(
            volunteer_id,
            agreement_id,
            TOW,
            number=number,
            date_from=date_from,
            date_to=date_to,
            status=status,
        ),
    )


def add_hours(
    db: Database, volunteer_id: int, assignment_id: int, day: dt.date, status: str = "done"
) -> None:
    save(db, hours_row(volunteer_id, day, 90, TOW, assignment_id=assignment_id, status=status))
