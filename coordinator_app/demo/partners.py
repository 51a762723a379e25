"""Local partners of the demo's GOPS: two schools with volunteer clubs, the parish, an NGO,
the fire brigade, the rural housewives' club, a firm and the library; their contact people,
and the volunteers who came through them (`volunteers.partner_id`)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, update

from coordinator_app.demo.context import Ctx, days, stamp, table
from coordinator_app.demo.ids import ascii_fold, landline, make_nip, make_regon, mobile
from coordinator_app.demo.records import Vol


@dataclass(frozen=True)
class PartnerSpec:
    key: str
    kind: str
    name: str
    short: str
    village: int  # index into catalog.VILLAGES
    street: str | None
    house: str
    domain: str
    head_role: tuple[str, str]  # (woman's form, man's form)
    contact_role: tuple[str, str]
    head_sex: str | None  # None: either
    ids: str  # which identifiers it has: n = NIP, r = REGON, k = KRS
    agreement: bool  # a written cooperation agreement
    coalition: bool
    scope: str


SPECS: tuple[PartnerSpec, ...] = (
    PartnerSpec(
        "school1", "school", "Szkoła Podstawowa im. Jana Pawła II w Modrzewie", "SP Modrzewo", 0, "Szkolna",
        "3", "sp-modrzewo.example", ("dyrektor szkoły", "dyrektor szkoły"),
        ("opiekunka Szkolnego Koła Wolontariatu", "opiekun Szkolnego Koła Wolontariatu"), None, "nr", True,
        True,
        "Szkoła prowadzi Szkolne Koło Wolontariatu, zgłasza uczniów do akcji organizowanych przez GOPS "
        "i zapewnia opiekę nauczyciela podczas akcji z udziałem małoletnich.",
    ),
    PartnerSpec(
        "school2", "school", "Szkoła Podstawowa im. Marii Konopnickiej w Lipowcu", "SP Lipowiec", 3,
        "Szkolna", "2", "sp-lipowiec.example", ("dyrektor szkoły", "dyrektor szkoły"),
        ("opiekunka Szkolnego Koła Wolontariatu", "opiekun Szkolnego Koła Wolontariatu"), None, "nr", True,
        True,
        "Szkoła prowadzi Szkolne Koło Wolontariatu, udostępnia salę gimnastyczną i boisko na akcje "
        "oraz zapewnia opiekę nauczyciela nad uczniami-wolontariuszami.",
    ),
    PartnerSpec(
        "parish", "parish",
        "Parafia Rzymskokatolicka pw. św. Stanisława Biskupa i Męczennika w Modrzewie",
        "Parafia w Modrzewie", 0, "Kościelna", "1", "parafia-modrzewo.example",
        ("proboszcz parafii", "proboszcz parafii"), ("koordynatorka Parafialnego Zespołu Caritas",
                                                      "koordynator Parafialnego Zespołu Caritas"),
        "M", "nr", False, True, "",
    ),
    PartnerSpec(
        "ngo", "ngo", "Stowarzyszenie „Razem dla Modrzewa”", "Stowarzyszenie „Razem”", 0, "Rynek", "5",
        "razem-modrzewo.example", ("prezes zarządu", "prezes zarządu"),
        ("koordynatorka projektów", "koordynator projektów"), None, "nrk", True, True,
        "Stowarzyszenie współorganizuje akcje i festyny, pozyskuje na nie środki oraz zgłasza swoich "
        "członków jako wolontariuszy.",
    ),
    PartnerSpec(
        "osp", "fire_brigade", "Ochotnicza Straż Pożarna w Starej Wsi", "OSP Stara Wieś", 10, "Główna", "20",
        "osp-starawies.example", ("prezes zarządu OSP", "prezes zarządu OSP"),
        ("naczelnik OSP", "naczelnik OSP"),
        "M", "nrk", False, True, "",
    ),
    PartnerSpec(
        "kgw", "housewives", "Koło Gospodyń Wiejskich w Jabłonce", "KGW Jabłonka", 2, None, "45",
        "kgw-jablonka.example", ("przewodnicząca Koła", "przewodniczący Koła"),
        ("skarbniczka Koła", "skarbnik Koła"), "K", "nr", False, True, "",
    ),
    PartnerSpec(
        "firm", "company", "Piekarnia „Złoty Kłos” sp. z o.o.", "Piekarnia „Złoty Kłos”", 3, "Główna", "55",
        "zlotyklos.example", ("prezes zarządu", "prezes zarządu"),
        ("specjalistka ds. kadr – wolontariat pracowniczy", "specjalista ds. kadr – wolontariat pracowniczy"),
        None, "nrk", True, False,
        "Spółka kieruje pracowników do akcji w ramach wolontariatu pracowniczego (w czasie pracy, "
        "za zgodą pracowników) i przekazuje pieczywo na Wigilię dla osób samotnych.",
    ),
    PartnerSpec(
        "library", "library", "Gminna Biblioteka Publiczna w Modrzewie", "GBP Modrzewo", 0, "Rynek", "2",
        "biblioteka-modrzewo.example", ("dyrektor biblioteki", "dyrektor biblioteki"),
        ("bibliotekarka", "bibliotekarz"), None, "nr", False, True, "",
    ),
)  # fmt: skip


@dataclass
class PartnerRec:
    id: int
    spec: PartnerSpec
    head: str  # the representative's full name
    head_role: str
    contact: str
    contact_role: str

    @property
    def key(self) -> str:
        return self.spec.key


def _person(ctx: Ctx, rng: random.Random, sex: str) -> tuple[str, str]:
    year = rng.randrange(1962, 1992)
    return ctx.names.first(rng, sex, year), ctx.names.full_surname(rng, sex)


def write_partners(ctx: Ctx) -> dict[str, PartnerRec]:
    """The partner rows and their contact people; returns the partners by key."""
    rng = ctx.rng("partners")
    rows: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    result: dict[str, PartnerRec] = {}
    used: set[str] = set()
    year = ctx.today.year
    for number, spec in enumerate(SPECS, start=1):
        place = ctx.places[spec.village]
        head_sex = spec.head_sex or ("K" if rng.random() < 0.6 else "M")
        head_first, head_last = _person(ctx, rng, head_sex)
        contact_sex = "K" if rng.random() < 0.75 else "M"
        contact_first, contact_last = _person(ctx, rng, contact_sex)
        head_role = spec.head_role[0 if head_sex == "K" else 1]
        contact_role = spec.contact_role[0 if contact_sex == "K" else 1]
        rec = PartnerRec(number, spec, f"{head_first} {head_last}", head_role,
                         f"{contact_first} {contact_last}", contact_role)  # fmt: skip
        result[spec.key] = rec
        nip = make_nip(rng) if "n" in spec.ids else None
        while nip in used:
            nip = make_nip(rng)
        if nip:
            used.add(nip)
        since = dt.date(year - rng.randrange(1, 6), rng.randrange(1, 13), 1)
        signed = max(since, dt.date(year - 1, 1, 1)) + days(rng.randrange(10, 60)) if spec.agreement else None
        if signed is not None:
            signed = _working_day(min(signed, ctx.today - days(30)))
        rows.append(
            {
                "id": number, "name": spec.name, "short_name": spec.short, "kind": spec.kind,
                "street": spec.street, "house_number": spec.house, "postal_code": place.info.postal_code,
                "locality": place.info.name, "post_office": place.info.post_office, "village_id": place.id,
                "phone": landline(rng), "email": f"kontakt@{spec.domain}",
                "nip": nip, "regon": make_regon(rng) if "r" in spec.ids else None,
                "krs": f"{rng.randrange(10_000, 999_999):010d}" if "k" in spec.ids else None,
                "represented_by": rec.head, "represented_by_sex": head_sex,
                "represented_by_role": head_role, "cooperation_since": since,
                "cooperation_scope": spec.scope or None,
                "agreement_number": f"POW/{number}/{signed.year}" if signed else None,
                "agreement_signed_on": signed,
                "agreement_valid_to": dt.date(signed.year + 2, 12, 31) if signed else None,
                "coalition_member": spec.coalition, "active": True,
                "notes": _NOTES.get(spec.key),
                "created_at": stamp(since, rng), "updated_at": stamp(signed or since, rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
        contact = (contact_first, contact_last, contact_sex)
        contacts.append(_contact(rng, number, contact, contact_role, spec.domain, True))
        if spec.kind == "school" or rng.random() < 0.4:
            # the head is a contact too (the school's secretariat number, the parish office…)
            head = (head_first, head_last, head_sex)
            contacts.append(_contact(rng, number, head, head_role, spec.domain, False))
    ctx.writer.insert("partners", rows)
    ctx.writer.insert("partner_contacts", contacts)
    return result


def _working_day(day: dt.date) -> dt.date:
    """The day itself, or an earlier office day (not a weekend, not the Christmas week)."""
    if day.month == 12 and day.day >= 20:
        day = day.replace(day=19)
    return day - days(max(0, day.weekday() - 4))


_NOTES = {
    "parish": "Ogłoszenia o akcjach w parafii; sala parafialna udostępniana na Wigilię.",
    "osp": "Zabezpieczenie festynów, transport przy akcjach, pomoc po nawałnicach.",
    "kgw": "Przygotowuje poczęstunek na Dzień Seniora i Wigilię.",
}


def _contact(
    rng: random.Random, partner_id: int, person: tuple[str, str, str], role: str, domain: str, primary: bool
) -> dict[str, Any]:
    first, last, sex = person
    mail = f"{ascii_fold(first)[0]}.{ascii_fold(last)}@{domain}".lower()
    return {
        "partner_id": partner_id, "first_name": first, "last_name": last, "sex": sex, "role": role,
        "phone": mobile(rng), "email": mail if primary or rng.random() < 0.5 else None, "primary": primary,
    }  # fmt: skip


# Adults who came through a partner: (partner key, weight).
ADULT_PARTNERS = (("parish", 35), ("ngo", 20), ("kgw", 15), ("osp", 15), ("firm", 10), ("library", 5))


def school_for(ctx: Ctx, partners: dict[str, PartnerRec], vol: Vol) -> PartnerRec:
    """The school nearer to the pupil's home village."""
    one, two = partners["school1"], partners["school2"]
    row = ctx.distance[vol.place]
    return one if row[one.spec.village] <= row[two.spec.village] else two


def link_volunteers(ctx: Ctx, vols: list[Vol], partners: dict[str, PartnerRec]) -> dict[int, int]:
    """Set `volunteers.partner_id` for pupils of the school clubs and for some adults who came
    through the parish, the NGO, the KGW…; returns volunteer id → partner id."""
    rng = ctx.rng("partner-links")
    links: dict[int, int] = {}
    keys = [k for k, _w in ADULT_PARTNERS]
    weights = [w for _k, w in ADULT_PARTNERS]
    for vol in vols:
        if vol.start is None:
            continue
        if vol.minor:
            if rng.random() < 0.8:
                links[vol.id] = school_for(ctx, partners, vol).id
        elif rng.random() < 0.12:
            links[vol.id] = partners[rng.choices(keys, weights)[0]].id
    if links:
        volunteers = table("volunteers")
        statement = (
            update(volunteers)
            .where(volunteers.c.id == bindparam("vid"))
            .values(partner_id=bindparam("pid"), updated_at=volunteers.c.updated_at)
        )  # fmt: skip
        ctx.writer.conn.execute(statement, [{"vid": v, "pid": p} for v, p in links.items()])
    return links
