"""The volunteer, their profile tables, statements, status history, qualifications and vetting."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coordinator_app.db.models.base import Address, Base, Tracked


class Volunteer(Tracked, Address, Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Identity
    first_name: Mapped[str] = mapped_column(String(80))
    second_name: Mapped[str | None] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(120), index=True)
    family_name: Mapped[str | None] = mapped_column(String(120))
    father_name: Mapped[str | None] = mapped_column(String(80))
    mother_name: Mapped[str | None] = mapped_column(String(80))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date] = mapped_column(Date)
    pesel: Mapped[str | None] = mapped_column(String(11), index=True)
    id_document: Mapped[str | None] = mapped_column(String(60))
    citizenship: Mapped[str | None] = mapped_column(String(60))
    # Contact
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(120))
    preferred_contact: Mapped[str | None] = mapped_column(String(20))
    # Address: from the Address mixin
    gmina: Mapped[str | None] = mapped_column(String(120))
    powiat: Mapped[str | None] = mapped_column(String(120))
    voivodeship: Mapped[str | None] = mapped_column(String(60))
    # Minor block
    guardian_name: Mapped[str | None] = mapped_column(String(200))
    guardian_sex: Mapped[str | None] = mapped_column(String(1))  # K/M: the guardian's own forms
    guardian_relation: Mapped[str | None] = mapped_column(String(60))
    guardian_address: Mapped[str | None] = mapped_column(String(300))
    guardian_phone: Mapped[str | None] = mapped_column(String(20))
    guardian_consent_date: Mapped[dt.date | None] = mapped_column(Date)
    guardian_consent_reference: Mapped[str | None] = mapped_column(String(120))
    # Profile
    skills: Mapped[str | None] = mapped_column(Text)
    experience: Mapped[str | None] = mapped_column(Text)
    languages: Mapped[str | None] = mapped_column(String(200))
    motivation: Mapped[str | None] = mapped_column(Text)
    heard_from: Mapped[str | None] = mapped_column(String(200))
    hours_per_month: Mapped[int | None] = mapped_column(Integer)
    max_distance_km: Mapped[int | None] = mapped_column(Integer)
    transport: Mapped[str | None] = mapped_column(String(60))
    driving_licence: Mapped[bool] = mapped_column(Boolean, default=False)
    # Status
    status: Mapped[str] = mapped_column(String(12), index=True)
    application_date: Mapped[dt.date] = mapped_column(Date)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(300))
    coordinator_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # Programme flags and notes
    solidarity_corps: Mapped[bool] = mapped_column(Boolean, default=False)
    project: Mapped[str | None] = mapped_column(String(200))
    # the partner the volunteer came through (a school club, the parish…) and the one-off
    # action at which the volunteer was registered, if so
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"), index=True)
    registered_at_action_id: Mapped[int | None] = mapped_column(ForeignKey("actions.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    # Restriction of processing (art. 18 RODO): since when, and why; the guardian's own flag.
    restricted_on: Mapped[dt.date | None] = mapped_column(Date)
    restriction_reason: Mapped[str | None] = mapped_column(String(300))
    guardian_restricted_on: Mapped[dt.date | None] = mapped_column(Date)

    statements: Mapped[list[VolunteerStatement]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan"
    )


class VolunteerActivityPreference(Base):
    """An activity type the volunteer prefers (`excluded=False`) or will not do (`True`)."""

    __tablename__ = "volunteer_activity_preferences"
    __table_args__ = (UniqueConstraint("volunteer_id", "activity_type_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    activity_type_id: Mapped[int] = mapped_column(ForeignKey("activity_types.id"))
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)


class VolunteerAvailability(Base):
    """One weekday × time-of-day slot when the volunteer can help (weekday 0 = Monday)."""

    __tablename__ = "volunteer_availability"
    __table_args__ = (UniqueConstraint("volunteer_id", "weekday", "slot"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    slot: Mapped[str] = mapped_column(String(10))


class VolunteerVillage(Base):
    """A village the volunteer is willing to serve."""

    __tablename__ = "volunteer_villages"
    __table_args__ = (UniqueConstraint("volunteer_id", "village_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    village_id: Mapped[int] = mapped_column(ForeignKey("villages.id"))


class VolunteerStatement(Base):
    """A signed statement or consent (domain §2.1.8), with its date and text version."""

    __tablename__ = "volunteer_statements"
    __table_args__ = (UniqueConstraint("volunteer_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    signed_on: Mapped[dt.date] = mapped_column(Date)
    content_version: Mapped[str | None] = mapped_column(String(40))
    source: Mapped[str | None] = mapped_column(String(60))
    scope: Mapped[str | None] = mapped_column(String(300))
    valid_from: Mapped[dt.date | None] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)

    volunteer: Mapped[Volunteer] = relationship(back_populates="statements")


class HealthConsent(Base):
    """An explicit consent (art. 9 ust. 2 lit. a RODO) under which the OPS keeps health
    information about the volunteer, given by the volunteer or by the guardian of a minor."""

    __tablename__ = "health_consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(200))
    given_by_guardian: Mapped[bool] = mapped_column(Boolean, default=False)
    health_info: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class VolunteerName(Base):
    """A former name of the volunteer, borne until `valid_to` (documents about earlier acts)."""

    __tablename__ = "volunteer_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(120))
    valid_to: Mapped[dt.date] = mapped_column(Date)


class VolunteerStatusChange(Base):
    """Status history: every change with its date and reason."""

    __tablename__ = "volunteer_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    old_status: Mapped[str | None] = mapped_column(String(12))
    new_status: Mapped[str] = mapped_column(String(12))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))


class Qualification(Base):
    """A qualification relevant to an activity type flagged as requiring one (art. 43)."""

    __tablename__ = "qualifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(120))
    number: Mapped[str | None] = mapped_column(String(60))
    expires_on: Mapped[dt.date | None] = mapped_column(Date)


class Vetting(Tracked, Base):
    """Child-protection vetting (domain §7.7): criminal-record data, restricted access."""

    __tablename__ = "vettings"

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id", ondelete="CASCADE"), index=True)
    rspts_date: Mapped[dt.date | None] = mapped_column(Date)
    rspts_entry_found: Mapped[bool | None] = mapped_column(Boolean)
    rspts_reference: Mapped[str | None] = mapped_column(String(80))
    rspts_checked_by: Mapped[str | None] = mapped_column(String(120))
    commission_date: Mapped[dt.date | None] = mapped_column(Date)
    commission_entry_found: Mapped[bool | None] = mapped_column(Boolean)
    krk_issue_date: Mapped[dt.date | None] = mapped_column(Date)
    krk_scope: Mapped[str | None] = mapped_column(String(200))
    krk_presented_on: Mapped[dt.date | None] = mapped_column(Date)
    krk_has_entries: Mapped[bool | None] = mapped_column(Boolean)
    residence_statement_date: Mapped[dt.date | None] = mapped_column(Date)
    foreign_records: Mapped[str | None] = mapped_column(Text)
    standards_training_date: Mapped[dt.date | None] = mapped_column(Date)
    standards_trained_by: Mapped[str | None] = mapped_column(String(120))
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    # the issued statements (art. 21 ust. 4-7 of the 2016 act) in the issued-documents register
    residence_document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_documents.id"))
    no_record_document_id: Mapped[int | None] = mapped_column(ForeignKey("issued_documents.id"))
