"""Assignments (przydziały): volunteers matched to clients' needs, groups and events.

A "relationship" (a volunteer helping one client, or running one group) may span several
yearly agreements; it is then cut into one assignment per agreement, each valid for its dates.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from coordinator_app.demo import texts
from coordinator_app.demo.agreements import Event
from coordinator_app.demo.context import Ctx, days
from coordinator_app.demo.records import Agr, Cli, NeedRec, Seg, Vol

SLOT_STARTS = {"morning": (480, 660), "afternoon": (720, 930), "evening": (960, 1110)}
CONTINUED = "zakończenie okresu porozumienia – kontynuacja w kolejnym przydziale"
FAR = dt.date(9999, 12, 31)


class NeedPool:
    """Needs waiting for a volunteer, by activity code; taking one removes it."""

    def __init__(self, needs: list[NeedRec], rng: random.Random, ctx: Ctx) -> None:
        self.rng = rng
        self.ctx = ctx
        self.by_code: dict[str, list[NeedRec]] = defaultdict(list)
        for need in needs:
            if need.client.since is not None:
                self.by_code[need.code].append(need)

    def take(
        self, code: str, vol: Vol, span0: dt.date, span1: dt.date, min_days: int
    ) -> tuple[NeedRec, dt.date, dt.date] | None:
        pool = self.by_code.get(code)
        if not pool:
            return None
        best: tuple[int, int, dt.date, dt.date] | None = None
        for _ in range(4):
            index = self.rng.randrange(len(pool))
            need = pool[index]
            client = need.client
            assert client.since is not None
            begin = max(need.reported_on + days(self.rng.randrange(3, 31)), span0, client.since + days(1))
            finish = min(span1, client.visit_end(FAR))
            if (finish - begin).days < min_days:
                continue
            km = self.ctx.distance[vol.place][client.place]
            if best is None or km < best[0]:
                best = (km, index, begin, finish)
        if best is None:
            return None
        _km, index, begin, finish = best
        need = pool[index]
        pool[index] = pool[-1]
        pool.pop()
        return need, begin, finish


def plan_assignments(ctx: Ctx, vols: list[Vol], needs: list[NeedRec], events: list[Event]) -> list[Seg]:
    rng = ctx.rng("assignments")
    pool = NeedPool(needs, ctx.rng("need-pool"), ctx)
    segs: list[Seg] = []
    for vol in vols:
        if vol.start is None:
            continue
        if vol.event_only:
            for agr in vol.agreements:
                event = next(e for e in events if e.day == agr.period_to - days(1) and e.name == agr.event)
                segs.append(_event_seg(ctx, rng, vol, agr, event))
            continue
        _relationships(ctx, rng, pool, vol, segs)
        _events(ctx, rng, vol, events, segs)
    for need in needs:
        if need.status == "open" and need.client.status == "ended":
            need.status = "closed"
    segs.sort(key=lambda s: (s.date_from, s.vol.id, s.code))
    for index, seg in enumerate(segs, start=1):
        seg.id = index
        if seg.code not in seg.agreement.codes:
            seg.agreement.codes.append(seg.code)
    return segs


def _event_seg(ctx: Ctx, rng: random.Random, vol: Vol, agr: Agr, event: Event) -> Seg:
    start = event.day - days(1) if rng.random() < 0.3 else event.day
    status = "ended" if event.day < ctx.today else "planned" if start > ctx.today else "active"
    return Seg(0, vol, agr, "IMP", "event", start, event.day, status, event.day, place=event.place,
               end_reason="akcja zakończona" if status == "ended" else None)  # fmt: skip


def _events(ctx: Ctx, rng: random.Random, vol: Vol, events: list[Event], segs: list[Seg]) -> None:
    assert vol.start is not None
    last = vol.work_end(ctx.horizon)
    assert last is not None
    young = (ctx.today - vol.birth).days < 26 * 365
    share = 0.3 if young or "IMP" in vol.prefs else 0.1
    low = max(vol.start + days(1), ctx.window_start - days(30))
    for event in events:
        if not low <= event.day <= last - days(1) or rng.random() >= share:
            continue
        agr = next(
            (a for a in vol.agreements if a.period_from <= event.day - days(1) and event.day <= a.last_day),
            None,
        )
        if agr is not None:
            segs.append(_event_seg(ctx, rng, vol, agr, event))


def _relationships(ctx: Ctx, rng: random.Random, pool: NeedPool, vol: Vol, segs: list[Seg]) -> None:
    assert vol.start is not None
    span0 = max(vol.start, ctx.today - days(450))
    span1 = vol.work_end(ctx.horizon)
    assert span1 is not None
    forced = vol.id == 1 or bool(vol.showcase)
    count = rng.choices((0, 1, 2, 3), (10 if vol.status == "active" else 0, 50, 30, 10))[0]
    count = max(count, 1) if forced else count
    if (span1 - span0).days < 21:
        count = 0
    codes = [c for c in vol.prefs if c != texts.EVENT and (c not in ctx.minors_codes or vol.vetted_on)]
    made = 0
    for attempt in range(count * 3):
        if made == count or not codes:
            break
        code = codes[min(int(rng.random() ** 1.5 * len(codes)), len(codes) - 1)]
        if _relationship(ctx, rng, pool, vol, code, span0, span1, forced and made == 0, segs):
            made += 1
        elif attempt >= count:
            codes.remove(code)
    if forced and made == 0:
        _relationship(ctx, rng, pool, vol, "ZAJ", span0, span1, True, segs)
    if vol.status == "active" and rng.random() < 0.05:  # a new match about to start
        begin = ctx.today + days(rng.randrange(1, 10))
        _relationship(ctx, rng, pool, vol, codes[0] if codes else "TOW", begin, ctx.horizon, True, segs)


def _relationship(
    ctx: Ctx, rng: random.Random, pool: NeedPool, vol: Vol, code: str,
    span0: dt.date, span1: dt.date, ongoing: bool, segs: list[Seg],
) -> bool:  # fmt: skip
    if code in ctx.minors_codes:
        if vol.vetted_on is None:
            return False
        span0 = max(span0, vol.vetted_on + days(1))
    group_share = texts.GROUP_OPTIONAL.get(code, 0.0)
    form = "group" if code in texts.GROUP_ONLY or rng.random() < group_share else "individual"
    client: Cli | None = None
    need: NeedRec | None = None
    if form == "individual" and code not in texts.NO_CLIENT:
        taken = pool.take(code, vol, span0, span1, 14 if span0 <= ctx.today else 1)
        if taken is None:
            if group_share == 0.0:
                return False
            form = "group"
        else:
            need, begin, finish = taken
            client = need.client
    if client is None:
        room = max(0, (span1 - span0).days - 30)
        begin = span0 + days(int(room * rng.random() ** 2)) if not ongoing else span0
        finish = span1
    if ongoing:
        end = finish
    else:
        length = rng.randrange(45, 541) if client else rng.randrange(90, 601)
        end = min(begin + days(length), finish)
    if (end - begin).days < 14 and begin <= ctx.today:
        return False
    status, reason, last = _outcome(ctx, rng, vol, client, end, span1)
    if status == "active" and begin > ctx.today:
        status = "planned"
    if need is not None:
        if status in ("active", "planned", "suspended"):
            need.status = "matched"
        elif reason == "potrzeba zrealizowana" or (client is not None and client.status == "ended"):
            need.status = "closed"
    schedule = _schedule(rng, vol, code, form)
    place = _place(ctx, vol, code, form)
    km = None
    if client is not None and vol.car and code != "TEL":
        distance = ctx.distance[vol.place][client.place]
        km = 2 * distance if distance else None
    # A suspended assignment stays open into the current agreement; agreements that start
    # after today get their own assignments once they begin.
    latest = max(begin, ctx.today)
    until = max(end, ctx.today) if status == "suspended" else end
    pieces = [
        a for a in vol.agreements
        if a.period_from <= min(until, latest) and a.last_day >= begin and not a.event
    ]  # fmt: skip
    for i, agr in enumerate(pieces):
        piece_from = max(begin, agr.period_from)
        piece_to = min(until, agr.last_day)
        final = i == len(pieces) - 1
        if not final:
            seg = Seg(0, vol, agr, code, form, piece_from, piece_to, "ended", min(piece_to, last),
                      end_reason=CONTINUED)  # fmt: skip
        else:
            # A running assignment ends with the agreement it rests on (the assignment gate
            # accepts no open end on a fixed-term agreement); a new agreement continues it.
            running = status in ("active", "planned", "suspended")
            seg = Seg(0, vol, agr, code, form, piece_from, agr.last_day if running else piece_to, status,
                      min(last, agr.last_day), end_reason=reason)  # fmt: skip
        seg.client, seg.need, seg.place, seg.schedule, seg.travel_km = client, need, place, schedule, km
        segs.append(seg)
    return True


def _outcome(
    ctx: Ctx, rng: random.Random, vol: Vol, client: Cli | None, end: dt.date, span1: dt.date
) -> tuple[str, str | None, dt.date]:
    """(status, end reason, last day of work) of a relationship ending on `end`."""
    if client is not None and client.until is not None and end == client.until:
        return "ended", "zakończenie wsparcia podopiecznego", end
    if client is not None and client.paused is not None and end == client.paused:
        if vol.end is not None:
            return "ended", "zakończenie współpracy z wolontariuszem", end
        return "suspended", None, end
    if end == span1:
        if vol.end is not None:
            return "ended", "zakończenie współpracy z wolontariuszem", end
        if vol.paused is not None:
            if client is not None and client.until is not None:
                return "ended", "zakończenie wsparcia podopiecznego", end
            return "suspended", None, end
        return "active", None, end
    if end >= ctx.today:
        return "active", None, end
    return "ended", rng.choice(texts.ASSIGNMENT_END_REASONS), end


def _schedule(rng: random.Random, vol: Vol, code: str, form: str) -> list[tuple[int, int, int, bool]]:
    slots = vol.slots or [(1, "afternoon")]
    count = 1 if rng.random() < 0.7 else 2
    if code == "TEL":
        count = 3
    by_day: dict[int, list[str]] = {}
    for weekday, slot in slots:
        by_day.setdefault(weekday, []).append(slot)
    weekdays = rng.sample(sorted(by_day), min(count, len(by_day)))
    chosen = sorted((weekday, rng.choice(by_day[weekday])) for weekday in weekdays)
    every_other = form == "individual" and rng.random() < 0.2
    minutes = rng.choice(texts.VISIT_MINUTES.get(code, (60, 90)))
    result: list[tuple[int, int, int, bool]] = []
    for weekday, slot in chosen:
        low, high = SLOT_STARTS[slot]
        start = low + 30 * rng.randrange((high - low) // 30 + 1)
        result.append((weekday, start, minutes, every_other))
    return result


def _place(ctx: Ctx, vol: Vol, code: str, form: str) -> str:
    if form == "group":
        place = ctx.places[vol.place] if code in ("ZAJ", "CZW", "INT", "SPA") else ctx.places[0]
        return texts.GROUP_PLACES[code].format(loc=place.info.locative)
    return texts.INDIVIDUAL_PLACES.get(code, texts.HOME)
