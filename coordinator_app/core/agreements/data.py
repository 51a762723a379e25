"""Plain data the agreement services take and return (no ORM objects leave a session)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from coordinator_app.core.agreements.ending import (
    AffectedAssignment,
    TerminationData,
    TerminationMode,
    TerminationPreview,
    TerminationResult,
)
from coordinator_app.core.options import Option
from coordinator_app.core.rules import AgeGroup, age_group, age_on
from coordinator_app.i18n import N_, _

__all__ = [  # the ending's types are re-exported: older imports read them from here
    "AffectedAssignment",
    "TerminationData",
    "TerminationMode",
    "TerminationPreview",
    "TerminationResult",
]


def last_valid_day(period_to: dt.date | None, terminated_on: dt.date | None) -> dt.date | None:
    """The last day an agreement is in force: the end of its period or the recorded
    termination date, whichever comes first; None = indefinite (no end yet)."""
    if period_to is None:
        return terminated_on
    if terminated_on is None:
        return period_to
    return min(period_to, terminated_on)


class AgreementNotFound(LookupError):
    pass


class AgreementState(StrEnum):
    """Where an agreement stands on a given day (see `rules.agreement_state`)."""

    FUTURE = "future"  # its period has not started yet
    VALID = "valid"  # in force that day (possibly with a termination already given)
    EXPIRED = "expired"  # its period ended without a recorded termination
    TERMINATED = "terminated"  # its recorded end (termination or expiry) has passed

    @property
    def label(self) -> str:
        return _(_STATE_LABELS[self])


_STATE_LABELS = {
    AgreementState.FUTURE: N_("not yet in force"),
    AgreementState.VALID: N_("valid"),
    AgreementState.EXPIRED: N_("expired"),
    AgreementState.TERMINATED: N_("terminated"),
}


@dataclass
class AgreementData:
    """Everything the agreement form edits. Field names match the `Agreement` columns;
    `activity_ids` are the activity types of the scope (`AgreementActivity`).

    An empty `number` on a new agreement means "give it the next number" (numbering pattern
    of the organisation) when it is saved.
    """

    number: str | None = None
    concluded_on: dt.date | None = None
    concluded_in: str = ""
    period_from: dt.date | None = None
    period_to: dt.date | None = None  # None = indefinite (allowed, with a warning)
    activity_ids: set[int] = field(default_factory=set)
    scope: str = ""
    manner: str = ""
    time_commitment: str = ""
    termination_terms: str = ""
    written_form: bool = True
    nnw_policy: str | None = None
    oc_policy: str | None = None
    cost_rules: str | None = None
    representative_id: int | None = None
    guardian_consent_on: dt.date | None = None
    signed_by_volunteer_on: dt.date | None = None
    signed_by_ops_on: dt.date | None = None
    notes: str | None = None
    notice_period_days: int | None = None  # the notice period the termination clause states
    minor_escort: str | None = None  # under 13: the adult present on site
    minor_travel: str | None = None  # under 13: how the child gets there and back


# Columns copied between AgreementData and the Agreement row as they are.
AGREEMENT_FIELDS: tuple[str, ...] = tuple(
    name for name in AgreementData.__dataclass_fields__ if name != "activity_ids"
)
# The content of the agreement (art. 44 ust. 1 and the rest of the text): changing any of them
# in a signed agreement is an amendment, which needs an annex.
CONTENT_FIELDS: tuple[str, ...] = (
    "period_from",
    "period_to",
    "activity_ids",
    "scope",
    "manner",
    "time_commitment",
    "termination_terms",
    "cost_rules",
    "notice_period_days",
    "minor_escort",
    "minor_travel",
)


@dataclass(frozen=True)
class AgreementWarning:
    """Something the coordinator should know before saving; it does not stop the save.
    `code` is stable (tests, the UI), `message` is the Polish sentence shown."""

    code: str
    message: str


@dataclass(frozen=True)
class SaveResult:
    id: int
    number: str
    warnings: tuple[AgreementWarning, ...] = ()


# The form's pick-list entries are the one pick-list entry type (`flag`: involves minors).
Choice = Option


@dataclass(frozen=True)
class InsuranceSettings:
    """The organisation's policies (organisation settings, domain §7.8)."""

    nnw_insurer: str | None = None
    nnw_policy: str | None = None
    nnw_valid_from: dt.date | None = None
    nnw_valid_to: dt.date | None = None
    oc_policy: str | None = None


@dataclass(frozen=True)
class VolunteerFacts:
    """What the agreement rules need to know about the volunteer."""

    id: int
    full_name: str  # "First-name Surname"
    birth_date: dt.date
    sex: str | None
    status: str
    guardian_name: str | None
    guardian_consent_date: dt.date | None
    travel_waiver: bool  # a written, not withdrawn waiver of travel costs (art. 45 ust. 4)
    hours_per_month: int | None = None

    def age_group(self, on: dt.date) -> AgeGroup:
        return age_group(age_on(self.birth_date, on))


@dataclass(frozen=True)
class PeriodLine:
    """Another agreement of the same volunteer (for overlap warnings)."""

    id: int
    number: str
    period_from: dt.date
    last_day: dt.date | None  # None = indefinite


@dataclass(frozen=True)
class AgreementContext:
    """Everything `validate_agreement` checks the data against, read in the saving session."""

    volunteer: VolunteerFacts
    signatory_ids: frozenset[int]
    activity_ids: frozenset[int]  # activity types that may be named (active, or already named)
    minors_activities: dict[int, str]  # id → code of the activity types involving minors
    insurance: InsuranceSettings
    others: tuple[PeriodLine, ...] = ()
    number_taken: bool = False
    stored: AgreementData | None = None  # the agreement as stored, when editing
    terminated_on: dt.date | None = None  # of the stored agreement
    # each signatory's signing role (id -> first and last day, None: open-ended)
    signatory_terms: dict[int, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class FormContext:
    """What the agreement form shows besides the data: pick lists and facts."""

    volunteer: VolunteerFacts
    activities: tuple[Choice, ...]
    signatories: tuple[Choice, ...]
    insurance: InsuranceSettings
    proposed_number: str  # the number a new agreement concluded today would get
    terminated_on: dt.date | None = None
    termination_mode: str | None = None
    # each signatory's signing role (id -> first and last day, None: open-ended)
    signatory_terms: dict[int, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredAgreement:
    id: int
    volunteer_id: int
    data: AgreementData
    terminated_on: dt.date | None
    termination_mode: str | None
    template_version: str | None


@dataclass(frozen=True)
class AgreementRow:
    """One line of a volunteer's agreements list."""

    id: int
    number: str
    concluded_on: dt.date
    period_from: dt.date
    period_to: dt.date | None
    terminated_on: dt.date | None
    termination_mode: str | None
    state: AgreementState
    activity_codes: tuple[str, ...]
    nnw_required: bool
    nnw_policy: str | None
    signed: bool  # both parties' signature dates recorded
    annex_count: int

    @property
    def last_day(self) -> dt.date | None:
        return last_valid_day(self.period_to, self.terminated_on)

    @property
    def valid_today(self) -> bool:
        return self.state is AgreementState.VALID


@dataclass(frozen=True)
class AgreementRef:
    """The agreement an assignment can rest on (returned by `valid_agreement_for`)."""

    id: int
    number: str
    volunteer_id: int
    period_from: dt.date
    period_to: dt.date | None
    terminated_on: dt.date | None
    activity_ids: frozenset[int]

    @property
    def last_day(self) -> dt.date | None:
        return last_valid_day(self.period_to, self.terminated_on)


@dataclass(frozen=True)
class EndingAgreement:
    """An agreement whose last day falls within the next days (for the dashboard)."""

    id: int
    number: str
    volunteer_id: int
    volunteer_name: str  # "Surname First-name"
    last_day: dt.date
    days_left: int
    terminated: bool  # ends by a recorded termination, not by its period
    has_successor: bool  # another agreement of the volunteer continues after it


@dataclass
class AnnexData:
    """An amendment (aneks). Only the changes it makes are filled in; the rest stay None.
    An empty `number` means "give it the next annex number" when it is saved."""

    number: str | None = None
    signed_on: dt.date | None = None
    change_period_to: bool = False
    new_period_to: dt.date | None = None
    new_activity_ids: set[int] | None = None
    new_scope: str | None = None
    new_manner: str | None = None
    new_time_commitment: str | None = None
    new_termination_terms: str | None = None
    new_cost_rules: str | None = None
    other_changes: str | None = None  # free text, printed as the last point of the annex
    end_assignments: bool = False  # when the period is shortened (see `termination`)


@dataclass(frozen=True)
class AnnexRow:
    id: int
    agreement_id: int
    number: str
    signed_on: dt.date
    changes: str


@dataclass(frozen=True)
class AnnexResult:
    id: int
    number: str
    changes: str
    warnings: tuple[AgreementWarning, ...] = ()
    ended_assignment_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class AgreementDetails:
    """One agreement with everything a details view or a printed document needs."""

    id: int
    number: str
    volunteer: VolunteerFacts
    age_group: AgeGroup  # at the conclusion date: adult, 13–17 (consent), under 13 (guardian)
    data: AgreementData
    activities: tuple[tuple[str, str], ...]  # (code, name)
    representative_name: str | None
    representative_position: str | None
    terminated_on: dt.date | None
    termination_mode: TerminationMode | None
    template_version: str | None
    state: AgreementState
    annexes: tuple[AnnexRow, ...]
    insurance_text: str  # the clause for the printed agreement (Polish)
    nnw_required: bool
    period_days: int | None
