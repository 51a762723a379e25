"""Writes of the yearly programme: create, update (items kept by id, so the actions that carry
an item out keep their link), delete, and one item marked done by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.coalition.data import ItemInput, ProgrammeData, ProgrammeNotFound
from coordinator_app.core.coalition.programme_queries import PROGRAMME_FIELDS, year_taken
from coordinator_app.core.coalition.validate import validate_programme
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Action, Programme, ProgrammeItem
from coordinator_app.i18n import _

ENTITY = "programme"
ITEM_FIELDS = tuple(f.name for f in dataclasses.fields(ItemInput) if f.name != "id")


class ItemInUse(ValueError):
    """An item that an action carries out cannot be removed; the message names the action."""


def _checked(db: Database, data: ProgrammeData, programme_id: int | None) -> ProgrammeData:
    clean = validate_programme(data)
    assert clean.year is not None  # validated
    if year_taken(db, clean.year, programme_id):
        raise v.ValidationErrors(
            [v.FieldError("year", _("There is already a programme for {year}.").format(year=clean.year))]
        )
    return clean


def _audit_view(data: ProgrammeData) -> dict[str, object]:
    return {**{name: getattr(data, name) for name in PROGRAMME_FIELDS}, "items": len(data.items)}


def _write_items(session: Session, programme_id: int, items: list[ItemInput]) -> None:
    stored = {
        row.id: row
        for row in session.scalars(select(ProgrammeItem).where(ProgrammeItem.programme_id == programme_id))
    }
    kept = {item.id for item in items if item.id is not None}
    for item_id, row in stored.items():
        if item_id in kept:
            continue
        action = session.scalar(select(Action.name).where(Action.programme_item_id == item_id).limit(1))
        if action is not None:
            raise ItemInUse(
                _("The item “{item}” is carried out by the action “{action}”; it cannot be removed.").format(
                    item=row.title, action=action
                )
            )
        session.delete(row)
    for item in items:
        values = {name: getattr(item, name) for name in ITEM_FIELDS}
        existing = stored.get(item.id) if item.id is not None else None
        if existing is None:
            session.add(ProgrammeItem(programme_id=programme_id, **values))
        else:
            for name, value in values.items():
                setattr(existing, name, value)


def create_programme(db: Database, data: ProgrammeData) -> int:
    """Validate and save a new programme with its items; returns its id."""
    clean = _checked(db, data, None)
    with db.session() as session:
        row = Programme(**{name: getattr(clean, name) for name in PROGRAMME_FIELDS})
        row.created_by = row.updated_by = current_actor()
        session.add(row)
        session.flush()
        _write_items(session, row.id, [dataclasses.replace(i, id=None) for i in clean.items])
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean), action="create")
        return row.id


def update_programme(db: Database, programme_id: int, data: ProgrammeData) -> None:
    clean = _checked(db, data, programme_id)
    with db.session() as session:
        row = session.get(Programme, programme_id)
        if row is None:
            raise ProgrammeNotFound(programme_id)
        before = {name: getattr(row, name) for name in PROGRAMME_FIELDS}
        count = len(
            list(session.scalars(select(ProgrammeItem.id).where(ProgrammeItem.programme_id == programme_id)))
        )
        for name in PROGRAMME_FIELDS:
            setattr(row, name, getattr(clean, name))
        row.updated_by = current_actor()
        _write_items(session, programme_id, clean.items)
        record_changes(session, ENTITY, programme_id, {**before, "items": count}, _audit_view(clean))


def delete_programme(db: Database, programme_id: int) -> None:
    with db.session() as session:
        row = session.get(Programme, programme_id)
        if row is None:
            raise ProgrammeNotFound(programme_id)
        _write_items(session, programme_id, [])
        record_event(session, ENTITY, programme_id, "delete", f"{row.year}: {row.title}")
        session.delete(row)


def mark_item_done(db: Database, item_id: int, done_on: dt.date | None) -> None:
    """Mark one item done on `done_on` by hand (None: not done by hand)."""
    with db.session() as session:
        row = session.get(ProgrammeItem, item_id)
        if row is None:
            raise LookupError(item_id)
        before = row.done_on
        row.done_on = done_on
        record_changes(session, "programme_item", item_id, {"done_on": before}, {"done_on": done_on})
