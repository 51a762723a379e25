"""Retention periods and holds (domain §2.3.3): when a record or a document may go.

JRWA "B" categories count from 1 January of the year after the matter closed: a B5 agreement
that ended on 14 March 2021 may be destroyed from 1 January 2027. The periods are settings
(`core.settings`, defaults to confirm with the OPS's archivist and IOD). Pure: no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from coordinator_app.core import settings
from coordinator_app.core.settings import AppSetting

VOLUNTEER = "volunteer"
CLIENT = "client"
SUBJECT_KINDS = (VOLUNTEER, CLIENT)


def kept_until(closed_on: dt.date, years: int) -> dt.date:
    """The first day a record closed on `closed_on` may go, kept `years` full years."""
    return dt.date(closed_on.year + years + 1, 1, 1)


@dataclass(frozen=True)
class Hold:
    """Something that keeps a person's data: `what` names it for the coordinator, `until` is
    the first day it no longer holds (None: open, e.g. an ongoing cooperation)."""

    what: str
    until: dt.date | None

    def blocks(self, on: dt.date) -> bool:
        return self.until is None or self.until > on


@dataclass(frozen=True)
class Periods:
    """The retention periods in force, in years (read from the settings)."""

    volunteer: int
    client: int
    vetting: int
    documents: dict[str, int]

    def document(self, kind: str) -> int:
        """A document kind's period; a kind without a setting is kept as long as a volunteer."""
        return self.documents.get(kind, self.volunteer)


def default_periods() -> Periods:
    return periods_from(lambda setting: setting.default)


def periods_from(read: Callable[[AppSetting[int]], int]) -> Periods:
    """The periods as `read(setting)` gives them (the stored values, or the defaults)."""
    return Periods(
        volunteer=read(settings.RETENTION_VOLUNTEER_YEARS),
        client=read(settings.RETENTION_CLIENT_YEARS),
        vetting=read(settings.RETENTION_VETTING_YEARS),
        documents={kind: read(setting) for kind, setting in settings.RETENTION_DOCUMENTS.items()},
    )


def blocking(holds: Iterable[Hold], on: dt.date) -> list[Hold]:
    """The holds still in force on `on`, the longest first (open ones first of all)."""
    found = [hold for hold in holds if hold.blocks(on)]
    return sorted(found, key=lambda h: (h.until is not None, -(h.until or on).toordinal()))


def free_from(holds: Iterable[Hold]) -> dt.date | None:
    """The first day no hold keeps the data (None while one is open; no holds: None too)."""
    dates: list[dt.date] = []
    for hold in holds:
        if hold.until is None:
            return None
        dates.append(hold.until)
    return max(dates) if dates else None


def latest(*dates: dt.date | None) -> dt.date | None:
    known = [d for d in dates if d is not None]
    return max(known) if known else None
