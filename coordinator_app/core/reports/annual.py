"""`annual_summary`: the year for the OPS's yearly report and the assessment of social-welfare
resources (OZPS).

The year's volunteers, hours, trainings, agreements and the actions, partners and coalition
figures are the period summary of the calendar year (`monthly_summary` on `Period.year`), so the
annual and monthly figures follow one set of definitions. Added here: the volunteers whose
cooperation ended in the year (their end date falls in it) and the yearly programme of
volunteer activities, planned against done. A programme item is *done* when an action carried
out under it is done, when a training session is linked to it, or when marked done by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, and_, distinct, func, select

from coordinator_app.core.calendar import Period
from coordinator_app.core.reports.actions_figures import DONE
from coordinator_app.core.reports.figures import Summary
from coordinator_app.core.reports.settings import ReportSettings
from coordinator_app.core.reports.summary import Progress, monthly_summary
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    Action,
    ActionShift,
    ActionSignup,
    Partner,
    Programme,
    ProgrammeItem,
    TrainingSession,
    Volunteer,
)

PROGRAMME_KINDS = ("action", "training", "meeting", "promotion")


@dataclass(frozen=True)
class ProgrammeLine:
    kind: str  # action / training / meeting / promotion
    title: str
    planned_month: int | None  # None: all year
    partner: str  # the lead partner; "" = the OPS
    planned_participants: int | None
    participants: int | None  # volunteers who attended its done actions (action items only)
    done_on: dt.date | None
    done_by: str  # "action", "training", "hand"; "" = not done

    @property
    def done(self) -> bool:
        return bool(self.done_by)


@dataclass(frozen=True)
class ProgrammeFigures:
    title: str
    adopted_on: dt.date | None
    adopted_by: str
    lines: tuple[ProgrammeLine, ...]

    @property
    def planned(self) -> int:
        return len(self.lines)

    @property
    def done(self) -> int:
        return sum(line.done for line in self.lines)

    def by_kind(self) -> tuple[tuple[str, int, int], ...]:
        """(kind, planned, done) for each kind in the programme, in the usual order."""
        kinds = [*PROGRAMME_KINDS, *sorted({x.kind for x in self.lines} - set(PROGRAMME_KINDS))]
        return tuple(
            (
                kind,
                sum(x.kind == kind for x in self.lines),
                sum(x.kind == kind and x.done for x in self.lines),
            )
            for kind in kinds
            if any(x.kind == kind for x in self.lines)
        )


@dataclass(frozen=True)
class AnnualSummary:
    year: int
    summary: Summary  # the period summary of the calendar year
    ended: int  # volunteers whose cooperation ended in the year
    programme: ProgrammeFigures | None  # None: no programme for the year


def _ended(conn: Connection, period: Period) -> int:
    query = (
        select(func.count())
        .select_from(Volunteer)
        .where(Volunteer.end_date.between(period.start, period.end))
    )
    return int(conn.execute(query).scalar() or 0)


def programme_figures(conn: Connection, year: int) -> ProgrammeFigures | None:
    """The programme of `year` item by item, with what carried each item out."""
    programme = conn.execute(
        select(Programme.id, Programme.title, Programme.adopted_on, Programme.adopted_by).where(
            Programme.year == year
        )
    ).first()
    if programme is None:
        return None
    a, sh, s, i = Action, ActionShift, ActionSignup, ProgrammeItem
    actions = (
        select(a.programme_item_id.label("item"), func.max(a.date_to).label("last"))
        .where(a.status == DONE, a.programme_item_id.is_not(None))
        .group_by(a.programme_item_id)
        .subquery()
    )
    people = (
        select(a.programme_item_id.label("item"), func.count(distinct(s.volunteer_id)).label("n"))
        .join(sh, sh.action_id == a.id)
        .join(s, and_(s.shift_id == sh.id, s.attended.is_(True)))
        .where(a.status == DONE, a.programme_item_id.is_not(None))
        .group_by(a.programme_item_id)
        .subquery()
    )
    query = (
        select(
            i.kind,
            i.title,
            i.planned_month,
            func.coalesce(Partner.short_name, Partner.name),
            i.planned_participants,
            people.c.n,
            actions.c.last,
            TrainingSession.session_date,
            i.done_on,
        )
        .outerjoin(Partner, Partner.id == i.partner_id)
        .outerjoin(actions, actions.c.item == i.id)
        .outerjoin(people, people.c.item == i.id)
        .outerjoin(TrainingSession, TrainingSession.id == i.training_session_id)
        .where(i.programme_id == programme.id)
        .order_by(func.coalesce(i.planned_month, 0), i.id)
    )
    lines = []
    for kind, title, month, partner, planned, attended, action_day, session_day, by_hand in conn.execute(
        query
    ):
        done_by, done_on = "", None
        for how, day in (("action", action_day), ("training", session_day), ("hand", by_hand)):
            if day is not None:
                done_by, done_on = how, day
                break
        participants = int(attended or 0) if kind == "action" else None
        lines.append(
            ProgrammeLine(kind, title, month, partner or "", planned, participants, done_on, done_by)
        )
    return ProgrammeFigures(programme.title, programme.adopted_on, programme.adopted_by or "", tuple(lines))


def annual_summary(
    db: Database,
    year: int,
    *,
    today: dt.date | None = None,
    settings: ReportSettings | None = None,
    progress: Progress | None = None,
) -> AnnualSummary:
    """The figures of the calendar `year`; `progress` as for `monthly_summary` (may cancel)."""
    period = Period.year(year)
    summary = monthly_summary(db, period, today=today, settings=settings, progress=progress)
    with db.session() as session:
        conn = session.connection()
        return AnnualSummary(year, summary, _ended(conn, period), programme_figures(conn, year))
