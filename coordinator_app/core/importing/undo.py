"""Undoing a whole import, and the list of imports.

An import can be undone while none of its records was changed by hand since (no later audit
entry about any of them) and nothing else came to depend on them (an agreement, an hours entry
typed later: the database's foreign keys refuse the removal, and so does this). Undoing removes
what the import created, puts back what its merges replaced, and reopens the months it closed;
the audit log keeps the import and gains an "undo" entry.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_event
from coordinator_app.core.importing.service import CLOSE, CREATE, MODELS
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, HoursEntry, ImportBatch, ImportRecord, MonthClose
from coordinator_app.db.models.base import local_now
from coordinator_app.i18n import _

# Removed in this order: what depends on others first.
_DELETE_ORDER = ("hours_entry", "client", "volunteer", "activity_type", "village")


class ImportUndoError(ValueError):
    """The import cannot be undone; the message says why in one sentence."""


@dataclass(frozen=True)
class ImportSummary:
    id: int
    kind: str
    file_name: str
    created_at: dt.datetime
    imported: int
    merged: int
    rejected: int
    undone_at: dt.datetime | None


def list_imports(db: Database) -> list[ImportSummary]:
    """Every import, newest first."""
    with db.session() as session:
        rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc())).all()
        return [
            ImportSummary(
                b.id, b.kind, b.file_name, b.created_at, b.imported, b.merged, b.rejected, b.undone_at
            )
            for b in rows
        ]


def undo_import(db: Database, batch_id: int) -> int:
    """Undo the import `batch_id`; returns how many records were removed or restored.
    Raises `ImportUndoError`, and then nothing changed."""
    with db.session(write=True) as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise ImportUndoError(_("There is no import number {n}.").format(n=batch_id))
        if batch.undone_at is not None:
            raise ImportUndoError(_("Import number {n} has been undone already.").format(n=batch_id))
        links = session.scalars(select(ImportRecord).where(ImportRecord.batch_id == batch_id)).all()
        pairs = [(link.entity, link.record_id) for link in links if link.record_id is not None]
        later = session.execute(
            select(AuditEntry.entity, AuditEntry.entity_id).where(AuditEntry.id > batch.audit_mark)
        ).all()
        if pairs:
            touched = set(pairs) & {(entity, entity_id) for entity, entity_id in later}
            if touched:
                raise ImportUndoError(
                    _(
                        "Records of this import have been changed by hand since; "
                        "it can no longer be undone as a whole."
                    )
                )
        created: dict[str, list[int]] = defaultdict(list)
        for link in links:
            if link.action == CREATE and link.record_id is not None:
                created[link.entity].append(link.record_id)
            elif link.action == CLOSE and link.record_key:
                _reopen(session, link.record_key)
            elif link.before is not None and link.record_id is not None:
                record = session.get(MODELS[link.entity], link.record_id)
                if record is not None:
                    for name, value in json.loads(link.before).items():
                        setattr(record, name, _typed(record, name, value))
        try:
            for entity in _DELETE_ORDER:
                model = MODELS[entity]
                for start in range(0, len(created[entity]), 500):
                    session.execute(delete(model).where(model.id.in_(created[entity][start : start + 500])))
            session.flush()
        except IntegrityError:
            session.rollback()
            raise ImportUndoError(
                _(
                    "Records of this import are already used elsewhere (e.g. in agreements or hours); "
                    "it cannot be undone."
                )
            ) from None
        batch.undone_at, batch.undone_by = local_now(), current_actor()
        record_event(session, "import", batch_id, "undo", batch.file_name)
        return len(links)


def _reopen(session: Session, key: str) -> None:
    year, month = int(key[:4]), int(key[5:])
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    session.execute(delete(MonthClose).where(MonthClose.month == key))
    session.execute(update(HoursEntry).where(HoursEntry.work_date.between(first, last)).values(locked=False))


def _typed(record: object, name: str, value: object) -> object:
    """A value kept as JSON, back in its column's type (dates were written as text)."""
    if value is None:
        return None
    column = type(record).__table__.columns[name]  # type: ignore[attr-defined]
    if column.type.python_type is dt.datetime and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if column.type.python_type is dt.date and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value
