"""Agreement rules that need no database: the period, the insurance clause, validity on a day.

Validity, precisely (the assignment gate relies on it):

- an agreement is in force on every day from `period_from` to its *last day*, both included;
- the last day is `period_to`, or `terminated_on` when that is earlier; with neither it is in
  force indefinitely;
- `terminated_on` is the last day in force ("rozwiązane z dniem 31 marca" = valid on 31 March,
  not from 1 April), the same convention as `period_to`; a termination dated before
  `period_from` means the agreement never comes into force.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coordinator_app.core.agreements.data import AgreementState, Choice, last_valid_day
from coordinator_app.core.text import fold
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date

# Art. 46 ust. 3 and art. 44 ust. 4 of the volunteering act: "do 30 dni" / "powyżej 30 dni".
SHORT_PERIOD_DAYS = 30

__all__ = [
    "SHORT_PERIOD_DAYS",
    "InsuranceClause",
    "InsuranceKind",
    "agreement_state",
    "covers",
    "insurance_clause",
    "is_head",
    "is_short",
    "last_valid_day",
    "period_days",
    "preferred_signatory",
    "signs_on",
    "valid_on",
]


def period_days(period_from: dt.date, period_to: dt.date | None) -> int | None:
    """Days in the period, both ends counted (1–30 March is 30 days); None when indefinite."""
    if period_to is None:
        return None
    return (period_to - period_from).days + 1


def is_short(period_from: dt.date, period_to: dt.date | None) -> bool:
    """30 days or fewer: NNW insurance by the OPS; an oral agreement is allowed."""
    days = period_days(period_from, period_to)
    return days is not None and days <= SHORT_PERIOD_DAYS


class InsuranceKind(StrEnum):
    NNW = "nnw"  # the OPS insures the volunteer against accidents (art. 46 ust. 3)
    STATUTORY = "statutory"  # cover under the act of 30 October 2002, paid by ZUS


@dataclass(frozen=True)
class InsuranceClause:
    """The insurance clause of one agreement (§ 7 of the printed agreement, domain §8.1).

    Art. 46 of the act of 24 April 2003 on public benefit activity and volunteerism:

    - ust. 2: a volunteer is entitled to cover for accidents during the services under
      separate provisions, that is the act of 30 October 2002 on cover for accidents and
      occupational diseases arising in special circumstances (benefits from the state budget,
      handled by ZUS);
    - ust. 3: a volunteer performing services for **30 days or less** must instead be
      insured by the korzystający (the OPS) against the consequences of accidents (NNW).

    The 30 days are the period the agreement is concluded for, counted with both ends, not the
    days actually worked (Centrum Wolontariatu's reading, domain §2.1.5). An indefinite
    agreement counts as longer than 30 days. A longer agreement may still carry an NNW or OC
    policy the OPS buys on top; it is then named as additional cover.
    """

    kind: InsuranceKind
    days: int | None
    insurer: str | None = None
    nnw_policy: str | None = None
    oc_policy: str | None = None

    @property
    def nnw_required(self) -> bool:
        return self.kind is InsuranceKind.NNW

    @property
    def missing_policy(self) -> bool:
        """NNW insurance is required and no policy is known."""
        return self.nnw_required and not self.nnw_policy

    def summary(self) -> str:
        """One line for the form (UI language)."""
        if self.days is None:
            period = _("indefinite period")
        else:
            period = ngettext("{n} day", "{n} days", self.days).format(n=self.days)
        if self.nnw_required:
            if self.nnw_policy:
                policy = _("policy {policy}").format(policy=self.nnw_policy)
                if self.insurer:
                    policy = f"{self.insurer}, {policy}"
            else:
                policy = _("no policy known yet")
            return _(
                "{period} (30 days or fewer): the OPS must provide NNW accident insurance "
                "(art. 46 ust. 3) — {policy}."
            ).format(period=period, policy=policy)
        text = _(
            "{period} (over 30 days): accident cover under the act of 30 October 2002, through ZUS "
            "(art. 46 ust. 2); NNW insurance is not required."
        ).format(period=period)
        if self.nnw_policy:
            text += " " + _("Additional NNW policy: {policy}.").format(policy=self.nnw_policy)
        return text

    def document_text(self) -> str:
        """The clause for the printed agreement, in Polish (domain §8.1, § 7 ust. 1–2)."""
        if self.nnw_required:
            who = ", ".join(part for part in (self.insurer, _policy_phrase(self.nnw_policy)) if part)
            text = (
                "Korzystający zapewnia Wolontariuszowi ubezpieczenie od następstw nieszczęśliwych "
                "wypadków (art. 46 ust. 3 ustawy o działalności pożytku publicznego i o wolontariacie)"
            )
            text += f": {who}." if who else "."
        else:
            text = (
                "Wolontariuszowi przysługuje zaopatrzenie z tytułu wypadków na podstawie ustawy "
                "z dnia 30 października 2002 r. o zaopatrzeniu z tytułu wypadków lub chorób "
                "zawodowych powstałych w szczególnych okolicznościach."
            )
            if self.nnw_policy:
                text += (
                    " Korzystający dodatkowo ubezpiecza Wolontariusza od następstw nieszczęśliwych "
                    f"wypadków ({_policy_phrase(self.nnw_policy)})."
                )
        if self.oc_policy:
            text += (
                " Korzystający ubezpiecza Wolontariusza od odpowiedzialności cywilnej "
                f"({_policy_phrase(self.oc_policy)})."
            )
        return text


def _policy_phrase(policy: str | None) -> str:
    return f"polisa nr {policy}" if policy else ""


def insurance_clause(
    period_from: dt.date,
    period_to: dt.date | None,
    *,
    nnw_policy: str | None = None,
    insurer: str | None = None,
    oc_policy: str | None = None,
) -> InsuranceClause:
    """The clause for a period (see `InsuranceClause` for the rule and its legal basis)."""
    kind = InsuranceKind.NNW if is_short(period_from, period_to) else InsuranceKind.STATUTORY
    return InsuranceClause(
        kind,
        period_days(period_from, period_to),
        insurer if nnw_policy else None,
        nnw_policy or None,
        oc_policy or None,
    )


def valid_on(
    day: dt.date, period_from: dt.date, period_to: dt.date | None, terminated_on: dt.date | None
) -> bool:
    """In force on `day` (see the module docstring)."""
    last = last_valid_day(period_to, terminated_on)
    return period_from <= day and (last is None or day <= last)


def covers(
    date_from: dt.date,
    date_to: dt.date | None,
    period_from: dt.date,
    period_to: dt.date | None,
    terminated_on: dt.date | None,
) -> bool:
    """In force on every day from `date_from` to `date_to` (None = open-ended, which only an
    indefinite, unterminated agreement covers)."""
    if date_to is not None and date_to < date_from:
        return False
    last = last_valid_day(period_to, terminated_on)
    if period_from > date_from:
        return False
    if last is None:
        return True
    return date_to is not None and date_to <= last


def agreement_state(
    today: dt.date, period_from: dt.date, period_to: dt.date | None, terminated_on: dt.date | None
) -> AgreementState:
    last = last_valid_day(period_to, terminated_on)
    if last is not None and last < today:
        ended_by_termination = terminated_on is not None and terminated_on == last
        return AgreementState.TERMINATED if ended_by_termination else AgreementState.EXPIRED
    if last is not None and last < period_from:
        return AgreementState.TERMINATED  # terminated before it came into force
    if today < period_from:
        return AgreementState.FUTURE
    return AgreementState.VALID


def period_text(period_from: dt.date, period_to: dt.date | None) -> str:
    """`1.01.2025–31.12.2025`, or `from 1.01.2025 (indefinite)`."""
    if period_to is None:
        return _("from {date} (indefinite)").format(date=format_date(period_from))
    return f"{format_date(period_from)}–{format_date(period_to)}"


# --- who signs for the centre ------------------------------------------------------------------
SignatoryTerms = Mapping[int, tuple[dt.date | None, dt.date | None]]


def signs_on(terms: SignatoryTerms, staff_id: int, on: dt.date) -> bool:
    """Whether the signatory holds the signing role on `on` (both ends inclusive, open ends
    allowed; a signatory with no dated role signs on every day)."""
    start, end = terms.get(staff_id, (None, None))
    return (start is None or start <= on) and (end is None or on <= end)


def is_head(name: str) -> bool:
    """The head of the centre by the label "Konrad Ośka (Kierownik)" or "(Dyrektor)", not a deputy."""
    folded = fold(name)
    return ("kierownik" in folded or "dyrektor" in folded) and "zastepca" not in folded


def preferred_signatory(choices: Sequence[Choice], usual: int | None) -> int | None:
    """Among the signatories in office: the usual one, else the head, else the first."""
    if any(choice.id == usual for choice in choices):
        return usual
    head = next((choice.id for choice in choices if is_head(choice.name)), None)
    if head is not None:
        return head
    return choices[0].id if choices else None
