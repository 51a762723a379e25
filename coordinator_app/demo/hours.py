"""Hours entries (up to millions of rows) and the month closes.

Exactly the requested number of entries is spread over the assignments in proportion to the
visits their schedules allow within the last twelve months (plus two weeks of planned ones).
Rows are built as tuples in storage form and written with a plain `executemany`.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from typing import Any

from coordinator_app.demo import texts
from coordinator_app.demo.context import Ctx, days
from coordinator_app.demo.records import Seg

COLUMNS = (
    "id", "volunteer_id", "assignment_id", "work_date", "time_from", "time_to", "minutes", "activity_type_id",
    "description", "place", "travel_km", "travel_cost_grosze", "remote", "source", "status", "approved_by",
    "approved_on", "locked", "created_at", "updated_at", "created_by", "updated_by",
)  # fmt: skip
KM_RATE_GROSZE = 115
EVENT_SLOT = (0, 540, 240, False)
# Cumulative shares of the statuses of past entries, in closed and in open months.
CLOSED_SHARES = (("confirmed", 0.93), ("cancelled", 0.97), ("no_show", 1.1))
OPEN_SHARES = (("confirmed", 0.55), ("done", 0.92), ("cancelled", 0.97), ("no_show", 1.1))


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + days(4)).replace(day=1)


def closed_months(ctx: Ctx) -> list[dt.date]:
    """First days of the months that are closed: all but the current and the previous one."""
    open_from = _month_start(_month_start(ctx.today) - days(1))
    months = []
    month = _month_start(ctx.window_start)
    while month < open_from:
        months.append(month)
        month = _next_month(month)
    return months


def write_month_closes(ctx: Ctx) -> dict[dt.date, dt.date]:
    """Insert the closes; returns month → the day its hours were approved."""
    rng = ctx.rng("month-closes")
    rows: list[dict[str, Any]] = []
    approved: dict[dt.date, dt.date] = {}
    for month in closed_months(ctx):
        day = min(_next_month(month) + days(rng.randrange(3, 11)), ctx.today)
        closed_at = dt.datetime(day.year, day.month, day.day, rng.randrange(12, 16), rng.randrange(60))
        approved[month] = day
        rows.append(
            {
                "month": f"{month.year:04d}-{month.month:02d}", "closed_at": closed_at,
                "closed_by": ctx.coordinator_login,
                "notes": "Karty czasu pracy zebrane i sprawdzone." if rng.random() < 0.5 else None,
            }
        )  # fmt: skip
    ctx.writer.insert("month_closes", rows)
    return approved


def _span(ctx: Ctx, seg: Seg) -> tuple[int, int]:
    """First and last day (ordinals) of the window this assignment may have hours in."""
    return max(seg.date_from, ctx.window_start).toordinal(), min(seg.work_last, ctx.horizon).toordinal()


def _visit_days(ctx: Ctx, seg: Seg) -> list[tuple[int, range]]:
    """(schedule slot index, day ordinals) of the visits the schedule allows in the window; an
    event (no schedule) has slot -1 on every day of it."""
    lo, hi = _span(ctx, seg)
    if hi < lo:
        return []
    if not seg.schedule:
        return [(-1, range(lo, hi + 1))]
    days_of: list[tuple[int, range]] = []
    for index, (weekday, _start, _minutes, every_other) in enumerate(seg.schedule):
        # date.toordinal() % 7 is 1 on Mondays (weekday 0), 0 on Sundays.
        first = lo + ((weekday + 1 - lo) % 7)
        step = 14 if every_other else 7
        if every_other and (first // 7) % 2 != seg.id % 2:
            first += 7
        days_of.append((index, range(first, hi + 1, step)))
    return days_of


def _candidates(ctx: Ctx, seg: Seg) -> list[tuple[int, int]]:
    """(day ordinal, schedule slot index) of every visit the schedule allows in the window."""
    result = [(o, index) for index, ordinals in _visit_days(ctx, seg) for o in ordinals]
    result.sort()
    return result


def _candidate_count(ctx: Ctx, seg: Seg) -> int:
    """len(_candidates(ctx, seg)) without making the list (all of them would not fit in memory
    at 100,000 volunteers)."""
    return sum(len(ordinals) for _index, ordinals in _visit_days(ctx, seg))


def _allocate(total: int, weights: list[int]) -> list[int]:
    """Split `total` in proportion to `weights` exactly (largest remainders)."""
    whole = sum(weights)
    if whole == 0:
        return [0] * len(weights)
    quotas = [total * w / whole for w in weights]
    counts = [int(q) for q in quotas]
    rest = total - sum(counts)
    order = sorted(range(len(weights)), key=lambda i: (counts[i] - quotas[i], i))
    for i in order[:rest]:
        counts[i] += 1
    return counts


def _counts(total: int, weights: list[int], capacity: list[int]) -> list[int]:
    """Entries per assignment: by scheduled visits, at most one a day while any room is left."""
    counts = _allocate(total, weights)
    for _ in range(20):
        overflow = sum(max(0, c - cap) for c, cap in zip(counts, capacity, strict=True))
        if overflow == 0:
            return counts
        counts = [min(c, cap) for c, cap in zip(counts, capacity, strict=True)]
        rooms = [cap - c for c, cap in zip(counts, capacity, strict=True)]
        if sum(rooms) == 0:
            break
        counts = [c + e for c, e in zip(counts, _allocate(min(overflow, sum(rooms)), rooms), strict=True)]
        overflow -= min(overflow, sum(rooms))
        if overflow:
            counts = [c + e for c, e in zip(counts, _allocate(overflow, weights), strict=True)]
    missing = total - sum(counts)  # more entries than days: some days get a second entry
    return [c + e for c, e in zip(counts, _allocate(missing, weights), strict=True)]


def _picks(
    ctx: Ctx, rng: random.Random, seg: Seg, cands: list[tuple[int, int]], count: int
) -> list[tuple[int, int]]:
    if count <= len(cands):
        picks = rng.sample(cands, count)
    else:  # extra visits on other days, then (only when the days run out) second visits
        lo, hi = _span(ctx, seg)
        planned = {o for o, _slot in cands}
        others = [o for o in range(lo, hi + 1) if o not in planned]
        slots = len(seg.schedule)
        need = count - len(cands)
        extra = rng.sample(others, min(need, len(others)))
        picks = cands + [(o, int(rng.random() * slots) if slots else -1) for o in extra]
        if need > len(extra):
            picks += rng.choices(picks, k=need - len(extra))
    picks.sort()
    return picks


def _clock(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}:00.000000"


def write_hours(ctx: Ctx, segs: list[Seg], total: int, approved: dict[dt.date, dt.date]) -> int:
    if total == 0:
        return 0
    candidates = (_candidates(ctx, seg) for seg in segs)  # made one at a time as rows are written
    capacity = [max(0, hi - lo + 1) for lo, hi in (_span(ctx, seg) for seg in segs)]
    counts = _counts(total, [_candidate_count(ctx, seg) for seg in segs], capacity)
    if sum(counts) != total:
        raise AssertionError("no assignment can take hours entries")
    rows = _rows(ctx, segs, candidates, counts, approved)
    conn = ctx.writer.conn
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'index' AND tbl_name = 'hours_entries' AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:  # rebuilding the indexes once is faster than updating them per row
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    written = ctx.writer.insert_tuples("hours_entries", COLUMNS, rows)
    for _name, sql in indexes:
        conn.exec_driver_sql(sql)
    return written


def _day_table(ctx: Ctx, approved: dict[dt.date, dt.date]) -> dict[int, tuple[str, str, bool, str]]:
    """Per day: (ISO date, created stamp, month closed, approval date)."""
    rng = ctx.rng("hours-days")
    today = ctx.today
    table: dict[int, tuple[str, str, bool, str]] = {}
    day = ctx.window_start
    while day <= ctx.horizon:
        month = _month_start(day)
        closed = month in approved
        created = min(day + days(rng.randrange(0, 8)), today) if day <= today else today
        approval = approved[month] if closed else min(day + days(rng.randrange(1, 8)), today)
        stamp = f"{created.isoformat()} {rng.randrange(8, 16):02d}:{rng.randrange(60):02d}:00.000000"
        table[day.toordinal()] = (day.isoformat(), stamp, closed, approval.isoformat())
        day += days(1)
    return table


def _rows(
    ctx: Ctx, segs: list[Seg], candidates: Iterable[list[tuple[int, int]]], counts: list[int],
    approved: dict[dt.date, dt.date],
) -> Iterator[tuple[Any, ...]]:  # fmt: skip
    rng = ctx.rng("hours")
    rnd = rng.random
    day_table = _day_table(ctx, approved)
    today_ord = ctx.today.toordinal()
    clock = {m: _clock(m) for m in range(0, 24 * 60, 15)}
    approver = ctx.coordinator_name
    author = ctx.coordinator_login
    next_id = 1
    for seg, cands, count in zip(segs, candidates, counts, strict=True):
        if count == 0:
            continue
        picks = _picks(ctx, rng, seg, cands, count)
        vol_id, seg_id, act_id = seg.vol.id, seg.id, ctx.activity_ids[seg.code]
        # The place is on the assignment; an entry repeats it only now and then (e.g. events).
        place_share = 1.0 if not seg.schedule else 0.2
        descs = texts.HOURS_DESCRIPTIONS.get(seg.code, ("pomoc",))
        n_desc = len(descs)
        km = seg.travel_km
        cost = km * KM_RATE_GROSZE if km and not seg.vol.travel_waiver else None
        remote = 1 if seg.code == "TEL" else 0
        schedule = seg.schedule or [EVENT_SLOT]
        for ordinal, slot in picks:
            iso, created, closed, approval = day_table[ordinal]
            _wd, start, minutes, _eow = schedule[slot]
            r = rnd()
            if r < 0.15:
                minutes -= 30
            elif r < 0.3:
                minutes += 30
            minutes = min(max(minutes, 30), 240)
            r = rnd()
            if ordinal > today_ord:
                status = "planned"
            else:  # closed months hold only settled entries
                shares = CLOSED_SHARES if closed else OPEN_SHARES
                status = next(name for name, limit in shares if r < limit)
            time_from: str | None = None
            time_to: str | None = None
            if rnd() < 0.6:
                begin = start + (15 if rnd() < 0.2 else 0)
                time_from, time_to = clock[begin], clock[begin + minutes]
            r = rnd()
            source = "paper" if r < 0.6 else "phone" if r < 0.85 else "coordinator"
            travelled = status in ("confirmed", "done")
            confirmed = status == "confirmed"
            place = seg.place if rnd() < place_share else None
            yield (
                next_id, vol_id, seg_id, iso, time_from, time_to, minutes, act_id, descs[int(rnd() * n_desc)],
                place, km if travelled else None, cost if travelled else None, remote, source, status,
                approver if confirmed else None, approval if confirmed else None, 1 if closed else 0,
                created, created, author, author,
            )  # fmt: skip
            next_id += 1
