"""Dictionaries the coordinator edits: activity types, villages and distances, staff."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base


class ActivityType(Base):
    __tablename__ = "activity_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    involves_minors: Mapped[bool] = mapped_column(Boolean, default=False)
    requires_qualification: Mapped[bool] = mapped_column(Boolean, default=False)
    home_visit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # health-and-safety risks of this work, one point a line (annex 1 of the agreement)
    risk_info: Mapped[str | None] = mapped_column(Text)


class Village(Base):
    """A locality or sołectwo of the area served (an OPS-defined dictionary, not TERYT)."""

    __tablename__ = "villages"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    gmina: Mapped[str | None] = mapped_column(String(120))
    is_solectwo: Mapped[bool] = mapped_column(Boolean, default=True)
    teryt_simc: Mapped[str | None] = mapped_column(String(7))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VillageDistance(Base):
    """Road distance between two villages, stored once per pair (lower id first)."""

    __tablename__ = "village_distances"
    __table_args__ = (UniqueConstraint("village_a_id", "village_b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    village_a_id: Mapped[int] = mapped_column(ForeignKey("villages.id", ondelete="CASCADE"))
    village_b_id: Mapped[int] = mapped_column(ForeignKey("villages.id", ondelete="CASCADE"), index=True)
    km: Mapped[int] = mapped_column(Integer)


class Staff(Base):
    """OPS staff: social workers, the manager and other signatories, the coordinator."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(120))
    position: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[str | None] = mapped_column(String(1))  # K/M: their forms in documents
    is_social_worker: Mapped[bool] = mapped_column(Boolean, default=False)
    is_signatory: Mapped[bool] = mapped_column(Boolean, default=False)
    is_coordinator: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    authorisation_number: Mapped[str | None] = mapped_column(String(60))
    authorisation_date: Mapped[dt.date | None] = mapped_column(Date)
    # the days the person holds the signing role (None: open-ended)
    role_valid_from: Mapped[dt.date | None] = mapped_column(Date)
    role_valid_to: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
