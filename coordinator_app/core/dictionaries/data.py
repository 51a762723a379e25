"""The dictionaries' plain data: what the forms edit and the lists show, and the conversion of a
stored row into it (no session here). May import db.models only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.core.text import fold
from coordinator_app.db.models import ActivityType, Staff, Village

MAX_KM = 300


class DictionaryRecordNotFound(LookupError):
    pass


@dataclass
class ActivityTypeData:
    code: str = ""
    name: str = ""
    involves_minors: bool = False
    requires_qualification: bool = False
    active: bool = True
    risk_info: str | None = None  # health-and-safety risks, one point a line (agreement annex 1)
    home_visit: bool = False  # done in the client's home: refused to an under-13 without an adult


@dataclass
class ActivityTypeRow(ActivityTypeData):
    id: int = 0


def activity_data(row: ActivityType) -> ActivityTypeData:
    return ActivityTypeData(
        row.code,
        row.name,
        bool(row.involves_minors),
        bool(row.requires_qualification),
        bool(row.active),
        row.risk_info,
        bool(row.home_visit),
    )


@dataclass
class VillageData:
    name: str = ""
    gmina: str | None = None
    is_solectwo: bool = True
    teryt_simc: str | None = None
    active: bool = True


@dataclass
class VillageRow(VillageData):
    id: int = 0


def village_data(row: Village) -> VillageData:
    return VillageData(row.name, row.gmina, bool(row.is_solectwo), row.teryt_simc, bool(row.active))


@dataclass
class StaffData:
    first_name: str = ""
    last_name: str = ""
    position: str | None = None
    is_social_worker: bool = False
    is_signatory: bool = False
    is_coordinator: bool = False
    phone: str | None = None
    email: str | None = None
    active: bool = True
    sex: str | None = None  # K/M: their own forms in documents ("Zatwierdziła", "jej wskazówek")
    # a signatory's written authorisation (a deputy or an authorised employee, not the head)
    authorisation_number: str | None = None
    authorisation_date: dt.date | None = None
    # the days the person holds the signing role, both inclusive (None: open-ended)
    role_valid_from: dt.date | None = None
    role_valid_to: dt.date | None = None


@dataclass
class StaffRow(StaffData):
    id: int = 0

    @property
    def full_name(self) -> str:
        return f"{self.last_name} {self.first_name}"


STAFF_FIELDS = tuple(StaffData.__dataclass_fields__)
_HEAD_WORDS = ("kierownik", "dyrektor")
_DEPUTY_WORDS = ("zastepca", "zastepczyni", "p.o.", "pelniacy", "pelniaca")


def is_head_position(position: str | None) -> bool:
    """Whether the position is the head of the centre (Kierownik, Dyrektor), not a deputy."""
    folded = fold(position)
    return any(word in folded for word in _HEAD_WORDS) and not any(word in folded for word in _DEPUTY_WORDS)


def staff_data(row: Staff) -> StaffData:
    return StaffData(**{name: getattr(row, name) for name in STAFF_FIELDS})
