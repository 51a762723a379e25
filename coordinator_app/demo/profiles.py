"""The volunteers' related rows: statements, preferences, availability, villages served,
status history, qualifications and child-protection vetting."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from coordinator_app.core.enums import StatementKind as SK
from coordinator_app.demo.context import Ctx, days, stamp
from coordinator_app.demo.records import Vol

REQUIRED = (SK.HEALTH_SAFETY, SK.RIGHTS_DUTIES, SK.CONFIDENTIALITY, SK.GDPR_CLAUSE)
KRK_SCOPE = "art. 21 ust. 3 ustawy z 13.05.2016"
FOREIGN_RECORDS = "informacja z rejestru karnego Ukrainy z tłumaczeniem przysięgłym"


def _version(day: dt.date) -> str:
    return "wersja 1/2022" if day.year < 2024 else "wersja 2/2024"


def write_profiles(ctx: Ctx, vols: list[Vol]) -> None:
    rng = ctx.rng("profiles")
    out = ctx.writer.rows()  # written as they come, a chunk at a time: memory stays flat
    for vol in vols:
        out.extend("volunteer_statements", _statements(ctx, rng, vol))
        for code in vol.prefs:
            out.add(
                "volunteer_activity_preferences",
                {"volunteer_id": vol.id, "activity_type_id": ctx.activity_ids[code], "excluded": False},
            )
        for code in vol.excluded:
            out.add(
                "volunteer_activity_preferences",
                {"volunteer_id": vol.id, "activity_type_id": ctx.activity_ids[code], "excluded": True},
            )
        for weekday, slot in vol.slots:
            out.add("volunteer_availability", {"volunteer_id": vol.id, "weekday": weekday, "slot": slot})
        for village in _served(ctx, rng, vol):
            out.add("volunteer_villages", {"volunteer_id": vol.id, "village_id": village})
        out.extend("volunteer_status_changes", _history(vol))
        out.extend("qualifications", _qualifications(ctx, rng, vol))
        vetting = _vetting(ctx, rng, vol)
        if vetting is not None:
            out.add("vettings", vetting)
    out.flush()


def _statement(vol: Vol, kind: SK, signed: dt.date, **extra: Any) -> dict[str, Any]:
    row = {
        "volunteer_id": vol.id, "kind": kind.value, "signed_on": signed, "content_version": _version(signed),
        "source": "oryginał w teczce wolontariusza", "scope": None, "valid_from": None, "valid_to": None,
        "withdrawn_on": None,
    }  # fmt: skip
    row.update(extra)
    return row


def _statements(ctx: Ctx, rng: random.Random, vol: Vol) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if vol.minor:
        rows.append(_statement(vol, SK.GUARDIAN_CONSENT, vol.application))
    if vol.start is None:  # a candidate has only received the information clause
        rows.append(_statement(vol, SK.GDPR_CLAUSE, vol.application))
        return rows
    signed = vol.start
    required = list(REQUIRED)
    if vol.status == "active" and vol.id != 1 and rng.random() < 0.04:
        required.remove(rng.choice((SK.HEALTH_SAFETY, SK.CONFIDENTIALITY)))  # gaps the app should flag
    rows.extend(_statement(vol, kind, signed) for kind in required)
    if not vol.minor and rng.random() < 0.5:
        valid_to = vol.end or (dt.date(ctx.today.year, 12, 31) if rng.random() < 0.5 else None)
        scope = (
            f"upoważnienie nr {rng.randrange(1, 120)}/{signed.year}: dane kontaktowe i adresowe "
            "podopiecznych w zakresie niezbędnym do realizacji przydziału"
        )
        rows.append(
            _statement(vol, SK.DATA_AUTHORISATION, signed, scope=scope, valid_from=signed, valid_to=valid_to)
        )
    if vol.travel_waiver:
        scope = "full" if rng.random() < 0.7 else "partial: dojazdy w obrębie miejscowości zamieszkania"
        rows.append(_statement(vol, SK.TRAVEL_WAIVER, signed, scope=scope))
    if rng.random() < 0.65:
        withdrawn = None
        if rng.random() < 0.08 and (ctx.today - signed).days > 60:
            withdrawn = signed + days(rng.randrange(30, (ctx.today - signed).days))
        rows.append(_statement(vol, SK.IMAGE_CONSENT, signed, withdrawn_on=withdrawn))
    return rows


def _served(ctx: Ctx, rng: random.Random, vol: Vol) -> list[int]:
    home = ctx.places[vol.place]
    near = [
        p for p in ctx.places if p.index != home.index and ctx.distance[home.index][p.index] <= vol.max_km
    ]
    extra = rng.sample(near, min(len(near), rng.choice((0, 1, 1, 2, 3, 4))))
    return sorted([home.id, *(p.id for p in extra)])


def _change(vol: Vol, old: str | None, new: str, on: dt.date, reason: str | None) -> dict[str, Any]:
    return {"volunteer_id": vol.id, "old_status": old, "new_status": new, "changed_on": on, "reason": reason}


def _history(vol: Vol) -> list[dict[str, Any]]:
    rows = [_change(vol, None, "candidate", vol.application, "Zarejestrowano zgłoszenie")]
    if vol.start is None:
        return rows
    rows.append(_change(vol, "candidate", "active", vol.start, "Podpisano porozumienie"))
    if vol.paused is not None:
        rows.append(_change(vol, "active", "suspended", vol.paused, vol.end_reason))
    if vol.end is not None:
        rows.append(_change(vol, "active", "ended", vol.end, vol.end_reason))
    return rows


def _qualifications(ctx: Ctx, rng: random.Random, vol: Vol) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if vol.car and rng.random() < 0.5:
        issued = max(vol.birth.year + 18, ctx.today.year - 40) + rng.randrange(0, 10)
        issued = min(issued, ctx.today.year)
        expires = dt.date(issued + 15, rng.randrange(1, 13), rng.randrange(1, 29)) if issued >= 2013 else None
        number = f"{rng.randrange(100_000):05d}/{issued % 100:02d}/{rng.randrange(10_000):04d}"
        rows.append(
            {"volunteer_id": vol.id, "kind": "prawo jazdy kat. B", "number": number, "expires_on": expires}
        )
    if not vol.minor and rng.random() < 0.06:
        expires = ctx.today + days(rng.randrange(-60, 1000))
        rows.append(
            {"volunteer_id": vol.id, "kind": "kurs pierwszej pomocy", "number": None, "expires_on": expires}
        )
    return rows


def _vetting(ctx: Ctx, rng: random.Random, vol: Vol) -> dict[str, Any] | None:
    if vol.vetted_on is None:
        child_work = any(c in ctx.minors_codes for c in vol.prefs)
        if vol.start is None and not vol.minor and child_work and rng.random() < 0.3:
            checked = min(vol.application + days(2), ctx.today)
            return _vetting_row(ctx, rng, vol, checked, complete=False)
        return None
    return _vetting_row(ctx, rng, vol, vol.vetted_on, complete=True)


def _vetting_row(ctx: Ctx, rng: random.Random, vol: Vol, on: dt.date, complete: bool) -> dict[str, Any]:
    valid_until = on + days(730)
    if complete and rng.random() < 0.05:
        valid_until = ctx.today + days(rng.randrange(15, 45))  # due for review soon
    foreign = vol.foreign and complete
    return {
        "volunteer_id": vol.id, "rspts_date": on, "rspts_entry_found": False,
        "rspts_reference": f"wydruk RSPTS nr {rng.randrange(10**7, 10**8)}",
        "rspts_checked_by": ctx.coordinator_name,
        "commission_date": on if complete else None, "commission_entry_found": False if complete else None,
        "krk_issue_date": on - days(rng.randrange(2, 25)) if complete else None,
        "krk_scope": KRK_SCOPE if complete else None, "krk_presented_on": on if complete else None,
        "krk_has_entries": False if complete else None,
        "residence_statement_date": on if foreign else None,
        "foreign_records": FOREIGN_RECORDS if foreign else None,
        "standards_training_date": on if complete else None,
        "standards_trained_by": ctx.coordinator_name if complete else None,
        "valid_until": valid_until if complete else None,
        "notes": None if complete else "Oczekuje na informację z KRK.",
        "created_at": stamp(on, rng), "updated_at": stamp(on, rng),
        "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
    }  # fmt: skip
