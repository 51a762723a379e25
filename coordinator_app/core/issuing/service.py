"""Issuing documents: preview, issue (number + register entry + snapshot), reprint.

Every issued document gets a number from its kind's pattern (an agreement, an annex and a
training certificate keep the number their record owns) and an entry in `issued_documents`
with the snapshot of its data and the template version; a reprint renders exactly that.
Issuing the same content again (an agreement or annex at any time, other kinds the same day)
gives back the entry already made instead of a new number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_event
from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.catalog import spec
from coordinator_app.core.issuing.numbering import next_number, number_and_sequence
from coordinator_app.core.issuing.organisation import image_bytes
from coordinator_app.core.issuing.snapshot import Assembled, DocumentNotFound, Snapshot
from coordinator_app.core.issuing.templates import template_for_issue, template_version
from coordinator_app.db.engine import Database
from coordinator_app.db.models import IssuedDocument
from coordinator_app.i18n import _

ENTITY = "issued_document"


@dataclass(frozen=True)
class DocumentRequest:
    """`id` names the record the document is about: the agreement (agreement, termination), the
    annex, the volunteer (certificate, opinion, thanks), the assignment (referral, timesheet) or
    the training session (training certificate, with `volunteer_id`); none for the intake form."""

    kind: str
    id: int | None = None
    volunteer_id: int | None = None
    month: Month | None = None  # timesheet
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PrintableDocument:
    """Everything the PDF layer needs, detached from the database."""

    snapshot: Snapshot
    template: dict[str, str]
    template_version: int
    logo: bytes | None
    register_id: int | None = None  # None for a preview or an unnumbered form
    reprinted: bool = False  # issuing gave back an identical document issued before
    warnings: tuple[str, ...] = ()

    @property
    def number(self) -> str:
        return self.snapshot.number

    @property
    def kind(self) -> str:
        return self.snapshot.kind


def assemble(session: Session, request: DocumentRequest, on: dt.date) -> Assembled:
    """The snapshot of the requested document (not yet numbered)."""
    return spec(request.kind).assemble(session, request, on)


def _printable(
    session: Session,
    snapshot: Snapshot,
    version: int,
    *,
    register_id: int | None,
    reprinted: bool = False,
    warnings: list[str] | tuple[str, ...] = (),
) -> PrintableDocument:
    template = template_version(session, snapshot.kind, version)
    return PrintableDocument(
        snapshot=snapshot,
        template=template.body,
        template_version=template.version,
        logo=image_bytes(session, snapshot.letterhead.get("logo_sha256")),
        register_id=register_id,
        reprinted=reprinted,
        warnings=tuple(warnings),
    )


def preview(db: Database, request: DocumentRequest, on: dt.date | None = None) -> PrintableDocument:
    """The document as it would be issued now, with the number it would get; nothing is stored."""
    on = on or dt.date.today()
    with db.session() as session:
        assembled = assemble(session, request, on)
        snapshot = assembled.snapshot
        if spec(request.kind).numbered:
            snapshot.number = assembled.own_number or next_number(session, request.kind, on)
            snapshot.fields["numer"] = snapshot.number
        from coordinator_app.core.issuing.templates import current_template

        version = current_template(session, request.kind).version
        session.rollback()  # a preview never writes (a default template is not stored)
        return _printable(session, snapshot, version, register_id=None, warnings=assembled.warnings)


def _same_as_before(session: Session, snapshot: Snapshot, version: int, on: dt.date) -> IssuedDocument | None:
    latest = session.scalars(
        select(IssuedDocument)
        .where(IssuedDocument.kind == snapshot.kind, IssuedDocument.subject == snapshot.subject)
        .order_by(IssuedDocument.id.desc())
        .limit(1)
    ).first()
    if latest is None or latest.snapshot is None or latest.template_version != version:
        return None
    if not spec(snapshot.kind).keeps_number and latest.issued_on != on:
        return None
    earlier = Snapshot.from_json(latest.snapshot)
    return latest if earlier.content_key() == snapshot.content_key() else None


def _number(session: Session, assembled: Assembled, on: dt.date) -> tuple[str, int | None]:
    snapshot = assembled.snapshot
    if assembled.own_number:
        return assembled.own_number, None
    number, seq = number_and_sequence(session, snapshot.kind, on)
    recorder = spec(snapshot.kind).on_numbered
    if recorder is not None:
        recorder(session, snapshot, number, on)
    return number, seq


def issue_in_session(session: Session, request: DocumentRequest, on: dt.date) -> PrintableDocument:
    """Issue within the caller's transaction (batches share one)."""
    kind_spec = spec(request.kind)
    assembled = assemble(session, request, on)
    snapshot = assembled.snapshot
    if not kind_spec.numbered:
        version = template_for_issue(session, request.kind).version
        return _printable(session, snapshot, version, register_id=None, warnings=assembled.warnings)
    template = template_for_issue(session, request.kind)
    if assembled.own_date:
        on = dt.date.fromisoformat(assembled.own_date)
        snapshot.issued_on = assembled.own_date
    earlier = _same_as_before(session, snapshot, template.version, on)
    if earlier is not None:
        stored = Snapshot.from_json(earlier.snapshot or "")
        return _printable(
            session,
            stored,
            template.version,
            register_id=earlier.id,
            reprinted=True,
            warnings=assembled.warnings,
        )
    number, seq = _number(session, assembled, on)
    snapshot.number = number
    snapshot.fields["numer"] = number
    row = IssuedDocument(
        kind=snapshot.kind,
        number=number,
        issued_on=on,
        volunteer_id=snapshot.volunteer_id,
        agreement_id=snapshot.agreement_id,
        assignment_id=snapshot.assignment_id,
        training_session_id=snapshot.training_session_id,
        recipient=snapshot.recipient[:200],
        issued_by=current_actor(),
        year_seq=seq,
        subject=snapshot.subject,
        template_version=template.version,
        snapshot=snapshot.to_json(),
    )
    session.add(row)
    session.flush()
    record_event(session, ENTITY, row.id, "create", f"{snapshot.kind} {number}")
    issued = kind_spec.on_issued
    if issued is not None:  # what issuing records on the record itself
        issued(session, snapshot, template.version, on)
    return _printable(session, snapshot, template.version, register_id=row.id, warnings=assembled.warnings)


def issue(
    db: Database,
    request: DocumentRequest,
    on: dt.date | None = None,
    *,
    deliver: Callable[[PrintableDocument], None] | None = None,
) -> PrintableDocument:
    """Issue the document in one transaction: refused (DocumentRefused / DocumentNotFound) with
    nothing written, or numbered and in the register. `deliver` (writing the file) runs inside
    that transaction: when it raises, the number is not consumed and nothing is registered.
    The transaction takes the write lock at once, so concurrent issuers wait their turn."""
    with db.session(write=True) as session:
        document = issue_in_session(session, request, on or dt.date.today())
        if deliver is not None:
            deliver(document)
        return document


def reprint(db: Database, register_id: int) -> PrintableDocument:
    """The document of a register entry, exactly as issued."""
    with db.session() as session:
        row = session.get(IssuedDocument, register_id)
        if row is None or not row.snapshot or row.template_version is None:
            raise DocumentNotFound(
                _("The register has no printable document with id {id}.").format(id=register_id)
            )
        return _printable(
            session,
            Snapshot.from_json(row.snapshot),
            row.template_version,
            register_id=row.id,
            reprinted=True,
        )


def find_issued(db: Database, kind: str, number: str) -> int:
    """The register id of a document by its kind and number."""
    with db.session() as session:
        found = session.scalar(
            select(IssuedDocument.id)
            .where(
                IssuedDocument.kind == kind,
                IssuedDocument.number == number,
                IssuedDocument.snapshot.is_not(None),
            )
            .order_by(IssuedDocument.id.desc())
            .limit(1)
        )
    if found is None:
        raise DocumentNotFound(_("No document {number} of this kind was issued.").format(number=number))
    return found


def latest_issued(db: Database, kind: str, subject: str) -> int | None:
    with db.session() as session:
        return session.scalar(
            select(IssuedDocument.id)
            .where(
                IssuedDocument.kind == kind,
                IssuedDocument.subject == subject,
                IssuedDocument.snapshot.is_not(None),
            )
            .order_by(IssuedDocument.id.desc())
            .limit(1)
        )


def latest_of_kind(db: Database, kind: str) -> int | None:
    """The register id of the newest printable document of a kind (template previews)."""
    with db.session() as session:
        return session.scalar(
            select(IssuedDocument.id)
            .where(IssuedDocument.kind == kind, IssuedDocument.snapshot.is_not(None))
            .order_by(IssuedDocument.id.desc())
            .limit(1)
        )


@dataclass(frozen=True)
class RegisterRow:
    id: int
    kind: str
    number: str
    issued_on: dt.date
    recipient: str
    template_version: int | None
    printable: bool  # has a snapshot (entries from before revision 0003 do not)


def list_register(db: Database, *, kind: str | None = None, year: int | None = None) -> list[RegisterRow]:
    """The issued-documents register, newest first."""
    query = select(
        IssuedDocument.id,
        IssuedDocument.kind,
        IssuedDocument.number,
        IssuedDocument.issued_on,
        IssuedDocument.recipient,
        IssuedDocument.template_version,
        IssuedDocument.snapshot.is_not(None),
    ).order_by(IssuedDocument.issued_on.desc(), IssuedDocument.id.desc())
    if kind:
        query = query.where(IssuedDocument.kind == kind)
    if year:
        query = query.where(
            IssuedDocument.issued_on >= dt.date(year, 1, 1), IssuedDocument.issued_on <= dt.date(year, 12, 31)
        )
    with db.session() as session:
        return [
            RegisterRow(row[0], row[1], row[2] or "", row[3], row[4] or "", row[5], bool(row[6]))
            for row in session.execute(query)
        ]
