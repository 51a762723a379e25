"""What matching reads from the database (`MatchInputs`) and what it returns (`NeedMatch`).

Plain data only: no database, no Qt; `scoring` turns the one into the other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple

from coordinator_app.core.trainings.readiness import ReadinessOverview
from coordinator_app.core.vetting import VettingStatus

DEFAULT_LIMIT = 100


class NeedNotFoundForMatching(LookupError):
    pass


@dataclass(frozen=True)
class Candidate:
    volunteer_id: int
    name: str
    village: str | None
    score: int
    reasons: tuple[str, ...]  # what speaks for the volunteer
    concerns: tuple[str, ...]  # what speaks against, or what is missing
    blocked: bool  # the assignment gates would refuse them today
    distance_km: int | None
    current_assignments: int


@dataclass(frozen=True)
class NeedMatch:
    need_id: int
    client_code: str
    village: str | None
    activity_name: str
    preferred_times: str | None
    involves_minors: bool
    candidates: tuple[Candidate, ...]
    considered: int  # active volunteers looked at (those who excluded the activity included)


@dataclass(frozen=True)
class NeedFacts:
    """The need as matching sees it: the client's village, the activity and the times wanted."""

    need_id: int
    client_code: str
    village_id: int | None
    village: str | None
    activity_code: str
    activity_name: str
    preferred_times: str | None = None
    involves_minors: bool = False  # the activity involves minors, or children live in the household


class VolunteerFacts(NamedTuple):
    """One active volunteer, in the order of the columns read."""

    id: int
    last_name: str
    first_name: str
    village_id: int | None = None  # where they live
    max_distance_km: int | None = None
    transport: str | None = None
    driving_licence: bool = False
    hours_per_month: int | None = None  # what they offered


@dataclass(frozen=True)
class MatchInputs:
    """Everything scoring needs, read in a fixed number of grouped queries."""

    need: NeedFacts
    volunteers: Sequence[VolunteerFacts]  # every active volunteer
    preference: Mapping[int, bool] = field(default_factory=dict)  # id -> excluded (True) / preferred
    serves: Set[int] = frozenset()  # ids of those who serve the client's village
    distance: Mapping[int, int] = field(default_factory=dict)  # village id -> km to the client's
    wants_times: bool = False  # the need names preferred times
    available_then: Set[int] = frozenset()  # ids available in one of the preferred slots
    availability_recorded: Set[int] = frozenset()  # ids with any availability recorded
    load: Mapping[int, tuple[int, int]] = field(default_factory=dict)  # id -> (count, minutes)
    with_agreement: Set[int] = frozenset()  # ids with an agreement in force today
    readiness: ReadinessOverview | None = None  # None: the activity requires no training
    vetting: Mapping[int, VettingStatus] = field(default_factory=dict)  # read only for minors
