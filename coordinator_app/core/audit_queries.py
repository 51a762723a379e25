"""Reading the audit log for its window (issue #13, point 9: RODO accountability): entries
filtered by person, record kind, date range and text, newest first, each with the name of the
volunteer or client its record belongs to.

Filtering happens in SQL (the log may hold a million entries) and at most `limit` entries are
returned. Reading the log writes nothing to it: looking at the log of a view of health notes
is not itself a view of them, and values of criminal-record (vetting) entries are withheld
here (`HIDDEN`), so seeing them still goes through the vetting window's audited view.

May import: `db/`, `i18n/`, other `core/` modules.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, false, null, or_, select
from sqlalchemy.orm import Session

from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Agreement,
    AgreementAnnex,
    Assignment,
    Attendance,
    AuditEntry,
    Client,
    HoursEntry,
    IssuedDocument,
    Need,
    Vetting,
    Volunteer,
)

DEFAULT_LIMIT = 5000
HIDDEN = "•••"
# Entities whose values are criminal-record data (shown only through the audited vetting view).
WITHHELD_ENTITIES = frozenset({"vetting"})
# Fields holding a PESEL: shown with the last five digits masked, as the log file masks them.
PESEL_FIELDS = frozenset({"pesel", "guardian_pesel"})
VOLUNTEER, CLIENT = "volunteer", "client"


@dataclass(frozen=True)
class AuditFilter:
    """What the window asks for; empty parts do not filter."""

    person: str = ""
    entity: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    """One entry as the window shows it (values already masked or withheld)."""

    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old_value: str
    new_value: str
    reason: str
    person: str


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    truncated: bool  # more entries matched than `limit`


# entity → (model, its volunteer id column, its client id column); the entity's id is the model's id.
_OWNERS: dict[str, tuple[Any, Any, Any]] = {
    "vetting": (Vetting, Vetting.volunteer_id, None),
    "agreement": (Agreement, Agreement.volunteer_id, None),
    "assignment": (Assignment, Assignment.volunteer_id, Assignment.client_id),
    "hours_entry": (HoursEntry, HoursEntry.volunteer_id, None),
    "issued_document": (IssuedDocument, IssuedDocument.volunteer_id, None),
    "attendance": (Attendance, Attendance.volunteer_id, None),
    "need": (Need, None, Need.client_id),
}


def entity_kinds(db: Database) -> list[str]:
    """The record kinds the log holds, sorted."""
    with db.session() as session:
        return sorted(str(kind) for kind in session.scalars(select(AuditEntry.entity).distinct()))


def read_audit_log(db: Database, wanted: AuditFilter, *, limit: int = DEFAULT_LIMIT) -> AuditPage:
    """The newest entries matching `wanted`, at most `limit`."""
    with db.session() as session:
        conditions = _conditions(session, wanted)
        query = select(AuditEntry).where(*conditions).order_by(AuditEntry.id.desc()).limit(limit + 1)
        entries = list(session.scalars(query))
        truncated = len(entries) > limit
        entries = entries[:limit]
        people = _people_of(session, entries)
        rows = [_row(entry, people.get((entry.entity, entry.entity_id), "")) for entry in entries]
    return AuditPage(rows, truncated)


def mask_value(entity: str, field: str | None, value: str | None) -> str:
    """A stored value as the window may show it."""
    if value is None:
        return ""
    if entity in WITHHELD_ENTITIES:
        return HIDDEN
    if field in PESEL_FIELDS and len(value) == 11 and value.isdigit():
        return value[:6] + "*****"
    return value


def _row(entry: AuditEntry, person: str) -> AuditRow:
    return AuditRow(
        id=entry.id,
        at=entry.at,
        actor=entry.actor or "",
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        field=entry.field or "",
        old_value=mask_value(entry.entity, entry.field, entry.old_value),
        new_value=mask_value(entry.entity, entry.field, entry.new_value),
        reason=entry.reason or "",
        person=person,
    )


def _conditions(session: Session, wanted: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.entity:
        conditions.append(AuditEntry.entity == wanted.entity)
    if wanted.date_from is not None:
        conditions.append(AuditEntry.at >= dt.datetime.combine(wanted.date_from, dt.time()))
    if wanted.date_to is not None:
        end = dt.datetime.combine(wanted.date_to + dt.timedelta(days=1), dt.time())
        conditions.append(AuditEntry.at < end)
    text = wanted.text.strip()
    if text:
        pattern = f"%{text.replace('%', '').replace('_', '')}%"
        columns = (AuditEntry.actor, AuditEntry.field, AuditEntry.new_value, AuditEntry.old_value)
        conditions.append(or_(*(column.like(pattern) for column in (*columns, AuditEntry.reason))))
    if wanted.person.strip():
        conditions.append(_person_condition(session, wanted.person))
    return conditions


def _matching(session: Session, model: Any, needle: str) -> list[int]:
    """Ids of the volunteers or clients whose name contains `needle` (any case, either order)."""
    needle = " ".join(needle.casefold().split())
    found = []
    for record_id, first, last in session.execute(select(model.id, model.first_name, model.last_name)):
        if needle in f"{last} {first}".casefold() or needle in f"{first} {last}".casefold():
            found.append(int(record_id))
    return found


def _person_condition(session: Session, needle: str) -> ColumnElement[bool]:
    """Entries of records that belong to a volunteer or client named like `needle`."""
    volunteers, clients = _matching(session, Volunteer, needle), _matching(session, Client, needle)
    if not volunteers and not clients:
        return false()
    parts = [
        and_(AuditEntry.entity == VOLUNTEER, AuditEntry.entity_id.in_(volunteers)),
        and_(AuditEntry.entity == CLIENT, AuditEntry.entity_id.in_(clients)),
    ]
    for entity, (model, volunteer_column, client_column) in _OWNERS.items():
        owned = []
        if volunteer_column is not None and volunteers:
            owned.append(volunteer_column.in_(volunteers))
        if client_column is not None and clients:
            owned.append(client_column.in_(clients))
        if owned:
            ids = select(model.id).where(or_(*owned))
            parts.append(and_(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids)))
    if volunteers:
        agreements = select(Agreement.id).where(Agreement.volunteer_id.in_(volunteers))
        annexes = select(AgreementAnnex.id).where(AgreementAnnex.agreement_id.in_(agreements))
        parts.append(and_(AuditEntry.entity == "agreement_annex", AuditEntry.entity_id.in_(annexes)))
    return or_(*parts)


def _people_of(session: Session, entries: Iterable[AuditEntry]) -> dict[tuple[str, int | None], str]:
    """The name of the volunteer or client each entry's record belongs to."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entry in entries:
        if entry.entity_id is not None:
            wanted[entry.entity].add(entry.entity_id)
    owner: dict[tuple[str, int], tuple[str, int]] = {}
    for entity, ids in wanted.items():
        if entity in (VOLUNTEER, CLIENT):
            owner.update({(entity, i): (entity, i) for i in ids})
        elif entity in _OWNERS:
            model, volunteer_column, client_column = _OWNERS[entity]
            columns = [c if c is not None else null() for c in (volunteer_column, client_column)]
            for record_id, volunteer_id, client_id in session.execute(
                select(model.id, *columns).where(model.id.in_(ids))
            ):
                if volunteer_id is not None:
                    owner[(entity, record_id)] = (VOLUNTEER, volunteer_id)
                elif client_id is not None:
                    owner[(entity, record_id)] = (CLIENT, client_id)
    names = _names(session, owner.values())
    return {key: names.get(person, "") for key, person in owner.items()}


def _names(session: Session, people: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    ids: dict[str, set[int]] = defaultdict(set)
    for kind, person_id in people:
        ids[kind].add(person_id)
    names: dict[tuple[str, int], str] = {}
    for kind, model in ((VOLUNTEER, Volunteer), (CLIENT, Client)):
        if ids[kind]:
            query = select(model.id, model.last_name, model.first_name).where(model.id.in_(ids[kind]))
            names.update({(kind, i): f"{last} {first}" for i, last, first in session.execute(query)})
    return names
