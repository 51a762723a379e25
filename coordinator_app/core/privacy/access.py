"""What an access (art. 15) or portability (art. 20) answer holds, and the rules that decide it.

A person is a volunteer, the guardian of a minor volunteer (whose data sits on the volunteer's
record) or a client. `PersonExport` carries every row linked to the person, table by table, as
JSON-safe values, with the columns that name someone else left out (a volunteer's assignment
does not give the client; a client's assignment does not give the volunteer), and what was
deliberately withheld, said in words for the letter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class PersonRole(StrEnum):
    VOLUNTEER = "volunteer"
    GUARDIAN = "guardian"
    CLIENT = "client"


@dataclass(frozen=True)
class PersonRef:
    role: PersonRole
    record_id: int  # the volunteer's id for a volunteer and for their guardian; the client's id


@dataclass
class PersonExport:
    person: PersonRef
    name: str
    generated_on: dt.date
    restricted_on: dt.date | None = None
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    withheld: list[str] = field(default_factory=list)

    def ids(self, table: str) -> set[Any]:
        """The primary keys of the exported rows of `table`."""
        return {row.get("id") for row in self.tables.get(table, [])}

    def count(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


class PersonNotFound(LookupError):
    pass


# The audit log names records by entity; the table each entity's rows live in.
AUDIT_ENTITIES = {
    "volunteer": "volunteers",
    "client": "clients",
    "need": "needs",
    "agreement": "agreements",
    "agreement_annex": "agreement_annexes",
    "assignment": "assignments",
    "hours_entry": "hours_entries",
    "vetting": "vettings",
    "attendance": "attendances",
    "health_consent": "health_consents",
    "issued_document": "issued_documents",
    "privacy_request": "privacy_requests",
}

# The guardian's own data on a minor volunteer's record.
GUARDIAN_COLUMNS = (
    "guardian_name",
    "guardian_sex",
    "guardian_relation",
    "guardian_address",
    "guardian_phone",
    "guardian_consent_date",
    "guardian_consent_reference",
    "guardian_restricted_on",
)

# Columns left out of an export because they point to another person.
OTHER_PERSON_COLUMNS = {
    PersonRole.VOLUNTEER: {"assignments": ("client_id", "need_id"), "volunteers": GUARDIAN_COLUMNS},
    PersonRole.CLIENT: {
        "assignments": ("volunteer_id", "agreement_id"),
        "hours_entries": ("volunteer_id",),
    },
    PersonRole.GUARDIAN: {},
}

# Tables of a volunteer's records found by their `volunteer_id` (their children follow below).
VOLUNTEER_TABLES = (
    "volunteer_activity_preferences",
    "volunteer_availability",
    "volunteer_villages",
    "volunteer_statements",
    "health_consents",
    "volunteer_names",
    "volunteer_status_changes",
    "qualifications",
    "vettings",
    "agreements",
    "assignments",
    "hours_entries",
    "attendances",
    "issued_documents",
    "privacy_requests",
    "authorisations",
    "image_consents",
    "action_signups",
)
# Tables found through a parent already exported: (table, its column, the parent table).
CHILD_TABLES = (
    ("agreement_activities", "agreement_id", "agreements"),
    ("agreement_annexes", "agreement_id", "agreements"),
    ("assignment_schedules", "assignment_id", "assignments"),
)
# What an export leaves out, and why, said in the letter (documents are in Polish).
WITHHELD_VETTING = (
    "Nie przechowuje się wydruków z Rejestru Sprawców Przestępstw na Tle Seksualnym ani informacji "
    "z Krajowego Rejestru Karnego: zapisuje się tylko datę i wynik każdego sprawdzenia."
)
WITHHELD_MINOR = "Dane samego małoletniego wolontariusza są udostępniane w zestawieniu jego danych."
WITHHELD_VOLUNTEERS = (
    "Nie podaje się wolontariuszy, którzy udzielali pomocy, ani dokumentów wydanych tym wolontariuszom: "
    "zawierają one ich własne dane osobowe."
)
CLIENT_TABLES = ("client_types", "needs", "assignments", "privacy_requests")


def json_value(value: Any) -> Any:
    """A column's value as JSON holds it: dates and times as ISO text."""
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value
