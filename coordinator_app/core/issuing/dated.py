"""The data valid on the day of an act, for a document issued later about it.

A termination printed today about notice given in March is signed by whoever signed for the
centre in March, and names the volunteer by the name they bore then:
- `in_office(staff, on)`: whether a signatory held the role that day (`role_valid_from` ..
  `role_valid_to`, both inclusive, open ends allowed);
- `signatory_on(...)`: the agreement's representative when in office that day, otherwise another
  signatory who was (the head of the centre from the organisation's data as the last resort);
- `name_on(...)`: the volunteer's name that day from the former names (`VolunteerName`, each
  borne until its `valid_to`), otherwise the present one.

May import: `db/` models, core/issuing/common, core/volunteers/names.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.issuing.common import representative
from coordinator_app.core.issuing.organisation import OrganisationData
from coordinator_app.core.volunteers.names import name_on
from coordinator_app.db.models import Staff, Volunteer


def in_office(staff: Staff, on: dt.date) -> bool:
    if staff.role_valid_from is not None and on < staff.role_valid_from:
        return False
    return staff.role_valid_to is None or on <= staff.role_valid_to


def signatory_id_on(session: Session, preferred_id: int | None, on: dt.date) -> int | None:
    """The signatory in office on `on`: `preferred_id` when they were, else the first other
    signatory who was (dated roles first); None leaves the head of the centre."""
    if preferred_id is not None:
        preferred = session.get(Staff, preferred_id)
        if preferred is not None and in_office(preferred, on):
            return preferred_id
    rows = session.scalars(
        select(Staff).where(Staff.is_signatory.is_(True)).order_by(Staff.role_valid_from.desc(), Staff.id)
    ).all()
    dated = [row for row in rows if (row.role_valid_from or row.role_valid_to) and in_office(row, on)]
    return dated[0].id if dated else None


def signatory_on(
    session: Session, preferred_id: int | None, org: OrganisationData, on: dt.date
) -> tuple[str, str]:
    """(`Konrad Ośka – Kierownik`, name) of who signed for the OPS on `on`."""
    return representative(session, signatory_id_on(session, preferred_id, on), org)


def full_name_on(session: Session, volunteer: Volunteer, on: dt.date) -> str:
    return " ".join(name_on(session, volunteer, on))
