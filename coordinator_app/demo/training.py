"""Training sessions (about one a month) with attendance, the preparatory programme, and the
training requirements."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import func, select

from coordinator_app.core.enums import AttendanceStatus
from coordinator_app.core.enums import TrainingCategory as TC
from coordinator_app.demo import catalog as cat
from coordinator_app.demo.context import Ctx, days, stamp, table
from coordinator_app.demo.records import Vol

# category: (titles, trainer organisation, qualifications, minutes, unit, cost in grosze, programme)
COURSES: dict[TC, tuple[tuple[str, ...], str | None, str, int, str, int | None, tuple[str, ...]]] = {
    TC.INDUCTION: (
        ("Szkolenie wprowadzające dla nowych wolontariuszy", "Spotkanie wprowadzające – wolontariat w GOPS"),
        None, "koordynator wolontariatu", 180, "clock", None,
        ("Zadania GOPS i zasady wolontariatu", "Prawa i obowiązki wolontariusza (art. 44–47 ustawy)",
         "Porozumienie, karta czasu pracy, ubezpieczenie NNW",
         "Kontakt z koordynatorem i pracownikiem socjalnym"),
    ),
    TC.SAFETY: (
        ("BHP i bezpieczeństwo podczas wizyt domowych",), "Ośrodek Szkoleń BHP", "specjalista ds. BHP", 90,
        "clock", 30000,
        ("Ryzyka podczas wizyt w domu podopiecznego", "Bezpieczne przenoszenie zakupów",
         "Postępowanie w razie wypadku"),
    ),
    TC.GDPR: (
        ("Ochrona danych osobowych i tajemnica w pracy wolontariusza",), None, "Inspektor Ochrony Danych",
        90, "clock", None,
        ("Dane podopiecznych – co wolno, czego nie wolno", "Zobowiązanie do zachowania poufności",
         "Incydenty i zgłaszanie naruszeń"),
    ),
    TC.CHILD_PROTECTION: (
        ("Standardy ochrony małoletnich w GOPS w Modrzewie", "Ochrona dzieci przed krzywdzeniem – standardy"),
        "Powiatowe Centrum Pomocy Rodzinie", "psycholog, trener standardów ochrony małoletnich",
        180, "lesson45",
        None,
        ("Standardy ochrony małoletnich (art. 22b ustawy)", "Rozpoznawanie krzywdzenia dziecka",
         "Procedura interwencji", "Bezpieczne relacje wolontariusz – dziecko"),
    ),
    TC.FIRST_AID: (
        ("Pierwsza pomoc przedmedyczna – kurs podstawowy",), "Polski Czerwony Krzyż – Oddział Rejonowy",
        "ratownik medyczny, instruktor pierwszej pomocy", 360, "lesson45", 150000,
        ("Ocena stanu poszkodowanego", "Resuscytacja krążeniowo-oddechowa i AED",
         "Zadławienia, omdlenia, urazy",
         "Pierwsza pomoc u osób starszych"),
    ),
    TC.SENIORS: (
        ("Komunikacja z osobą starszą i z niedosłuchem", "Jak rozmawiać z seniorem – warsztaty"),
        "Regionalny Ośrodek Polityki Społecznej", "psycholog, gerontolog", 180, "clock", None,
        ("Starzenie się a komunikacja", "Rozmowa z osobą z niedosłuchem i z otępieniem",
         "Granice pomocy wolontariusza"),
    ),
    TC.TOPICAL: (
        ("Cyberbezpieczeństwo seniorów – jak uczyć obsługi telefonu",
         "Oszustwa „na wnuczka” – jak chronić seniorów"),
        "Komenda Powiatowa Policji – profilaktyka", "dzielnicowy, specjalista ds. profilaktyki",
        120, "clock", None,
        ("Najczęstsze metody oszustów", "Jak rozmawiać z seniorem o bezpieczeństwie",
         "Gdzie zgłaszać podejrzenia"),
    ),
    TC.SUPERVISION: (
        ("Superwizja grupowa – spotkanie wolontariuszy", "Spotkanie grupy wsparcia wolontariuszy"),
        None, "superwizor pracy socjalnej", 120, "clock", 40000,
        ("Omówienie trudnych sytuacji", "Wypalenie i dbanie o siebie", "Plan działań na kolejne miesiące"),
    ),
}  # fmt: skip
BY_MONTH = {
    1: TC.INDUCTION, 2: TC.SENIORS, 3: TC.GDPR, 4: TC.FIRST_AID, 5: TC.CHILD_PROTECTION, 6: TC.SUPERVISION,
    7: TC.TOPICAL, 8: TC.SAFETY, 9: TC.INDUCTION, 10: TC.CHILD_PROTECTION, 11: TC.SUPERVISION, 12: TC.TOPICAL,
}  # fmt: skip
CERTIFIED = (TC.INDUCTION, TC.FIRST_AID, TC.CHILD_PROTECTION, TC.SAFETY)


def write_training(ctx: Ctx, vols: list[Vol]) -> int:
    rng = ctx.rng("training")
    sessions: list[dict[str, Any]] = []
    attendances: list[dict[str, Any]] = []
    month = ctx.today.replace(day=1)
    months = []
    for _ in range(12):
        months.append(month)
        month = (month - days(1)).replace(day=1)
    cert_numbers: dict[int, int] = {}
    inducted: set[int] = set()  # volunteers who have completed an induction so far
    cap = max(12, 15 + len(vols) // 25)
    for session_id, first in enumerate(sorted(months), start=1):
        category = BY_MONTH[first.month]
        titles, org, quals, minutes, unit, cost, programme = COURSES[category]
        saturday = rng.random() < 0.5
        weekday = 5 if saturday else 1
        day = first + days(7 + (weekday - first.weekday()) % 7)
        start = dt.time(10, 0) if saturday else dt.time(16, 0)
        end_minutes = start.hour * 60 + minutes
        remote = category in (TC.GDPR, TC.TOPICAL) and rng.random() < 0.3
        trainer = _trainer(ctx, rng, category, org)
        sessions.append(
            {
                "id": session_id, "title": rng.choice(titles), "category": category.value,
                "session_date": day,
                "time_from": start, "time_to": dt.time(end_minutes // 60, end_minutes % 60),
                "duration_minutes": minutes, "duration_unit": unit,
                "place": "online (wideokonferencja)" if remote else
                f"sala konferencyjna GOPS, ul. {cat.ORG_STREET} {cat.ORG_HOUSE}, {ctx.places[0].info.name}",
                "remote": remote, "trainer_name": trainer, "trainer_organisation": org or cat.ORG_SHORT_NAME,
                "trainer_qualifications": quals, "organiser": cat.ORG_SHORT_NAME,
                "programme": "\n".join(programme), "cost_grosze": cost,
                "funding_source": "budżet GOPS" if cost else None, "project": None,
                "created_at": stamp(min(day - days(30), ctx.today), rng),
                "updated_at": stamp(min(day, ctx.today), rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
        if day > ctx.today:
            # Still to come: some volunteers have signed up already (the sign-in sheet's list).
            for vol in _participants(ctx, rng, vols, category, day, cap, inducted)[: cap // 2]:
                attendances.append(
                    {
                        "session_id": session_id, "volunteer_id": vol.id,
                        "status": AttendanceStatus.REGISTERED.value, "minutes_attended": None, "result": None,
                        "certificate_number": None, "certificate_issued_on": None,
                    }
                )  # fmt: skip
            continue
        for vol in _participants(ctx, rng, vols, category, day, cap, inducted):
            roll = rng.random()
            status = AttendanceStatus.PRESENT if roll < 0.82 else AttendanceStatus.PARTLY
            if roll >= 0.88:
                status = AttendanceStatus.ABSENT
            if category is TC.INDUCTION and status is AttendanceStatus.PRESENT:
                inducted.add(vol.id)
            number = issued = None
            if status is AttendanceStatus.PRESENT and category in CERTIFIED:
                cert_numbers[day.year] = cert_numbers.get(day.year, 0) + 1
                number = f"S/{cert_numbers[day.year]}/{day.year}"
                issued = min(day + days(rng.randrange(0, 8)), ctx.today)
            attended = {AttendanceStatus.PRESENT: minutes, AttendanceStatus.PARTLY: minutes // 30 * 15}
            attendances.append(
                {
                    "session_id": session_id, "volunteer_id": vol.id, "status": status.value,
                    "minutes_attended": attended.get(status),
                    "result": "zaliczone" if status is AttendanceStatus.PRESENT and category in (
                        TC.FIRST_AID, TC.SAFETY) else None,
                    "certificate_number": number, "certificate_issued_on": issued,
                }
            )  # fmt: skip
    ctx.writer.insert("training_sessions", sessions)
    ctx.writer.insert("attendances", attendances)
    _programme(ctx, sessions)
    _requirements(ctx)
    return len(sessions)


PROGRAMME = (
    "Przygotowanie wolontariuszy – 5 spotkań",
    "Cykl spotkań przygotowujących nowych wolontariuszy do pracy z podopiecznymi: wprowadzenie, "
    "komunikacja z seniorem, RODO, pierwsza pomoc i bezpieczeństwo.",
)
PROGRAMME_CATEGORIES = (TC.INDUCTION, TC.SENIORS, TC.GDPR, TC.FIRST_AID, TC.SAFETY)


def _programme(ctx: Ctx, sessions: list[dict[str, Any]]) -> None:
    """The preparatory programme: the first session of each of its categories, in date order."""
    first: dict[str, dict[str, Any]] = {}
    for row in sorted(sessions, key=lambda r: r["session_date"]):
        first.setdefault(row["category"], row)
    chosen = sorted(
        (first[c.value] for c in PROGRAMME_CATEGORIES if c.value in first), key=lambda r: r["session_date"]
    )
    if not chosen:
        return
    created = stamp(min(chosen[0]["session_date"] - days(30), ctx.today), ctx.rng("programme"))
    ctx.writer.insert(
        "training_programmes",
        [
            {
                "id": 1, "name": PROGRAMME[0], "description": PROGRAMME[1], "active": True,
                "created_at": created, "updated_at": created,
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        ],
    )  # fmt: skip
    ctx.writer.insert(
        "training_programme_sessions",
        [
            {"programme_id": 1, "session_id": row["id"], "position": position}
            for position, row in enumerate(chosen, start=1)
        ],
    )


def _trainer(ctx: Ctx, rng: random.Random, category: TC, org: str | None) -> str:
    if category is TC.GDPR:
        return cat.DPO_NAME
    if org is None and category is not TC.SUPERVISION:
        return ctx.coordinator_name
    sex = "K" if rng.random() < 0.6 else "M"
    return f"{ctx.names.first(rng, sex, rng.randrange(1965, 1992))} {ctx.names.full_surname(rng, sex)}"


def _participants(
    ctx: Ctx, rng: random.Random, vols: list[Vol], category: TC, day: dt.date, cap: int, inducted: set[int]
) -> list[Vol]:
    def working(v: Vol) -> bool:
        end = v.work_end(ctx.horizon)
        return v.start is not None and end is not None and v.start <= day <= end

    if category is TC.INDUCTION:
        # New volunteers and candidates, and those already working who have not had one yet
        # (every activity requires the induction).
        fresh = [v for v in vols if v.start is not None and day - days(120) <= v.start <= day]
        fresh += [v for v in vols if v.start is None and v.application <= day]
        chosen = {v.id for v in fresh}
        fresh += [v for v in vols if working(v) and v.id not in inducted and v.id not in chosen]
        return rng.sample(fresh, min(len(fresh), cap * 2))
    if category is TC.CHILD_PROTECTION:
        pool = [v for v in vols if working(v) and v.vetted_on is not None and v.vetted_on <= day]
    else:
        pool = [v for v in vols if working(v)]
    return rng.sample(pool, min(len(pool), rng.randrange(cap // 2, cap + 1)))


def _requirements(ctx: Ctx) -> None:
    """EDU and CZW need the child-protection training (domain §7.6), unless already configured."""
    conn = ctx.writer.conn
    requirements = table("training_requirements")
    if conn.execute(select(func.count()).select_from(requirements)).scalar_one():
        return
    rows = [
        {"activity_type_id": ctx.activity_ids[code], "category": TC.CHILD_PROTECTION.value}
        for code in sorted(ctx.minors_codes)
    ]
    ctx.writer.insert("training_requirements", rows)
