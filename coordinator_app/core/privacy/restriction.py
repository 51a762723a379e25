"""Restriction of processing (art. 18 RODO): what it means in this application.

A restricted volunteer or client stays in the database unchanged, but is no longer processed:
matching does not propose them (nor a restricted client's needs), the lists hide them unless
"show restricted" is ticked, list exports and batch printing leave them out, and wherever they
are shown they carry the mark `RESTRICTED_MARK`. The coordinator lifts the restriction when its
reason ends (art. 18 ust. 3: the person is told before it is lifted).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.core.privacy.access import PersonRole
from coordinator_app.i18n import N_, _

RESTRICTED_MARK = N_("processing restricted")
REASON_LENGTH = 300


@dataclass(frozen=True)
class RestrictionState:
    role: PersonRole
    record_id: int
    name: str
    restricted_on: dt.date | None
    reason: str | None

    @property
    def restricted(self) -> bool:
        return self.restricted_on is not None


def restricted_mark() -> str:
    return _(RESTRICTED_MARK)


def marked(text: str, restricted: bool) -> str:
    """`text` with the restriction mark when the person is restricted."""
    return _("{text} ({mark})").format(text=text, mark=restricted_mark()) if restricted else text


def restriction_tooltip() -> str:
    return _("Processing of this person's data is restricted (art. 18 RODO): the data is only kept.")
