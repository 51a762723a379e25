"""One-off actions of the demo (wolontariat akcyjny): a year of typical GOPS actions with their
partners and shifts, from the start of the hours window to the end of the current year.

The actions that are also the demo's yearly events (`catalog.EVENTS`) fall on the same day and
place as those, so an event is one thing whether a volunteer helped through an assignment or a
sign-up. Past actions are done (one cancelled), coming ones open or planned.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from coordinator_app.demo.agreements import Event
from coordinator_app.demo.context import Ctx, days, stamp

# A shift: (day offset, start, end, tasks, people needed, minors allowed, required training, requirements)
ShiftSpec = tuple[int, str, str, str, int, bool, str | None, str | None]


@dataclass(frozen=True)
class ActionSpec:
    key: str
    name: str
    when: tuple[int, int, int | None]  # month, day, weekday it moves to on or after (None: that day)
    place: str  # {loc}: the locative of `village`
    village: int
    code: str
    organiser: str | None  # partner key; None: the GOPS
    partners: tuple[tuple[str, str], ...]  # (partner key, contribution)
    shifts: tuple[ShiftSpec, ...]
    length: int = 1  # days
    legacy: bool = False  # one of catalog.EVENTS: take its day and place
    planned: bool = True  # in the yearly programme (a storm is not)
    description: str = ""


PUPILS = "uczniowie ze Szkolnego Koła Wolontariatu"
QUEST = "kwesta przy bramie cmentarza (w parach z osobą dorosłą)"
COLLECT = "zbiórka przy sklepach – zachęcanie klientów, odbiór darów"
SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "winter", "Ferie w świetlicy – zabawy dla dzieci", (2, 10, 1), "świetlica wiejska w {loc}", 2, "IMP",
        None, (("kgw", "poczęstunek dla dzieci"), ("school2", PUPILS)),
        ((0, "10:00", "13:00", "prowadzenie zajęć plastycznych i gier", 2, False, "child_protection", None),
         (0, "10:00", "13:00", "pomoc przy zabawach i poczęstunku", 4, True, None, None)),
        description="Dzień zabaw dla dzieci z rodzin objętych wsparciem w czasie ferii zimowych.",
    ),
    ActionSpec(
        "easter", "Wielkanocna zbiórka żywności", (3, 22, 5), "", 0, "IMP", None,
        (("parish", "ogłoszenia w parafii, magazyn w salce parafialnej"), ("school1", PUPILS),
         ("firm", "transport darów")),
        ((0, "08:00", "12:00", COLLECT, 8, True, None, None),
         (0, "12:00", "16:00", COLLECT, 8, True, None, None),
         (0, "16:00", "18:00", "sortowanie i pakowanie darów w GOPS", 4, False, None, None)),
        legacy=True, description="Zbiórka żywności w sklepach przed Wielkanocą dla rodzin i osób samotnych.",
    ),
    ActionSpec(
        "childday", "Gminny Dzień Dziecka", (6, 1, 5), "", 0, "IMP", "school1",
        (("osp", "pokaz sprzętu strażackiego"), ("kgw", "ciasta i poczęstunek")),
        ((0, "10:00", "13:00", "obsługa stanowisk z grami i konkursami", 6, True, None, None),
         (0, "13:00", "16:00", "obsługa stanowisk, sprzątanie terenu", 5, True, None, None),
         (0, "10:00", "14:00", "punkt pierwszej pomocy", 2, False, "first_aid", None)),
        legacy=True,
    ),
    ActionSpec(
        "fair", "Festyn rodzinny", (6, 14, 5), "boisko przy Szkole Podstawowej w {loc}", 3, "IMP", "ngo",
        (("kgw", "stoisko z ciastami"), ("osp", "zabezpieczenie festynu"), ("school2", PUPILS)),
        ((0, "14:00", "18:00", "obsługa stoisk i loterii fantowej", 6, True, None, None),
         (0, "14:00", "18:00", "punkt pierwszej pomocy", 2, False, "first_aid", None),
         (0, "18:00", "20:00", "sprzątanie terenu po festynie", 4, False, None, None)),
        description="Festyn z loterią fantową; dochód na wakacyjny wypoczynek dzieci.",
    ),
    ActionSpec(
        "storm", "Pomoc po nawałnicy", (7, 8, None), "gospodarstwa poszkodowanych w {loc}", 4, "DROB", None,
        (("osp", "zabezpieczenie dachów, piła i transport"), ("firm", "pracownicy w ramach wolontariatu "
                                                                       "pracowniczego")),
        ((0, "08:00", "12:00", "usuwanie połamanych gałęzi, porządkowanie podwórek", 8, False, None,
          "odzież robocza, rękawice"),
         (0, "12:00", "16:00", "usuwanie połamanych gałęzi, porządkowanie podwórek", 6, False, None,
          "odzież robocza, rękawice"),
         (1, "08:00", "12:00", "zabezpieczanie dobytku, roznoszenie wody pitnej", 6, False, None, None)),
        length=2, planned=False,
        description="Nawałnica zerwała dachy i połamała drzewa; pomoc starszym mieszkańcom w sprzątaniu.",
    ),
    ActionSpec(
        "supplies", "Zbiórka przyborów szkolnych", (8, 16, 5), "sklepy na terenie gminy i siedziba GOPS", 0,
        "IMP", None, (("parish", "ogłoszenia w parafii"), ("firm", "kosz na dary w sklepie firmowym")),
        ((0, "09:00", "13:00", "dyżur przy koszach w sklepach", 4, True, None, None),
         (0, "13:00", "15:00", "sortowanie i pakowanie wyprawek", 3, False, None, None)),
        description="Wyprawki szkolne dla dzieci z rodzin objętych wsparciem GOPS.",
    ),
    ActionSpec(
        "harvest", "Dożynki gminne", (8, 24, 6), "", 0, "IMP", "kgw",
        (("osp", "zabezpieczenie imprezy"), ("parish", "msza dożynkowa")),
        ((0, "12:00", "16:00", "pomoc przy stoiskach KGW, obsługa gości", 6, True, None, None),
         (0, "16:00", "20:00", "obsługa zabawy, porządek na placu", 4, False, None, None)),
        legacy=True,
    ),
    ActionSpec(
        "cleanup", "Sprzątanie świata", (9, 15, 5), "brzegi rzeki i las w {loc}", 6, "IMP", "school2",
        (("school1", PUPILS), ("firm", "worki, rękawice i pracownicy"), ("osp", "transport worków")),
        ((0, "09:00", "12:00", "zbieranie śmieci wzdłuż rzeki", 10, True, None,
          "rękawice, kamizelki odblaskowe"),
         (0, "12:00", "14:00", "segregacja i wywóz worków", 3, False, None, None)),
    ),
    ActionSpec(
        "seniors", "Dzień Seniora", (10, 1, 5), "", 0, "IMP", None,
        (("kgw", "poczęstunek"), ("school1", "występ uczniów"), ("library", "kiermasz książek")),
        ((0, "12:00", "14:00", "dowóz seniorów z sołectw", 3, False, None, "własny samochód"),
         (0, "13:00", "15:00", "przygotowanie sali, powitanie gości", 4, True, None, None),
         (0, "15:00", "18:00", "obsługa poczęstunku, pomoc seniorom", 5, False, None, None)),
        legacy=True,
    ),
    ActionSpec(
        "hospice", "Kwesta na rzecz hospicjum", (11, 1, None), "cmentarz parafialny w {loc}", 0, "IMP",
        "parish", (("school1", PUPILS),),
        ((0, "08:00", "11:00", QUEST, 6, True, None, None),
         (0, "11:00", "14:00", QUEST, 6, True, None, None)),
    ),
    ActionSpec(
        "christmas", "Świąteczna zbiórka żywności", (12, 1, 5), "", 0, "IMP", None,
        (("parish", "magazyn w salce parafialnej"), ("school1", PUPILS), ("school2", PUPILS),
         ("firm", "transport darów")),
        ((0, "08:00", "12:00", COLLECT, 8, True, None, None),
         (0, "12:00", "16:00", COLLECT, 8, True, None, None),
         (0, "16:00", "18:00", "sortowanie i pakowanie darów w GOPS", 4, False, None, None)),
        legacy=True,
    ),
    ActionSpec(
        "mikolajki", "Mikołajki dla dzieci", (12, 6, 5), "", 0, "IMP", None,
        (("kgw", "słodycze i poczęstunek"), ("osp", "Mikołaj przyjeżdża wozem strażackim")),
        ((0, "14:00", "16:00", "pakowanie i wydawanie paczek", 4, True, None, None),
         (0, "15:00", "18:00", "animacja zabaw dla dzieci", 3, False, "child_protection", None)),
        legacy=True,
    ),
    ActionSpec(
        "wigilia", "Wigilia dla osób samotnych", (12, 17, 5), "", 0, "IMP", "parish",
        (("kgw", "potrawy wigilijne"), ("firm", "pieczywo i ciasta"), ("school2", "jasełka")),
        ((0, "12:00", "15:00", "przygotowanie sali i nakrycie stołów", 5, True, None, None),
         (0, "15:00", "19:00", "obsługa wieczerzy, dowóz i towarzyszenie seniorom", 6, False, None, None)),
        legacy=True,
    ),
)  # fmt: skip
# Extra copies in other villages for the large benchmark databases.
REPEATABLE = {
    "cleanup": "brzegi rzeki i las w {loc}", "fair": "boisko przy świetlicy wiejskiej w {loc}",
    "supplies": "sklepy w {loc}", "easter": "sklepy w {loc}",
}  # fmt: skip
CANCELLED = ("winter", "Odwołane – świetlica zamknięta z powodu awarii ogrzewania.")
OPEN_AHEAD = 45  # days before an action when sign-ups open


@dataclass
class ShiftRec:
    id: int
    day: dt.date
    start: dt.time
    end: dt.time
    tasks: str
    needed: int
    minors: bool
    training: str | None
    requirements: str | None

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


@dataclass
class ActionRec:
    id: int
    spec: ActionSpec
    name: str
    date_from: dt.date
    date_to: dt.date
    place: str
    village: int
    status: str
    shifts: list[ShiftRec] = field(default_factory=list)
    item_id: int | None = None
    notes: str | None = None

    @property
    def partner_keys(self) -> set[str]:
        keys = {key for key, _contribution in self.spec.partners}
        return keys | {self.spec.organiser} if self.spec.organiser else keys


def _day(year: int, when: tuple[int, int, int | None]) -> dt.date:
    month, day, weekday = when
    first = dt.date(year, month, day)
    return first if weekday is None else first + days((weekday - first.weekday()) % 7)


def _clock(text: str) -> dt.time:
    hours, minutes = text.split(":")
    return dt.time(int(hours), int(minutes))


def plan_actions(ctx: Ctx, events: list[Event], volunteers: int) -> list[ActionRec]:
    """The actions from the start of the hours window to the end of this year, by date."""
    rng = ctx.rng("actions")
    legacy = {(e.name, e.day.year): e for e in events}
    extra = min(10, volunteers // 1000)
    scale = 1 + min(5, volunteers // 500)
    found: list[ActionRec] = []
    for year in (ctx.today.year - 1, ctx.today.year):
        for spec in SPECS:
            day = _day(year, spec.when)
            village = spec.village
            place = spec.place.format(loc=ctx.places[village].info.locative)
            event = legacy.get((spec.name, year)) if spec.legacy else None
            if event is not None:
                day, place = event.day, event.place
            last = day + days(spec.length - 1)
            if day < ctx.window_start or (not spec.planned and last >= ctx.today):
                continue
            found.append(_action(ctx, spec, spec.name, day, place, village, scale))
            if spec.key in REPEATABLE:
                for copy in range(1, extra + 1):
                    other = ctx.places[1 + (village + copy * 5) % (len(ctx.places) - 1)]
                    found.append(
                        _action(ctx, spec, f"{spec.name} – {other.info.name}", day + days(7 * copy),
                                REPEATABLE[spec.key].format(loc=other.info.locative), other.index, scale)
                    )  # fmt: skip
    found.sort(key=lambda a: (a.date_from, a.name))
    cancelled = [a for a in found if a.spec.key == CANCELLED[0] and a.date_to < ctx.today]
    if cancelled:
        cancelled[-1].status, cancelled[-1].notes = "cancelled", CANCELLED[1]
    shift_id = 0
    for number, action in enumerate(found, start=1):
        action.id = number
        for shift in action.shifts:
            shift_id += 1
            shift.id = shift_id
        if action.status == "done" and rng.random() < 0.3:
            action.notes = "Zdjęcia z akcji przekazane do gazetki gminnej."
    return found


def _action(
    ctx: Ctx, spec: ActionSpec, name: str, day: dt.date, place: str, village: int, scale: int
) -> ActionRec:
    last = day + days(spec.length - 1)
    if last < ctx.today:
        status = "done"
    elif day <= ctx.today + days(OPEN_AHEAD):
        status = "open"
    else:
        status = "planned"
    action = ActionRec(0, spec, name, day, last, place, village, status)
    for offset, start, end, tasks, needed, minors, training, requirements in spec.shifts:
        action.shifts.append(
            ShiftRec(0, day + days(offset), _clock(start), _clock(end), tasks, needed * scale, minors,
                     training, requirements)
        )  # fmt: skip
    return action


def write_actions(ctx: Ctx, actions: list[ActionRec], partner_ids: dict[str, int]) -> None:
    rng = ctx.rng("action-rows")
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    shifts: list[dict[str, Any]] = []
    for action in actions:
        spec = action.spec
        created = min(action.date_from - days(rng.randrange(20, 60)), ctx.today)
        if not spec.planned:  # an emergency is entered on the day
            created = action.date_from
        rows.append(
            {
                "id": action.id, "name": action.name, "date_from": action.date_from,
                "date_to": action.date_to, "place": action.place, "village_id": ctx.places[action.village].id,
                "organiser_partner_id": partner_ids[spec.organiser] if spec.organiser else None,
                "activity_type_id": ctx.activity_ids[spec.code], "description": spec.description or None,
                "status": action.status, "programme_item_id": action.item_id, "notes": action.notes,
                "created_at": stamp(created, rng), "updated_at": stamp(min(action.date_to, ctx.today), rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
        links.extend(
            {"action_id": action.id, "partner_id": partner_ids[key], "contribution": contribution}
            for key, contribution in spec.partners
        )
        shifts.extend(
            {
                "id": s.id, "action_id": action.id, "shift_date": s.day, "start_time": s.start,
                "end_time": s.end, "tasks": s.tasks, "people_needed": s.needed, "minors_allowed": s.minors,
                "required_training": s.training, "requirements": s.requirements,
            }
            for s in action.shifts
        )  # fmt: skip
    ctx.writer.insert("actions", rows)
    ctx.writer.insert("action_partners", links)
    ctx.writer.insert("action_shifts", shifts)


def spread(rng: random.Random, day: dt.date, low: int, high: int, today: dt.date) -> dt.date:
    """A day `low`–`high` days before `day`, never after today."""
    return min(day - days(rng.randrange(low, high + 1)), today)
