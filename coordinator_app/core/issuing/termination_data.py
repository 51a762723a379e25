"""The end of an agreement on paper: its termination (rozwiązanie or wypowiedzenie porozumienia,
from the recorded termination or from the date and mode chosen before printing it) and the
confirmation of its expiry (potwierdzenie wygaśnięcia: it ran to the end of its period).

Both are dated by the act, not by the print: the document names the day notice was given and
the agreement's last day, is signed for the centre by whoever was in office on the day of the
act (`dated.signatory_on`) and names the volunteer by the name borne that day (`dated`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy.orm import Session

from coordinator_app.core.agreements.ending import NoticeDelivery
from coordinator_app.core.agreements.notice import notice_days_of, notice_shortfall
from coordinator_app.core.issuing.agreement_data import age_flags, agreement_row
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.common import (
    organisation_values,
    period_text,
    person_snapshot,
    person_values,
    representative_values,
    require_organisation,
    sentence,
    volunteer_row,
)
from coordinator_app.core.issuing.dated import full_name_on, signatory_on
from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.core.issuing.snapshot import Assembled, DocumentRefused, Signature
from coordinator_app.core.rules import AgeGroup
from coordinator_app.db.models import Agreement, Volunteer
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
TERMINATION_MODES = ("mutual", "ops_notice", "volunteer_notice")
_NOTICE_FLAGS = ("przez_ops", "przez_wolontariusza")


def termination_flag(mode: str | None) -> str | None:
    return _MODES.get(" ".join((mode or "").lower().split()))


def _notice_values(
    agreement: Agreement, mode_flag: str, ended_on: dt.date, options: dict[str, Any]
) -> tuple[dict[str, str], set[str]]:
    """The notice's day and delivery, and the agreed period (flag `skrocone` when not kept)."""
    if mode_flag not in _NOTICE_FLAGS:
        return {}, set()
    given_text = options.get("notice_on")
    given_on = dt.date.fromisoformat(given_text) if given_text else agreement.notice_given_on
    days = notice_days_of(agreement)
    values = {"okres_wypowiedzenia": f"{days}-dniowego"}
    flags: set[str] = set() if days else {"skrocone"}  # immediate effect: no period to keep
    if given_on is None:
        return values, flags
    flags.add("wypowiedzenie")
    values["data_wypowiedzenia"] = long_date(given_on)
    if notice_shortfall(given_on, ended_on, days):
        flags.add("skrocone")
    delivery = options.get("delivery") or agreement.notice_delivery
    if delivery in {item.value for item in NoticeDelivery}:
        flags.add("doreczenie")
        values["sposob_doreczenia"] = NoticeDelivery(delivery).document_text
    return values, flags


def _notice_day(agreement: Agreement, mode_flag: str, options: dict[str, Any]) -> dt.date | None:
    """The day notice was given; a notice cannot be printed without it (its day starts the
    notice period and dates the document: the print day would misdate it)."""
    given_text = options.get("notice_on")
    given_on = dt.date.fromisoformat(given_text) if given_text else agreement.notice_given_on
    if mode_flag in _NOTICE_FLAGS and given_on is None:
        raise DocumentRefused(
            _(
                "Record the day the notice was given (or is handed over) before printing it: "
                "the notice is dated by that day and the notice period runs from it."
            )
        )
    return given_on


def _person_signature(volunteer: Volunteer, name: str, group: AgeGroup) -> Signature:
    if group is AgeGroup.CHILD:
        return Signature("Przedstawiciel ustawowy", volunteer.guardian_name or "")
    return Signature(gendered(volunteer.sex, "Wolontariusz", "Wolontariuszka"), name)


def assemble_termination(
    session: Session, agreement_id: int, issued_on: dt.date, options: dict[str, Any] | None = None
) -> Assembled:
    """From the recorded termination (date, mode, notice), or from `options` `on` (ISO date),
    `mode` (mutual / ops_notice / volunteer_notice), `notice_on` (ISO date), `delivery` and
    `reason` for a notice printed before the termination is recorded."""
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
    if mode_flag == "wygasniecie":
        raise DocumentRefused(_("The agreement expired; print the confirmation of its expiry instead."))
    if ended_on < agreement.period_from:
        raise DocumentRefused(_("The termination date is before the start of the agreement."))
    notice_values, notice_flags = _notice_values(agreement, mode_flag, ended_on, options)
    given_on = _notice_day(agreement, mode_flag, options)
    # the day of the act: the notice's day, or the parties' declaration (at the latest on the end)
    act_day = given_on or min(issued_on, ended_on)
    group, flags = age_flags(volunteer, ended_on)
    flags |= {mode_flag} | notice_flags
    reason = sentence(options.get("reason"))
    if reason:
        flags.add("powod")
    ops_text, ops_name = signatory_on(session, agreement.representative_id, org, act_day)
    name = full_name_on(session, volunteer, act_day)
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(representative_values(session, agreement.representative_id, org))
    values.update(notice_values)
    values.update(
        {
            "imie_nazwisko": name,
            "numer_porozumienia": agreement.number,
            "data_porozumienia": long_date(agreement.concluded_on),
            "data_rozwiazania": long_date(ended_on),
            "reprezentant": ops_text,
            "powod": reason,
            "opiekun": volunteer.guardian_name or "",
        }
    )
    person = _person_signature(volunteer, name, group)
    ops = Signature("Korzystający (podpis, pieczęć)", ops_name)
    signatures = {
        "za_porozumieniem": [ops, person],
        "przez_ops": [ops, Signature("Potwierdzam odbiór (data, podpis)", "")],
        "przez_wolontariusza": [person, Signature("Przyjęto (data, podpis, pieczęć)", "")],
    }[mode_flag]
    if group is AgeGroup.MINOR and mode_flag in ("za_porozumieniem", "przez_wolontariusza"):
        signatures.append(Signature("Przedstawiciel ustawowy", volunteer.guardian_name or ""))
    recorded = {"mode": mode_flag, "on": ended_on.isoformat()}
    if given_on is not None:
        recorded["notice_on"] = given_on.isoformat()
    if act_day < issued_on:  # a past act is dated by its day, never by the print
        recorded["act_on"] = act_day.isoformat()
    snapshot = person_snapshot(
        kind=DocumentKind.TERMINATION.value,
        subject=f"termination:{agreement.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=signatures,
        options=recorded,
        volunteer_id=volunteer.id,
        agreement_id=agreement.id,
    )
    return Assembled(replace(snapshot, recipient=name), [])


def assemble_expiry(session: Session, agreement_id: int, issued_on: dt.date) -> Assembled:
    """The confirmation that an agreement for a definite period expired at its end."""
    agreement = agreement_row(session, agreement_id)
    volunteer = volunteer_row(session, agreement.volunteer_id)
    org = require_organisation(session, full=True)
    last_day = agreement.period_to
    if last_day is None:
        raise DocumentRefused(
            _("An agreement for an indefinite period does not expire; choose another mode.")
        )
    if agreement.terminated_on is not None and agreement.terminated_on < last_day:
        raise DocumentRefused(
            _("The agreement was terminated before the end of its period; print its termination.")
        )
    if last_day >= issued_on:
        raise DocumentRefused(
            _("The period runs until {date}; its expiry can be recorded from that day.").format(
                date=long_date(last_day)
            )
        )
    _group, flags = age_flags(volunteer, last_day)
    ops_text, ops_name = signatory_on(session, agreement.representative_id, org, last_day)
    name = full_name_on(session, volunteer, last_day)
    values = organisation_values(org, session)
    values.update(person_values(volunteer))
    values.update(representative_values(session, agreement.representative_id, org))
    values.update(
        {
            "imie_nazwisko": name,
            "numer_porozumienia": agreement.number,
            "data_porozumienia": long_date(agreement.concluded_on),
            "okres": period_text(agreement.period_from, last_day),
            "data_wygasniecia": long_date(last_day),
            "reprezentant": ops_text,
        }
    )
    snapshot = person_snapshot(
        kind=DocumentKind.EXPIRY.value,
        subject=f"expiry:{agreement.id}",
        volunteer=volunteer,
        org=org,
        issued_on=issued_on,
        values=values,
        flags=flags,
        signatures=[Signature("Korzystający (podpis, pieczęć)", ops_name)],
        volunteer_id=volunteer.id,
        agreement_id=agreement.id,
    )
    return Assembled(replace(snapshot, recipient=name), [])
