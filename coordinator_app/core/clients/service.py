"""Client and need writes: create, update, reveal health notes (an audited read).

Health notes are special-category data (art. 9 RODO): `queries.get_client` never reads them; only
`reveal_health_notes` does, and every call leaves a "view" entry in the audit log. Their
changes are audited without their content, so the log does not become a copy of them.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.clients.data import (
    CLIENT_FIELDS,
    NEED_FIELDS,
    ClientData,
    ClientNotFound,
    NeedData,
    NeedNotFound,
)
from coordinator_app.core.clients.queries import _client_data
from coordinator_app.core.clients.validate import validate_client, validate_need
from coordinator_app.core.enums import NeedStatus
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Client, ClientType, Need

ENTITY = "client"
NEED_ENTITY = "need"
CODE_PREFIX = "P-"
_CODE_RE = re.compile(r"^P-(\d+)$")


def _next_client_code(session: Session) -> str:
    """`P-` and the next number, as wide as the widest code so far (at least three digits)."""
    highest, width = 0, 3
    for (code,) in session.execute(select(Client.code).where(Client.code.like(f"{CODE_PREFIX}%"))):
        match = _CODE_RE.match(code)
        if match:
            highest = max(highest, int(match[1]))
            width = max(width, len(match[1]))
    return f"{CODE_PREFIX}{highest + 1:0{width}d}"


def _audit_view(data: ClientData) -> dict[str, object]:
    values: dict[str, object] = {name: getattr(data, name) for name in CLIENT_FIELDS}
    values["type_codes"] = data.type_codes
    return values


def _write_types(session: Session, client_id: int, codes: set[str]) -> None:
    session.execute(delete(ClientType).where(ClientType.client_id == client_id))
    session.add_all(ClientType(client_id=client_id, type_code=code) for code in sorted(codes))


def _write_health_notes(session: Session, row: Client, clean: ClientData, before: str | None) -> None:
    if not clean.health_notes_edited or clean.health_notes == before:
        return
    row.health_notes = clean.health_notes
    record_event(session, ENTITY, row.id, "update", "health_notes")


def create_client(db: Database, data: ClientData, *, today: dt.date | None = None) -> int:
    """Validate and save a new client under the next free code; returns the new id."""
    clean = validate_client(data, today or dt.date.today())
    with db.session() as session:
        row = Client(**{name: getattr(clean, name) for name in CLIENT_FIELDS})
        row.code = _next_client_code(session)
        row.created_by = row.updated_by = current_actor()
        row.status_changed_on = today or dt.date.today()
        session.add(row)
        session.flush()
        _write_types(session, row.id, clean.type_codes)
        _write_health_notes(session, row, clean, None)
        record_changes(session, ENTITY, row.id, {}, _audit_view(clean), action="create")
        return row.id


def update_client(db: Database, client_id: int, data: ClientData, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    clean = validate_client(data, today)
    with db.session() as session:
        _code, before = _client_data(session, client_id)
        row = session.get(Client, client_id)
        assert row is not None
        for name in CLIENT_FIELDS:
            setattr(row, name, getattr(clean, name))
        if before.status != clean.status:
            row.status_changed_on = today
        row.updated_by = current_actor()
        _write_types(session, client_id, clean.type_codes)
        if clean.health_notes_edited:
            stored = session.scalar(select(Client.health_notes).where(Client.id == client_id))
            _write_health_notes(session, row, clean, stored)
        record_changes(session, ENTITY, client_id, _audit_view(before), _audit_view(clean))


def reveal_health_notes(db: Database, client_id: int) -> str | None:
    """The restricted health notes; the showing itself is written to the audit log."""
    with db.session() as session:
        notes = session.execute(select(Client.health_notes).where(Client.id == client_id)).first()
        if notes is None:
            raise ClientNotFound(client_id)
        record_event(session, ENTITY, client_id, "view", "health_notes")
        return notes[0]


# --- needs ------------------------------------------------------------------------------------
def create_need(db: Database, client_id: int, data: NeedData, *, today: dt.date | None = None) -> int:
    today = today or dt.date.today()
    clean = validate_need(data, today)
    with db.session() as session:
        if session.get(Client, client_id) is None:
            raise ClientNotFound(client_id)
        row = Need(client_id=client_id, **{name: getattr(clean, name) for name in NEED_FIELDS})
        row.created_by = row.updated_by = current_actor()
        if clean.status != NeedStatus.OPEN:
            row.status_changed_on = today
        session.add(row)
        session.flush()
        record_changes(session, NEED_ENTITY, row.id, {}, _need_view(clean), action="create")
        return row.id


def update_need(db: Database, need_id: int, data: NeedData, *, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    clean = validate_need(data, today)
    with db.session() as session:
        row = session.get(Need, need_id)
        if row is None:
            raise NeedNotFound(need_id)
        before = NeedData(**{name: getattr(row, name) for name in NEED_FIELDS})
        for name in NEED_FIELDS:
            setattr(row, name, getattr(clean, name))
        if before.status != clean.status:
            row.status_changed_on = today
        row.updated_by = current_actor()
        record_changes(session, NEED_ENTITY, need_id, _need_view(before), _need_view(clean))


def _need_view(data: NeedData) -> dict[str, object]:
    return {name: getattr(data, name) for name in NEED_FIELDS}
