"""Gathering everything linked to one person for an access or portability answer.

Rows are read straight from the schema's tables (`Base.metadata`), so a column added to a
person's table later is exported without a change here; tests/core/privacy walk every table
of the schema to prove nothing linked to the person is missed and nothing of anyone else's
is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import record_event
from coordinator_app.core.privacy.access import (
    AUDIT_ENTITIES,
    CHILD_TABLES,
    CLIENT_TABLES,
    GUARDIAN_COLUMNS,
    OTHER_PERSON_COLUMNS,
    VOLUNTEER_TABLES,
    WITHHELD_MINOR,
    WITHHELD_VETTING,
    WITHHELD_VOLUNTEERS,
    PersonExport,
    PersonNotFound,
    PersonRef,
    PersonRole,
    json_value,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Base, Client, Volunteer
from coordinator_app.i18n import _


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(session: Session, table: Table, *conditions: Any) -> list[dict[str, Any]]:
    result = session.execute(select(table).where(*conditions).order_by(*table.primary_key.columns))
    return [{key: json_value(value) for key, value in row._mapping.items()} for row in result]


def _add(export: PersonExport, name: str, rows: list[dict[str, Any]]) -> None:
    drop = OTHER_PERSON_COLUMNS[export.person.role].get(name, ())
    kept = [{key: value for key, value in row.items() if key not in drop} for row in rows]
    if kept:
        export.tables.setdefault(name, []).extend(kept)


def _children(session: Session, export: PersonExport) -> None:
    for name, column, parent in CHILD_TABLES:
        ids = export.ids(parent)
        if ids:
            table = _table(name)
            _add(export, name, _rows(session, table, table.c[column].in_(ids)))


def _audit(session: Session, export: PersonExport, *, fields_prefix: str = "") -> None:
    """Every audit entry about an exported record: changes, and who viewed health notes when."""
    table = _table("audit_log")
    wanted = [(entity, export.ids(name)) for entity, name in AUDIT_ENTITIES.items() if export.ids(name)]
    if not wanted:
        return
    conditions = [(table.c.entity == entity) & table.c.entity_id.in_(ids) for entity, ids in wanted]
    rows = _rows(session, table, or_(*conditions))
    drop = {column for columns in OTHER_PERSON_COLUMNS[export.person.role].values() for column in columns}
    rows = [row for row in rows if row["field"] not in drop]
    if fields_prefix:
        rows = [row for row in rows if (row["field"] or "").startswith(fields_prefix)]
    _add(export, "audit_log", rows)


def _declined(session: Session, export: PersonExport, names: Iterable[str]) -> None:
    texts = {name.strip() for name in names if name and name.strip()}
    if texts:
        table = _table("declined_forms")
        rows = _rows(session, table, table.c.kind == "person", table.c.text.in_(texts))
        _add(export, "declined_forms", rows)


def _linked(
    session: Session,
    export: PersonExport,
    names: tuple[str, ...],
    column: str,
    record_id: int,
    role: PersonRole,
) -> None:
    """Each table's rows whose `column` is the person's; a request only when made in this role."""
    for name in names:
        table = _table(name)
        conditions = [table.c[column] == record_id]
        if name == "privacy_requests":
            conditions.append(table.c.subject == role.value)
        _add(export, name, _rows(session, table, *conditions))


def _volunteer(session: Session, export: PersonExport, volunteer: Volunteer) -> None:
    volunteers = _table("volunteers")
    _add(export, "volunteers", _rows(session, volunteers, volunteers.c.id == volunteer.id))
    _linked(session, export, VOLUNTEER_TABLES, "volunteer_id", volunteer.id, PersonRole.VOLUNTEER)
    _children(session, export)
    _audit(session, export)
    former = _table("volunteer_names")
    olds = session.execute(
        select(former.c.first_name, former.c.last_name).where(former.c.volunteer_id == volunteer.id)
    )
    names = [f"{volunteer.first_name} {volunteer.last_name}"] + [f"{first} {last}" for first, last in olds]
    _declined(session, export, names)
    export.withheld.append(WITHHELD_VETTING)


def _guardian(session: Session, export: PersonExport, volunteer: Volunteer) -> None:
    volunteers = _table("volunteers")
    rows = _rows(session, volunteers, volunteers.c.id == volunteer.id)
    _add(export, "volunteers", [{key: row[key] for key in ("id", *GUARDIAN_COLUMNS)} for row in rows])
    consents = _table("health_consents")
    _add(
        export,
        "health_consents",
        _rows(
            session, consents, consents.c.volunteer_id == volunteer.id, consents.c.given_by_guardian.is_(True)
        ),
    )
    requests = _table("privacy_requests")
    _add(
        export,
        "privacy_requests",
        _rows(
            session,
            requests,
            requests.c.volunteer_id == volunteer.id,
            requests.c.subject == PersonRole.GUARDIAN.value,
        ),
    )
    _audit(session, export, fields_prefix="guardian_")
    _declined(session, export, [volunteer.guardian_name or ""])
    export.withheld.append(WITHHELD_MINOR)


def _client(session: Session, export: PersonExport, client: Client) -> None:
    clients = _table("clients")
    _add(export, "clients", _rows(session, clients, clients.c.id == client.id))
    _linked(session, export, CLIENT_TABLES, "client_id", client.id, PersonRole.CLIENT)
    _children(session, export)
    assignments = export.ids("assignments")
    if assignments:
        hours = _table("hours_entries")
        _add(export, "hours_entries", _rows(session, hours, hours.c.assignment_id.in_(assignments)))
    _audit(session, export)
    _declined(session, export, [f"{client.first_name} {client.last_name}"])
    export.withheld.append(WITHHELD_VOLUNTEERS)


def collect_person_data(db: Database, person: PersonRef, *, today: dt.date | None = None) -> PersonExport:
    """Every row linked to `person`, table by table; raises PersonNotFound."""
    with db.session() as session:
        record: Volunteer | Client | None
        if person.role is PersonRole.CLIENT:
            record = session.get(Client, person.record_id)
        else:
            record = session.get(Volunteer, person.record_id)
        if record is None:
            raise PersonNotFound(person.record_id)
        if isinstance(record, Client):
            name, restricted = f"{record.first_name} {record.last_name}", record.restricted_on
        elif person.role is PersonRole.GUARDIAN:
            if not record.guardian_name:
                raise PersonNotFound(person.record_id)
            name, restricted = record.guardian_name, record.guardian_restricted_on
        else:
            name, restricted = f"{record.first_name} {record.last_name}", record.restricted_on
        export = PersonExport(person, name, today or dt.date.today(), restricted)
        if isinstance(record, Client):
            _client(session, export, record)
        elif person.role is PersonRole.GUARDIAN:
            _guardian(session, export, record)
        else:
            _volunteer(session, export, record)
    return export


def record_export(db: Database, person: PersonRef) -> None:
    """The audit log keeps that the person's data was given out (accountability, art. 5 ust. 2)."""
    entity = "client" if person.role is PersonRole.CLIENT else "volunteer"
    with db.session(write=True) as session:
        record_event(session, entity, person.record_id, "export", f"art. 15 RODO: {person.role.value}")


def people_for(db: Database, role: PersonRole) -> list[tuple[int, str]]:
    """Whom the RODO windows can choose, as (record id, label), by surname; restricted people
    carry the mark (they are still chosen here: their rights do not end with the restriction)."""
    from coordinator_app.core.privacy.restriction import marked
    from coordinator_app.core.text import polish_sort_key

    people: list[tuple[int, str, bool]]
    with db.session() as session:
        if role is PersonRole.CLIENT:
            clients = session.execute(
                select(Client.id, Client.code, Client.last_name, Client.first_name, Client.restricted_on)
            ).all()
            people = [
                (cid, f"{last} {first} ({code})", on is not None) for cid, code, last, first, on in clients
            ]
        elif role is PersonRole.GUARDIAN:
            guardians = session.execute(
                select(
                    Volunteer.id,
                    Volunteer.guardian_name,
                    Volunteer.last_name,
                    Volunteer.first_name,
                    Volunteer.guardian_restricted_on,
                ).where(Volunteer.guardian_name.is_not(None), Volunteer.guardian_name != "")
            ).all()
            people = [
                (
                    vid,
                    _("{guardian} – guardian of {name}").format(guardian=guardian, name=f"{last} {first}"),
                    on is not None,
                )
                for vid, guardian, last, first, on in guardians
            ]
        else:
            volunteers = session.execute(
                select(Volunteer.id, Volunteer.last_name, Volunteer.first_name, Volunteer.restricted_on)
            ).all()
            people = [(vid, f"{last} {first}", on is not None) for vid, last, first, on in volunteers]
    people.sort(key=lambda person: polish_sort_key(person[1]))
    return [(pid, marked(f"{label} · nr {pid}", restricted)) for pid, label, restricted in people]
