"""One-off actions (wolontariat akcyjny): the action, its partners, shifts and sign-ups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked


class Action(Tracked, Base):
    """A one-off action: a food collection, Christmas Eve for lonely seniors, a school fair…"""

    __tablename__ = "actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    date_from: Mapped[dt.date] = mapped_column(Date, index=True)
    date_to: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(200))
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"))
    # None: the OPS itself organises the action
    organiser_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"))
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), index=True)  # planned / open / done / cancelled
    programme_item_id: Mapped[int | None] = mapped_column(ForeignKey("programme_items.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class ActionPartner(Base):
    """A partner taking part in an action besides its organiser."""

    __tablename__ = "action_partners"
    __table_args__ = (UniqueConstraint("action_id", "partner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    contribution: Mapped[str | None] = mapped_column(String(300))


class ActionShift(Base):
    """A shift of an action: when, what to do, how many people, whether minors may come."""

    __tablename__ = "action_shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    shift_date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    tasks: Mapped[str] = mapped_column(String(300))
    people_needed: Mapped[int] = mapped_column(Integer)
    minors_allowed: Mapped[bool] = mapped_column(Boolean, default=False)
    # a training category (as in training_sessions.category) the volunteer must have attended
    required_training: Mapped[str | None] = mapped_column(String(20))
    requirements: Mapped[str | None] = mapped_column(String(300))


class ActionSignup(Base):
    """A volunteer signed up for a shift; attendance is ticked afterwards and becomes hours."""

    __tablename__ = "action_signups"
    __table_args__ = (UniqueConstraint("shift_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("action_shifts.id", ondelete="CASCADE"), index=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    signed_up_on: Mapped[dt.date] = mapped_column(Date)
    # the partner the volunteer came with for this action (a school club, the parish…)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)
    attended: Mapped[bool | None] = mapped_column(Boolean)  # None: not ticked yet
    minutes: Mapped[int | None] = mapped_column(Integer)  # None: the shift's length
    # the confirmed hours entry made from the attendance (once only)
    hours_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("hours_entries.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(String(300))
