"""Readiness: which activities a volunteer may be given, judged from the training they completed.

The coordinator sets, per activity type, the training categories it requires (stored in
`training_requirements`; e.g. every activity requires the induction, activities with minors
also the child-protection standards). A volunteer is ready for an activity type when they
completed a session of every category it requires; an activity type without requirements is
open to everyone.

What completes a category (`counts_as_completed`): attendance marked *present*, or *partly*
when the minutes attended are at least 75% of the session, at a session that has taken place
(dated today or earlier). Why partly counts at 75%: the coordinator marks "partly" for someone
who came late or left early; missing a quarter of a meeting still leaves its content heard
(the usual attendance threshold for a training certificate), while someone who stayed for
half of it must attend again. *Absent* and *registered* never count.

Here: the rule, and the questions other features ask inside their own session (the volunteers
list, matching, the assignment gate). The views' reads, each in its own session, are in `queries`;
the requirements are written by `service.set_requirements`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, distinct, func, or_, select
from sqlalchemy.orm import Session

from coordinator_app.core.enums import AttendanceStatus, TrainingCategory
from coordinator_app.db.models import ActivityType, Attendance, TrainingRequirement, TrainingSession

PARTLY_COUNTS_FROM = 0.75  # share of the session a "partly" attendance needs to count
CATEGORY_ORDER = {category.value: i for i, category in enumerate(TrainingCategory)}


def counts_as_completed(status: str, minutes_attended: int | None, duration_minutes: int) -> bool:
    """The rule in Python; `_completed_condition` is the same rule in SQL."""
    if status == AttendanceStatus.PRESENT:
        return True
    if status == AttendanceStatus.PARTLY and minutes_attended is not None:
        return minutes_attended >= PARTLY_COUNTS_FROM * duration_minutes
    return False


def _completed_condition(today: dt.date) -> ColumnElement[bool]:
    partly_enough = and_(
        Attendance.status == AttendanceStatus.PARTLY.value,
        Attendance.minutes_attended * 4 >= TrainingSession.duration_minutes * 3,  # 75%, in integers
    )
    return and_(
        TrainingSession.session_date <= today,
        or_(Attendance.status == AttendanceStatus.PRESENT.value, partly_enough),
    )


def sorted_categories(categories: Iterable[str]) -> tuple[str, ...]:
    """Categories in the order of the category list (induction first)."""
    return tuple(sorted(categories, key=lambda c: CATEGORY_ORDER.get(c, len(CATEGORY_ORDER))))


@dataclass(frozen=True)
class ActivityRule:
    activity_type_id: int
    code: str
    name: str
    involves_minors: bool
    categories: frozenset[str]  # required training categories; empty: open to everyone


@dataclass(frozen=True)
class ActivityReadiness:
    activity_type_id: int
    code: str
    name: str
    missing: tuple[str, ...]  # categories still to complete, in category order

    @property
    def ready(self) -> bool:
        return not self.missing


def _rules(session: Session) -> list[ActivityRule]:
    """Every active activity type with its required categories, in one query."""
    found: dict[int, tuple[str, str, bool]] = {}
    required: dict[int, set[str]] = defaultdict(set)
    for aid, code, name, minors, category in session.execute(
        select(
            ActivityType.id,
            ActivityType.code,
            ActivityType.name,
            ActivityType.involves_minors,
            TrainingRequirement.category,
        )
        .outerjoin(TrainingRequirement, TrainingRequirement.activity_type_id == ActivityType.id)
        .where(ActivityType.active.is_(True))
        .order_by(ActivityType.sort_order, ActivityType.code)
    ):
        found.setdefault(aid, (code, name, bool(minors)))
        if category is not None:
            required[aid].add(category)
    return [
        ActivityRule(aid, code, name, minors, frozenset(required[aid]))
        for aid, (code, name, minors) in found.items()
    ]


def _completed(session: Session, volunteer_id: int, today: dt.date) -> frozenset[str]:
    return frozenset(
        session.scalars(
            select(TrainingSession.category)
            .join(Attendance, Attendance.session_id == TrainingSession.id)
            .where(Attendance.volunteer_id == volunteer_id, _completed_condition(today))
            .distinct()
        )
    )


def missing_categories(
    session: Session, volunteer_id: int, activity_type_id: int, today: dt.date
) -> tuple[str, ...]:
    """`missing_for_activity` inside the caller's transaction: for the assignment gate."""
    required = set(
        session.scalars(
            select(TrainingRequirement.category).where(
                TrainingRequirement.activity_type_id == activity_type_id
            )
        )
    )
    done = _completed(session, volunteer_id, today) if required else frozenset()
    return sorted_categories(required - done)


@dataclass(frozen=True)
class ReadinessOverview:
    """Who is ready for what, for the whole volunteer list at once."""

    activity_count: int  # active activity types
    ready_codes: dict[int, tuple[str, ...]]  # volunteer id -> codes of activities ready for
    nobody_trained: tuple[str, ...]  # codes open to a volunteer with no training at all

    def ready_for(self, volunteer_id: int) -> tuple[str, ...]:
        return self.ready_codes.get(volunteer_id, self.nobody_trained)


def readiness_overview(session: Session, today: dt.date | None = None) -> ReadinessOverview:
    """Two queries whatever the number of volunteers: the rules, and one row per trained volunteer
    with the categories they completed folded into a bit mask (SUM of DISTINCT powers of two, plain
    SQL that PostgreSQL runs too): a third of the time of fetching (volunteer, category) pairs.
    Volunteers with the same mask share one computed answer."""
    rules = _rules(session)
    bits = {category.value: 1 << i for i, category in enumerate(TrainingCategory)}
    completed = func.sum(distinct(case(bits, value=TrainingSession.category, else_=0)))
    masks = session.execute(
        select(Attendance.volunteer_id, completed)
        .join(TrainingSession, TrainingSession.id == Attendance.session_id)
        .where(_completed_condition(today or dt.date.today()))
        .group_by(Attendance.volunteer_id)
    ).all()
    needed = [(rule.code, sum(bits.get(c, 0) for c in rule.categories)) for rule in rules]
    cache: dict[int, tuple[str, ...]] = {}

    def ready(mask: int) -> tuple[str, ...]:
        answer = cache.get(mask)
        if answer is None:
            answer = cache[mask] = tuple(code for code, want in needed if want & mask == want)
        return answer

    return ReadinessOverview(
        len(rules), {volunteer_id: ready(int(mask or 0)) for volunteer_id, mask in masks}, ready(0)
    )
