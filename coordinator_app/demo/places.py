"""The organisation row, villages with their distances, and the staff."""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from sqlalchemy import func, select, update

from coordinator_app.db.models import Organisation
from coordinator_app.db.models.base import Base
from coordinator_app.demo import catalog as cat
from coordinator_app.demo.context import Ctx, Place, StaffMember, table
from coordinator_app.demo.ids import login, make_nip, make_regon, mobile


def create_places(ctx: Ctx) -> None:
    rng = ctx.rng("places")
    rows: list[dict[str, Any]] = []
    for index, info in enumerate(cat.VILLAGES):
        # The seat in the middle, the villages around it within about 12 km.
        if index == 0:
            x = y = 0.0
        else:
            angle = rng.uniform(0, 2 * math.pi)
            radius = rng.uniform(2.0, 11.0)
            x, y = radius * math.cos(angle), radius * math.sin(angle)
        place = Place(id=index + 1, index=index, info=info, x=x, y=y)
        ctx.places.append(place)
        rows.append(
            {
                "id": place.id, "name": info.name, "gmina": cat.GMINA, "is_solectwo": info.is_solectwo,
                "teryt_simc": None, "active": True,
            }
        )  # fmt: skip
    ctx.writer.insert("villages", rows)
    n = len(ctx.places)
    ctx.distance = [[0] * n for _ in range(n)]
    pairs: list[dict[str, Any]] = []
    for a in ctx.places:
        for b in ctx.places[a.index + 1 :]:
            km = max(1, round(math.hypot(a.x - b.x, a.y - b.y) * 1.3))
            ctx.distance[a.index][b.index] = ctx.distance[b.index][a.index] = km
            pairs.append({"village_a_id": a.id, "village_b_id": b.id, "km": km})
    ctx.writer.insert("village_distances", pairs)


def create_staff(ctx: Ctx) -> None:
    rng = ctx.rng("staff")
    rows: list[dict[str, Any]] = []
    for index, (position, social, signatory, coordinator) in enumerate(cat.STAFF_POSITIONS):
        sex = "K" if rng.random() < 0.75 else "M"
        first = ctx.names.first(rng, sex, rng.randrange(1965, 1995))
        last = ctx.names.full_surname(rng, sex)
        member = StaffMember(index + 1, first, last, position, social)
        ctx.staff.append(member)
        authorised = position == "Zastępca kierownika"
        authorised_on = dt.date(ctx.today.year - 1, 1, rng.randrange(2, 28))
        rows.append(
            {
                "id": member.id, "first_name": first, "last_name": last, "position": position, "sex": sex,
                "is_social_worker": social, "is_signatory": signatory, "is_coordinator": coordinator,
                "phone": mobile(rng) if coordinator else f"+481343012{40 + index:02d}",
                "email": f"{login(first, last)}@{cat.ORG_DOMAIN}",
                "authorisation_number": f"{rng.randrange(1, 9)}/{ctx.today.year - 1}" if authorised else None,
                "authorisation_date": authorised_on if authorised else None,
                "role_valid_from": authorised_on if authorised else ctx.head_since if index == 0 else None,
                "role_valid_to": None, "active": True,
            }
        )  # fmt: skip
        if index == 0:
            ctx.manager_id = member.id
        if coordinator:
            ctx.coordinator_name = member.full_name
            ctx.coordinator_login = login(first, last)
    rows.append(_former_head(ctx, rng, len(rows) + 1))
    ctx.writer.insert("staff", rows)
    coordinator_row = next(r for r in rows if r["is_coordinator"])
    manager = ctx.staff[0]
    _update_organisation(ctx, manager.full_name, coordinator_row)


def _former_head(ctx: Ctx, rng: random.Random, staff_id: int) -> dict[str, Any]:
    """The head before the present one (no longer employed): agreements concluded before
    `ctx.head_since` name this person, and documents about those days are signed in that name."""
    sex = "M" if rng.random() < 0.5 else "K"
    first = ctx.names.first(rng, sex, rng.randrange(1955, 1965))
    last = ctx.names.full_surname(rng, sex)
    ctx.former_head_id = staff_id
    ctx.staff.append(StaffMember(staff_id, first, last, "Kierownik", False))
    return {
        "id": staff_id, "first_name": first, "last_name": last, "position": "Kierownik", "sex": sex,
        "is_social_worker": False, "is_signatory": True, "is_coordinator": False,
        "phone": None, "email": None, "authorisation_number": None, "authorisation_date": None,
        "role_valid_from": dt.date(ctx.today.year - 12, 9, 1),
        "role_valid_to": ctx.head_since - dt.timedelta(days=1), "active": False,
    }  # fmt: skip


def _update_organisation(ctx: Ctx, manager_name: str, coordinator: dict[str, Any]) -> None:
    rng = ctx.rng("organisation")
    year = ctx.today.year
    seat = cat.VILLAGES[0]
    values: dict[str, Any] = {
        "full_name": f"Gminny Ośrodek Pomocy Społecznej w {cat.GMINA_LOCATIVE}",
        "short_name": cat.ORG_SHORT_NAME, "kind": "GOPS", "street": cat.ORG_STREET,
        "house_number": cat.ORG_HOUSE, "postal_code": seat.postal_code, "locality": seat.name,
        "phone": cat.ORG_PHONE, "email": cat.ORG_EMAIL, "website": cat.ORG_WEBSITE, "epuap": cat.ORG_EPUAP,
        "nip": make_nip(rng), "regon": make_regon(rng), "krs": None, "gmina": cat.GMINA,
        "powiat": cat.POWIAT, "voivodeship": cat.VOIVODESHIP, "manager_name": manager_name,
        "manager_position": "Kierownik", "coordinator_name": ctx.coordinator_name,
        "coordinator_phone": coordinator["phone"], "coordinator_email": coordinator["email"],
        "dpo_name": cat.DPO_NAME, "dpo_contact": cat.DPO_CONTACT,
        "letterhead": (
            f"Gminny Ośrodek Pomocy Społecznej w {cat.GMINA_LOCATIVE}\n"
            f"ul. {cat.ORG_STREET} {cat.ORG_HOUSE}, {seat.postal_code} {seat.name}\n"
            f"tel. 13 430 12 34, e-mail: {cat.ORG_EMAIL}"
        ),
        "footer": f"GOPS w {cat.GMINA_LOCATIVE} · {cat.ORG_WEBSITE}",
        "place_for_dates": seat.name, "nnw_insurer": cat.INSURER,
        "nnw_policy": f"NNW/{year}/{rng.randrange(1000, 9999):06d}",
        "nnw_valid_from": dt.date(year, 1, 1), "nnw_valid_to": dt.date(year, 12, 31),
        "oc_policy": f"OC/{year}/{rng.randrange(100, 999):06d}", "gdpr_clause": None,
    }  # fmt: skip
    conn = ctx.writer.conn
    org = Organisation.__table__
    exists = conn.execute(select(func.count()).select_from(org).where(org.c.id == 1)).scalar_one()
    if exists:
        conn.execute(update(Base.metadata.tables["organisation"]).where(org.c.id == 1).values(**values))
    else:
        conn.execute(table("organisation").insert(), [{"id": 1, **values}])


def organisation_policy(ctx: Ctx) -> tuple[str, str]:
    """(NNW policy, OC policy) numbers as stored on the organisation row."""
    org = table("organisation")
    row = ctx.writer.conn.execute(select(org.c.nnw_policy, org.c.oc_policy).where(org.c.id == 1)).one()
    return str(row[0]), str(row[1])
