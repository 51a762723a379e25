"""The termination of an agreement (rozwiązanie porozumienia), assembled from the recorded
termination or from the date and mode chosen before printing it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from coordinator_app.core.issuing.agreement_data import age_flags, agreement_row
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    full_name,
    organisation_values,
    person_snapshot,
    person_values,
    representative,
    representative_values,
    require_organisation,
    sentence,
    volunteer_row,
)
from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.core.issuing.snapshot import Assembled, DocumentRefused, Signature
from coordinator_app.core.rules import AgeGroup
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date

_MODES = {
    "mutual": "za_porozumieniem",
    "porozumienie stron": "za_porozumieniem",
    "za porozumieniem stron": "za_porozumieniem",
    "ops_notice": "przez_ops",
    "wypowiedzenie przez ops": "przez_ops",
    "wypowiedzenie przez korzystającego": "przez_ops",
    "volunteer_notice": "przez_wolontariusza",
    "wypowiedzenie przez wolontariusza": "przez_wolontariusza",
    "expiry": "wygasniecie",
    "wygaśnięcie": "wygasniecie",
}
TERMINATION_MODES = ("mutual", "ops_notice", "volunteer_notice", "expiry")


def termination_flag(mode: str | None) -> str | None:
    return _MODES.get(" ".join((mode or "").lower().split()))


def assemble_termination(
    session: Session, agreement_id: int, issued_on: dt.date, options: dict[str, Any] | None = None
) -> Assembled:
    """From the recorded termination (date and mode), or from `options` `on` (ISO date),
    `mode` (mutual / ops_notice / volunteer_notice / expiry) and `reason` for a notice printed
    before the termination is recorded."""
    options = options or {}
    agreement = agreement_row(session, agreement_id)
    volunteer = volunteer_row(session, agreement.volunteer_id)
    org = require_organisation(session, full=True)
    on_text = options.get("on")
    ended_on = dt.date.fromisoformat(on_text) if on_text else agreement.terminated_on
    mode_flag = termination_flag(options.get("mode") or agreement.termination_mode)
    if ended_on is None or mode_flag is None:
        raise DocumentRefused(
            _("Record the termination date and mode of the agreement before printing its termination.")
        )
    if ended_on < agreement.period_from:
        raise DocumentRefused(_("The termination date is before the start of the agreement."))
    group, flags = age_flags(volunteer, ended_on)
    flags.add(mode_flag)
    reason = sentence(options.get("reason"))
    if reason:
        flags.add("powod")
    ops_text, ops_name = representative(session, agreement.representative_id, org)
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(representative_values(session, agreement.representative_id, org))
    values.update(
        {
            "numer_porozumienia": agreement.number,
            "data_porozumienia": long_date(agreement.concluded_on),
            "data_rozwiazania": long_date(ended_on),
            "reprezentant": ops_text,
            "powod": reason,
        }
    )
    person = Signature(gendered(volunteer.sex, "Wolontariusz", "Wolontariuszka"), full_name(volunteer))
    if group is AgeGroup.CHILD:
        person = Signature("Przedstawiciel ustawowy", volunteer.guardian_name or "")
    ops = Signature("Korzystający (podpis, pieczęć)", ops_name)
    signatures = {
        "za_porozumieniem": [ops, person],
        "przez_ops": [ops, Signature("Potwierdzam odbiór (data, podpis)", "")],
        "przez_wolontariusza": [person, Signature("Przyjęto (data, podpis, pieczęć)", "")],
        "wygasniecie": [ops],
    }[mode_flag]
    if group is AgeGroup.MINOR and mode_flag in ("za_porozumieniem", "przez_wolontariusza"):
        signatures.append(Signature("Przedstawiciel ustawowy", volunteer.guardian_name or ""))
    snapshot = person_snapshot(
        kind=DocumentKind.TERMINATION.value,
        subject=f"termination:{agreement.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=signatures,
        options={"mode": mode_flag, "on": ended_on.isoformat()},
        volunteer_id=volunteer.id,
        agreement_id=agreement.id,
    )
    return Assembled(snapshot, [])
