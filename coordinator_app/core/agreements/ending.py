"""Plain data of the end of an agreement: how it ended, the notice given, what it touches."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from coordinator_app.i18n import N_, _

if TYPE_CHECKING:
    from coordinator_app.core.agreements.data import AgreementWarning


class TerminationMode(StrEnum):
    """How an agreement ended (domain §7.3 `tryb_rozwiązania`)."""

    MUTUAL = "mutual"  # za porozumieniem stron
    VOLUNTEER_NOTICE = "volunteer_notice"  # wypowiedzenie przez wolontariusza
    OPS_NOTICE = "ops_notice"  # wypowiedzenie przez OPS (Korzystającego)
    EXPIRY = "expiry"  # wygaśnięcie: the period it was concluded for ran out

    @property
    def label(self) -> str:
        return _(_MODE_LABELS[self])

    @property
    def document_text(self) -> str:
        """The Polish phrase for printed documents (always Polish, whatever the UI language)."""
        return _MODE_DOCUMENT_TEXT[self]

    @classmethod
    def parse(cls, value: str | None) -> TerminationMode | None:
        """A stored mode, accepting the Polish words older records (and the demo) hold."""
        if not value:
            return None
        try:
            return cls(value)
        except ValueError:
            return _LEGACY_MODES.get(" ".join(value.lower().split()))

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(mode.value, mode.label) for mode in cls]


_MODE_LABELS = {
    TerminationMode.MUTUAL: N_("by agreement of the parties"),
    TerminationMode.VOLUNTEER_NOTICE: N_("notice given by the volunteer"),
    TerminationMode.OPS_NOTICE: N_("notice given by the OPS"),
    TerminationMode.EXPIRY: N_("expiry of the period"),
}
_MODE_DOCUMENT_TEXT = {
    TerminationMode.MUTUAL: "za porozumieniem stron",
    TerminationMode.VOLUNTEER_NOTICE: "wypowiedzenie przez Wolontariusza",
    TerminationMode.OPS_NOTICE: "wypowiedzenie przez Korzystającego",
    TerminationMode.EXPIRY: "wygaśnięcie z upływem okresu, na który zostało zawarte",
}
_LEGACY_MODES = {
    "porozumienie stron": TerminationMode.MUTUAL,
    "za porozumieniem stron": TerminationMode.MUTUAL,
    "wypowiedzenie przez wolontariusza": TerminationMode.VOLUNTEER_NOTICE,
    "wypowiedzenie przez ops": TerminationMode.OPS_NOTICE,
    "wypowiedzenie przez korzystającego": TerminationMode.OPS_NOTICE,
    "wygaśnięcie": TerminationMode.EXPIRY,
}


class NoticeParty(StrEnum):
    """Who gave notice (or, for a mutual termination, that both parties agreed)."""

    VOLUNTEER = "volunteer"
    OPS = "ops"
    BOTH = "both"


class NoticeDelivery(StrEnum):
    """How the written notice reached the other party."""

    IN_PERSON = "in_person"  # handed over against a signature
    POST = "post"  # registered letter
    EMAIL = "email"  # documentary form (e-mail with a scan)

    @property
    def label(self) -> str:
        return _(_DELIVERY_LABELS[self])

    @property
    def document_text(self) -> str:
        return _DELIVERY_TEXT[self]

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(item.value, item.label) for item in cls]


_DELIVERY_LABELS = {
    NoticeDelivery.IN_PERSON: N_("handed over in person"),
    NoticeDelivery.POST: N_("by registered post"),
    NoticeDelivery.EMAIL: N_("by e-mail (documentary form)"),
}
_DELIVERY_TEXT = {
    NoticeDelivery.IN_PERSON: "doręczone osobiście",
    NoticeDelivery.POST: "doręczone listem poleconym",
    NoticeDelivery.EMAIL: "doręczone pocztą elektroniczną, w formie dokumentowej",
}
# Who gives notice in each mode that has one.
NOTICE_PARTY = {
    TerminationMode.VOLUNTEER_NOTICE: NoticeParty.VOLUNTEER,
    TerminationMode.OPS_NOTICE: NoticeParty.OPS,
    TerminationMode.MUTUAL: NoticeParty.BOTH,
}


@dataclass(frozen=True)
class AffectedAssignment:
    """An assignment resting on an agreement that continues after the agreement's new end."""

    id: int
    number: str | None
    activity_code: str
    client_code: str | None
    date_from: dt.date
    date_to: dt.date | None
    status: str


@dataclass
class TerminationData:
    """`terminated_on` is the agreement's LAST day in force (inclusive), as in "rozwiązane
    z dniem 31 marca": valid on that day, not from the next one."""

    terminated_on: dt.date | None = None
    mode: str = ""
    reason: str | None = None  # kept in the audit log
    end_assignments: bool = False
    # the day the notice (or the mutual declaration) was given, and how it was delivered
    notice_given_on: dt.date | None = None
    notice_delivery: str | None = None


@dataclass(frozen=True)
class TerminationPreview:
    """What terminating on a date would touch, shown before the coordinator confirms."""

    affected: tuple[AffectedAssignment, ...]
    hours_after: int  # hours entries of its assignments dated after the end
    other_agreement_after: bool  # the volunteer has another agreement in force after the end


@dataclass(frozen=True)
class TerminationResult:
    ended_assignment_ids: tuple[int, ...]
    warnings: tuple[AgreementWarning, ...] = ()
