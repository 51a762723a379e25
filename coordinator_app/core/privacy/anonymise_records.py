"""Scrubbing what a person left in other records: their agreements, assignments, hours,
vetting, consents, issued-document snapshots and the audit log (whose hash chain is then
linked again from the first entry changed, `db.audit_chain`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.privacy import anonymise as an
from coordinator_app.db import audit_chain
from coordinator_app.db.models import (
    Agreement,
    AgreementAnnex,
    Assignment,
    AuditEntry,
    Authorisation,
    HealthConsent,
    HoursEntry,
    ImageConsent,
    IssuedDocument,
    Need,
    Qualification,
    Vetting,
    VolunteerStatement,
    VolunteerStatusChange,
)

log = logging.getLogger(__name__)
Pattern = re.Pattern[str] | None
# Fields of the person's own audit entries whose every value is identifying.
IDENTIFYING_FIELDS = frozenset(
    (*an.VOLUNTEER_EMPTIED, *an.CLIENT_EMPTIED, *an.PERSON_TOMBSTONED, *an.ADDRESS_TOMBSTONED, "birth_date")
)


def _scrub_columns(rows: Iterable[Any], columns: tuple[str, ...], pattern: Pattern) -> None:
    for row in rows:
        for column in columns:
            setattr(row, column, an.scrub(getattr(row, column), pattern))


def _empty(rows: Iterable[Any], columns: tuple[str, ...]) -> None:
    for row in rows:
        for column in columns:
            setattr(row, column, None)


def scrub_volunteer_records(session: Session, volunteer_id: int, own: Pattern) -> None:
    mine = {"volunteer_id": volunteer_id}
    _empty(session.scalars(select(Vetting).filter_by(**mine)), an.VETTING_EMPTIED)
    for consent in session.scalars(select(HealthConsent).filter_by(**mine)):
        consent.given_by, consent.health_info = an.TOMBSTONE, None
    _empty(session.scalars(select(Qualification).filter_by(**mine)), ("number",))
    _scrub_columns(session.scalars(select(VolunteerStatement).filter_by(**mine)), ("scope",), own)
    _scrub_columns(session.scalars(select(VolunteerStatusChange).filter_by(**mine)), ("reason",), own)
    _scrub_columns(session.scalars(select(Authorisation).filter_by(**mine)), ("scope", "revoked_reason"), own)
    _scrub_columns(session.scalars(select(ImageConsent).filter_by(**mine)), ("scope",), own)
    agreements = list(session.scalars(select(Agreement).filter_by(**mine)))
    _empty(agreements, an.AGREEMENT_EMPTIED)
    annexes = select(AgreementAnnex).where(AgreementAnnex.agreement_id.in_([a.id for a in agreements]))
    _scrub_columns(session.scalars(annexes), ("changes",), own)
    assignment_text = ("cooperation_comment", "end_reason", "vetting_override_reason")
    _scrub_columns(session.scalars(select(Assignment).filter_by(**mine)), assignment_text, own)
    _scrub_columns(session.scalars(select(HoursEntry).filter_by(**mine)), ("description", "place"), own)


def scrub_client_records(session: Session, client_id: int, own: Pattern) -> None:
    needs = select(Need).filter_by(client_id=client_id)
    _scrub_columns(session.scalars(needs), ("description", "preferred_times", "reported_by"), own)
    assignments = list(session.scalars(select(Assignment).filter_by(client_id=client_id)))
    _scrub_columns(assignments, ("place", "cooperation_comment", "end_reason"), own)
    hours = select(HoursEntry).where(HoursEntry.assignment_id.in_([a.id for a in assignments]))
    _scrub_columns(session.scalars(hours), ("description", "place"), own)


def scrub_documents(
    session: Session, volunteer_id: int | None, client_id: int | None, own: Pattern, anyone: Pattern
) -> None:
    """The person's own documents lose every trace of them; anyone else's lose mentions of
    their full name, numbers and e-mail (a client named in a volunteer's referral)."""
    if volunteer_id is not None:
        agreements = select(Agreement.id).where(Agreement.volunteer_id == volunteer_id)
        assignments = select(Assignment.id).where(Assignment.volunteer_id == volunteer_id)
        mine = or_(
            IssuedDocument.volunteer_id == volunteer_id,
            IssuedDocument.agreement_id.in_(agreements),
            IssuedDocument.assignment_id.in_(assignments),
        )
    else:
        mine = IssuedDocument.assignment_id.in_(
            select(Assignment.id).where(Assignment.client_id == client_id)
        )
    own_ids = set(session.scalars(select(IssuedDocument.id).where(mine)))
    for document in session.scalars(select(IssuedDocument)):
        pattern = own if document.id in own_ids else anyone
        document.snapshot = an.scrub_json(document.snapshot, pattern)
        document.recipient = an.scrub(document.recipient, pattern)


def _linked_entities(session: Session, kind: str, subject_id: int) -> set[tuple[str, int]]:
    linked = {(kind, subject_id)}
    if kind == "volunteer":
        tables: tuple[tuple[str, Any], ...] = (
            ("vetting", Vetting),
            ("health_consent", HealthConsent),
            ("agreement", Agreement),
            ("assignment", Assignment),
        )
        for entity, model in tables:
            linked |= {
                (entity, i) for i in session.scalars(select(model.id).filter_by(volunteer_id=subject_id))
            }
    else:
        for entity, model in (("need", Need), ("assignment", Assignment)):
            linked |= {(entity, i) for i in session.scalars(select(model.id).filter_by(client_id=subject_id))}
    return linked


def scrub_audit_log(session: Session, kind: str, subject_id: int, own: Pattern, anyone: Pattern) -> None:
    """Erase the person's values from the audit log and link its chain again from the first
    entry changed (unless the chain was broken before: it is then left for `check` to show)."""
    linked = _linked_entities(session, kind, subject_id)
    session.flush()
    execute = session.connection().exec_driver_sql
    intact = not audit_chain.verify(
        execute(audit_chain.SELECT_ALL, ()), audit_chain.read_head(execute), limit=1
    )
    first_changed: int | None = None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        ours = (entry.entity, entry.entity_id or 0) in linked
        if ours and entry.entity == kind and entry.field in IDENTIFYING_FIELDS:
            old = None if entry.old_value is None else an.TOMBSTONE
            new = None if entry.new_value is None else an.TOMBSTONE
        else:
            pattern = own if ours else anyone
            old, new = an.scrub(entry.old_value, pattern), an.scrub(entry.new_value, pattern)
        if (old, new) != (entry.old_value, entry.new_value):
            entry.old_value, entry.new_value = old, new
            first_changed = entry.id if first_changed is None else first_changed
    session.flush()
    if first_changed is not None and intact:
        _relink_from(execute, first_changed)
    elif first_changed is not None:
        log.warning("audit chain was broken before the anonymisation; left unlinked")


def _relink_from(execute: audit_chain.Executor, first_id: int) -> None:
    before = execute(
        "SELECT chain_hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", (first_id,)
    ).fetchone()
    (count,) = execute("SELECT count(*) FROM audit_log WHERE id < ?", (first_id,)).fetchone()
    previous, last_id = (before[0] if before else audit_chain.GENESIS), first_id - 1
    columns = ", ".join(audit_chain.COLUMNS)
    for row in list(execute(f"SELECT {columns} FROM audit_log WHERE id >= ? ORDER BY id", (first_id,))):
        previous, last_id, count = audit_chain.link(previous, row), int(row[0]), count + 1
        execute("UPDATE audit_log SET chain_hash = ? WHERE id = ?", (previous, last_id))
    head = audit_chain.Head(last_id, previous, count)
    execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (audit_chain.HEAD_KEY, head.text()),
    )
    log.info("audit chain linked again after an anonymisation: head %s", head.text())
