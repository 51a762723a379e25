"""The local coalition for volunteering: meetings with attendance, decisions and tasks, and the
yearly programme of volunteer activities (program działań wolontariackich) with its items."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked


class CoalitionMeeting(Tracked, Base):
    __tablename__ = "coalition_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(200))
    agenda: Mapped[str] = mapped_column(Text)  # one point a line
    chaired_by: Mapped[str | None] = mapped_column(String(200))
    minuted_by: Mapped[str | None] = mapped_column(String(200))
    discussion: Mapped[str | None] = mapped_column(Text)  # the course of the meeting
    status: Mapped[str] = mapped_column(String(12))  # planned / held / cancelled


class CoalitionAttendee(Base):
    """A person present (or invited) at a meeting, for a partner or for the OPS."""

    __tablename__ = "coalition_attendees"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("coalition_meetings.id", ondelete="CASCADE"), index=True
    )
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)  # None: OPS/guest
    person_name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(160))
    present: Mapped[bool] = mapped_column(Boolean, default=True)


class CoalitionDecision(Base):
    """A decision (ustalenie) recorded in the minutes, in order."""

    __tablename__ = "coalition_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("coalition_meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class CoalitionTask(Base):
    """A task agreed at a meeting: what, who, by when; open until done."""

    __tablename__ = "coalition_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("coalition_meetings.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(300))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))  # None: the OPS
    responsible: Mapped[str | None] = mapped_column(String(200))
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date)


class Programme(Tracked, Base):
    """The yearly programme of volunteer activities of the gmina."""

    __tablename__ = "programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    title: Mapped[str] = mapped_column(String(300))
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    adopted_by: Mapped[str | None] = mapped_column(String(200))  # e.g. the coalition meeting
    introduction: Mapped[str | None] = mapped_column(Text)


class ProgrammeItem(Base):
    """A planned action, training, meeting or promotion in the yearly programme."""

    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programmes.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # action / training / meeting / promotion
    title: Mapped[str] = mapped_column(String(200))
    planned_month: Mapped[int | None] = mapped_column(Integer)  # 1-12; None: all year
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))  # the lead partner
    description: Mapped[str | None] = mapped_column(Text)
    planned_participants: Mapped[int | None] = mapped_column(Integer)
    # done: an action links from its side; a training session here; else marked by hand
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    training_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="SET NULL")
    )
