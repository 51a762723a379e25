"""RODO accountability records (issue 15): the anonymisation log, authorisations to process
data and confidentiality statements, image consents and the register of processing activities."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, local_now


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
