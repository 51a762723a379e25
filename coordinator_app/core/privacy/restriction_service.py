"""Restricting and lifting the restriction of a volunteer's, guardian's or client's data."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import record_changes
from coordinator_app.core.privacy.access import PersonNotFound, PersonRef, PersonRole
from coordinator_app.core.privacy.restriction import REASON_LENGTH, RestrictionState
from coordinator_app.core.validation import FieldError, clean_text
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Client, Volunteer
from coordinator_app.i18n import _

_FIELDS = {
    PersonRole.VOLUNTEER: ("restricted_on", "restriction_reason"),
    PersonRole.CLIENT: ("restricted_on", "restriction_reason"),
    PersonRole.GUARDIAN: ("guardian_restricted_on", None),
}
_ENTITIES = {PersonRole.VOLUNTEER: "volunteer", PersonRole.GUARDIAN: "volunteer", PersonRole.CLIENT: "client"}


def _record(session: Session, person: PersonRef) -> Volunteer | Client:
    record: Volunteer | Client | None
    if person.role is PersonRole.CLIENT:
        record = session.get(Client, person.record_id)
    else:
        record = session.get(Volunteer, person.record_id)
    if record is None or (person.role is PersonRole.GUARDIAN and not getattr(record, "guardian_name", None)):
        raise PersonNotFound(person.record_id)
    return record


def _state(person: PersonRef, record: Volunteer | Client) -> RestrictionState:
    date_field, reason_field = _FIELDS[person.role]
    if person.role is PersonRole.GUARDIAN:
        assert isinstance(record, Volunteer)
        name = record.guardian_name or ""
    else:
        name = f"{record.last_name} {record.first_name}"
    reason = getattr(record, reason_field) if reason_field else None
    return RestrictionState(person.role, person.record_id, name, getattr(record, date_field), reason)


def restriction_state(db: Database, person: PersonRef) -> RestrictionState:
    with db.session() as session:
        return _state(person, _record(session, person))


def set_restriction(db: Database, person: PersonRef, reason: str | None, *, on: dt.date) -> None:
    """Restrict processing from `on`, for `reason` (required: the register must say why)."""
    text = clean_text(reason)
    if not text:
        raise FieldError(
            "reason", _("Give the reason for the restriction (e.g. the accuracy of the data is contested).")
        )
    _write(db, person, on, text[:REASON_LENGTH])


def lift_restriction(db: Database, person: PersonRef) -> None:
    _write(db, person, None, None)


def _write(db: Database, person: PersonRef, on: dt.date | None, reason: str | None) -> None:
    date_field, reason_field = _FIELDS[person.role]
    with db.session(write=True) as session:
        record = _record(session, person)
        before = {date_field: getattr(record, date_field)}
        after: dict[str, object] = {date_field: on}
        setattr(record, date_field, on)
        if reason_field:
            before[reason_field] = getattr(record, reason_field)
            after[reason_field] = reason
            setattr(record, reason_field, reason)
        action = "restrict" if on else "lift_restriction"
        record_changes(
            session, _ENTITIES[person.role], person.record_id, before, after, action=action, reason=reason
        )


def restricted_volunteer_ids(db: Database, volunteer_ids: Iterable[int]) -> set[int]:
    """Which of `volunteer_ids` are restricted (art. 18 RODO), to mark them where they appear."""
    wanted = list(volunteer_ids)
    if not wanted:
        return set()
    with db.session() as session:
        return set(
            session.scalars(
                select(Volunteer.id).where(Volunteer.id.in_(wanted), Volunteer.restricted_on.is_not(None))
            )
        )
