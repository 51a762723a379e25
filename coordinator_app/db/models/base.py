"""Declarative base and the columns every record carries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names so Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def local_now() -> dt.datetime:
    """The office computer's local time: what the coordinator sees on the wall clock."""
    return dt.datetime.now().replace(microsecond=0)


class Tracked:
    """created/modified stamps and who did it, plus the retention markers (domain §7)."""

    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=local_now, onupdate=local_now)
    created_by: Mapped[str | None] = mapped_column(String(80))
    updated_by: Mapped[str | None] = mapped_column(String(80))
    retention_status: Mapped[str | None] = mapped_column(String(20))
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Address:
    """A rural-aware postal address (domain §6.4): the street is empty in a village without
    streets (`Mnichowo 132`); the post office town may differ from the locality."""

    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str] = mapped_column(String(20))
    flat_number: Mapped[str | None] = mapped_column(String(20))
    postal_code: Mapped[str] = mapped_column(String(6))
    locality: Mapped[str] = mapped_column(String(120))
    post_office: Mapped[str | None] = mapped_column(String(120))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
