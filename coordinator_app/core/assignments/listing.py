"""Assignment (przydział) use cases, read-only for now: the list and one assignment's details.

Outside the clients tab a client is named only by their pseudonymous code, never by name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    AssignmentSchedule,
    Client,
    HoursEntry,
    Staff,
    Volunteer,
)
from coordinator_app.i18n import N_, _

ASSIGNMENT_FORM_LABELS: dict[str, str] = {
    "individual": N_("individual"),
    "group": N_("group"),
    "event": N_("one-off event"),
}

RECENT_MONTHS = 3


def assignment_form_label(form: str) -> str:
    return _(ASSIGNMENT_FORM_LABELS[form]) if form in ASSIGNMENT_FORM_LABELS else form


class AssignmentNotFound(LookupError):
    pass


@dataclass(frozen=True)
class AssignmentRow:
    """One line of the assignments list, with a precomputed search key."""

    id: int
    number: str | None
    volunteer_id: int
    volunteer_last_name: str
    volunteer_first_name: str
    client_code: str | None  # None for group and event assignments
    activity_code: str
    activity_name: str
    form: str
    involves_minors: bool
    date_from: dt.date
    date_to: dt.date | None
    status: str
    confirmed_minutes: int
    search_text: str  # folded number, volunteer names, client code, activity code and name

    @property
    def volunteer_name(self) -> str:
        return f"{self.volunteer_last_name} {self.volunteer_first_name}"


@dataclass(frozen=True)
class ScheduleLine:
    weekday: int  # 0 = Monday
    start_time: dt.time
    end_time: dt.time
    every_other_week: bool


@dataclass(frozen=True)
class MonthHours:
    month: dt.date  # the first day of the month
    confirmed_minutes: int
    unconfirmed_minutes: int  # done, not yet confirmed


@dataclass(frozen=True)
class AssignmentDetails:
    id: int
    number: str | None
    volunteer_name: str
    client_code: str | None
    agreement_number: str
    activity_code: str
    activity_name: str
    form: str
    involves_minors: bool
    date_from: dt.date
    date_to: dt.date | None
    planned_minutes_per_month: int | None
    place: str | None
    social_worker: str | None
    social_worker_consulted_on: dt.date | None
    referral_issued_on: dt.date | None
    family_informed_on: dt.date | None
    status: str
    end_reason: str | None
    cooperation_rating: int | None
    confirmed_minutes: int
    schedule: tuple[ScheduleLine, ...]
    recent_months: tuple[MonthHours, ...]  # the last `RECENT_MONTHS` months, oldest first


def list_assignments(db: Database, *, volunteer_id: int | None = None) -> list[AssignmentRow]:
    """Every assignment (or one volunteer's) in two queries: confirmed minutes are summed by one
    grouped query."""
    hours_filter = [HoursEntry.status == HoursStatus.CONFIRMED.value, HoursEntry.assignment_id.is_not(None)]
    row_filter = []
    if volunteer_id is not None:
        hours_filter.append(HoursEntry.volunteer_id == volunteer_id)
        row_filter.append(Assignment.volunteer_id == volunteer_id)
    with db.session() as session:
        connection = session.connection()  # plain rows: no ORM bookkeeping for 20,000 of them
        confirmed: dict[int, int] = {
            aid: int(total or 0)
            for aid, total in connection.execute(
                select(HoursEntry.assignment_id, func.sum(HoursEntry.minutes))
                .where(*hours_filter)
                .group_by(HoursEntry.assignment_id)
            )
            if aid is not None
        }
        rows = connection.execute(
            select(
                Assignment.id,
                Assignment.number,
                Assignment.volunteer_id,
                Volunteer.last_name,
                Volunteer.first_name,
                Client.code,
                ActivityType.code,
                ActivityType.name,
                Assignment.form,
                Assignment.involves_minors,
                Assignment.date_from,
                Assignment.date_to,
                Assignment.status,
            )
            .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
            .join(ActivityType, ActivityType.id == Assignment.activity_type_id)
            .outerjoin(Client, Client.id == Assignment.client_id)
            .where(*row_filter)
        ).all()
    result = []
    for (
        aid,
        number,
        vid,
        last,
        first,
        client_code,
        act_code,
        act_name,
        form,
        minors,
        d_from,
        d_to,
        status,
    ) in rows:
        search = " ".join(
            (fold(number), fold(last), fold(first), fold(client_code), fold(act_code), fold(act_name))
        )
        result.append(
            AssignmentRow(
                aid,
                number,
                vid,
                last,
                first,
                client_code,
                act_code,
                act_name,
                form,
                bool(minors),
                d_from,
                d_to,
                status,
                confirmed.get(aid, 0),
                search,
            )
        )
    return result


def _month_starts(today: dt.date, count: int) -> list[dt.date]:
    """The first days of the `count` months ending with today's, oldest first."""
    return [Month.of(today).back(back).first for back in range(count - 1, -1, -1)]


def get_assignment_details(
    db: Database, assignment_id: int, *, today: dt.date | None = None
) -> AssignmentDetails:
    today = today or dt.date.today()
    months = _month_starts(today, RECENT_MONTHS)
    with db.session() as session:
        row = session.execute(
            select(
                Assignment,
                Volunteer.last_name,
                Volunteer.first_name,
                Client.code,
                Agreement.number,
                ActivityType.code,
                ActivityType.name,
                Staff.first_name,
                Staff.last_name,
            )
            .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
            .join(Agreement, Agreement.id == Assignment.agreement_id)
            .join(ActivityType, ActivityType.id == Assignment.activity_type_id)
            .outerjoin(Client, Client.id == Assignment.client_id)
            .outerjoin(Staff, Staff.id == Assignment.social_worker_id)
            .where(Assignment.id == assignment_id)
        ).first()
        if row is None:
            raise AssignmentNotFound(assignment_id)
        a, v_last, v_first, client_code, agreement_number, act_code, act_name, sw_first, sw_last = row
        confirmed_total = session.scalar(
            select(func.sum(HoursEntry.minutes)).where(
                HoursEntry.assignment_id == assignment_id, HoursEntry.status == HoursStatus.CONFIRMED.value
            )
        )
        schedule = tuple(
            ScheduleLine(weekday, start, end, bool(other))
            for weekday, start, end, other in session.execute(
                select(
                    AssignmentSchedule.weekday,
                    AssignmentSchedule.start_time,
                    AssignmentSchedule.end_time,
                    AssignmentSchedule.every_other_week,
                )
                .where(AssignmentSchedule.assignment_id == assignment_id)
                .order_by(AssignmentSchedule.weekday, AssignmentSchedule.start_time)
            )
        )
        # Per day and status, summed into months here (portable: no SQLite date functions).
        per_month: dict[tuple[dt.date, str], int] = defaultdict(int)
        for work_date, status, minutes in session.execute(
            select(HoursEntry.work_date, HoursEntry.status, func.sum(HoursEntry.minutes))
            .where(
                HoursEntry.assignment_id == assignment_id,
                HoursEntry.work_date >= months[0],
                HoursEntry.status.in_((HoursStatus.CONFIRMED.value, HoursStatus.DONE.value)),
            )
            .group_by(HoursEntry.work_date, HoursEntry.status)
        ):
            per_month[(work_date.replace(day=1), status)] += int(minutes or 0)
    recent = tuple(
        MonthHours(
            month, per_month[(month, HoursStatus.CONFIRMED.value)], per_month[(month, HoursStatus.DONE.value)]
        )
        for month in months
    )
    return AssignmentDetails(
        id=a.id,
        number=a.number,
        volunteer_name=f"{v_last} {v_first}",
        client_code=client_code,
        agreement_number=agreement_number,
        activity_code=act_code,
        activity_name=act_name,
        form=a.form,
        involves_minors=bool(a.involves_minors),
        date_from=a.date_from,
        date_to=a.date_to,
        planned_minutes_per_month=a.planned_minutes_per_month,
        place=a.place,
        social_worker=f"{sw_first} {sw_last}" if sw_last else None,
        social_worker_consulted_on=a.social_worker_consulted_on,
        referral_issued_on=a.referral_issued_on,
        family_informed_on=a.family_informed_on,
        status=a.status,
        end_reason=a.end_reason,
        cooperation_rating=a.cooperation_rating,
        confirmed_minutes=int(confirmed_total or 0),
        schedule=schedule,
        recent_months=recent,
    )
