"""Amendments (aneksy): record what an annex changes, apply it to the agreement, audit both.

The annex keeps the wording of its changes (`AgreementAnnex.changes`, Polish, numbered points,
printed as the body of the annex); the agreement is updated to the new content, and every
changed field goes to the audit log with the annex number as the reason, so the content before
the annex can always be told. An annex can only amend an agreement in force on the day it is
signed: an ended agreement is not amended, a new one is concluded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core import validation as v
from coordinator_app.core.agreements.data import (
    AgreementData,
    AgreementWarning,
    AnnexData,
    AnnexResult,
    last_valid_day,
)
from coordinator_app.core.agreements.defaults import pl_date
from coordinator_app.core.agreements.facts import get_row, insurance_settings, load_data
from coordinator_app.core.agreements.rules import insurance_clause, is_short
from coordinator_app.core.agreements.service import ENTITY, _write_activities, audit_view
from coordinator_app.core.agreements.termination import (
    REASON_LENGTH,
    _affected_assignments,
    _end_assignments,
    _hours_after,
    assignment_warnings,
)
from coordinator_app.core.agreements.validate import SCOPE_REQUIRED
from coordinator_app.core.agreements.warnings import insurance_warnings
from coordinator_app.core.audit import current_actor, record_changes
from coordinator_app.core.issuing.numbering import next_number
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Agreement, AgreementAnnex
from coordinator_app.i18n import N_, _
from coordinator_app.i18n.formatting import format_date

ANNEX_ENTITY = "agreement_annex"
NUMBER_LENGTH = 40

# (field of AnnexData, field of AgreementData, message when emptied, Polish wording of the point)
_TEXT_CHANGES = (
    (
        "new_scope",
        "scope",
        N_("Describe the scope of the services (art. 44 ust. 1)."),
        "Opis zakresu świadczeń otrzymuje brzmienie",
    ),
    (
        "new_manner",
        "manner",
        N_("Describe the manner of performing the services (art. 44 ust. 1)."),
        "Sposób wykonywania świadczeń otrzymuje brzmienie",
    ),
    (
        "new_time_commitment",
        "time_commitment",
        N_("State the time in which the services are performed (art. 44 ust. 1)."),
        "Czas wykonywania świadczeń otrzymuje brzmienie",
    ),
    (
        "new_termination_terms",
        "termination_terms",
        N_("The agreement must say how it can be terminated (art. 44 ust. 1)."),
        "Warunki rozwiązania porozumienia otrzymują brzmienie",
    ),
    ("new_cost_rules", "cost_rules", None, "Zasady pokrywania kosztów otrzymują brzmienie"),
)


def _block(value: str | None) -> str | None:
    lines = [line.rstrip() for line in (value or "").strip().splitlines()]
    return "\n".join(lines) or None


def _activity_names(session: Session, ids: set[int]) -> list[str]:
    rows = session.execute(
        select(ActivityType.name)
        .where(ActivityType.id.in_(ids))
        .order_by(ActivityType.sort_order, ActivityType.code)
    )
    return [name for (name,) in rows]


def _apply(
    session: Session, before: AgreementData, data: AnnexData, today: dt.date, errors: list[v.FieldError]
) -> tuple[AgreementData, list[str]]:
    """The agreement after the annex and the Polish points describing each change."""
    after = dataclasses.replace(before, activity_ids=set(before.activity_ids))
    points: list[str] = []
    assert before.period_from is not None
    if data.change_period_to:
        new_end = data.new_period_to
        if new_end is None:
            errors.append(v.FieldError("new_period_to", _("Enter the new end of the period.")))
        elif new_end == before.period_to:
            errors.append(v.FieldError("new_period_to", _("This is the current end of the period.")))
        elif new_end < before.period_from:
            errors.append(
                v.FieldError("new_period_to", _("The end of the period cannot be before its start."))
            )
        elif data.signed_on is not None and new_end < data.signed_on:
            errors.append(
                v.FieldError(
                    "new_period_to", _("The period cannot be shortened to a day before the annex is signed.")
                )
            )
        elif new_end > today + dt.timedelta(days=5 * 366):
            errors.append(v.FieldError("new_period_to", _("The date is not possible.")))
        else:
            after.period_to = new_end
            if before.period_to is None:
                points.append(f"Porozumienie zostaje zawarte na czas określony do dnia {pl_date(new_end)}")
            elif new_end > before.period_to:
                points.append(
                    f"Okres obowiązywania porozumienia zostaje przedłużony do dnia {pl_date(new_end)}"
                )
            else:
                points.append(f"Okres obowiązywania porozumienia zostaje skrócony do dnia {pl_date(new_end)}")
    if data.new_activity_ids is not None and data.new_activity_ids != before.activity_ids:
        if not data.new_activity_ids:
            errors.append(
                v.FieldError(
                    "new_activity_ids",
                    _(SCOPE_REQUIRED),
                    required=True,
                )
            )
        else:
            after.activity_ids = set(data.new_activity_ids)
            names = "; ".join(_activity_names(session, after.activity_ids))
            points.append(f"Zakres świadczeń obejmuje następujące rodzaje działań: {names}")
    for field, target, empty_message, wording in _TEXT_CHANGES:
        value = getattr(data, field)
        if value is None:
            continue
        text = _block(value)
        if text == (getattr(before, target) or None):
            continue
        if text is None and empty_message is not None:
            errors.append(v.FieldError(field, _(empty_message), required=True))
            continue
        setattr(after, target, text if text is not None else None)
        points.append(f"{wording}: „{text}”" if text else f"{wording}: brak postanowień")
    return after, points


def record_annex(
    db: Database, agreement_id: int, data: AnnexData, *, today: dt.date | None = None
) -> AnnexResult:
    """Validate and record an annex, apply it to the agreement, audit both; one transaction.
    Raises `ValidationErrors` (field by field)."""
    today = today or dt.date.today()
    with db.session() as session:
        row = get_row(session, agreement_id)
        before = load_data(session, row)
        number = " ".join((data.number or "").split()) or None
        errors = _refusals(session, row, data.signed_on, number, today)
        after, points = _apply(session, before, data, today, errors)
        other = _block(data.other_changes)
        if other:
            points.append(other.rstrip("."))
        if not points and not errors:
            errors.append(v.FieldError("changes", _("The annex changes nothing: enter at least one change.")))
        if errors:
            raise v.ValidationErrors(errors)
        signed = data.signed_on
        assert signed is not None and after.period_from is not None
        warnings = _period_consequences(session, before, after, points)
        if number is None:
            number = next_number(session, "annex", signed)
        changes = "\n".join(
            f"{i}. {point}" + ("" if point.endswith(".") else ".") for i, point in enumerate(points, start=1)
        )
        annex_id, reason = _store(session, row, before, after, number, signed, changes)
        ended: list[int] = []
        if after.period_to is not None and (before.period_to is None or after.period_to < before.period_to):
            affected = _affected_assignments(session, agreement_id, after.period_to)
            if data.end_assignments and affected:
                ended = _end_assignments(session, affected, after.period_to, reason, today)
            warnings.extend(
                assignment_warnings(
                    affected, _hours_after(session, agreement_id, after.period_to), bool(ended)
                )
            )
        return AnnexResult(annex_id, number, changes, tuple(warnings), tuple(ended))


def _refusals(
    session: Session, row: Agreement, signed: dt.date | None, number: str | None, today: dt.date
) -> list[v.FieldError]:
    """What stops the annex whatever it changes: an ended agreement, the date, the number."""
    errors: list[v.FieldError] = []
    last = last_valid_day(row.period_to, row.terminated_on)
    if row.terminated_on is not None:
        errors.append(
            v.FieldError(
                "agreement",
                _("The agreement has been terminated and can no longer be amended; conclude a new one."),
            )
        )
    if signed is None:
        errors.append(v.FieldError("signed_on", _("Enter the date the annex was signed."), required=True))
    elif signed > today:
        errors.append(v.FieldError("signed_on", _("The date cannot be in the future.")))
    elif signed < row.concluded_on:
        errors.append(
            v.FieldError("signed_on", _("An annex cannot be signed before the agreement was concluded."))
        )
    elif last is not None and signed > last:
        errors.append(
            v.FieldError(
                "signed_on",
                _("The agreement ended on {date}; conclude a new agreement instead of an annex.").format(
                    date=format_date(last)
                ),
            )
        )
    if number is not None:
        if len(number) > NUMBER_LENGTH:
            errors.append(
                v.FieldError("number", _("Too long (at most {n} characters).").format(n=NUMBER_LENGTH))
            )
        elif session.scalar(select(AgreementAnnex.id).where(AgreementAnnex.number == number)) is not None:
            errors.append(v.FieldError("number", _("Another annex already has this number.")))
    return errors


def _period_consequences(
    session: Session, before: AgreementData, after: AgreementData, points: list[str]
) -> list[AgreementWarning]:
    """A changed period may bring or drop the NNW insurance (a point of the annex) and the
    written form; `after` is updated and the warnings returned."""
    warnings: list[AgreementWarning] = []
    insurance = insurance_settings(session)
    if after.period_to == before.period_to:
        return warnings
    assert after.period_from is not None
    clause = insurance_clause(after.period_from, after.period_to)
    was_short = is_short(before.period_from, before.period_to)  # type: ignore[arg-type]
    if clause.nnw_required != was_short:
        if clause.nnw_required and not after.nnw_policy:
            after.nnw_policy = insurance.nnw_policy
        clause = insurance_clause(
            after.period_from,
            after.period_to,
            nnw_policy=after.nnw_policy if clause.nnw_required else None,
            insurer=insurance.nnw_insurer if after.nnw_policy == insurance.nnw_policy else None,
        )
        points.append(clause.document_text().rstrip("."))
    if not is_short(after.period_from, after.period_to) and not after.written_form:
        after.written_form = True
        warnings.append(
            AgreementWarning(
                "written_form_now",
                _(
                    "The agreement now lasts more than 30 days and must be in writing "
                    "(art. 44 ust. 4): print it for signature."
                ),
            )
        )
    warnings.extend(insurance_warnings(after.period_from, after.period_to, after.nnw_policy, insurance))
    return warnings


_AMENDABLE = (
    "period_to",
    "scope",
    "manner",
    "time_commitment",
    "termination_terms",
    "cost_rules",
    "nnw_policy",
    "written_form",
)


def _store(
    session: Session,
    row: Agreement,
    before: AgreementData,
    after: AgreementData,
    number: str,
    signed: dt.date,
    changes: str,
) -> tuple[int, str]:
    """Save the annex and the amended agreement, audit both; the annex id and the audit reason."""
    annex = AgreementAnnex(agreement_id=row.id, number=number, signed_on=signed, changes=changes)
    annex.created_by = annex.updated_by = current_actor()
    session.add(annex)
    session.flush()
    reason = f"Aneks nr {number}"[:REASON_LENGTH]
    for name in _AMENDABLE:
        setattr(row, name, getattr(after, name))
    row.updated_by = current_actor()
    if after.activity_ids != before.activity_ids:
        _write_activities(session, row.id, after.activity_ids)
    record_changes(session, ENTITY, row.id, audit_view(before), audit_view(after), reason=reason)
    record_changes(
        session,
        ANNEX_ENTITY,
        annex.id,
        {},
        {"agreement_id": row.id, "number": number, "signed_on": signed, "changes": changes},
        action="create",
    )
    return annex.id, reason


def check_annex(db: Database, agreement_id: int, data: AnnexData, *, today: dt.date | None = None) -> None:
    """The refusals `record_annex` would give for the date and the changes, without recording
    anything (a form asks with emptied data which of its fields are required)."""
    today = today or dt.date.today()
    with db.session() as session:
        row = get_row(session, agreement_id)
        number = " ".join((data.number or "").split()) or None
        errors = _refusals(session, row, data.signed_on, number, today)
        _apply(session, load_data(session, row), data, today, errors)
        if errors:
            raise v.ValidationErrors(errors)
