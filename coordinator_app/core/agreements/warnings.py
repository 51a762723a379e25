"""The warnings an agreement is saved with (they never refuse it): no end date, the NNW
insurance of a short agreement, the organisation's policy not covering the period, conclusion
after the start, overlap with another agreement, work with minors, a candidate volunteer,
content changes in a signed agreement; and the insurance clause printed from the period."""

from __future__ import annotations

import datetime as dt

from coordinator_app.core.agreements.data import (
    CONTENT_FIELDS,
    AgreementContext,
    AgreementData,
    AgreementWarning,
    InsuranceSettings,
    PeriodLine,
    last_valid_day,
)
from coordinator_app.core.agreements.notice import duration_days, notice_days_in_terms, notice_too_long
from coordinator_app.core.agreements.rules import (
    is_short,
    period_days,
    period_text,
)
from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date


def insurance_warnings(
    period_from: dt.date, period_to: dt.date | None, nnw_policy: str | None, insurance: InsuranceSettings
) -> list[AgreementWarning]:
    """Warnings about the NNW insurance of a short agreement.

    Why a missing policy is a warning and not a refusal: art. 46 ust. 3 puts a duty on the OPS
    ("korzystający jest obowiązany zapewnić ... ubezpieczenie"), it is not a condition of the
    agreement's validity, and commentators dispute whether "zapewnić" means buying a policy
    (domain §2.1.5). In practice a group NNW policy is often bought or extended once the list
    of volunteers is known, i.e. after their agreements exist, so refusing the record would
    make the coordinator keep it on paper. The warning names the duty, and the policy gap stays
    visible (`agreements_missing_nnw`) until a policy is entered.
    """
    if not is_short(period_from, period_to):
        return []
    days = period_days(period_from, period_to)
    if not nnw_policy:
        return [
            AgreementWarning(
                "nnw_no_policy",
                ngettext(
                    "The period is {n} day: the OPS must provide NNW accident insurance (art. 46 "
                    "ust. 3), but no policy is known. Enter it in the agreement or in the "
                    "organisation settings before the volunteer starts.",
                    "The period is {n} days: the OPS must provide NNW accident insurance (art. 46 "
                    "ust. 3), but no policy is known. Enter it in the agreement or in the "
                    "organisation settings before the volunteer starts.",
                    days or 0,
                ).format(n=days),
            )
        ]
    if nnw_policy != insurance.nnw_policy:
        return []  # a policy of its own: its period is not known here
    start, end = insurance.nnw_valid_from, insurance.nnw_valid_to
    assert period_to is not None
    if (start is not None and start > period_from) or (end is not None and end < period_to):
        return [
            AgreementWarning(
                "nnw_policy_period",
                _(
                    "The NNW policy {policy} is valid {valid} and does not cover the whole agreement period."
                ).format(
                    policy=nnw_policy,
                    valid=f"{format_date(start) if start else '…'}–{format_date(end) if end else '…'}",
                ),
            )
        ]
    return []


def _overlaps(line: PeriodLine, start: dt.date, last: dt.date | None) -> bool:
    return (last is None or line.period_from <= last) and (line.last_day is None or start <= line.last_day)


def notice_warnings(out: AgreementData) -> list[AgreementWarning]:
    """A notice period as long as the agreement itself (a 7-day notice in a 5-day agreement)
    could never run: the agreement prints termination with immediate effect instead."""
    duration = duration_days(out.period_from, out.period_to)
    stated = out.notice_period_days or notice_days_in_terms(out.termination_terms)
    if out.period_from is None or not notice_too_long(stated, duration):
        return []
    return [
        AgreementWarning(
            "notice_too_long",
            _(
                "The termination clause states a notice period of {notice} days, as long as the whole "
                "agreement ({period}) or longer: it will be printed as termination with immediate effect. "
                "Change the clause to say so."
            ).format(notice=stated, period=period_text(out.period_from, out.period_to)),
        )
    ]


def agreement_warnings(out: AgreementData, ctx: AgreementContext) -> list[AgreementWarning]:
    assert out.period_from is not None and out.concluded_on is not None
    warnings: list[AgreementWarning] = []
    if out.period_to is None:
        warnings.append(
            AgreementWarning(
                "no_end_date",
                _(
                    "The agreement has no end date (indefinite period). A definite period is "
                    "recommended: insurance and validity depend on it."
                ),
            )
        )
    warnings.extend(insurance_warnings(out.period_from, out.period_to, out.nnw_policy, ctx.insurance))
    if out.concluded_on > out.period_from:
        warnings.append(
            AgreementWarning(
                "concluded_after_start",
                _(
                    "The agreement is concluded after its period starts ({date}): services before "
                    "the conclusion are not covered by it."
                ).format(date=format_date(out.period_from)),
            )
        )
    last = last_valid_day(out.period_to, ctx.terminated_on)
    for line in ctx.others:
        if _overlaps(line, out.period_from, last):
            warnings.append(
                AgreementWarning(
                    "overlap",
                    _("The period overlaps agreement {number} ({period}).").format(
                        number=line.number, period=period_text(line.period_from, line.last_day)
                    ),
                )
            )
    warnings.extend(notice_warnings(out))
    minors = sorted(ctx.minors_activities[i] for i in out.activity_ids if i in ctx.minors_activities)
    if minors:
        warnings.append(
            AgreementWarning(
                "minors_activity",
                _(
                    "The scope includes work with minors ({codes}): an assignment will need a "
                    "complete child-protection vetting record."
                ).format(codes=", ".join(minors)),
            )
        )
    if ctx.volunteer.status == VolunteerStatus.CANDIDATE:
        warnings.append(
            AgreementWarning(
                "candidate",
                _(
                    "The volunteer is still a candidate; once the agreement is signed, change the "
                    "status to active in the volunteer's data."
                ),
            )
        )
    stored = ctx.stored
    signed = stored is not None and stored.signed_by_ops_on and stored.signed_by_volunteer_on
    if signed and any(getattr(stored, f) != getattr(out, f) for f in CONTENT_FIELDS):
        warnings.append(
            AgreementWarning(
                "signed_changed",
                _(
                    "The agreement is signed: a change of its content needs an annex. Edit it "
                    "only to correct a mistake in the record."
                ),
            )
        )
    return warnings
