"""The local coalition for volunteering: four meetings a year with attendance, decisions and
tasks (one of them overdue), and the yearly programme of volunteer activities whose items the
actions and training sessions carry out."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import select

from coordinator_app.demo.actions import ActionRec
from coordinator_app.demo.context import Ctx, days, stamp, table
from coordinator_app.demo.partners import PartnerRec

PLACES = ("sala konferencyjna GOPS w Modrzewie", "Gminna Biblioteka Publiczna w Modrzewie",
          "remiza OSP w Starej Wsi", "Szkoła Podstawowa w Lipowcu")  # fmt: skip
OPENING, CLOSING = "Otwarcie spotkania i przyjęcie porządku obrad", "Sprawy różne i wolne wnioski"
# Per meeting of the year: (month, agenda, discussion, decisions, tasks: (text, partner, due month, day))
Task = tuple[str, str | None, int, int]
MEETINGS: tuple[tuple[int, tuple[str, ...], str, tuple[str, ...], tuple[Task, ...]], ...] = (
    (2, ("Podsumowanie działań wolontariackich w roku {prev}",
         "Przyjęcie programu działań wolontariackich na rok {year}",
         "Wielkanocna zbiórka żywności – podział zadań"),
     "Przedstawiono podsumowanie akcji i liczby wolontariuszy z ubiegłego roku. Partnerzy "
     "zgłosili propozycje do programu na bieżący rok.",
     ("Przyjęto program działań wolontariackich na rok {year}.",
      "Wielkanocną zbiórkę żywności przeprowadza się we wszystkich sklepach na terenie gminy."),
     (("Przygotować i rozwiesić plakaty o zbiórce wielkanocnej", "parish", 3, 10),
      ("Zgłosić uczniów ze Szkolnego Koła Wolontariatu do zbiórki", "school1", 3, 14))),
    (5, ("Gminny Dzień Dziecka i Festyn rodzinny – przygotowania", "Zbiórka przyborów szkolnych"),
     "Omówiono zabezpieczenie festynu i punkt pierwszej pomocy. Piekarnia zadeklarowała kosz na dary.",
     ("Festyn rodzinny organizuje Stowarzyszenie „Razem dla Modrzewa”, GOPS zapewnia wolontariuszy.",
      "Punkt pierwszej pomocy obsługują wyłącznie wolontariusze po kursie pierwszej pomocy."),
     (("Zapewnić zabezpieczenie festynu przez OSP", "osp", 6, 10),
      ("Przygotować fanty na loterię", "kgw", 6, 12),
      ("Przygotować listę dzieci do wyprawek szkolnych", None, 8, 8))),
    (9, ("Sprzątanie świata – trasy i podział grup", "Dzień Seniora",
         "Kwesta na rzecz hospicjum 1 listopada"),
     "Szkoły zgłosiły grupy uczniów do sprzątania. Koło Gospodyń przygotuje poczęstunek na Dzień Seniora.",
     ("Uczniowie biorą udział w akcjach wyłącznie pod opieką nauczyciela i za zgodą rodziców.",
      "Dowóz seniorów na Dzień Seniora zapewniają wolontariusze z własnymi samochodami."),
     (("Wyznaczyć trasy sprzątania i zamówić worki", "school2", 9, 12),
      ("Zebrać zgody rodziców uczniów na udział w kweście", "school1", 10, 25),
      ("Ustalić listę seniorów do dowozu", None, 9, 26))),
    (11, ("Świąteczna zbiórka żywności, Mikołajki i Wigilia dla osób samotnych",
          "Dzień Wolontariusza – podziękowania dla wolontariuszy", "Propozycje do programu na rok {next}"),
     "Ustalono harmonogram akcji grudniowych. Parafia udostępni salę na Wigilię.",
     ("Wigilię dla osób samotnych organizuje parafia wspólnie z GOPS i Kołem Gospodyń Wiejskich.",
      "Podziękowania dla wolontariuszy zostaną wręczone podczas Dnia Wolontariusza 5 grudnia."),
     (("Przygotować dyplomy i podziękowania dla wolontariuszy", None, 12, 3),
      ("Zebrać od partnerów propozycje do programu na przyszły rok", None, 12, 15),
      ("Zapewnić pieczywo i ciasta na Wigilię", "firm", 12, 16))),
)  # fmt: skip
WEEKDAY_AFTER = {2: (3, 1), 5: (12, 3), 9: (1, 1), 11: (17, 3)}  # month: (day, weekday on or after)


def _meeting_day(year: int, month: int) -> dt.date:
    day, weekday = WEEKDAY_AFTER[month]
    first = dt.date(year, month, day)
    return first + days((weekday - first.weekday()) % 7)


def _staff(ctx: Ctx) -> tuple[str, str, str]:
    """(head's name, coordinator's name, coordinator's function in their own gender)."""
    staff = table("staff").c
    sex = ctx.writer.conn.execute(select(staff.sex).where(staff.is_coordinator.is_(True))).scalar_one()
    role = "koordynatorka wolontariatu" if sex == "K" else "koordynator wolontariatu"
    return ctx.staff[0].full_name, ctx.coordinator_name, role


def write_meetings(ctx: Ctx, partners: dict[str, PartnerRec]) -> None:
    rng = ctx.rng("coalition")
    head, coordinator, role = _staff(ctx)
    members = [p for p in partners.values() if p.spec.coalition]
    meetings: list[dict[str, Any]] = []
    attendees: list[dict[str, Any]] = []
    decisions: list[dict[str, Any]] = []
    tasks: list[dict[str, Any]] = []
    for year in (ctx.today.year - 1, ctx.today.year):
        for number, (month, agenda, discussion, decided, todo) in enumerate(MEETINGS, start=1):
            day = _meeting_day(year, month)
            held = day <= ctx.today
            meeting_id = len(meetings) + 1
            words = {"year": year, "prev": year - 1, "next": year + 1}
            meetings.append(
                {
                    "id": meeting_id, "number": f"{number}/{year}", "held_on": day,
                    "start_time": dt.time(10, 0) if rng.random() < 0.5 else dt.time(15, 0),
                    "place": PLACES[(number - 1) % len(PLACES)],
                    "agenda": "\n".join((OPENING, *(a.format(**words) for a in agenda), CLOSING)),
                    "chaired_by": head, "minuted_by": coordinator,
                    "discussion": discussion if held else None, "status": "held" if held else "planned",
                    "created_at": stamp(min(day - days(14), ctx.today), rng),
                    "updated_at": stamp(min(day + days(2), ctx.today), rng),
                    "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
                }
            )  # fmt: skip
            if not held:
                continue
            attendees.append(_attendee(meeting_id, None, head, "kierownik GOPS", True))
            attendees.append(_attendee(meeting_id, None, coordinator, role, True))
            for partner in members:
                contact = rng.random() < 0.5 or partner.spec.kind == "school"
                name, function = (partner.contact, partner.contact_role) if contact else (
                    partner.head, partner.head_role)  # fmt: skip
                attendees.append(_attendee(meeting_id, partner.id, name, function, rng.random() < 0.85))
            decisions.extend(
                {"meeting_id": meeting_id, "position": position, "text": text.format(**words)}
                for position, text in enumerate(decided, start=1)
            )
            tasks.extend(_tasks(ctx, rng, meeting_id, year, todo, partners, coordinator))
    _one_overdue(ctx, tasks)
    ctx.writer.insert("coalition_meetings", meetings)
    ctx.writer.insert("coalition_attendees", attendees)
    ctx.writer.insert("coalition_decisions", decisions)
    ctx.writer.insert("coalition_tasks", tasks)


def _attendee(meeting: int, partner: int | None, name: str, function: str, present: bool) -> dict[str, Any]:
    return {"meeting_id": meeting, "partner_id": partner, "person_name": name, "function": function,
            "present": present}  # fmt: skip


def _tasks(
    ctx: Ctx, rng: random.Random, meeting: int, year: int, todo: tuple[Task, ...],
    partners: dict[str, PartnerRec], coordinator: str,
) -> list[dict[str, Any]]:  # fmt: skip
    rows = []
    for text, key, month, day in todo:
        due = dt.date(year, month, day)
        partner = partners[key] if key else None
        done = due - days(rng.randrange(0, 10)) if due < ctx.today else None
        rows.append(
            {
                "meeting_id": meeting, "description": text, "partner_id": partner.id if partner else None,
                "responsible": partner.contact if partner else coordinator, "due_on": due, "done_on": done,
            }
        )  # fmt: skip
    if meeting % 4 == 3:  # a standing task with no date
        rows.append(
            {
                "meeting_id": meeting, "description": "Aktualizować listę kontaktów do partnerów koalicji",
                "partner_id": None, "responsible": coordinator, "due_on": None, "done_on": None,
            }
        )  # fmt: skip
    return rows


def _one_overdue(ctx: Ctx, tasks: list[dict[str, Any]]) -> None:
    """The most recent task already due is still not done: the dashboard shows it as overdue."""
    due = [t for t in tasks if t["due_on"] is not None and t["due_on"] < ctx.today]
    if due:
        max(due, key=lambda t: t["due_on"])["done_on"] = None


PROGRAMME_TITLE = "Program działań wolontariackich Gminy Modrzewo na rok {year}"
INTRODUCTION = (
    "Program określa akcje, szkolenia, spotkania i działania promocyjne, które Gminny Ośrodek Pomocy "
    "Społecznej w Modrzewie realizuje wspólnie z partnerami Lokalnej Koalicji Wolontariatu."
)
# (kind, title, month, lead partner): items no action or session carries out
OTHER_ITEMS = (
    ("action", "Piknik międzypokoleniowy z Klubem Seniora", 7, "kgw"),
    ("meeting", "Spotkania Lokalnej Koalicji Wolontariatu (4 w roku)", None, None),
    ("promotion", "Dzień Wolontariusza – podziękowania i dyplomy dla wolontariuszy", 12, None),
    ("promotion", "Artykuły o wolontariacie w gazetce gminnej i na stronie GOPS", None, "library"),
)
TRAININGS = (("induction", "Szkolenie wprowadzające dla nowych wolontariuszy"),
             ("first_aid", "Kurs pierwszej pomocy dla wolontariuszy"),
             ("child_protection", "Standardy ochrony małoletnich – szkolenie dla wolontariuszy"))  # fmt: skip
DEFAULT_MONTH = {"induction": 1, "first_aid": 4, "child_protection": 5}


def write_programmes(ctx: Ctx, actions: list[ActionRec], partners: dict[str, PartnerRec]) -> None:
    """A programme for each year with at least four planned actions; sets the actions' item ids."""
    rng = ctx.rng("programme")
    sessions = table("training_sessions").c
    held = list(ctx.writer.conn.execute(select(sessions.id, sessions.category, sessions.session_date)))
    programmes: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    for year in (ctx.today.year - 1, ctx.today.year):
        planned = [a for a in actions if a.spec.planned and a.date_from.year == year]
        if len({a.spec.key for a in planned}) < 4:
            continue
        programme_id = len(programmes) + 1
        adopted = _meeting_day(year, 2)
        programmes.append(
            {
                "id": programme_id, "year": year, "title": PROGRAMME_TITLE.format(year=year),
                "adopted_on": adopted if adopted <= ctx.today else None,
                "adopted_by": f"Lokalna Koalicja Wolontariatu – spotkanie nr 1/{year}",
                "introduction": INTRODUCTION,
                "created_at": stamp(min(adopted - days(20), ctx.today), rng),
                "updated_at": stamp(min(adopted, ctx.today), rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
        by_key: dict[str, int] = {}
        for action in planned:
            if action.spec.key not in by_key:
                by_key[action.spec.key] = len(items) + 1
                spec = action.spec
                items.append(_item(len(items) + 1, programme_id, "action", spec.name, action.date_from.month,
                                   partners[spec.organiser].id if spec.organiser else None,
                                   description=spec.description or None,
                                   participants=sum(s.needed for s in action.shifts)))  # fmt: skip
            action.item_id = by_key[action.spec.key]
        for category, title in TRAININGS:
            session = next((s for s in held if s[1] == category and s[2].year == year), None)
            month = session[2].month if session else DEFAULT_MONTH[category]
            link = session[0] if session and session[2] <= ctx.today else None
            items.append(_item(len(items) + 1, programme_id, "training", title, month, None, session=link))
        for kind, title, month, key in OTHER_ITEMS:
            done = _done_by_hand(ctx, kind, year, month)
            items.append(_item(len(items) + 1, programme_id, kind, title, month,
                               partners[key].id if key else None, done=done))  # fmt: skip
    ctx.writer.insert("programmes", programmes)
    ctx.writer.insert("programme_items", items)


def _done_by_hand(ctx: Ctx, kind: str, year: int, month: int | None) -> dt.date | None:
    if kind == "meeting":
        day = _meeting_day(year, 11)
    elif kind == "promotion":
        day = dt.date(year, 12, 5) if month else dt.date(year, 12, 31)
    else:
        return None
    return day if day <= ctx.today else None


def _item(
    item_id: int, programme: int, kind: str, title: str, month: int | None, partner: int | None, *,
    description: str | None = None, participants: int | None = None, session: int | None = None,
    done: dt.date | None = None,
) -> dict[str, Any]:  # fmt: skip
    return {
        "id": item_id, "programme_id": programme, "kind": kind, "title": title, "planned_month": month,
        "partner_id": partner, "description": description, "planned_participants": participants,
        "done_on": done, "training_session_id": session,
    }  # fmt: skip
