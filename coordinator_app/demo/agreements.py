"""Agreements (porozumienia): yearly chains for regular volunteers, short ones for one event."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from coordinator_app.core.agreements.defaults import scope_text
from coordinator_app.core.rules import age_on
from coordinator_app.demo import catalog as cat
from coordinator_app.demo import texts
from coordinator_app.demo.context import Ctx, days, stamp
from coordinator_app.demo.records import Agr, Vol


@dataclass(frozen=True)
class Event:
    day: dt.date
    name: str
    place: str


def yearly_events(ctx: Ctx) -> list[Event]:
    rng = ctx.rng("events")
    events: list[Event] = []
    for year in range(ctx.today.year - 6, ctx.horizon.year + 1):
        for month, day, name, place in cat.EVENTS:
            first = dt.date(year, month, day)
            saturday = first + days((5 - first.weekday()) % 7)
            village = ctx.places[0] if rng.random() < 0.5 else rng.choice(ctx.places)
            events.append(Event(saturday, name, place.format(loc=village.info.locative)))
    return sorted(events, key=lambda e: e.day)


def _year_end(year: int) -> dt.date:
    return dt.date(year, 12, 31)


def plan_agreements(ctx: Ctx, vols: list[Vol], events: list[Event]) -> list[Agr]:
    rng = ctx.rng("agreements")
    result: list[Agr] = []
    for vol in vols:
        if vol.start is None:
            continue
        if vol.event_only:
            _event_agreements(ctx, rng, vol, events)
        if not vol.agreements:
            vol.event_only = False
            _chain(ctx, rng, vol)
        result.extend(vol.agreements)
    result.sort(key=lambda a: (a.concluded_on, a.vol.id, a.period_from))
    per_year: dict[int, int] = {}
    for index, agr in enumerate(result, start=1):
        agr.id = index
        year = agr.concluded_on.year
        per_year[year] = per_year.get(year, 0) + 1
        agr.number = f"W/{per_year[year]}/{year}"
    return result


def _scope(ctx: Ctx, vol: Vol) -> list[str]:
    codes = [c for c in vol.prefs if c not in ctx.minors_codes or vol.vetted_on is not None]
    return codes or ["TOW"]


def _chain(ctx: Ctx, rng: random.Random, vol: Vol) -> None:
    assert vol.start is not None
    limit = vol.end or (ctx.today if vol.paused else ctx.horizon)
    start = vol.start
    end = _year_end(start.year)
    if (end - start).days < 60:
        end = _year_end(start.year + 1)
    concluded = start
    while True:
        agr = Agr(0, vol, start, end, concluded, codes=_scope(ctx, vol))
        vol.agreements.append(agr)
        if end >= limit:
            break
        start = end + days(1)
        end = _year_end(start.year)
        concluded = min(start - days(rng.randrange(1, 21)), ctx.today)
    if vol.end is not None:
        last = vol.agreements[-1]
        last.terminated_on = vol.end
        if vol.end == last.period_to:
            last.termination_mode = "expiry"
        else:
            last.termination_mode = rng.choice(("mutual", "volunteer_notice", "volunteer_notice"))


def _event_agreements(ctx: Ctx, rng: random.Random, vol: Vol, events: list[Event]) -> None:
    assert vol.start is not None
    last = vol.end or vol.paused or ctx.horizon
    fitting = [e for e in events if vol.start + days(3) <= e.day and e.day + days(1) <= last]
    if not fitting:
        return
    chosen = sorted(rng.sample(fitting, min(len(fitting), rng.randrange(1, 5))), key=lambda e: e.day)
    for event in chosen:
        period_from = event.day - days(3)
        concluded = min(max(vol.start, period_from - days(rng.randrange(0, 8))), ctx.today)
        agr = Agr(0, vol, period_from, event.day + days(1), concluded, event=event.name, codes=["IMP"])
        vol.agreements.append(agr)
    vol.start = vol.agreements[0].concluded_on


def write_agreements(ctx: Ctx, agreements: list[Agr], nnw: str, oc: str) -> None:
    rng = ctx.rng("agreement-rows")
    out = ctx.writer.rows()  # written a chunk at a time as they come
    for agr in agreements:
        vol = agr.vol
        short = (agr.period_to - agr.period_from).days < 30
        if agr.event:
            commitment = f"w dniach akcji „{agr.event}”, w godzinach uzgodnionych z koordynatorem"
        else:
            commitment = (
                f"średnio {rng.randrange(2, 7)} godz. tygodniowo, w terminach uzgodnionych z koordynatorem"
            )
        signed_ops = min(agr.concluded_on + days(rng.choice((0, 0, 1, 2))), ctx.today)
        out.add(
            "agreements",
            {
                "id": agr.id, "number": agr.number, "volunteer_id": vol.id, "concluded_on": agr.concluded_on,
                "concluded_in": ctx.places[0].info.name, "period_from": agr.period_from,
                "period_to": agr.period_to, "scope": scope_text(),
                "manner": texts.AGREEMENT_MANNER_EVENT if agr.event else texts.AGREEMENT_MANNER,
                "time_commitment": commitment, "termination_terms": texts.TERMINATION_TERMS,
                "written_form": not short or rng.random() < 0.6,
                "nnw_policy": _policy(nnw, agr.period_from.year) if short or rng.random() < 0.5 else None,
                "oc_policy": _policy(oc, agr.period_from.year) if rng.random() < 0.3 else None,
                "cost_rules": texts.COST_RULES_WAIVED if vol.travel_waiver else texts.COST_RULES_PAID,
                "representative_id": ctx.manager_id
                if agr.concluded_on >= ctx.head_since else ctx.former_head_id,
                "template_version": "POR-1/2022" if agr.concluded_on.year < 2024 else "POR-2/2024",
                **_minor_terms(vol, agr), **_notice(rng, agr),
                "signed_by_volunteer_on": agr.concluded_on, "signed_by_ops_on": signed_ops, "scan_path": None,
                "terminated_on": agr.terminated_on, "termination_mode": agr.termination_mode,
                "notes": f"Porozumienie na akcję: {agr.event}." if agr.event else None,
                "created_at": stamp(agr.concluded_on, rng),
                "updated_at": stamp(agr.terminated_on or agr.concluded_on, rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
        out.extend(
            "agreement_activities",
            ({"agreement_id": agr.id, "activity_type_id": ctx.activity_ids[c]} for c in agr.codes),
        )
        lasting = (min(agr.last_day, ctx.today) - agr.period_from).days
        if not agr.event and lasting > 120 and rng.random() < 0.04:
            signed = agr.period_from + days(rng.randrange(60, lasting))
            # worded as the agreements editor records a change: the new wording of a clause
            change = rng.choice(
                (
                    f"Czas wykonywania świadczeń otrzymuje brzmienie: „Świadczenia wykonywane będą średnio "
                    f"{rng.randrange(2, 7)} godz. tygodniowo, w terminach uzgodnionych z koordynatorem.”",
                    "Sposób wykonywania świadczeń otrzymuje brzmienie: „Świadczenia są wykonywane osobiście "
                    "w miejscu zamieszkania podopiecznych albo telefonicznie, pod nadzorem koordynatora "
                    "wolontariatu.”",
                    "Zasady pokrywania kosztów otrzymują brzmienie: „Korzystający zwraca koszty przejazdu "
                    "środkami komunikacji publicznej na podstawie biletów.”",
                )
            )
            out.add(
                "agreement_annexes",
                {
                    "agreement_id": agr.id, "number": f"{agr.number}/A1", "signed_on": signed,
                    "changes": change,
                    "created_at": stamp(signed, rng), "updated_at": stamp(signed, rng),
                    "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
                }
            )  # fmt: skip
    out.flush()


def _notice(rng: random.Random, agr: Agr) -> dict[str, Any]:
    """The agreed notice period (7 days, as TERMINATION_TERMS says) and, for an agreement ended
    by notice or by mutual consent, when and how the notice was given."""
    values: dict[str, Any] = {
        "notice_period_days": None if agr.event else 7,
        "notice_given_on": None, "notice_given_by": None, "notice_delivery": None,
    }  # fmt: skip
    if agr.terminated_on is None or agr.termination_mode == "expiry":
        return values
    if agr.termination_mode == "mutual":
        values.update(notice_given_on=agr.terminated_on, notice_given_by="both")
    else:
        given = max(agr.terminated_on - days(7), agr.period_from)
        delivery = rng.choice(("in_person", "in_person", "post", "email"))
        values.update(notice_given_on=given, notice_given_by="volunteer", notice_delivery=delivery)
    return values


def _minor_terms(vol: Vol, agr: Agr) -> dict[str, Any]:
    """A 13-17's guardian consents; an under-13's guardian concludes the agreement, which names
    the adult on site and how the child gets there and back."""
    if not vol.minor:
        return {"guardian_consent_on": None, "minor_escort": None, "minor_travel": None}
    if age_on(vol.birth, agr.concluded_on) >= 13:
        return {"guardian_consent_on": vol.application, "minor_escort": None, "minor_travel": None}
    return {
        "guardian_consent_on": None,
        "minor_escort": vol.guardian or None,
        "minor_travel": texts.CHILD_TRAVEL.format(guardian=vol.guardian) if vol.guardian else None,
    }


def _policy(current: str, year: int) -> str:
    """The policy of `year`: the organisation's current number renewed every year (NNW/2025/… )."""
    kind, _year, number = current.split("/")
    return f"{kind}/{year}/{number}"
