"""Plain data the partner services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from coordinator_app.i18n import N_, _

# Partner columns the form edits, by name (contacts are a list of their own).
PARTNER_FIELDS = (
    "name",
    "short_name",
    "kind",
    "street",
    "house_number",
    "postal_code",
    "locality",
    "post_office",
    "village_id",
    "phone",
    "email",
    "nip",
    "regon",
    "krs",
    "represented_by",
    "represented_by_sex",
    "represented_by_role",
    "cooperation_since",
    "cooperation_scope",
    "agreement_valid_to",
    "coalition_member",
    "active",
    "notes",
)

CONTACT_FIELDS = ("first_name", "last_name", "sex", "role", "phone", "email", "primary")

# The kinds of partner (Partner.kind), in display order.
PARTNER_KIND_LABELS: dict[str, str] = {
    "school": N_("school"),
    "parish": N_("parish"),
    "library": N_("library"),
    "ngo": N_("non-governmental organisation"),
    "fire_brigade": N_("volunteer fire brigade (OSP)"),
    "housewives": N_("rural housewives' club (KGW)"),
    "company": N_("company (employee volunteering)"),
    "public": N_("public institution"),
    "other": N_("other"),
}


def partner_kind_label(code: str) -> str:
    return _(PARTNER_KIND_LABELS[code]) if code in PARTNER_KIND_LABELS else code


class PartnerNotFound(LookupError):
    pass


@dataclass
class ContactData:
    """A contact person at the partner; `id` None for one not saved yet."""

    first_name: str = ""
    last_name: str = ""
    sex: str | None = None
    role: str | None = None
    phone: str | None = None
    email: str | None = None
    primary: bool = False
    id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class PartnerData:
    """Everything the partner form edits. Field names match the `Partner` columns."""

    name: str = ""
    short_name: str | None = None
    kind: str = ""
    street: str | None = None
    house_number: str = ""
    postal_code: str = ""
    locality: str = ""
    post_office: str | None = None
    village_id: int | None = None
    phone: str | None = None
    email: str | None = None
    nip: str | None = None
    regon: str | None = None
    krs: str | None = None
    represented_by: str | None = None
    represented_by_sex: str | None = None
    represented_by_role: str | None = None
    cooperation_since: dt.date | None = None
    cooperation_scope: str | None = None
    agreement_valid_to: dt.date | None = None
    coalition_member: bool = False
    active: bool = True
    notes: str | None = None
    contacts: list[ContactData] = field(default_factory=list)


@dataclass(frozen=True)
class PartnerRow:
    """One line of the partners list, with a precomputed search key."""

    id: int
    name: str
    short_name: str | None
    kind: str
    locality: str
    village: str | None
    contact: str | None  # the primary contact person (else the first one) with their role
    phone: str | None
    coalition_member: bool
    active: bool
    volunteers: int  # volunteers who came through the partner
    actions: int  # actions it organised or joined
    agreement_number: str | None
    search_text: str  # folded name, short name, kind, locality, village and contact


@dataclass(frozen=True)
class PartnerVolunteer:
    """A volunteer who came through the partner: recorded on the volunteer (`record`) or only
    on action sign-ups with the partner."""

    id: int
    name: str  # "Surname First-name"
    locality: str
    status: str
    on_record: bool  # Volunteer.partner_id names the partner
    signups: int  # action sign-ups with this partner
    action_minutes: int  # confirmed hours of those sign-ups
    total_minutes: int  # every confirmed hour of the volunteer


@dataclass(frozen=True)
class PartnerAction:
    id: int
    name: str
    date_from: dt.date
    date_to: dt.date
    status: str
    organiser: bool  # the partner organised it (else it joined it)
    contribution: str | None
    signups: int  # sign-ups of volunteers who came with the partner
    minutes: int  # their confirmed hours


@dataclass(frozen=True)
class PartnerShare:
    """The partner's share of the actions and hours."""

    actions_organised: int
    actions_joined: int
    volunteers: int
    action_minutes: int  # confirmed hours of its volunteers' action sign-ups
    volunteer_minutes: int  # every confirmed hour of the volunteers who came through it


@dataclass(frozen=True)
class PartnerDetails:
    id: int
    data: PartnerData
    village: str | None
    agreement_number: str | None
    agreement_signed_on: dt.date | None
    volunteers: tuple[PartnerVolunteer, ...]
    actions: tuple[PartnerAction, ...]
    share: PartnerShare
