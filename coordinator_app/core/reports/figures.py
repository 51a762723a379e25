"""The figures of a summary for management (domain §5.3), as plain frozen data.

Every figure about clients is a `SmallCount`: a count below the threshold setting (3 by
default) is kept only as "hidden", so no writer can print it (domain §2.3.6, art. 100 u.p.s.).
Breakdowns of volunteers (sex, age band, village, new/continuing, adults/minors, Korpus
bands) are `Tally` lines suppressed the same way, with a complementary cell hidden too, so a
single child in a village cannot be read from a table or recomputed from its total.
Hours are whole minutes and money whole grosze, so every sum is exact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from coordinator_app.core.calendar import Month, Period
from coordinator_app.core.reports.korpus import KorpusThresholds

if TYPE_CHECKING:
    from coordinator_app.core.reports.actions_figures import ActionFigures

# Age bands of the volunteers (age on the last day of the period); 15–65 is the Korpus
# Solidarności band, 18 the age of majority.
AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under_13", 0, 12),
    ("13_14", 13, 14),
    ("15_17", 15, 17),
    ("18_25", 18, 25),
    ("26_35", 26, 35),
    ("36_50", 36, 50),
    ("51_65", 51, 65),
    ("over_65", 66, 200),
)
SEXES = ("K", "M", "")  # "" = not given
DOCUMENT_KINDS = ("certificate", "opinion", "training_certificate")
RETENTION_MONTHS = (3, 6, 12)


def age_band(age: int) -> str:
    for key, low, high in AGE_BANDS:
        if low <= age <= high:
            return key
    return AGE_BANDS[0][0] if age < 0 else AGE_BANDS[-1][0]


@dataclass(frozen=True)
class SmallCount:
    """A count about clients; `hidden` when 0 < value < threshold (printed as "<3")."""

    value: int
    hidden: bool

    @classmethod
    def of(cls, value: int, threshold: int) -> SmallCount:
        return cls(value, 0 < value < threshold)

    def hide(self) -> SmallCount:
        return SmallCount(self.value, True)


def suppress_partition(counts: list[int], threshold: int, *, zeros: bool = False) -> list[SmallCount]:
    """Small cells of a breakdown that adds up to a printed total: when exactly one cell is
    hidden, the next smallest non-zero cell is hidden too, so the total cannot reveal it.
    With `zeros`, a zero cell is hidden when no non-zero one is left (else "<3" beside zeros
    and a total of 1 would still name the cell)."""
    cells = [SmallCount.of(value, threshold) for value in counts]
    hidden = [i for i, cell in enumerate(cells) if cell.hidden]
    if len(hidden) == 1:
        others = [i for i, cell in enumerate(cells) if not cell.hidden and cell.value > 0]
        if not others and zeros:
            others = [i for i, cell in enumerate(cells) if not cell.hidden]
        if others:
            smallest = min(others, key=lambda i: cells[i].value)
            cells[smallest] = cells[smallest].hide()
    return cells


@dataclass(frozen=True)
class Compared:
    """A figure in this period and in the previous one."""

    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous

    @property
    def percent(self) -> Decimal | None:
        """Change in per cent of the previous value, one decimal; None when that was 0."""
        if self.previous == 0:
            return None
        ratio = Decimal(self.current - self.previous) * 100 / Decimal(self.previous)
        return ratio.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Tally:
    key: str  # a code ("K", "18_25", "TOW") or a village name
    label: str  # as stored (activity and village names); writers label codes themselves
    count: int
    hidden: bool = False  # a small count (or its complement): never printed

    @property
    def cell(self) -> SmallCount:
        return SmallCount(self.count, self.hidden)


def suppress_tallies(tallies: tuple[Tally, ...], threshold: int) -> tuple[Tally, ...]:
    """A breakdown of people with its small cells and one complementary cell hidden."""
    cells = suppress_partition([t.count for t in tallies], threshold, zeros=True)
    return tuple(Tally(t.key, t.label, t.count, c.hidden) for t, c in zip(tallies, cells, strict=True))


@dataclass(frozen=True)
class VolunteerFigures:
    active: Compared  # at least one confirmed hours entry in the period
    by_sex: tuple[Tally, ...]
    by_age: tuple[Tally, ...]
    new: int  # first confirmed hours ever fall in the period
    continuing: int
    adults: int
    minors: int
    by_village: tuple[Tally, ...]  # the volunteer's village (or locality)
    by_tenure: tuple[Tally, ...] = ()  # "new", "continuing" (suppressed)
    by_majority: tuple[Tally, ...] = ()  # "adults", "minors" (suppressed)


@dataclass(frozen=True)
class AgreementFigures:
    signed: int  # concluded in the period
    ended: int  # last day in force within the period
    ended_early: int  # of those, by termination before the end date
    in_force_at_end: int  # in force on the last day of the period


@dataclass(frozen=True)
class HoursLine:
    key: str  # activity code, or village name ("" = place not known)
    label: str
    minutes: Compared
    entries: int  # confirmed entries (visits, contacts) in the period
    clients: SmallCount | None = None  # unique clients helped (village lines only)


@dataclass(frozen=True)
class HoursFigures:
    minutes: Compared
    entries: int
    by_activity: tuple[HoursLine, ...]
    # Where the help was given: the client's village; work without a client (groups,
    # events, office) is one line of its own, key NO_CLIENT.
    by_village: tuple[HoursLine, ...]
    by_month: tuple[tuple[Month, int], ...]  # twelve months ending with the period's last


NO_CLIENT = "\x00no-client"  # the key of the line of work without a client


@dataclass(frozen=True)
class ClientTypeLine:
    code: str
    clients: SmallCount
    visits: SmallCount


@dataclass(frozen=True)
class ClientFigures:
    clients: SmallCount  # unique clients with at least one confirmed visit
    previous_clients: SmallCount
    visits: SmallCount  # confirmed entries of assignments to a client
    by_type: tuple[ClientTypeLine, ...]  # a client of several types counts in each


@dataclass(frozen=True)
class TrainingLine:
    category: str
    sessions: int
    participants: int  # present or partly present
    participant_minutes: int


@dataclass(frozen=True)
class TrainingFigures:
    sessions: int
    participants: int
    participant_minutes: int
    volunteers_trained: int  # unique volunteers present at least partly
    cost_grosze: int
    by_category: tuple[TrainingLine, ...]


@dataclass(frozen=True)
class RetentionFigures:
    active: int
    at_least: tuple[tuple[int, int], ...]  # (months, volunteers active that long or longer)


@dataclass(frozen=True)
class KorpusFigures:
    thresholds: KorpusThresholds
    meeting: int
    meeting_standard: int  # 15–65 years
    meeting_reduced: int  # under 15 or over 65
    registered_active: int  # flagged as members, active in the period
    by_band: tuple[Tally, ...] = ()  # "standard", "reduced" (suppressed)


@dataclass(frozen=True)
class InsuranceFigures:
    insurer: str | None
    policy: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    short_agreements: int  # 30 days or fewer, in force in the period: NNW required
    short_covered: int  # with their own policy, or inside the OPS policy's period
    long_agreements: int  # over 30 days or indefinite: state cover (ZUS)

    @property
    def short_uncovered(self) -> int:
        return self.short_agreements - self.short_covered


@dataclass(frozen=True)
class CostFigures:
    travel_grosze: int
    travel_km: int
    volunteers_with_travel: int
    training_grosze: int
    hour_value_grosze: int  # the rate setting
    work_value_grosze: int  # confirmed hours × the rate


@dataclass(frozen=True)
class YearToDate:
    """The figures from 1 January of the period's last year to the period's last day."""

    period: Period
    minutes: int  # confirmed
    pending_minutes: int  # done, awaiting confirmation
    entries: int
    active: int  # different volunteers with confirmed hours
    new: int
    clients: SmallCount
    visits: SmallCount
    signed: int
    ended: int
    trainings: int
    travel_grosze: int
    work_value_grosze: int


@dataclass(frozen=True)
class PeriodStatus:
    """Whether the figures may still change: a period is closed when each of its months is
    closed (its hours locked); hours done but not yet confirmed are `pending`."""

    closed: bool
    previous_closed: bool
    pending: Compared  # minutes awaiting confirmation, this period and the one before

    @property
    def provisional(self) -> bool:
        return not self.closed


@dataclass(frozen=True)
class Signatories:
    """The approval block: who prepares the summary and who approves it (organisation data)."""

    coordinator: str = ""
    manager: str = ""
    manager_position: str = ""


@dataclass(frozen=True)
class Summary:
    period: Period
    previous: Period
    organisation: str
    generated_on: dt.date
    threshold: int
    volunteers: VolunteerFigures
    agreements: AgreementFigures
    hours: HoursFigures
    clients: ClientFigures
    trainings: TrainingFigures
    documents: tuple[tuple[str, int], ...]  # (kind, issued in the period)
    retention: RetentionFigures
    korpus: KorpusFigures
    insurance: InsuranceFigures
    costs: CostFigures
    status: PeriodStatus
    year_to_date: YearToDate
    signatories: Signatories = Signatories()
    actions: ActionFigures | None = None  # one-off actions, partners, the coalition (issue #18)


def work_value(minutes: int, rate_grosze: int) -> int:
    """Grosze for `minutes` at `rate_grosze` an hour, rounded half up."""
    return int((Decimal(minutes) * rate_grosze / 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))
