"""In-memory records the stages pass on: only what later stages need, rows are built from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Vol:
    id: int
    sex: str
    first: str
    last: str  # as written for this person (female form for a woman)
    birth: dt.date
    minor: bool
    foreign: bool
    status: str
    application: dt.date
    start: dt.date | None = None
    end: dt.date | None = None  # ended volunteers
    paused: dt.date | None = None  # suspended volunteers: the day work stopped
    end_reason: str | None = None  # why they ended, or why they are suspended
    place: int = 0  # index of the home village
    prefs: list[str] = field(default_factory=list)  # activity codes, best first
    excluded: list[str] = field(default_factory=list)
    slots: list[tuple[int, str]] = field(default_factory=list)  # (weekday, time slot)
    car: bool = False
    travel_waiver: bool = False
    vetted_on: dt.date | None = None
    event_only: bool = False
    max_km: int = 10
    last_male: str = ""  # the surname's male form, for relatives
    agreements: list[Agr] = field(default_factory=list)
    # "child" (under 13) or "girl" (13-17): a minor every document variant can be printed for
    showcase: str = ""
    guardian: str = ""  # a minor's guardian: "Anna Kowalska (matka)", for the agreement

    def work_end(self, horizon: dt.date) -> dt.date | None:
        """Last day this volunteer could work (None for candidates)."""
        if self.start is None:
            return None
        if self.end is not None:
            return self.end
        if self.paused is not None:
            return self.paused
        return horizon


@dataclass(slots=True)
class Cli:
    id: int
    place: int
    kind: str  # senior / disabled / family / other
    status: str
    since: dt.date | None  # visit consent date; None = no consent, no volunteer visits
    until: dt.date | None = None  # support ended on
    paused: dt.date | None = None  # suspended clients: the day visits stopped
    social_worker_id: int = 0
    has_contact: bool = False

    def visit_end(self, far: dt.date) -> dt.date:
        return self.until or self.paused or far


@dataclass(slots=True)
class NeedRec:
    id: int
    client: Cli
    code: str
    reported_on: dt.date
    status: str = "open"


@dataclass(slots=True)
class Agr:
    id: int
    vol: Vol
    period_from: dt.date
    period_to: dt.date
    concluded_on: dt.date
    terminated_on: dt.date | None = None
    termination_mode: str | None = None
    event: str | None = None  # a short agreement for one event
    codes: list[str] = field(default_factory=list)
    number: str = ""

    @property
    def last_day(self) -> dt.date:
        return self.terminated_on or self.period_to


@dataclass(slots=True)
class Seg:
    """One assignment (a stretch of a relationship within one agreement)."""

    id: int
    vol: Vol
    agreement: Agr
    code: str
    form: str
    date_from: dt.date
    date_to: dt.date | None
    status: str
    work_last: dt.date  # last day hours may fall on
    client: Cli | None = None
    need: NeedRec | None = None
    place: str = ""
    schedule: list[tuple[int, int, int, bool]] = field(
        default_factory=list
    )  # weekday, start min, minutes, eow
    end_reason: str | None = None
    travel_km: int | None = None
