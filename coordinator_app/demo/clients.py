"""Clients (podopieczni) with their types, and their needs (written once matching is done)."""

from __future__ import annotations

import random
from typing import Any

from coordinator_app.core.enums import ClientStatus
from coordinator_app.demo import catalog as cat
from coordinator_app.demo import texts
from coordinator_app.demo.context import Ctx, days, stamp, weighted
from coordinator_app.demo.ids import landline, mobile
from coordinator_app.demo.names import female_surname
from coordinator_app.demo.records import Cli, NeedRec

KINDS = (("senior", 60), ("disabled", 18), ("family", 17), ("other", 5))
STATUSES = (
    (ClientStatus.ACTIVE.value, 75),
    (ClientStatus.SUSPENDED.value, 8),
    (ClientStatus.ENDED.value, 17),
)
BIRTH_YEARS = {
    "senior": (1932, 1959),
    "disabled": (1950, 2004),
    "family": (1975, 2000),
    "other": (1960, 1995),
}
NEEDS_BY_KIND = {
    "senior": (("TOW", 25), ("ZAK", 20), ("TLEK", 12), ("CODZ", 12), ("INT", 8), ("SPA", 8), ("KOMP", 6),
               ("DROB", 6), ("TEL", 6)),
    "disabled": (("OND", 25), ("SPA", 15), ("TLEK", 15), ("CODZ", 15), ("ZAK", 10), ("TOW", 10), ("KOMP", 5),
                 ("DROB", 5)),
    "family": (("EDU", 60), ("CZW", 15), ("DROB", 15), ("CODZ", 10)),
    "other": (("CODZ", 30), ("DROB", 25), ("ZAK", 25), ("TLEK", 20)),
}  # fmt: skip
AGE_BANDS = ("0–6", "7–12", "13–17")


def _types(rng: random.Random, kind: str) -> list[str]:
    extra = {"senior": (("alone", 0.45), ("disabled", 0.2)), "disabled": (("alone", 0.2),),
             "family": (("disabled", 0.1),), "other": (("alone", 0.3),)}[kind]  # fmt: skip
    return [kind, *(code for code, share in extra if rng.random() < share)]


def create_clients(ctx: Ctx, m: int) -> tuple[list[Cli], list[NeedRec]]:
    rng = ctx.rng("clients")
    today = ctx.today
    workers = ctx.social_workers
    clients: list[Cli] = []
    needs: list[NeedRec] = []
    rows: list[dict[str, Any]] = []
    type_rows: list[dict[str, Any]] = []
    width = max(4, len(str(m)))
    for i in range(m):
        kind = weighted(rng, KINDS)
        types = _types(rng, kind)
        status = weighted(rng, STATUSES)
        since = today - days(10 + int(1990 * rng.random() ** 1.3)) if rng.random() < 0.95 else None
        client = Cli(id=i + 1, place=ctx.pick_place(rng).index, kind=kind, status=status, since=since)
        client.social_worker_id = rng.choice(workers).id
        if since is None:
            client.status = status = ClientStatus.ACTIVE.value
        elif status == ClientStatus.ENDED.value:
            if (today - since).days < 120:
                client.since = since = today - days(rng.randrange(120, 400))
            low = max((since + days(60)).toordinal(), (today - days(500)).toordinal())
            client.until = since.fromordinal(rng.randrange(low, today.toordinal()))
        elif status == ClientStatus.SUSPENDED.value:
            client.paused = max(today - days(rng.randrange(10, 90)), since + days(5))
        clients.append(client)
        rows.append(_client_row(ctx, rng, client, types, f"P-{i + 1:0{width}d}"))
        type_rows.extend({"client_id": client.id, "type_code": code} for code in types)
        needs.extend(_needs(ctx, rng, client, types, len(needs)))
    ctx.writer.insert("clients", rows)
    ctx.writer.insert("client_types", type_rows)
    return clients, needs


def _client_row(ctx: Ctx, rng: random.Random, c: Cli, types: list[str], code: str) -> dict[str, Any]:
    low, high = BIRTH_YEARS[c.kind]
    birth_year = rng.randrange(low, high + 1)
    sex = "K" if rng.random() < (0.68 if c.kind == "senior" else 0.75 if c.kind == "family" else 0.5) else "M"
    surname_m = ctx.names.surname(rng)
    last = female_surname(surname_m) if sex == "K" else surname_m
    info = ctx.places[c.place].info
    street = rng.choice(info.streets) if info.streets and rng.random() < 0.7 else None
    flat = str(rng.randrange(1, 40)) if street == "Spółdzielcza" else None
    house = str(rng.choice((2, 4, 6, 8))) if flat else str(rng.randrange(1, 160))
    roll = rng.random()
    phone = landline(rng) if roll < 0.3 else mobile(rng) if roll < 0.8 else None
    contact = rng.random() < (0.6 if c.kind == "senior" else 0.3)
    c.has_contact = contact
    relations = cat.CONTACT_RELATIONS_SENIOR if c.kind == "senior" else cat.CONTACT_RELATIONS_OTHER
    contact_relation, younger = rng.choice(relations) if contact else (None, None)
    contact_name = None
    if contact_relation is not None:
        c_sex = "M" if contact_relation in ("syn", "wnuk", "brat") else "K"
        kin = contact_relation in ("córka", "syn", "wnuczka", "wnuk", "matka", "siostra", "brat")
        c_last = (female_surname(surname_m) if c_sex == "K" else surname_m) if kin else None
        if c_last is None or (c_sex == "K" and kin and rng.random() < 0.4):  # married, another name
            c_last = ctx.names.full_surname(rng, c_sex)
        c_year = birth_year + younger if younger is not None else rng.randrange(1950, 1995)
        contact_name = f"{ctx.names.first(rng, c_sex, c_year)} {c_last}"
    children = c.kind == "family" or ("family" in types) or rng.random() < 0.03
    child_count = (
        (rng.choice((1, 2, 2, 3, 3, 4, 5)) if c.kind == "family" else rng.randrange(1, 3))
        if children
        else None
    )
    bands = ", ".join(sorted(rng.sample(AGE_BANDS, rng.randrange(1, 3)))) if children else None
    health = None
    if c.kind == "disabled" or ("disabled" in types and rng.random() < 0.8) or rng.random() < 0.2:
        health = rng.choice(texts.CLIENT_HEALTH)
    assessment = ctx.today + days(rng.randrange(-120, 365))
    created = c.since or ctx.today - days(rng.randrange(1, 60))
    return {
        "id": c.id, "code": code, "first_name": ctx.names.first(rng, sex, birth_year), "last_name": last,
        "sex": sex, "birth_year": birth_year, "phone": phone, "street": street, "house_number": house,
        "flat_number": flat, "postal_code": info.postal_code, "locality": info.name,
        "post_office": info.post_office, "village_id": ctx.places[c.place].id,
        "directions": rng.choice(texts.CLIENT_DIRECTIONS) if rng.random() < 0.4 else None,
        "contact_name": contact_name, "contact_relation": contact_relation,
        "contact_phone": mobile(rng) if contact else None, "social_worker_id": c.social_worker_id,
        "assessment_valid_until": assessment, "visit_consent_date": c.since,
        "visit_consent_how": rng.choice(texts.CONSENT_HOW) if c.since else None, "health_notes": health,
        "children_in_household": children, "children_count": child_count, "children_age_bands": bands,
        "status": c.status, "support_ended_on": c.until,
        "notes_for_volunteer": rng.choice(texts.CLIENT_NOTES)[sex == "M"] if rng.random() < 0.4 else None,
        "created_at": stamp(created, rng), "updated_at": stamp(c.until or c.paused or created, rng),
        "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
    }  # fmt: skip


def _needs(ctx: Ctx, rng: random.Random, c: Cli, types: list[str], offset: int) -> list[NeedRec]:
    pairs = list(NEEDS_BY_KIND[c.kind])
    if "alone" in types:
        pairs += [("TOW", 15), ("TEL", 10), ("INT", 8)]
    pairs = [(code, w) for code, w in pairs if code in ctx.activity_ids]
    count = min(len({p[0] for p in pairs}), rng.choice((1, 1, 2, 2, 3)))
    codes: list[str] = []
    while len(codes) < count:
        code = weighted(rng, pairs)
        if code not in codes:
            codes.append(code)
    today = ctx.today
    if c.until is not None:
        assert c.since is not None
        low, high = max(c.since, c.until - days(300)), max(c.since, c.until - days(14))
    else:
        low = max(c.since or today - days(90), today - days(365))
        high = today - days(1)
    span = max(0, (high - low).days)
    return [
        NeedRec(id=offset + k + 1, client=c, code=code, reported_on=low + days(rng.randrange(span + 1)))
        for k, code in enumerate(codes)
    ]


def write_needs(ctx: Ctx, needs: list[NeedRec]) -> None:
    rng = ctx.rng("need-rows")
    workers = {s.id: s.full_name for s in ctx.staff}
    rows = []
    for need in needs:
        by_worker = rng.random() < 0.6
        rows.append(
            {
                "id": need.id, "client_id": need.client.id, "activity_type_id": ctx.activity_ids[need.code],
                "description": rng.choice(texts.NEED_DESCRIPTIONS[need.code]),
                "frequency": rng.choice(texts.FREQUENCIES),
                "preferred_times": rng.choice(texts.PREFERRED_TIMES),
                "priority": rng.choice((1, 2, 2, 2, 3, 3)),
                "reported_by": workers[need.client.social_worker_id] if by_worker
                else rng.choice(texts.REPORTED_BY_OTHER),
                "reported_on": need.reported_on, "status": need.status,
                "created_at": stamp(need.reported_on, rng), "updated_at": stamp(need.reported_on, rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
    ctx.writer.insert("needs", rows)
