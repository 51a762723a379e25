"""Agreements (porozumienia) with annexes, assignments with schedules, hours and month close."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from coordinator_app.db.models.base import Base, Tracked


class Agreement(Tracked, Base):
    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    concluded_on: Mapped[dt.date] = mapped_column(Date)
    concluded_in: Mapped[str] = mapped_column(String(120))
    period_from: Mapped[dt.date] = mapped_column(Date)
    # None = indefinite, with a warning. Indexed: the dashboard reads the agreements ending soon.
    period_to: Mapped[dt.date | None] = mapped_column(Date, index=True)
    scope: Mapped[str] = mapped_column(Text)
    manner: Mapped[str] = mapped_column(Text)
    time_commitment: Mapped[str] = mapped_column(Text)
    termination_terms: Mapped[str] = mapped_column(Text)
    written_form: Mapped[bool] = mapped_column(Boolean, default=True)
    nnw_policy: Mapped[str | None] = mapped_column(String(80))
    oc_policy: Mapped[str | None] = mapped_column(String(80))
    cost_rules: Mapped[str | None] = mapped_column(Text)
    representative_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    template_version: Mapped[str | None] = mapped_column(String(40))
    guardian_consent_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by_volunteer_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by_ops_on: Mapped[dt.date | None] = mapped_column(Date)
    scan_path: Mapped[str | None] = mapped_column(String(500))
    terminated_on: Mapped[dt.date | None] = mapped_column(Date)
    termination_mode: Mapped[str | None] = mapped_column(String(30))
    notice_period_days: Mapped[int | None] = mapped_column(Integer)  # the agreed notice period
    notice_given_on: Mapped[dt.date | None] = mapped_column(Date)
    notice_given_by: Mapped[str | None] = mapped_column(String(12))  # volunteer / ops / both
    notice_delivery: Mapped[str | None] = mapped_column(String(20))  # in_person / post / email
    minor_escort: Mapped[str | None] = mapped_column(String(200))  # under 13: the adult on site
    minor_travel: Mapped[str | None] = mapped_column(String(300))  # under 13: there and back
    notes: Mapped[str | None] = mapped_column(Text)


class AgreementActivity(Base):
    """Activity types named in an agreement's scope."""

    __tablename__ = "agreement_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"))


class AgreementAnnex(Tracked, Base):
    __tablename__ = "agreement_annexes"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    changes: Mapped[str] = mapped_column(Text)


class Assignment(Tracked, Base):
    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    need_id: Mapped[int | None] = mapped_column(ForeignKey("needs.id"), index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id"), index=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"))
    form: Mapped[str] = mapped_column(String(12))  # individual / group / event
    involves_minors: Mapped[bool] = mapped_column(Boolean, default=False)
    involves_minors_override: Mapped[bool] = mapped_column(Boolean, default=False)
    vetting_override_reason: Mapped[str | None] = mapped_column(String(300))
    # Indexed: the assignments list shows its newest first before the rest has been read.
    date_from: Mapped[dt.date] = mapped_column(Date, index=True)
    date_to: Mapped[dt.date | None] = mapped_column(Date)
    planned_minutes_per_month: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(200))
    social_worker_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    social_worker_consulted_on: Mapped[dt.date | None] = mapped_column(Date)
    referral_issued_on: Mapped[dt.date | None] = mapped_column(Date)
    family_informed_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), index=True)
    end_reason: Mapped[str | None] = mapped_column(String(300))
    cooperation_rating: Mapped[int | None] = mapped_column(Integer)
    cooperation_comment: Mapped[str | None] = mapped_column(Text)


class AssignmentSchedule(Base):
    """A recurring slot of an assignment: weekday × time, every or every other week."""

    __tablename__ = "assignment_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    every_other_week: Mapped[bool] = mapped_column(Boolean, default=False)


class HoursEntry(Tracked, Base):
    """Hours given; stored as whole minutes so sums are exact."""

    __tablename__ = "hours_entries"
    __table_args__ = (
        # A volunteer's month (hours cards, month close) is the most common lookup.
        Index("ix_hours_entries_volunteer_date", "volunteer_id", "work_date"),
        # Only confirmed hours count: the reports read a period's confirmed hours, and the
        # assignments list sums them per assignment, both from these indexes alone.
        Index(
            "ix_hours_entries_status_date",
            "status",
            "work_date",
            "volunteer_id",
            "assignment_id",
            "activity_type_id",
            "minutes",
            "travel_km",
            "travel_cost_grosze",
        ),
        Index("ix_hours_entries_status_assignment", "status", "assignment_id", "minutes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"))
    assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignments.id"), index=True)
    work_date: Mapped[dt.date] = mapped_column(Date, index=True)
    time_from: Mapped[dt.time | None] = mapped_column(Time)
    time_to: Mapped[dt.time | None] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"), index=True)
    description: Mapped[str | None] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(200))
    travel_km: Mapped[int | None] = mapped_column(Integer)
    travel_cost_grosze: Mapped[int | None] = mapped_column(Integer)
    remote: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(12))  # paper / phone / coordinator
    status: Mapped[str] = mapped_column(String(12))  # the composite indexes above start with it
    approved_by: Mapped[str | None] = mapped_column(String(120))
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class MonthClose(Base):
    """A closed month (`YYYY-MM`): its hours entries are locked."""

    __tablename__ = "month_closes"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_by: Mapped[str | None] = mapped_column(String(80))
    notes: Mapped[str | None] = mapped_column(Text)
