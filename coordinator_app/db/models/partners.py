"""Local partners (schools, the parish, NGOs, the fire brigade, firms…) and their contact people."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked


class Partner(Tracked, Base):
    """An organisation the OPS works with: it sends volunteers and shares actions."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(80))
    # school / parish / library / ngo / fire_brigade / housewives / company / public / other
    kind: Mapped[str] = mapped_column(String(20), index=True)
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    postal_code: Mapped[str | None] = mapped_column(String(6))
    locality: Mapped[str | None] = mapped_column(String(120))
    post_office: Mapped[str | None] = mapped_column(String(120))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    nip: Mapped[str | None] = mapped_column(String(10))
    regon: Mapped[str | None] = mapped_column(String(14))
    krs: Mapped[str | None] = mapped_column(String(10))
    # who signs for the partner (e.g. the head teacher), in the nominative, and the function
    represented_by: Mapped[str | None] = mapped_column(String(200))
    represented_by_sex: Mapped[str | None] = mapped_column(String(1))
    represented_by_role: Mapped[str | None] = mapped_column(String(160))
    cooperation_since: Mapped[dt.date | None] = mapped_column(Date)
    # what the partner undertakes in the cooperation (its part of the cooperation agreement)
    cooperation_scope: Mapped[str | None] = mapped_column(Text)
    agreement_number: Mapped[str | None] = mapped_column(String(40))
    agreement_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    agreement_valid_to: Mapped[dt.date | None] = mapped_column(Date)
    coalition_member: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class PartnerContact(Base):
    """A contact person at a partner with their role (e.g. the teacher in charge of a club)."""

    __tablename__ = "partner_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(120))
    sex: Mapped[str | None] = mapped_column(String(1))
    role: Mapped[str | None] = mapped_column(String(160))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    primary: Mapped[bool] = mapped_column(Boolean, default=False)
