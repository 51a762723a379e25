"""Training sessions, programmes (named sequences of sessions), attendance and requirements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked


class TrainingProgramme(Tracked, Base):
    """A named sequence of sessions, e.g. "Przygotowanie wolontariuszy – 5 spotkań"."""

    __tablename__ = "training_programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TrainingSession(Tracked, Base):
    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20), index=True)
    session_date: Mapped[dt.date] = mapped_column(Date, index=True)
    time_from: Mapped[dt.time | None] = mapped_column(Time)
    time_to: Mapped[dt.time | None] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    duration_unit: Mapped[str] = mapped_column(String(10), default="clock")  # clock / lesson45
    place: Mapped[str | None] = mapped_column(String(200))
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    trainer_name: Mapped[str] = mapped_column(String(200))
    trainer_organisation: Mapped[str | None] = mapped_column(String(200))
    trainer_qualifications: Mapped[str | None] = mapped_column(String(300))
    organiser: Mapped[str | None] = mapped_column(String(200))
    programme: Mapped[str | None] = mapped_column(Text)  # one bullet a line
    cost_grosze: Mapped[int | None] = mapped_column(Integer)
    funding_source: Mapped[str | None] = mapped_column(String(200))
    project: Mapped[str | None] = mapped_column(String(200))


class TrainingProgrammeSession(Base):
    """A session's place in a programme (1, 2, 3 …); a session may serve several programmes."""

    __tablename__ = "training_programme_sessions"
    __table_args__ = (UniqueConstraint("programme_id", "session_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("training_programmes.id", ondelete="CASCADE"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class TrainingRequirement(Base):
    """A training category an activity type requires before a volunteer is ready for it."""

    __tablename__ = "training_requirements"
    __table_args__ = (UniqueConstraint("activity_type_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(20))


class Attendance(Base):
    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("session_id", "volunteer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_sessions.id", ondelete="CASCADE"), index=True
    )
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    minutes_attended: Mapped[int | None] = mapped_column(Integer)
    result: Mapped[str | None] = mapped_column(String(120))
    certificate_number: Mapped[str | None] = mapped_column(String(40))
    certificate_issued_on: Mapped[dt.date | None] = mapped_column(Date)
