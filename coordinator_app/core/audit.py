"""Audit log of personal-data changes: who changed which field of which record, old → new.

Every entry added here is linked into the log's hash chain by the flush that inserts it, in
the same transaction (`db.audit_chain`; `coordinator-app check` verifies the chain). Reading
the log for its window is `core.audit_queries`.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from coordinator_app.db.models import AuditEntry


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name available (service accounts, odd Windows set-ups)
        return "?"


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(sorted(str(v) for v in value)) or None
    return str(value)


def record_changes(
    session: Session,
    entity: str,
    entity_id: int,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    *,
    action: str = "update",
    reason: str | None = None,
) -> int:
    """Add one audit entry per field whose value differs; returns how many were added."""
    actor = current_actor()
    count = 0
    for field in sorted(set(old) | set(new)):
        before, after = _text(old.get(field)), _text(new.get(field))
        if before == after:
            continue
        session.add(
            AuditEntry(
                actor=actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                field=field,
                old_value=before,
                new_value=after,
                reason=reason,
            )
        )
        count += 1
    return count


def record_event(
    session: Session, entity: str, entity_id: int | None, action: str, reason: str | None = None
) -> None:
    """An audit entry that is not a field change: archive, view of restricted data, override."""
    session.add(
        AuditEntry(actor=current_actor(), action=action, entity=entity, entity_id=entity_id, reason=reason)
    )
