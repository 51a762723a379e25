"""Volunteers: who they are, where they live, their status timeline, and the `volunteers` rows."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

from coordinator_app.core.enums import TimeSlot, VolunteerStatus
from coordinator_app.demo import catalog as cat
from coordinator_app.demo.context import Ctx, Place, days, fmt_date, stamp, weighted
from coordinator_app.demo.ids import PeselFactory, email, id_document, mobile
from coordinator_app.demo.names import female_surname
from coordinator_app.demo.records import Vol

STATUS_SHARE = (
    (VolunteerStatus.ACTIVE.value, 0.58),
    (VolunteerStatus.ENDED.value, 0.20),
    (VolunteerStatus.SUSPENDED.value, 0.07),
    (VolunteerStatus.CANDIDATE.value, 0.15),
)
# (min age, max age, weight) of adult volunteers: many seniors, as in rural OPS practice.
ADULT_AGES = ((18, 25, 22), (26, 40, 18), (41, 59, 25), (60, 80, 35))
PREFS_BY_AGE = {
    "minor": (("IMP", 25), ("CZW", 15), ("EDU", 10), ("SPA", 15), ("KOMP", 15), ("TOW", 10), ("ZAJ", 5)),
    "young": (("EDU", 20), ("CZW", 15), ("IMP", 15), ("KOMP", 12), ("SPA", 10), ("ZAJ", 6), ("TOW", 6),
              ("ZAK", 6), ("DROB", 4), ("OND", 6)),
    "middle": (("ZAK", 12), ("TLEK", 12), ("TOW", 10), ("EDU", 10), ("DROB", 10), ("CODZ", 8), ("IMP", 8),
               ("SPA", 6), ("OND", 6), ("ZAJ", 6), ("BIU", 5), ("KOMP", 5), ("CZW", 4)),
    "senior": (("TOW", 20), ("TEL", 15), ("ZAJ", 12), ("INT", 12), ("ZAK", 10), ("SPA", 8), ("CODZ", 8),
               ("BIU", 5), ("IMP", 5), ("EDU", 5)),
}  # fmt: skip
SLOTS_BY_AGE = {
    "minor": ((TimeSlot.AFTERNOON, 5), (TimeSlot.EVENING, 2), (TimeSlot.MORNING, 1)),
    "young": ((TimeSlot.AFTERNOON, 4), (TimeSlot.EVENING, 4), (TimeSlot.MORNING, 1)),
    "middle": ((TimeSlot.EVENING, 5), (TimeSlot.AFTERNOON, 3), (TimeSlot.MORNING, 1)),
    "senior": ((TimeSlot.MORNING, 5), (TimeSlot.AFTERNOON, 4), (TimeSlot.EVENING, 1)),
}


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, month=3, day=1)


def _statuses(n: int, rng: random.Random) -> list[str]:
    counts = {status: int(n * share) for status, share in STATUS_SHARE}
    if n >= len(STATUS_SHARE):
        for status in counts:
            counts[status] = max(counts[status], 1)
    counts[VolunteerStatus.ACTIVE.value] += n - sum(counts.values())
    result = [status for status, _share in STATUS_SHARE for _ in range(counts[status])]
    rng.shuffle(result)
    first_active = result.index(VolunteerStatus.ACTIVE.value)
    result[0], result[first_active] = result[first_active], result[0]
    return result


def age_group(age: int) -> str:
    if age < 18:
        return "minor"
    if age <= 25:
        return "young"
    return "middle" if age < 60 else "senior"


def plan_volunteers(ctx: Ctx, n: int) -> list[Vol]:
    """The volunteers' identities and timelines, before any row is written."""
    rng = ctx.rng("volunteers")
    today = ctx.today
    statuses = _statuses(n, rng)
    open_for_minors = [i for i in range(1, n) if statuses[i] in ("active", "candidate")]
    minor_count = max(round(n * 0.065), 1 if n >= 10 else 0)
    minors = set(rng.sample(open_for_minors, min(len(open_for_minors), minor_count)))
    showcase = _showcase(statuses, n)
    minors |= set(showcase)
    adults = [i for i in range(1, n) if i not in minors]
    foreign_count = max(round(n * 0.02), 1 if n >= 30 else 0)
    foreigners = set(rng.sample(adults, min(len(adults), foreign_count)))
    vols: list[Vol] = []
    for i in range(n):
        status = statuses[i]
        sex = "K" if rng.random() < 0.7 else "M"
        if i in minors:
            age = rng.randrange(10, 13) if rng.random() < 0.2 else rng.randrange(13, 18)
            if i in showcase:  # an 11-year-old, and a girl of 15
                age, sex = (11, sex) if showcase[i] == "child" else (15, "K")
            birth = today - days(int(age * 365.25) + rng.randrange(60, 300))
        else:
            ranges = ADULT_AGES if status in ("active", "candidate") else ((20, 25, 22), *ADULT_AGES[1:])
            low, high, _w = rng.choices(ranges, [r[2] for r in ranges])[0]
            if i == 0:
                low, high = 30, 60
            birth = today - days(int(rng.randrange(low, high + 1) * 365.25) + rng.randrange(0, 365))
            if add_years(birth, 18) > today - days(30):
                birth -= days(60)
        vol = Vol(id=i + 1, sex=sex, first="", last="", birth=birth, minor=i in minors,
                  foreign=i in foreigners, status=status, application=today)  # fmt: skip
        _timeline(ctx, rng, vol, forced=i == 0 or i in showcase)
        _profile(ctx, rng, vol)
        if i == 0:
            vol.event_only = False
        if i in showcase:
            _show(vol, showcase[i])
        vols.append(vol)
    return vols


def _showcase(statuses: list[str], n: int) -> dict[int, str]:
    """The first two active volunteers after the first: an under-13 child and a girl of 13-17,
    each with a guardian, an agreement, an assignment and hours (from 20 volunteers up)."""
    if n < 20:
        return {}
    active = [i for i in range(1, n) if statuses[i] == VolunteerStatus.ACTIVE.value]
    return dict(zip(active[:2], ("child", "girl"), strict=False))


def _show(vol: Vol, kind: str) -> None:
    """A regular (not event-only) volunteer; the child keeps company at home (TOW, a home
    visit with an adult present) or helps at group classes; the girl walks and plays."""
    vol.showcase = kind
    vol.event_only = False
    first = ("TOW", "ZAJ") if kind == "child" else ("SPA", "KOMP")
    vol.prefs = [*first, *(code for code in vol.prefs if code not in first)]


def _timeline(ctx: Ctx, rng: random.Random, vol: Vol, forced: bool) -> None:
    today = ctx.today
    earliest = add_years(vol.birth, 10) + days(30) if vol.minor else add_years(vol.birth, 18) + days(7)
    if vol.status == "candidate":
        vol.application = max(today - days(rng.randrange(1, 75)), earliest)
        return
    if vol.status == "active":
        back = 14 + int(1786 * rng.random() ** 1.6) if not forced else 1100
        if vol.minor:
            back = min(back, 600)
        start = max(today - days(back), earliest)
        vol.start = min(start, today - days(14))
    elif vol.status == "ended":
        vol.start = max(today - days(rng.randrange(120, 1800)), earliest)
        span = (today - vol.start).days - 1
        vol.end = vol.start + days(rng.randrange(60, max(span, 61)))
        year_end = dt.date(vol.end.year, 12, 31)
        if rng.random() < 0.3 and year_end < today:
            vol.end = year_end
        vol.end = min(vol.end, today - days(1))
        vol.end_reason = cat.gendered(rng, cat.END_REASONS, vol.sex, (vol.end - vol.birth).days // 365)
    else:  # suspended
        back = rng.randrange(90, 1500)
        vol.start = max(today - days(back), earliest)
        worked = (today - vol.start).days
        vol.paused = today - days(rng.randrange(7, max(8, min(150, worked - 30))))
        vol.end_reason = cat.gendered(rng, cat.SUSPEND_REASONS, vol.sex, (vol.paused - vol.birth).days // 365)
    assert vol.start is not None
    vol.application = max(vol.start - days(rng.randrange(3, 45)), earliest - days(7))
    vol.application = min(vol.application, vol.start)


def _profile(ctx: Ctx, rng: random.Random, vol: Vol) -> None:
    age = (ctx.today - vol.birth).days // 365
    group = age_group(age)
    weights = PREFS_BY_AGE[group]
    codes = [c for c, _w in weights if c in ctx.activity_ids]
    wts = [w for c, w in weights if c in ctx.activity_ids]
    count = min(len(codes), rng.choice((2, 2, 3, 3, 4, 5)))
    chosen: list[str] = []
    while len(chosen) < count:
        code = rng.choices(codes, wts)[0]
        if code not in chosen:
            chosen.append(code)
    vol.prefs = chosen
    others = [c for c in ("DROB", "TLEK", "TEL", "BIU", "EDU", "ZAK", "IMP") if c not in chosen]
    vol.excluded = rng.sample(others, rng.choice((0, 0, 0, 1, 1, 2))) if others else []
    slot_weights = SLOTS_BY_AGE[group]
    slots: set[tuple[int, str]] = set()
    weekdays = range(7) if group != "senior" else range(6)
    for _ in range(rng.randrange(2, 8)):
        weekday = rng.choice(weekdays)
        slot = rng.choices([s for s, _w in slot_weights], [w for _s, w in slot_weights])[0]
        slots.add((weekday, slot.value))
    vol.slots = sorted(slots)
    vol.place = ctx.pick_place(rng).index
    if vol.minor:
        vol.car = False
    else:
        vol.car = rng.random() < (0.25 if group == "senior" else 0.5)
    vol.travel_waiver = rng.random() < 0.55
    vol.max_km = rng.choice((3, 5, 5, 10, 10, 15, 20, 25)) if vol.car else rng.choice((2, 3, 5))
    if vol.start is not None and not vol.minor:
        vol.event_only = rng.random() < 0.06
    elif vol.start is not None:
        vol.event_only = rng.random() < 0.5
    child_work = any(c in ctx.minors_codes for c in vol.prefs)
    if vol.start is not None and child_work and not vol.minor and not vol.event_only:
        vol.vetted_on = max(
            vol.application, max(vol.start, ctx.today - days(500)) - days(rng.randrange(2, 12))
        )
    if vol.foreign:
        vol.first, vol.last = ctx.names.foreign(rng, vol.sex)
        vol.last_male = vol.last
    else:
        vol.first = ctx.names.first(rng, vol.sex, vol.birth.year)
        vol.last_male = ctx.names.surname(rng)
        vol.last = female_surname(vol.last_male) if vol.sex == "K" else vol.last_male


def volunteer_rows(ctx: Ctx, vols: list[Vol]) -> Iterator[dict[str, Any]]:
    """The volunteers' rows, made as they are written (a generator: one chunk in memory)."""
    rng = ctx.rng("volunteer-rows")
    pesels = PeselFactory(ctx.rng("pesel"))
    coordinator = next(s.id for s in ctx.staff if s.position == "Koordynator wolontariatu")
    return (_volunteer_row(ctx, rng, pesels, coordinator, vol) for vol in vols)


# The helpers below draw from the one generator in a fixed order: the same seed, the same rows.
def _volunteer_row(
    ctx: Ctx, rng: random.Random, pesels: PeselFactory, coordinator: int, vol: Vol
) -> dict[str, Any]:
    place = ctx.places[vol.place]
    info = place.info
    age = (ctx.today - vol.birth).days // 365
    group = age_group(age)
    street, house, flat, address = _address(rng, place)
    contact = _contact(rng, vol, group)
    parents, second, family = _family(ctx, rng, vol, age)
    parent_year = vol.birth.year - 28
    transport, languages = _transport_and_languages(rng, vol, group)
    guardian = _guardian(ctx, rng, vol, address)
    background = _background(rng, vol, age, info.locative)
    last_change = vol.end or vol.paused or vol.start or vol.application
    return {
        "id": vol.id, "first_name": vol.first, "second_name": second, "last_name": vol.last,
        "family_name": family if family != vol.last else None,
        "father_name": ctx.names.first(rng, "M", parent_year) if parents else None,
        "mother_name": ctx.names.first(rng, "K", parent_year) if parents else None,
        "sex": vol.sex, "birth_date": vol.birth,
        "pesel": None if vol.foreign else pesels.make(vol.birth, vol.sex),
        "id_document": id_document(rng) if vol.foreign else None,
        "citizenship": background["citizenship"],
        **contact,
        "street": street, "house_number": house, "flat_number": flat, "postal_code": info.postal_code,
        "locality": info.name, "post_office": info.post_office, "village_id": place.id,
        "gmina": cat.GMINA, "powiat": cat.POWIAT, "voivodeship": cat.VOIVODESHIP,
        **guardian,
        "skills": background["skills"], "experience": background["experience"], "languages": languages,
        "motivation": cat.gendered(rng, cat.MOTIVATION, vol.sex, age) if rng.random() < 0.8 else None,
        "heard_from": background["heard"] if rng.random() < 0.9 else None,
        "hours_per_month": rng.choice((4, 6, 8, 10, 12, 16, 20, 30)), "max_distance_km": vol.max_km,
        "transport": transport, "driving_licence": vol.car or (not vol.minor and rng.random() < 0.3),
        "status": vol.status, "application_date": vol.application, "start_date": vol.start,
        "end_date": vol.end, "end_reason": vol.end_reason if vol.end else None,
        "coordinator_id": coordinator,
        "archived": vol.end is not None and vol.end < ctx.today - days(730) and rng.random() < 0.5,
        "solidarity_corps": background["solidarity"], "project": background["project"],
        "notes": cat.gendered(rng, cat.VOLUNTEER_NOTES, vol.sex, age) if rng.random() < 0.15
        else None,
        "created_at": stamp(vol.application, rng), "updated_at": stamp(last_change, rng),
        "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
    }  # fmt: skip


def _address(rng: random.Random, place: Place) -> tuple[str | None, str, str | None, str]:
    """Street (None: the village has none), house and flat numbers, and the one-line address."""
    info = place.info
    street = None
    if info.streets and rng.random() < (0.92 if place.index == 0 else 0.6):
        street = rng.choice(info.streets)
    flat = str(rng.randrange(1, 40)) if street == "Spółdzielcza" else None
    house = str(rng.choice((2, 4, 6, 8))) if flat else str(rng.randrange(1, 160))
    if flat is None and rng.random() < 0.06:
        house += "A"
    address = f"{street + ' ' if street else info.name + ' '}{house}{'/' + flat if flat else ''}"
    address += f", {info.postal_code} {info.post_office}"
    return street, house, flat, address


def _contact(rng: random.Random, vol: Vol, group: str) -> dict[str, Any]:
    phone = mobile(rng) if rng.random() < (0.75 if vol.minor else 0.97) else None
    mail_p = 0.5 if vol.minor else (0.35 if group == "senior" else 0.85)
    mail = email(rng, vol.first, vol.last) if rng.random() < mail_p else None
    contact = "telefon" if rng.random() < 0.65 else "SMS"
    if mail and rng.random() < 0.25:
        contact = "e-mail"
    return {"phone": phone, "email": mail, "preferred_contact": contact if phone or mail else None}


def _family(ctx: Ctx, rng: random.Random, vol: Vol, age: int) -> tuple[bool, str | None, str | None]:
    """Whether the parents' names are known, the second name and the family name."""
    parents = vol.vetted_on is not None or rng.random() < 0.3
    second = ctx.names.first(rng, vol.sex, vol.birth.year) if rng.random() < 0.2 and not vol.foreign else None
    if second == vol.first:
        second = None
    family = None
    if vol.sex == "K" and age >= 25 and not vol.foreign and rng.random() < 0.45:
        family = female_surname(ctx.names.surname(rng))
    return parents, second, family


def _transport_and_languages(rng: random.Random, vol: Vol, group: str) -> tuple[str, str | None]:
    transport = weighted(rng, cat.TRANSPORT_MINOR if vol.minor else cat.TRANSPORT_ADULT)
    if vol.car:
        transport = "samochód"
    elif transport == "samochód":
        transport = "pieszo"
    languages = None
    if vol.foreign:
        languages = cat.LANGUAGES_FOREIGN
    elif group in ("minor", "young") or (group == "middle" and rng.random() < 0.5):
        languages = rng.choice(cat.LANGUAGES_YOUNG)
    elif rng.random() < 0.3:
        languages = rng.choice(cat.LANGUAGES_OLD)
    return transport, languages


def _guardian(ctx: Ctx, rng: random.Random, vol: Vol, address: str) -> dict[str, Any]:
    """A minor's guardian and their consent; every field empty for an adult."""
    if not vol.minor:
        return {
            "guardian_name": None, "guardian_sex": None, "guardian_relation": None, "guardian_address": None,
            "guardian_phone": None, "guardian_consent_date": None, "guardian_consent_reference": None,
        }  # fmt: skip
    relation = weighted(rng, cat.GUARDIAN_RELATIONS)
    g_sex = "M" if relation == "ojciec" or (relation == "opiekun prawny" and rng.random() < 0.3) else "K"
    g_last = female_surname(vol.last_male) if g_sex == "K" else vol.last_male
    consent = vol.application
    name = f"{ctx.names.first(rng, g_sex, vol.birth.year - 30)} {g_last}"
    vol.guardian = f"{name} ({relation})"
    return {
        "guardian_name": name,
        "guardian_sex": g_sex,
        "guardian_relation": relation, "guardian_address": address, "guardian_phone": mobile(rng),
        "guardian_consent_date": consent,
        "guardian_consent_reference": f"zgoda pisemna z dnia {fmt_date(consent)}, teczka W-3",
    }  # fmt: skip


def _background(rng: random.Random, vol: Vol, age: int, locative: str) -> dict[str, Any]:
    """How they heard of the centre, citizenship, the Solidarity Corps, experience and skills."""
    heard = rng.choice(cat.HEARD_FROM)
    if heard == cat.HEARD_AT_SCHOOL and age > 20:
        heard = cat.HEARD_FROM[0]
    citizenship = "polskie"
    if vol.foreign:
        citizenship = "ukraińskie" if rng.random() < 0.85 else "białoruskie"
    solidarity = vol.start is not None and not vol.minor and rng.random() < 0.05
    experience = None
    if rng.random() < 0.45:
        experience = cat.gendered(rng, cat.EXPERIENCE, vol.sex, age).format(loc=locative)
    skills = ", ".join(rng.sample(cat.SKILLS, rng.randrange(1, 4))) if rng.random() < 0.7 else None
    return {
        "heard": heard,
        "citizenship": citizenship,
        "solidarity": solidarity,
        "project": "Korpus Solidarności – wolontariat długoterminowy" if solidarity else None,
        "experience": experience,
        "skills": skills,
    }
