"""The OPS client (minimal data by design, art. 100 u.p.s.) and their needs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Address, Base, Tracked


class Client(Tracked, Address, Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(120), index=True)
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(20))
    # Address: from the Address mixin
    directions: Mapped[str | None] = mapped_column(Text)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_relation: Mapped[str | None] = mapped_column(String(60))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    social_worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    assessment_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    visit_consent_date: Mapped[dt.date | None] = mapped_column(Date)
    visit_consent_how: Mapped[str | None] = mapped_column(String(120))
    health_notes: Mapped[str | None] = mapped_column(Text)  # special category: shown on demand
    children_in_household: Mapped[bool] = mapped_column(Boolean, default=False)
    children_count: Mapped[int | None] = mapped_column(Integer)
    children_age_bands: Mapped[str | None] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(12), index=True)
    status_changed_on: Mapped[dt.date | None] = mapped_column(Date)
    support_ended_on: Mapped[dt.date | None] = mapped_column(Date)
    notes_for_volunteer: Mapped[str | None] = mapped_column(Text)
    # Restriction of processing (art. 18 RODO): since when, and why.
    restricted_on: Mapped[dt.date | None] = mapped_column(Date)
    restriction_reason: Mapped[str | None] = mapped_column(String(300))


class ClientType(Base):
    """A client may be of several types (older person, person with disability, ...)."""

    __tablename__ = "client_types"
    __table_args__ = (UniqueConstraint("client_id", "type_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    type_code: Mapped[str] = mapped_column(String(20))


class Need(Tracked, Base):
    __tablename__ = "needs"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"))
    description: Mapped[str | None] = mapped_column(Text)
    frequency: Mapped[str | None] = mapped_column(String(120))
    preferred_times: Mapped[str | None] = mapped_column(String(200))
    priority: Mapped[int] = mapped_column(Integer, default=2)
    reported_by: Mapped[str | None] = mapped_column(String(120))
    reported_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), index=True)
    status_changed_on: Mapped[dt.date | None] = mapped_column(Date)  # matched or closed on
