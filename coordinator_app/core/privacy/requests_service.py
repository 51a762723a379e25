"""Writing the requests register; every change goes to the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict

from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.privacy.requests import RequestData, validate_request
from coordinator_app.core.privacy.requests_queries import RequestNotFound
from coordinator_app.db.engine import Database
from coordinator_app.db.models import PrivacyRequest

ENTITY = "privacy_request"


def create_request(db: Database, data: RequestData, *, today: dt.date) -> int:
    clean = validate_request(data, today)
    with db.session(write=True) as session:
        row = PrivacyRequest(**asdict(clean), created_by=current_actor())
        session.add(row)
        session.flush()
        record_changes(session, ENTITY, row.id, {}, asdict(clean), action="create")
        return row.id


def update_request(db: Database, request_id: int, data: RequestData, *, today: dt.date) -> None:
    clean = validate_request(data, today)
    with db.session(write=True) as session:
        row = session.get(PrivacyRequest, request_id)
        if row is None:
            raise RequestNotFound(request_id)
        before = {name: getattr(row, name) for name in asdict(clean)}
        for name, value in asdict(clean).items():
            setattr(row, name, value)
        row.updated_by = current_actor()
        record_changes(session, ENTITY, row.id, before, asdict(clean))
