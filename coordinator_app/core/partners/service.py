"""Partner writes: create and update a partner with its contact persons, every change audited."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.partners.data import (
    CONTACT_FIELDS,
    PARTNER_FIELDS,
    ContactData,
    PartnerData,
    PartnerNotFound,
)
from coordinator_app.core.partners.queries import partner_data
from coordinator_app.core.partners.validate import validate_partner
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Partner, PartnerContact

ENTITY = "partner"
CONTACT_ENTITY = "partner_contact"


def _view(data: PartnerData) -> dict[str, object]:
    return {name: getattr(data, name) for name in PARTNER_FIELDS}


def _contact_view(data: ContactData) -> dict[str, object]:
    return {name: getattr(data, name) for name in CONTACT_FIELDS}


def _write_contacts(session: Session, partner_id: int, contacts: list[ContactData]) -> None:
    """The contact list as the form left it: new ones added, changed ones updated, the others
    (removed in the form) deleted."""
    stored = {
        row.id: row
        for row in session.scalars(select(PartnerContact).where(PartnerContact.partner_id == partner_id))
    }
    kept = set()
    for contact in contacts:
        row = stored.get(contact.id) if contact.id is not None else None
        if row is None:
            row = PartnerContact(partner_id=partner_id, **_contact_view(contact))
            session.add(row)
            session.flush()
            record_changes(session, CONTACT_ENTITY, row.id, {}, _contact_view(contact), action="create")
            continue
        kept.add(row.id)
        before = {name: getattr(row, name) for name in CONTACT_FIELDS}
        for name in CONTACT_FIELDS:
            setattr(row, name, getattr(contact, name))
        record_changes(session, CONTACT_ENTITY, row.id, before, _contact_view(contact))
    for contact_id, row in stored.items():
        if contact_id not in kept:
            before = {name: getattr(row, name) for name in CONTACT_FIELDS}
            record_changes(session, CONTACT_ENTITY, contact_id, before, {}, action="delete")
            session.delete(row)


def create_partner(db: Database, data: PartnerData, *, today: dt.date | None = None) -> int:
    """Validate and save a new partner with its contact persons; returns the new id."""
    clean = validate_partner(data, today or dt.date.today())
    with db.session() as session:
        row = Partner(**_view(clean))
        row.created_by = row.updated_by = current_actor()
        session.add(row)
        session.flush()
        record_changes(session, ENTITY, row.id, {}, _view(clean), action="create")
        _write_contacts(session, row.id, clean.contacts)
        return row.id


def update_partner(db: Database, partner_id: int, data: PartnerData, *, today: dt.date | None = None) -> None:
    clean = validate_partner(data, today or dt.date.today())
    with db.session() as session:
        row = session.get(Partner, partner_id)
        if row is None:
            raise PartnerNotFound(partner_id)
        before = partner_data(session, partner_id)
        for name in PARTNER_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        record_changes(session, ENTITY, partner_id, _view(before), _view(clean))
        _write_contacts(session, partner_id, clean.contacts)
