"""Volunteer writes: create, update, archive and restore. Each call opens one short session;
every change goes to the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.volunteers.data import SCALAR_FIELDS, VolunteerData, VolunteerNotFound
from coordinator_app.core.volunteers.names import record_former_name
from coordinator_app.core.volunteers.queries import _volunteer_data
from coordinator_app.core.volunteers.validate import validate_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Volunteer,
    VolunteerActivityPreference,
    VolunteerAvailability,
    VolunteerStatement,
    VolunteerStatusChange,
    VolunteerVillage,
)
from coordinator_app.i18n import _

ENTITY = "volunteer"


def _audit_view(data: VolunteerData) -> dict[str, object]:
    """The fields and lists compared for the audit log."""
    values: dict[str, object] = {name: getattr(data, name) for name in SCALAR_FIELDS}
    for kind, st in data.statements.items():
        values[f"statement:{kind}"] = st.signed_on
    values["preferred_activities"] = data.preferred_activity_ids
    values["excluded_activities"] = data.excluded_activity_ids
    values["availability"] = {f"{d}:{s}" for d, s in data.availability}
    values["served_villages"] = data.served_village_ids
    return values


def _write_related(session: Session, volunteer_id: int, data: VolunteerData) -> None:
    for model in (VolunteerStatement, VolunteerActivityPreference, VolunteerAvailability, VolunteerVillage):
        session.execute(delete(model).where(model.volunteer_id == volunteer_id))
    session.add_all(
        VolunteerStatement(
            volunteer_id=volunteer_id,
            kind=kind,
            signed_on=st.signed_on,
            content_version=st.content_version,
            scope=st.scope,
            withdrawn_on=st.withdrawn_on,
        )
        for kind, st in data.statements.items()
    )
    session.add_all(
        VolunteerActivityPreference(volunteer_id=volunteer_id, activity_type_id=aid, excluded=False)
        for aid in sorted(data.preferred_activity_ids)
    )
    session.add_all(
        VolunteerActivityPreference(volunteer_id=volunteer_id, activity_type_id=aid, excluded=True)
        for aid in sorted(data.excluded_activity_ids)
    )
    session.add_all(
        VolunteerAvailability(volunteer_id=volunteer_id, weekday=d, slot=s)
        for d, s in sorted(data.availability)
    )
    session.add_all(
        VolunteerVillage(volunteer_id=volunteer_id, village_id=vid) for vid in sorted(data.served_village_ids)
    )


def create_volunteer(db: Database, data: VolunteerData, *, today: dt.date | None = None) -> int:
    """Validate and save a new volunteer; returns the new id. Raises `ValidationErrors`."""
    today = today or dt.date.today()
    clean = validate_volunteer(data, today)
    actor = current_actor()
    with db.session() as session:
        row = Volunteer(**{name: getattr(clean, name) for name in SCALAR_FIELDS})
        row.created_by = row.updated_by = actor
        session.add(row)
        session.flush()
        _write_related(session, row.id, clean)
        session.add(
            VolunteerStatusChange(
                volunteer_id=row.id,
                old_status=None,
                new_status=clean.status,
                changed_on=clean.application_date or today,
                reason=_("Application registered"),
            )
        )
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean), action="create")
        return row.id


def update_volunteer(
    db: Database, volunteer_id: int, data: VolunteerData, *, today: dt.date | None = None
) -> None:
    """Validate and save changes; every changed field lands in the audit log."""
    today = today or dt.date.today()
    with db.session() as session:
        before = _volunteer_data(session, volunteer_id)
        clean = validate_volunteer(data, today, stored_status=before.status)
        row = session.get(Volunteer, volunteer_id)
        assert row is not None
        if (row.first_name, row.last_name) != (clean.first_name, clean.last_name):
            # documents about earlier acts keep the name borne then
            record_former_name(session, row, row.first_name, row.last_name, today - dt.timedelta(days=1))
        for name in SCALAR_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        _write_related(session, volunteer_id, clean)
        if before.status != clean.status:
            assert clean.status_change_date is not None
            session.add(
                VolunteerStatusChange(
                    volunteer_id=volunteer_id,
                    old_status=before.status,
                    new_status=clean.status,
                    changed_on=clean.status_change_date,
                    reason=clean.status_change_reason,
                )
            )
        record_changes(session, ENTITY, volunteer_id, _audit_view(before), _audit_view(clean))


def archive_volunteer(db: Database, volunteer_id: int, reason: str | None = None) -> None:
    """Hide a volunteer from everyday lists; nothing is deleted (their history stays)."""
    _set_archived(db, volunteer_id, True, "archive", reason)


def restore_volunteer(db: Database, volunteer_id: int) -> None:
    _set_archived(db, volunteer_id, False, "unarchive", None)


def _set_archived(db: Database, volunteer_id: int, archived: bool, action: str, reason: str | None) -> None:
    with db.session() as session:
        row = session.get(Volunteer, volunteer_id)
        if row is None:
            raise VolunteerNotFound(volunteer_id)
        row.archived = archived
        row.updated_by = current_actor()
        record_event(session, ENTITY, volunteer_id, action, reason)
