"""The `assignments` and `assignment_schedules` rows."""

from __future__ import annotations

import datetime as dt
import random

from coordinator_app.demo import texts
from coordinator_app.demo.assignments import CONTINUED
from coordinator_app.demo.context import Ctx, days, stamp
from coordinator_app.demo.records import Seg


def _time(minute: int) -> dt.time:
    return dt.time(minute // 60, minute % 60)


def _before(day: dt.date, rng: random.Random, low: int, high: int, today: dt.date) -> dt.date:
    """A few days before `day`, never after today."""
    return min(day - days(rng.randrange(low, high)), today)


def write_assignments(ctx: Ctx, segs: list[Seg]) -> None:
    rng = ctx.rng("assignment-rows")
    out = ctx.writer.rows()  # written a chunk at a time as they come
    per_year: dict[int, int] = {}
    today = ctx.today
    for seg in segs:
        year = seg.date_from.year
        per_year[year] = per_year.get(year, 0) + 1
        client = seg.client
        before = min(seg.date_from, today)
        visits = sum(4 if not eow else 2 for _wd, _start, _minutes, eow in seg.schedule)
        planned = seg.schedule[0][2] * visits if seg.schedule else None
        rated = seg.status == "ended" and seg.end_reason != CONTINUED
        rating = rng.choice((3, 4, 4, 5, 5, 5)) if rated and rng.random() < 0.7 else None
        out.add(
            "assignments",
            {
                "id": seg.id, "number": f"PRZ/{per_year[year]}/{year}", "volunteer_id": seg.vol.id,
                "client_id": client.id if client else None, "need_id": seg.need.id if seg.need else None,
                "agreement_id": seg.agreement.id, "activity_type_id": ctx.activity_ids[seg.code],
                "form": seg.form,
                "involves_minors": seg.code in ctx.minors_codes, "involves_minors_override": False,
                "vetting_override_reason": None, "date_from": seg.date_from, "date_to": seg.date_to,
                "planned_minutes_per_month": planned, "place": seg.place,
                "social_worker_id": client.social_worker_id if client else None,
                "social_worker_consulted_on": _before(seg.date_from, rng, 3, 15, today) if client else None,
                "referral_issued_on": _before(seg.date_from, rng, 0, 4, today) if client else None,
                "family_informed_on": _before(seg.date_from, rng, 0, 6, today)
                if client and client.has_contact else None,
                "status": seg.status, "end_reason": seg.end_reason, "cooperation_rating": rating,
                "cooperation_comment": rng.choice(texts.RATING_COMMENTS) if rating else None,
                "created_at": stamp(before, rng), "updated_at": stamp(min(seg.date_to or today, today), rng),
                "created_by": ctx.coordinator_login, "updated_by": ctx.coordinator_login,
            }
        )  # fmt: skip
        for weekday, start, minutes, every_other in seg.schedule:
            out.add(
                "assignment_schedules",
                {
                    "assignment_id": seg.id, "weekday": weekday, "start_time": _time(start),
                    "end_time": _time(start + minutes), "every_other_week": every_other,
                }
            )  # fmt: skip
    out.flush()
