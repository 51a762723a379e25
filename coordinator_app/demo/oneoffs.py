"""Volunteers quick-registered at actions: one-off helpers (a new volunteer with a short
agreement for the action's days, a pupil with the guardian's consent), and a couple of
existing volunteers who first came to an action and later took a regular assignment."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from sqlalchemy import bindparam, func, select, update

from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.demo.actions import ActionRec, ShiftRec
from coordinator_app.demo.agreements import write_agreements
from coordinator_app.demo.context import Ctx, days, table
from coordinator_app.demo.ids import PeselFactory
from coordinator_app.demo.names import female_surname
from coordinator_app.demo.partners import PartnerRec
from coordinator_app.demo.people import _volunteer_row
from coordinator_app.demo.places import organisation_policy
from coordinator_app.demo.profiles import write_profiles
from coordinator_app.demo.records import Agr, Seg, Vol
from coordinator_app.demo.signups import CAR, SignupRec, tick

ADULT_AGES = ((18, 25, 40), (26, 45, 35), (46, 70, 25))


class Registrations:
    """The volunteers registered at actions and their short agreements, written together."""

    def __init__(self, ctx: Ctx, partners: dict[str, PartnerRec]) -> None:
        self.ctx = ctx
        self.rng = ctx.rng("quick-registration")
        self.partners = partners
        conn = ctx.writer.conn
        self.next_vol = int(conn.execute(select(func.max(table("volunteers").c.id))).scalar_one() or 0) + 1
        self.new: list[tuple[Vol, ActionRec, int | None]] = []
        self.agreements: list[Agr] = []
        self.stayed: list[tuple[Vol, ActionRec, dt.date]] = []
        self.signups: list[SignupRec] = []

    def one_off(self, action: ActionRec, pupil: bool = False) -> bool:
        """A new person registered on the day of a done action (a pupil now and then)."""
        rng = self.rng
        taking_part = action.partner_keys
        schools = [p for key, p in self.partners.items() if key.startswith("school") and key in taking_part]
        open_to_pupils = bool(schools) and any(_open_to(s, True) for s in action.shifts)
        minor = open_to_pupils and (pupil or rng.random() < 0.35)
        shifts = [s for s in action.shifts if _open_to(s, minor) and s.day < self.ctx.today]
        if not shifts or (pupil and not minor):
            return False
        shift = rng.choice(shifts)
        partner: int | None = None
        if minor:
            partner = min(schools, key=lambda p: self.ctx.distance[action.village][p.spec.village]).id
        elif "firm" in taking_part and rng.random() < 0.3:
            partner = self.partners["firm"].id
        vol = self._person(rng, shift.day, minor, action.village)
        self.new.append((vol, action, partner))
        self._register(vol, action, shift, partner)
        return True

    def stay(self, vols: list[Vol], segs: list[Seg], actions: list[ActionRec], count: int) -> None:
        """Existing volunteers who began with an action 1-8 weeks before their first agreement."""
        regular = {seg.vol.id for seg in segs if seg.schedule}
        done = [a for a in actions if a.status == "done"]
        ctx = self.ctx
        for vol in vols:
            if len(self.stayed) >= count:
                return
            start = vol.start
            if (start is None or vol.minor or vol.event_only or vol.showcase or vol.id == 1
                    or vol.id not in regular or start < ctx.window_start + days(14)):  # fmt: skip
                continue
            before = [a for a in done if start - days(56) <= a.date_to <= start - days(7)]
            shifts = [s for a in before for s in a.shifts if _open_to(s, False)]
            if not shifts:
                continue
            shift = shifts[int(self.rng.random() * len(shifts))]
            action = next(a for a in before if shift in a.shifts)
            self.stayed.append((vol, action, shift.day))
            self._register(vol, action, shift, None)

    def _register(self, vol: Vol, action: ActionRec, shift: ShiftRec, partner: int | None) -> None:
        agr = Agr(0, vol, action.date_from, action.date_to, action.date_from, event=action.name,
                  codes=[action.spec.code])  # fmt: skip
        self.agreements.append(agr)
        signup = SignupRec(action, shift, vol.id, vol.sex, shift.day, partner)
        tick(self.rng, signup, self.ctx.today, present=1.0)
        self.signups.append(signup)

    def _person(self, rng: random.Random, day: dt.date, minor: bool, village: int) -> Vol:
        ctx = self.ctx
        sex = "K" if rng.random() < 0.6 else "M"
        if minor:
            age = rng.randrange(13, 16)
        else:
            low, high, _w = rng.choices(ADULT_AGES, [r[2] for r in ADULT_AGES])[0]
            age = rng.randrange(low, high + 1)
        birth = day - days(int(age * 365.25) + rng.randrange(30, 300))
        last_male = ctx.names.surname(rng)
        vol = Vol(
            id=self.next_vol, sex=sex, first=ctx.names.first(rng, sex, birth.year),
            last=female_surname(last_male) if sex == "K" else last_male, birth=birth, minor=minor,
            foreign=False, status=VolunteerStatus.ACTIVE.value, application=day, start=day,
            place=village if rng.random() < 0.6 else ctx.pick_place(rng).index, prefs=["IMP"],
            travel_waiver=True, max_km=5, last_male=last_male,
        )  # fmt: skip
        self.next_vol += 1
        return vol

    def write(self) -> None:
        """The new volunteers with their statements, all the short agreements, and the links of
        those who stayed to the action they were registered at."""
        ctx = self.ctx
        if self.new:
            rng = ctx.rng("quick-registration-rows")
            pesels = PeselFactory(ctx.rng("pesel-actions"))
            volunteers = table("volunteers").c
            pesels._used.update(p for (p,) in ctx.writer.conn.execute(select(volunteers.pesel)) if p)
            coordinator = next(s.id for s in ctx.staff if s.position == "Koordynator wolontariatu")
            rows = []
            for vol, action, partner in self.new:
                row = _volunteer_row(ctx, rng, pesels, coordinator, vol)
                row.update(_one_off_fields(action, partner))
                rows.append(row)
            ctx.writer.insert("volunteers", rows)
            write_profiles(ctx, [vol for vol, _action, _partner in self.new])
        self._number_agreements()
        nnw, oc = organisation_policy(ctx)
        write_agreements(ctx, self.agreements, nnw, oc)
        if self.stayed:
            self._link_stayed()

    def _number_agreements(self) -> None:
        conn = self.ctx.writer.conn
        agreements = table("agreements").c
        next_id = int(conn.execute(select(func.max(agreements.id))).scalar_one() or 0) + 1
        last: dict[int, int] = {}
        for (number,) in conn.execute(select(agreements.number)):
            parts = number.split("/")
            if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
                last[int(parts[2])] = max(last.get(int(parts[2]), 0), int(parts[1]))
        self.agreements.sort(key=lambda a: (a.concluded_on, a.vol.id))
        for agr in self.agreements:
            year = agr.concluded_on.year
            last[year] = last.get(year, 0) + 1
            agr.id, agr.number = next_id, f"W/{last[year]}/{year}"
            next_id += 1

    def _link_stayed(self) -> None:
        conn = self.ctx.writer.conn
        volunteers, changes = table("volunteers"), table("volunteer_status_changes")
        values = [{"vid": vol.id, "aid": action.id, "day": day} for vol, action, day in self.stayed]
        conn.execute(
            update(volunteers).where(volunteers.c.id == bindparam("vid"))
            .values(registered_at_action_id=bindparam("aid"), application_date=bindparam("day"),
                    updated_at=volunteers.c.updated_at),
            values,
        )  # fmt: skip
        conn.execute(
            update(changes)
            .where(changes.c.volunteer_id == bindparam("vid"), changes.c.old_status.is_(None))
            .values(changed_on=bindparam("day"), reason="Zarejestrowano podczas akcji"),
            [{"vid": v["vid"], "day": v["day"]} for v in values],
        )


def _open_to(shift: ShiftRec, minor: bool) -> bool:
    """A shift a newcomer may take: no training or car needed; for a pupil, open to minors."""
    return shift.training is None and shift.requirements != CAR and (shift.minors or not minor)


def _one_off_fields(action: ActionRec, partner: int | None) -> dict[str, Any]:
    return {
        "registered_at_action_id": action.id, "partner_id": partner,
        "heard_from": f"podczas akcji „{action.name}”", "solidarity_corps": False, "project": None,
        "archived": False, "hours_per_month": None,
    }  # fmt: skip
