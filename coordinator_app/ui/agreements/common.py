"""Texts the agreement dialogs and the panel share."""

from __future__ import annotations

from collections.abc import Iterable

from coordinator_app.core.agreements import AffectedAssignment, AgreementWarning
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date


def warnings_text(warnings: Iterable[AgreementWarning]) -> str:
    return "\n".join(f"• {w.message}" for w in warnings)


def assignment_line(assignment: AffectedAssignment) -> str:
    """`P/3/2026 · TOW · K-0012 · 1.02.2026–31.12.2026`; a client only by their code."""
    name = assignment.number or _("assignment #{id}").format(id=assignment.id)
    if assignment.date_to is not None:
        dates = f"{format_date(assignment.date_from)}–{format_date(assignment.date_to)}"
    else:
        dates = _("from {date}, no end date").format(date=format_date(assignment.date_from))
    parts = [name, assignment.activity_code]
    if assignment.client_code:
        parts.append(assignment.client_code)
    parts.append(dates)
    return " · ".join(parts)
