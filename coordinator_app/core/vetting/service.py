"""Vetting use cases: show the record (each showing audited), save it, and a short status.

The vetting is criminal-record data (art. 10 RODO) processed because the act of 13 May 2016
requires it (art. 6 ust. 1 lit. c RODO), never on the basis of consent; the app neither asks
for nor records a consent for it. Access is restricted: the content is read only through
`get_vetting`, which writes an audit entry every time it is called; every change is written
field by field.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.enums import TrainingCategory
from coordinator_app.core.trainings.readiness import counts_as_completed
from coordinator_app.core.vetting.data import (
    VALIDITY_MONTHS,
    VETTING_FIELDS,
    EarlierVetting,
    VettingData,
    VettingView,
)
from coordinator_app.core.vetting.queries import (
    NEWEST_FIRST,
    current_vetting,
    data_of,
    record_vetting_view,
    statement_from_everyone,
)
from coordinator_app.core.vetting.validate import validate_vetting
from coordinator_app.core.volunteers.data import VolunteerNotFound
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance, TrainingSession, Vetting, Volunteer
from coordinator_app.i18n import _

ENTITY = "vetting"  # field changes are recorded against the vetting row


class VettingRefused(ValueError):
    """The operation is not allowed; the message says why and what to do instead."""


def _values(data: VettingData) -> dict[str, object]:
    return {name: getattr(data, name) for name in VETTING_FIELDS}


def get_vetting(db: Database, volunteer_id: int, *, today: dt.date | None = None) -> VettingView:
    """The volunteer's current vetting (an empty one when nothing is recorded), earlier records
    and suggestions for the form. Every call writes a "view" entry to the audit log, in the same
    transaction as the reading."""
    today = today or dt.date.today()
    with db.session() as session:
        person = session.execute(
            select(Volunteer.first_name, Volunteer.last_name, Volunteer.citizenship).where(
                Volunteer.id == volunteer_id
            )
        ).first()
        if person is None:
            raise VolunteerNotFound(volunteer_id)
        first, last, citizenship = person
        query = select(Vetting).where(Vetting.volunteer_id == volunteer_id).order_by(*NEWEST_FIRST)
        rows = list(session.scalars(query))
        current = rows[0] if rows else None
        view = VettingView(
            volunteer_id=volunteer_id,
            volunteer_name=f"{first} {last}",
            citizenship=citizenship,
            record_id=None if current is None else current.id,
            data=VettingData() if current is None else data_of(current),
            updated_at=None if current is None else current.updated_at,
            updated_by=None if current is None else current.updated_by,
            earlier=[
                EarlierVetting(row.id, row.rspts_date or row.created_at.date(), row.valid_until)
                for row in rows[1:]
            ],
            standards_training_suggestion=_standards_training(session, volunteer_id, today),
            statement_from_everyone=statement_from_everyone(session),
        )
        record_vetting_view(session, volunteer_id)
    view.validity_months = settings_store.read(db, VALIDITY_MONTHS)
    return view


def _standards_training(
    session: Session, volunteer_id: int, today: dt.date
) -> tuple[dt.date, str | None] | None:
    """The newest completed training in the child-protection standards (Szkolenia register)."""
    rows = session.execute(
        select(
            TrainingSession.session_date,
            TrainingSession.trainer_name,
            Attendance.status,
            Attendance.minutes_attended,
            TrainingSession.duration_minutes,
        )
        .join(Attendance, Attendance.session_id == TrainingSession.id)
        .where(
            Attendance.volunteer_id == volunteer_id,
            TrainingSession.category == TrainingCategory.CHILD_PROTECTION.value,
            TrainingSession.session_date <= today,
        )
        .order_by(TrainingSession.session_date.desc(), TrainingSession.id.desc())
    ).all()
    for day, trainer, status, minutes, duration in rows:
        if counts_as_completed(status, minutes, duration):
            return day, trainer
    return None


def save_vetting(
    db: Database,
    volunteer_id: int,
    data: VettingData,
    *,
    new_check: bool = False,
    today: dt.date | None = None,
) -> int:
    """Validate and save the volunteer's current vetting; returns the record's id.

    With `new_check` (a periodic review) a new record is started and the current one stays as
    history; refused while the current record shows an entry found in a register (a mistaken
    entry is corrected in that record, with its change in the audit log, not hidden behind a
    newer one). Raises `ValidationErrors` listing every wrong field, or `VettingRefused`.
    Changes are audited field by field in the same transaction; on any error nothing is saved.
    """
    clean = validate_vetting(data, today or dt.date.today())
    actor = current_actor()
    with db.session() as session:
        if session.get(Volunteer, volunteer_id) is None:
            raise VolunteerNotFound(volunteer_id)
        row = current_vetting(session, volunteer_id)
        if row is not None and new_check:
            old = data_of(row)
            if old.rspts_entry_found or old.commission_entry_found or old.krk_has_entries:
                raise VettingRefused(
                    _(
                        "The current vetting shows an entry found in a register. A new check "
                        "cannot replace it; correct that record if the entry was typed by mistake."
                    )
                )
        if row is None or new_check:
            row = Vetting(volunteer_id=volunteer_id, **_values(clean))
            row.created_by = row.updated_by = actor
            session.add(row)
            session.flush()
            record_changes(session, ENTITY, row.id, {}, _values(clean), action="create")
            return row.id
        before = _values(data_of(row))
        for name, value in _values(clean).items():
            setattr(row, name, value)
        if record_changes(session, ENTITY, row.id, before, _values(clean)):
            row.updated_by = actor
        return row.id
