"""Whole-form validation of an agreement: refusals field by field, warnings as a list.

Refused (art. 44 of the volunteering act and the data model, domain §2.1.3, §7.3): no scope
(activity types and description), manner, time commitment or termination clause; no dates or
place of conclusion; no OPS representative among the authorised signatories; an oral agreement
for more than 30 days (art. 44 ust. 4); a volunteer aged 13–17 without the guardian's consent
(date), or under 13 without a legal guardian on record (the guardian concludes it).

Warned, but saved: no end date; a period of 30 days or fewer with no NNW policy known (see
`insurance_warnings` for why this is not a refusal); the organisation's policy not covering
the period; conclusion after the start; overlap with another agreement; work with minors in
the scope; a candidate volunteer; content changes in a signed agreement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from coordinator_app.core import validation as v
from coordinator_app.core.agreements.data import (
    AgreementContext,
    AgreementData,
    AgreementWarning,
)
from coordinator_app.core.agreements.rules import (
    is_short,
    signs_on,
)
from coordinator_app.core.agreements.warnings import agreement_warnings
from coordinator_app.core.rules import AgeGroup
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date

EARLIEST = dt.date(2000, 1, 1)
LATEST_AHEAD = dt.timedelta(days=5 * 366)  # further ahead than this is a typing mistake
NUMBER_LENGTH = 40
POLICY_LENGTH = 80
PLACE_LENGTH = 120
SCOPE_REQUIRED = N_(
    "Choose at least one activity type: the scope of the services is required (art. 44 ust. 1)."
)


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


def _clean_block(value: str | None) -> str | None:
    """Multi-line text: trailing spaces and blank edges go, the lines stay."""
    lines = [line.rstrip() for line in (value or "").strip().splitlines()]
    return "\n".join(lines) or None


def _required(errors: list[v.FieldError], field: str, value: object, message: str) -> None:
    if value is None or value == "" or value == set():
        errors.append(v.FieldError(field, message, required=True))


def validate_agreement(
    data: AgreementData, ctx: AgreementContext, today: dt.date, *, creating: bool
) -> tuple[AgreementData, list[AgreementWarning]]:
    """A cleaned copy of `data` and the warnings, or `ValidationErrors` with every wrong field."""
    out = dataclasses.replace(data, activity_ids=set(data.activity_ids))
    out.number = _clean(out.number)
    out.concluded_in = _clean(out.concluded_in) or ""
    for name in ("scope", "manner", "time_commitment", "termination_terms"):
        setattr(out, name, _clean_block(getattr(out, name)) or "")
    out.cost_rules = _clean_block(out.cost_rules)
    out.notes = _clean_block(out.notes)
    out.nnw_policy = _clean(out.nnw_policy)
    out.oc_policy = _clean(out.oc_policy)
    errors: list[v.FieldError] = []

    _check_number(out, ctx, creating, errors)
    _check_dates(out, ctx, today, errors)
    _check_content(out, ctx, errors)
    _check_representative(out, ctx, errors)
    _check_minor(out, ctx, today, errors)
    for name, limit in (("nnw_policy", POLICY_LENGTH), ("oc_policy", POLICY_LENGTH)):
        value = getattr(out, name)
        if value and len(value) > limit:
            errors.append(v.FieldError(name, _("Too long (at most {n} characters).").format(n=limit)))
    if errors:
        raise v.ValidationErrors(errors)
    assert out.period_from is not None and out.concluded_on is not None
    if is_short(out.period_from, out.period_to) and not out.nnw_policy:
        out.nnw_policy = ctx.insurance.nnw_policy  # the policy the OPS insures short agreements under
    return out, agreement_warnings(out, ctx)


def _check_number(
    out: AgreementData, ctx: AgreementContext, creating: bool, errors: list[v.FieldError]
) -> None:
    if out.number is None:
        if not creating:
            errors.append(v.FieldError("number", _("Enter the agreement number.")))
        return
    if len(out.number) > NUMBER_LENGTH:
        errors.append(v.FieldError("number", _("Too long (at most {n} characters).").format(n=NUMBER_LENGTH)))
    elif ctx.number_taken:
        errors.append(v.FieldError("number", _("Another agreement already has this number.")))


def _plausible(errors: list[v.FieldError], field: str, value: dt.date | None, today: dt.date) -> bool:
    if value is None:
        return False
    if not EARLIEST <= value <= today + LATEST_AHEAD:
        errors.append(v.FieldError(field, _("The date is not possible.")))
        return False
    return True


def _check_dates(
    out: AgreementData, ctx: AgreementContext, today: dt.date, errors: list[v.FieldError]
) -> None:
    _required(errors, "concluded_on", out.concluded_on, _("Enter the date the agreement was concluded."))
    _required(
        errors, "concluded_in", out.concluded_in, _("Enter the place where the agreement was concluded.")
    )
    if len(out.concluded_in) > PLACE_LENGTH:
        errors.append(
            v.FieldError("concluded_in", _("Too long (at most {n} characters).").format(n=PLACE_LENGTH))
        )
    _required(errors, "period_from", out.period_from, _("Enter the first day of the agreement period."))
    concluded_ok = _plausible(errors, "concluded_on", out.concluded_on, today)
    from_ok = _plausible(errors, "period_from", out.period_from, today)
    to_ok = _plausible(errors, "period_to", out.period_to, today)
    if from_ok and to_ok:
        assert out.period_from is not None and out.period_to is not None
        if out.period_to < out.period_from:
            errors.append(v.FieldError("period_to", _("The end of the period cannot be before its start.")))
            to_ok = False
    if concluded_ok and to_ok:
        assert out.concluded_on is not None and out.period_to is not None
        if out.concluded_on > out.period_to:
            errors.append(
                v.FieldError(
                    "concluded_on", _("An agreement cannot be concluded after its period has ended.")
                )
            )
    for field in ("signed_by_volunteer_on", "signed_by_ops_on"):
        signed: dt.date | None = getattr(out, field)
        if signed is None:
            continue
        if signed > today:
            errors.append(v.FieldError(field, _("The date cannot be in the future.")))
        elif concluded_ok and out.concluded_on is not None and signed < out.concluded_on:
            errors.append(
                v.FieldError(field, _("The agreement cannot be signed before the date it is concluded."))
            )
    stored = ctx.stored
    period_changed = stored is not None and (out.period_from, out.period_to) != (
        stored.period_from,
        stored.period_to,
    )
    if ctx.terminated_on is not None and period_changed:
        errors.append(
            v.FieldError(
                "period_to", _("The agreement has been terminated; its period can no longer be changed.")
            )
        )
    if from_ok and (out.period_to is None or to_ok):
        assert out.period_from is not None
        if not out.written_form and not is_short(out.period_from, out.period_to):
            errors.append(
                v.FieldError(
                    "written_form",
                    _("An agreement for more than 30 days must be concluded in writing (art. 44 ust. 4)."),
                )
            )


def _check_content(out: AgreementData, ctx: AgreementContext, errors: list[v.FieldError]) -> None:
    """Art. 44 ust. 1: scope, manner and time, and a provision on termination."""
    if not out.activity_ids:
        errors.append(
            v.FieldError(
                "activity_ids",
                _(SCOPE_REQUIRED),
                required=True,
            )
        )
    elif out.activity_ids - ctx.activity_ids:
        errors.append(
            v.FieldError("activity_ids", _("An activity type chosen is no longer in the dictionary."))
        )
    _required(errors, "scope", out.scope, _("Describe the scope of the services (art. 44 ust. 1)."))
    _required(
        errors, "manner", out.manner, _("Describe the manner of performing the services (art. 44 ust. 1).")
    )
    _required(
        errors,
        "time_commitment",
        out.time_commitment,
        _("State the time in which the services are performed (art. 44 ust. 1)."),
    )
    _required(
        errors,
        "termination_terms",
        out.termination_terms,
        _("The agreement must say how it can be terminated (art. 44 ust. 1)."),
    )


def _check_representative(out: AgreementData, ctx: AgreementContext, errors: list[v.FieldError]) -> None:
    if out.representative_id is None and not ctx.signatory_ids:
        errors.append(
            v.FieldError(
                "representative_id",
                _("No authorised signatory is recorded: mark one in Dictionaries → Staff."),
                required=True,
            )
        )
    elif out.representative_id is None:
        errors.append(
            v.FieldError("representative_id", _("Choose the person who signs for the OPS."), required=True)
        )
    elif out.representative_id not in ctx.signatory_ids:
        errors.append(
            v.FieldError(
                "representative_id",
                _("This person is not an authorised signatory (Dictionaries → Staff)."),
            )
        )
    else:
        _check_signs_on_the_date(out, ctx, errors)


def _check_signs_on_the_date(out: AgreementData, ctx: AgreementContext, errors: list[v.FieldError]) -> None:
    """The representative holds the signing role on the day the agreement is concluded (else
    its first day). A stored agreement keeps its signatory and date unchanged even when the
    role was dated later, so that its other fields can still be corrected."""
    on = out.concluded_on or out.period_from
    if on is None or out.representative_id is None:
        return
    stored = ctx.stored
    if (
        stored is not None
        and stored.representative_id == out.representative_id
        and (stored.concluded_on or stored.period_from) == on
    ):
        return
    if not signs_on(ctx.signatory_terms, out.representative_id, on):
        errors.append(
            v.FieldError(
                "representative_id",
                _(
                    "This person does not sign for the centre on {date}: choose someone who holds "
                    "the signing role on the day the agreement is concluded (Dictionaries → Staff)."
                ).format(date=format_date(on)),
            )
        )


def _check_minor(
    out: AgreementData, ctx: AgreementContext, today: dt.date, errors: list[v.FieldError]
) -> None:
    """Civil Code capacity (domain §2.1.7), at the date the agreement is concluded."""
    on = out.concluded_on or today
    group = ctx.volunteer.age_group(on)
    if group is AgeGroup.ADULT:
        out.guardian_consent_on = None
        return
    if group is AgeGroup.CHILD:
        # The legal guardian concludes the agreement in the child's name: no consent, a party.
        out.guardian_consent_on = None
        if not ctx.volunteer.guardian_name:
            errors.append(
                v.FieldError(
                    "guardian",
                    _(
                        "For a child under 13 the legal guardian concludes the agreement: enter the "
                        "guardian in the volunteer's data first."
                    ),
                )
            )
        return
    consent = out.guardian_consent_on
    if consent is None:
        errors.append(
            v.FieldError(
                "guardian_consent_on",
                _(
                    "A volunteer aged 13–17 concludes the agreement with the legal guardian's consent: "
                    "enter the date of the consent."
                ),
            )
        )
    elif consent > today:
        errors.append(v.FieldError("guardian_consent_on", _("The date cannot be in the future.")))
    elif out.period_from is not None and consent > out.period_from:
        errors.append(
            v.FieldError(
                "guardian_consent_on",
                _(
                    "Without the guardian's consent the agreement is not effective: the consent must "
                    "be given no later than the first day of the period."
                ),
            )
        )
