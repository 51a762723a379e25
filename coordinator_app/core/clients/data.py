"""Plain data the client services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.core.enums import ClientStatus, NeedStatus
from coordinator_app.i18n import N_, _

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


# Client type codes (domain §7.2 `typ`, multi-select), in display order.
CLIENT_TYPE_LABELS: dict[str, str] = {
    "senior": N_("older person"),
    "disabled": N_("person with disability"),
    "family": N_("family with children"),
    "alone": N_("person living alone"),
    "other": N_("other"),
}

NEED_PRIORITY_LABELS: dict[int, str] = {1: N_("high"), 2: N_("normal"), 3: N_("low")}


def client_type_label(code: str) -> str:
    return _(CLIENT_TYPE_LABELS[code]) if code in CLIENT_TYPE_LABELS else code


def need_priority_label(priority: int) -> str:
    return _(NEED_PRIORITY_LABELS[priority]) if priority in NEED_PRIORITY_LABELS else str(priority)


class ClientNotFound(LookupError):
    pass


class NeedNotFound(LookupError):
    pass


@dataclass(frozen=True)
class ClientRow:
    """One line of the clients list, with a precomputed search key."""

    id: int
    code: str
    last_name: str
    first_name: str
    locality: str
    village: str | None
    status: str
    type_codes: tuple[str, ...]
    social_worker: str | None
    open_needs: int
    assessment_valid_until: dt.date | None
    assessment_expired: bool  # valid-until date before the `today` of `list_clients`
    search_text: str  # folded code, names, village and locality
    restricted: bool = False  # processing restricted (art. 18 RODO)

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


@dataclass(frozen=True)
class NeedLine:
    id: int
    activity_code: str
    activity_name: str
    description: str | None
    frequency: str | None
    preferred_times: str | None
    priority: int
    status: str
    reported_on: dt.date
    reported_by: str | None


@dataclass(frozen=True)
class ClientAssignmentLine:
    id: int
    number: str | None
    volunteer_name: str
    activity_name: str
    status: str
    date_from: dt.date
    date_to: dt.date | None
    confirmed_minutes: int = 0  # hours given to this client, confirmed ones only


@dataclass(frozen=True)
class ClientDetails:
    """Everything about a client the coordinator sees by default (no health notes)."""

    id: int
    code: str
    first_name: str
    last_name: str
    sex: str | None
    birth_year: int | None
    phone: str | None
    street: str | None
    house_number: str
    flat_number: str | None
    postal_code: str
    locality: str
    post_office: str | None
    village: str | None
    directions: str | None
    contact_name: str | None
    contact_relation: str | None
    contact_phone: str | None
    social_worker: str | None
    type_codes: tuple[str, ...]
    assessment_valid_until: dt.date | None
    visit_consent_date: dt.date | None
    visit_consent_how: str | None
    children_in_household: bool
    children_count: int | None
    children_age_bands: str | None
    status: str
    support_ended_on: dt.date | None
    notes_for_volunteer: str | None
    needs: tuple[NeedLine, ...]
    assignments: tuple[ClientAssignmentLine, ...]

    assessment_expired: bool  # valid-until date before the `today` of `get_client_details`

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class WaitingNeed:
    """A line of the waiting list: the client by pseudonymous code and village, never by name."""

    need_id: int
    client_id: int
    client_code: str
    village: str | None
    activity_type_id: int
    activity_code: str
    activity_name: str
    description: str | None
    preferred_times: str | None
    priority: int
    reported_on: dt.date
    days_waiting: int
    search_text: str  # folded code, village and activity
