"""Organisation settings, the issued-documents register and the audit log."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, local_now


class Organisation(Base):
    """The one OPS using this database (a single row, id = 1): letterhead and identifiers."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300), default="")
    short_name: Mapped[str | None] = mapped_column(String(60))
    kind: Mapped[str | None] = mapped_column(String(10))  # OPS / GOPS / MGOPS / MOPS / CUS
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postal_code: Mapped[str | None] = mapped_column(String(6))
    locality: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    website: Mapped[str | None] = mapped_column(String(120))
    epuap: Mapped[str | None] = mapped_column(String(120))
    nip: Mapped[str | None] = mapped_column(String(10))
    regon: Mapped[str | None] = mapped_column(String(14))
    krs: Mapped[str | None] = mapped_column(String(10))
    gmina: Mapped[str | None] = mapped_column(String(120))
    powiat: Mapped[str | None] = mapped_column(String(120))
    voivodeship: Mapped[str | None] = mapped_column(String(60))
    manager_name: Mapped[str | None] = mapped_column(String(200))
    manager_position: Mapped[str | None] = mapped_column(String(120))
    coordinator_name: Mapped[str | None] = mapped_column(String(200))
    coordinator_phone: Mapped[str | None] = mapped_column(String(20))
    coordinator_email: Mapped[str | None] = mapped_column(String(120))
    dpo_name: Mapped[str | None] = mapped_column(String(200))
    dpo_contact: Mapped[str | None] = mapped_column(String(200))
    letterhead: Mapped[str | None] = mapped_column(Text)
    footer: Mapped[str | None] = mapped_column(Text)
    place_for_dates: Mapped[str | None] = mapped_column(String(120))
    nnw_insurer: Mapped[str | None] = mapped_column(String(200))
    nnw_policy: Mapped[str | None] = mapped_column(String(80))
    nnw_valid_from: Mapped[dt.date | None] = mapped_column(Date)
    nnw_valid_to: Mapped[dt.date | None] = mapped_column(Date)
    oc_policy: Mapped[str | None] = mapped_column(String(80))
    gdpr_clause: Mapped[str | None] = mapped_column(Text)
    logo_sha256: Mapped[str | None] = mapped_column(String(64))  # in document_images
    jrwa_symbol: Mapped[str | None] = mapped_column(String(20))


class Setting(Base):
    """Typed options declared in `core.settings`, stored as text by key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class IssuedDocument(Base):
    """Register of issued documents: number, date and recipient (domain §7.9)."""

    __tablename__ = "issued_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    number: Mapped[str | None] = mapped_column(String(40))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"))
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id"))
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id"))
    training_session_id: Mapped[int | None] = mapped_column(ForeignKey("training_sessions.id"))
    recipient: Mapped[str | None] = mapped_column(String(200))
    issued_by: Mapped[str | None] = mapped_column(String(80))
    year_seq: Mapped[int | None] = mapped_column(Integer)
    # What the document is about, e.g. `timesheet:12:2025-03`, to find its earlier issues.
    subject: Mapped[str | None] = mapped_column(String(60), index=True)
    template_version: Mapped[int | None] = mapped_column(Integer)
    # The filled data as JSON: with the template version it reprints the same document.
    snapshot: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """One change to (or view of) personal data: who, when, which record and field, old → new."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now, index=True)
    actor: Mapped[str | None] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(20))  # create / update / archive / view / override
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(String(300))


class DeclinedForm(Base):
    """The forms of a name in every case, confirmed by the coordinator (issue 12): what is
    declined (kind: person, title, organisation, place; its nominative text) and for which sex
    ("" when it does not matter), the five other cases, who confirmed them and when."""

    __tablename__ = "declined_forms"
    __table_args__ = (UniqueConstraint("kind", "text", "sex"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(300))
    sex: Mapped[str] = mapped_column(String(1))
    genitive: Mapped[str] = mapped_column(String(300))
    dative: Mapped[str] = mapped_column(String(300))
    accusative: Mapped[str] = mapped_column(String(300))
    instrumental: Mapped[str] = mapped_column(String(300))
    locative: Mapped[str] = mapped_column(String(300))
    confirmed_by: Mapped[str | None] = mapped_column(String(80))
    confirmed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now)
