"""Plain data the client services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.core.enums import ClientStatus, NeedStatus

# Client columns the form edits, by name (health notes are handled apart: restricted data).
CLIENT_FIELDS = (
    "first_name",
    "last_name",
    "sex",
    "birth_year",
    "phone",
    "street",
    "house_number",
    "flat_number",
    "postal_code",
    "locality",
    "post_office",
    "village_id",
    "directions",
    "contact_name",
    "contact_relation",
    "contact_phone",
    "social_worker_id",
    "assessment_valid_until",
    "visit_consent_date",
    "visit_consent_how",
    "children_in_household",
    "children_count",
    "children_age_bands",
    "status",
    "support_ended_on",
    "notes_for_volunteer",
)


@dataclass
class ClientData:
    """Everything the client form edits. Field names match the `Client` columns."""

    first_name: str = ""
    last_name: str = ""
    sex: str | None = None
    birth_year: int | None = None
    phone: str | None = None
    street: str | None = None
    house_number: str = ""
    flat_number: str | None = None
    postal_code: str = ""
    locality: str = ""
    post_office: str | None = None
    village_id: int | None = None
    directions: str | None = None
    contact_name: str | None = None
    contact_relation: str | None = None
    contact_phone: str | None = None
    social_worker_id: int | None = None
    assessment_valid_until: dt.date | None = None
    visit_consent_date: dt.date | None = None
    visit_consent_how: str | None = None
    children_in_household: bool = False
    children_count: int | None = None
    children_age_bands: str | None = None
    status: str = ClientStatus.ACTIVE.value
    support_ended_on: dt.date | None = None
    notes_for_volunteer: str | None = None
    type_codes: set[str] = field(default_factory=set)
    # Restricted (art. 9 RODO): written only when the coordinator revealed and edited them.
    health_notes: str | None = None
    health_notes_edited: bool = False


@dataclass
class NeedData:
    """One need of a client (domain §7.2a)."""

    activity_type_id: int | None = None
    description: str | None = None
    frequency: str | None = None
    preferred_times: str | None = None
    priority: int = 2
    reported_by: str | None = None
    reported_on: dt.date | None = None
    status: str = NeedStatus.OPEN.value


NEED_FIELDS = (
    "activity_type_id",
    "description",
    "frequency",
    "preferred_times",
    "priority",
    "reported_by",
    "reported_on",
    "status",
)
