"""Sign-ups of the demo's volunteers for the action shifts, the attendance ticked after the
day, and the one confirmed hours entry each attended sign-up became (`hours_entry_id`)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from coordinator_app.core.rules import age_on
from coordinator_app.demo import context
from coordinator_app.demo.actions import ActionRec, ShiftRec, spread
from coordinator_app.demo.context import Ctx, days, stamp, table
from coordinator_app.demo.records import Agr, Seg, Vol

CAR = "własny samochód"
# Share of the people needed who signed up, by the action's status.
FILL = {"done": (0.7, 1.0), "cancelled": (0.5, 0.8), "open": (0.4, 0.8), "planned": (0.0, 0.25)}


@dataclass
class SignupRec:
    action: ActionRec
    shift: ShiftRec
    vol_id: int
    sex: str
    signed_on: dt.date
    partner_id: int | None
    attended: bool | None = None
    minutes: int | None = None
    notes: str | None = None


def tick(rng: random.Random, signup: SignupRec, today: dt.date, present: float = 0.9) -> None:
    """Attendance after the day: most came, a few left early (minutes shorter than the shift)."""
    if signup.action.status != "done" or signup.shift.day >= today:
        return
    signup.attended = rng.random() < present
    if signup.attended and signup.shift.minutes >= 180 and rng.random() < 0.08:
        signup.minutes = signup.shift.minutes - 60
        signup.notes = "wyszła godzinę wcześniej" if signup.sex == "K" else "wyszedł godzinę wcześniej"


class Pool:
    """Who may sign up for a shift: working then, under an agreement, trained as the shift
    requires, of age or on a shift open to minors, and free of their regular visits that day."""

    def __init__(self, ctx: Ctx, vols: list[Vol], segs: list[Seg]) -> None:
        self.ctx = ctx
        usable = [v for v in vols if v.start is not None and not v.event_only]
        self.adults = [v for v in usable if not v.minor]
        self.minors = [v for v in usable if v.minor]
        self.busy: dict[int, list[tuple[dt.date, dt.date, set[int] | None]]] = defaultdict(list)
        for seg in segs:
            weekdays = {slot[0] for slot in seg.schedule} if seg.schedule else None
            self.busy[seg.vol.id].append((seg.date_from, seg.date_to or seg.work_last, weekdays))
        self.trained: dict[str, dict[int, dt.date]] = defaultdict(dict)
        session_table = table("training_sessions")
        sessions, attendances = session_table.c, table("attendances").c
        query = (
            select(sessions.category, attendances.volunteer_id, func.min(sessions.session_date))
            .join(session_table, sessions.id == attendances.session_id)
            .where(attendances.status == "present")
            .group_by(sessions.category, attendances.volunteer_id)
        )
        for category, volunteer, first in ctx.writer.conn.execute(query):
            self.trained[category][volunteer] = first
        self.covering: dict[tuple[int, int], Agr] = {}  # (volunteer, shift) → the agreement used
        self.booked: dict[int, list[ShiftRec]] = defaultdict(list)  # shifts taken, across actions

    def book(self, vol: Vol, shift: ShiftRec) -> None:
        self.booked[vol.id].append(shift)

    def fits(self, vol: Vol, shift: ShiftRec, taken: set[int]) -> bool:
        day = shift.day
        if vol.id in taken or vol.start is None or vol.start >= day:
            return False
        last = vol.end or vol.paused
        if last is not None and day > last:
            return False
        age = age_on(vol.birth, day)
        if age < 18 and (not shift.minors or age < 13):
            return False
        if shift.training and not self.trained[shift.training].get(vol.id, day) < day:
            return False
        if shift.requirements == CAR and not vol.car:
            return False
        for other in self.booked.get(vol.id, ()):
            if other.day == day and other.start < shift.end and shift.start < other.end:
                return False
        for start, end, weekdays in self.busy.get(vol.id, ()):
            if start <= day <= end and (weekdays is None or day.weekday() in weekdays):
                return False
        agreement = next(
            (a for a in vol.agreements if not a.event and a.period_from <= day <= a.last_day), None
        )
        if agreement is None:
            return False
        self.covering[(vol.id, shift.id)] = agreement
        return True


def plan_signups(
    ctx: Ctx, actions: list[ActionRec], pool: Pool, links: dict[int, int], partner_ids: dict[str, int]
) -> list[SignupRec]:
    rng = ctx.rng("signups")
    result: list[SignupRec] = []
    for action in actions:
        taken: set[int] = set()
        taking_part = {partner_ids[key] for key in action.partner_keys}
        low, high = FILL[action.status]
        for shift in action.shifts:
            target = round(shift.needed * rng.uniform(low, high))
            chosen: list[Vol] = []
            if shift.minors and pool.minors:
                _draw(rng, pool, pool.minors, shift, taken, chosen, round(target * 0.4))
            if pool.adults:
                _draw(rng, pool, pool.adults, shift, taken, chosen, target - len(chosen))
            for vol in chosen:
                partner = links.get(vol.id)
                signup = SignupRec(
                    action, shift, vol.id, vol.sex, spread(rng, action.date_from, 1, 20, ctx.today),
                    partner if partner in taking_part else None,
                )  # fmt: skip
                tick(rng, signup, ctx.today)
                result.append(signup)
    return result


def _draw(
    rng: random.Random, pool: Pool, people: list[Vol], shift: ShiftRec, taken: set[int], chosen: list[Vol],
    count: int,
) -> None:  # fmt: skip
    """Up to `count` more people who fit, drawn at random (a bounded number of tries)."""
    goal = len(chosen) + count
    for _ in range(count * 8):
        if len(chosen) >= goal:
            return
        vol = people[int(rng.random() * len(people))]
        if pool.fits(vol, shift, taken):
            taken.add(vol.id)
            pool.book(vol, shift)
            chosen.append(vol)


def trim(ctx: Ctx, signups: list[SignupRec], room: int) -> list[SignupRec]:
    """Without the sign-ups of some who attended when their entries would be more than `room`
    (a demo with few hours): as if those people had not signed up."""
    attended = [i for i, s in enumerate(signups) if s.attended]
    if len(attended) <= room:
        return signups
    dropped = set(ctx.rng("signup-trim").sample(attended, len(attended) - max(room, 0)))
    return [s for i, s in enumerate(signups) if i not in dropped]


def _make_room(ctx: Ctx, count: int) -> list[int]:
    """Delete `count` assignment entries at random (they are numbered 1…N) and return their ids,
    in order, for the entries that take their place: the demo keeps its number of entries."""
    conn = ctx.writer.conn
    top = int(conn.execute(select(func.coalesce(func.max(table("hours_entries").c.id), 0))).scalar_one())
    if count > top:
        return list(range(top + 1, top + 1 + count))
    chosen = sorted(ctx.rng("hours-room").sample(range(1, top + 1), count))
    conn.exec_driver_sql("DELETE FROM hours_entries WHERE id = ?", [(pick,) for pick in chosen])
    return chosen


def write_signups(ctx: Ctx, signups: list[SignupRec]) -> None:
    """The hours entries of the attended sign-ups (in place of as many assignment entries), then
    the sign-ups."""
    rng = ctx.rng("signup-rows")
    conn = ctx.writer.conn
    free = iter(_make_room(ctx, sum(1 for s in signups if s.attended)))
    closes = table("month_closes").c
    closed = {month: at.date() for month, at in conn.execute(select(closes.month, closes.closed_at))}
    entries: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    signups.sort(key=lambda s: (s.shift.id, s.vol_id))
    for number, signup in enumerate(signups, start=1):
        entry_id = None
        if signup.attended:
            entry_id = next(free)
            entries.append(_entry(ctx, rng, signup, entry_id, closed))
        rows.append(
            {
                "id": number, "shift_id": signup.shift.id, "volunteer_id": signup.vol_id,
                "signed_up_on": signup.signed_on, "partner_id": signup.partner_id,
                "attended": signup.attended, "minutes": signup.minutes, "hours_entry_id": entry_id,
                "notes": signup.notes,
            }
        )  # fmt: skip
    ctx.writer.insert("hours_entries", entries)
    ctx.writer.insert("action_signups", rows)


def _entry(
    ctx: Ctx, rng: random.Random, signup: SignupRec, entry_id: int, closed: dict[str, dt.date]
) -> dict[str, Any]:
    """One confirmed entry as ticking the attendance makes it, approved a few days after."""
    shift, action = signup.shift, signup.action
    close = closed.get(f"{shift.day.year:04d}-{shift.day.month:02d}")
    approved = min(action.date_to + days(rng.randrange(1, 6)), ctx.today)
    if close is not None:
        approved = min(approved, close)
    created = stamp(approved, rng)
    return {
        "id": entry_id, "volunteer_id": signup.vol_id, "assignment_id": None, "work_date": shift.day,
        "time_from": shift.start, "time_to": shift.end, "minutes": signup.minutes or shift.minutes,
        "activity_type_id": ctx.activity_ids[action.spec.code], "description": action.name,
        "place": action.place, "travel_km": None, "travel_cost_grosze": None, "remote": False,
        "source": "coordinator", "status": "confirmed", "approved_by": ctx.coordinator_name,
        "approved_on": approved, "locked": close is not None, "created_at": created, "updated_at": created,
        "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
    }  # fmt: skip


def widen_agreements(ctx: Ctx, pool: Pool, signups: list[SignupRec]) -> None:
    """An agreement a regular volunteer helped at an action under now lists the action's kind of work."""
    rows: list[dict[str, Any]] = []
    for signup in signups:
        agreement = pool.covering.get((signup.vol_id, signup.shift.id))
        code = signup.action.spec.code
        if agreement is not None and code not in agreement.codes:
            agreement.codes.append(code)
            rows.append({"agreement_id": agreement.id, "activity_type_id": ctx.activity_ids[code]})
    for start in range(0, len(rows), context.CHUNK):  # a chunk at a time, like the other tables
        ctx.writer.insert("agreement_activities", rows[start : start + context.CHUNK])
