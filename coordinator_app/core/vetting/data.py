"""Plain data of the child-protection vetting (weryfikacja, domain §2.2 and §7.7).

Nothing here is an ORM object: services copy a `Vetting` row into `VettingData` inside a short
session and hand back only plain values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from coordinator_app.core.settings import VETTING_VALIDITY_MONTHS as VALIDITY_MONTHS
from coordinator_app.i18n import N_, _, ngettext
from coordinator_app.i18n.formatting import format_date

# The scope an online KRK request should name (art. 21 ust. 3 of the 2016 act, domain §2.2.2).
KRK_SCOPE_DEFAULT = "art. 21 ust. 3 ustawy z dnia 13 maja 2016 r."

# A vetting due for review within this many days is shown as "review due soon".
REVIEW_SOON_DAYS = 30

# Text limits of the columns (checked by validation, so PostgreSQL never truncates).
TEXT_LIMITS: dict[str, int] = {
    "rspts_reference": 80,
    "rspts_checked_by": 120,
    "krk_scope": 200,
    "standards_trained_by": 120,
    "foreign_records": 2000,
    "notes": 2000,
}


@dataclass
class VettingData:
    """Everything the vetting form edits; field names match the `Vetting` columns.

    A result is `None` while not recorded, `False` for "brak wpisu" (no entry, no convictions in
    scope) and `True` when an entry was found.
    """

    rspts_date: dt.date | None = None
    rspts_entry_found: bool | None = None
    rspts_reference: str | None = None
    rspts_checked_by: str | None = None
    commission_date: dt.date | None = None
    commission_entry_found: bool | None = None
    krk_issue_date: dt.date | None = None
    krk_scope: str | None = None
    krk_presented_on: dt.date | None = None
    krk_has_entries: bool | None = None
    residence_statement_date: dt.date | None = None
    foreign_records: str | None = None
    standards_training_date: dt.date | None = None
    standards_trained_by: str | None = None
    valid_until: dt.date | None = None
    notes: str | None = None


VETTING_FIELDS: tuple[str, ...] = tuple(VettingData.__dataclass_fields__)

# The check dates that must fall on or before the day a vetting is checked for.
CHECK_DATES: tuple[str, ...] = (
    "rspts_date",
    "commission_date",
    "krk_presented_on",
    "residence_statement_date",
    "standards_training_date",
)


class VettingStatus(StrEnum):
    """The short state of a volunteer's vetting on a day (the dashboard and lists use it)."""

    COMPLETE = "complete"  # complete and valid on that day
    INCOMPLETE = "incomplete"  # a record exists but items are missing
    EXPIRED = "expired"  # the record's validity ended before that day
    MISSING = "missing"  # no record at all
    BLOCKED = "blocked"  # an entry was found in RSPTS, the Commission register or the KRK

    @property
    def label(self) -> str:
        return _(_STATUS_LABELS[self])


_STATUS_LABELS = {
    VettingStatus.COMPLETE: N_("complete and valid"),
    VettingStatus.INCOMPLETE: N_("incomplete"),
    VettingStatus.EXPIRED: N_("expired"),
    VettingStatus.MISSING: N_("none recorded"),
    VettingStatus.BLOCKED: N_("negative"),
}


@dataclass(frozen=True)
class VettingCheck:
    """The verdict on one record for one day.

    `gaps` lists one Polish sentence per missing or failing item (empty when the vetting is
    complete and valid). `blocking` is the part of `gaps` that no coordinator override may pass:
    an entry found in RSPTS, in the State Commission register or in the KRK information.
    """

    status: VettingStatus
    gaps: tuple[str, ...] = ()
    blocking: tuple[str, ...] = ()
    foreign_required: bool = False  # the statements for foreigners apply to this volunteer

    @property
    def complete(self) -> bool:
        return not self.gaps

    @property
    def blocks_absolutely(self) -> bool:
        return bool(self.blocking)

    @property
    def can_override(self) -> bool:
        """Something is missing, but nothing was found: a coordinator may override with a reason."""
        return bool(self.gaps) and not self.blocking


@dataclass(frozen=True)
class EarlierVetting:
    """A superseded record, listed as history in the vetting window."""

    id: int
    checked_on: dt.date | None  # the RSPTS check date, else the day it was entered
    valid_until: dt.date | None


@dataclass
class VettingView:
    """What `get_vetting` returns: the current record (or an empty one) and its context."""

    volunteer_id: int
    volunteer_name: str  # "First-name Surname"
    citizenship: str | None
    record_id: int | None  # None: nothing recorded yet
    data: VettingData
    updated_at: dt.datetime | None = None
    updated_by: str | None = None
    earlier: list[EarlierVetting] = field(default_factory=list)
    # The newest completed training in the child-protection standards, as a suggestion.
    standards_training_suggestion: tuple[dt.date, str | None] | None = None
    validity_months: int = VALIDITY_MONTHS.default
    # the centre asks every volunteer working with minors for the art. 21 residence statement
    statement_from_everyone: bool = False


@dataclass(frozen=True)
class ExpiringVetting:
    """A current vetting whose validity ends soon (a reminder on the dashboard)."""

    volunteer_id: int
    full_name: str  # "Surname First-name"
    valid_until: dt.date
    days_left: int


@dataclass(frozen=True)
class VettingSummary:
    """What the volunteer view may show without an audited view: the verdict, not the content."""

    volunteer_name: str  # "First-name Surname"
    status: VettingStatus
    missing: int  # how many items are missing (0 when complete)
    valid_until: dt.date | None

    @property
    def text(self) -> str:
        return vetting_status_text_of(self)

    def review_soon(self, today: dt.date) -> bool:
        return (
            self.status == VettingStatus.COMPLETE
            and self.valid_until is not None
            and (self.valid_until - today).days <= REVIEW_SOON_DAYS
        )


def vetting_status_text_of(summary: VettingSummary) -> str:
    if summary.status == VettingStatus.COMPLETE:
        return _("Vetting for work with minors: complete, valid until {date}.").format(
            date=format_date(summary.valid_until)
        )
    if summary.status == VettingStatus.EXPIRED:
        return _("Vetting for work with minors: expired on {date}; a new check is needed.").format(
            date=format_date(summary.valid_until)
        )
    if summary.status == VettingStatus.INCOMPLETE:
        return ngettext(
            "Vetting for work with minors: incomplete ({count} item missing).",
            "Vetting for work with minors: incomplete ({count} items missing).",
            summary.missing,
        ).format(count=summary.missing)
    if summary.status == VettingStatus.BLOCKED:
        return _("Vetting for work with minors: negative. The volunteer must not work with minors.")
    return _("Vetting for work with minors: none.")
