"""RODO records (issue 15): the register of data subjects' requests (art. 15–21) and their
deadlines, the anonymisation log, authorisations to process data and confidentiality
statements, image consents and the register of processing activities."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked, local_now


class PrivacyRequest(Tracked, Base):
    """One request of a data subject: who asked (a volunteer, their guardian or a client, or
    only a name when the person is not in the database), what for, when it came and how; the
    answer and its date, and the notice extending the deadline by two months (art. 12 ust. 3)."""

    __tablename__ = "privacy_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # access / rectification / erasure / ...
    subject: Mapped[str] = mapped_column(String(10))  # volunteer / guardian / client / other
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    requester: Mapped[str | None] = mapped_column(String(200))
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str | None] = mapped_column(String(20))  # paper / electronic / in_person
    details: Mapped[str | None] = mapped_column(Text)
    extended_on: Mapped[dt.date | None] = mapped_column(Date)
    extension_reason: Mapped[str | None] = mapped_column(String(300))
    answered_on: Mapped[dt.date | None] = mapped_column(Date)
    answer: Mapped[str | None] = mapped_column(Text)


class AnonymisationEntry(Base):
    """One anonymisation (art. 17 RODO): who, when, which record, why, and what held it back.

    It names the person only by record kind and id: the log never keeps what it erased."""

    __tablename__ = "anonymisation_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now)
    actor: Mapped[str | None] = mapped_column(String(80))
    subject_kind: Mapped[str] = mapped_column(String(20))  # volunteer / client
    subject_id: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(20))  # request / retention
    reason: Mapped[str] = mapped_column(String(300))
    forced: Mapped[bool] = mapped_column(Boolean, default=False)
    holds: Mapped[str | None] = mapped_column(Text)  # the retention holds overridden, if any


class Authorisation(Base):
    """A written authorisation to process personal data (upoważnienie) or a confidentiality
    statement of a volunteer: issued on, scope, expiry, and its revocation."""

    __tablename__ = "authorisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # authorisation / confidentiality
    issued_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(Text)
    expires_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    revoked_reason: Mapped[str | None] = mapped_column(String(300))


class ImageConsent(Base):
    """A consent to use the volunteer's image (art. 6 ust. 1 lit. a RODO, art. 81 of the
    copyright act), kept apart from every other statement and withdrawable at any time."""

    __tablename__ = "image_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(300))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class ProcessingActivity(Base):
    """One entry of the register of processing activities (art. 30 ust. 1 RODO)."""

    __tablename__ = "processing_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    purposes: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text)
    subjects: Mapped[str] = mapped_column(Text)
    data_categories: Mapped[str] = mapped_column(Text)
    recipients: Mapped[str] = mapped_column(Text)
    transfers: Mapped[str] = mapped_column(Text)
    retention: Mapped[str] = mapped_column(Text)
    security: Mapped[str] = mapped_column(Text)
    updated_on: Mapped[dt.date | None] = mapped_column(Date)
