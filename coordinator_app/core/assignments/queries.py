"""Assignment (przydział) reads: the list, one assignment's details, one for editing, a new one
pre-filled from a need, and a need's activity.

Outside the clients tab a client is named only by their pseudonymous code, never by name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator_app.core.agreements import valid_agreement_for
from coordinator_app.core.assignments.data import (
    ASSIGNMENT_FIELDS,
    AssignmentData,
    AssignmentDetails,
    AssignmentNotFound,
    AssignmentRow,
    MonthHours,
    ScheduleLine,
)
from coordinator_app.core.assignments.schedule import load_schedule
from coordinator_app.core.bulk import all_rows
from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import AssignmentStatus, HoursStatus
from coordinator_app.core.text import fold
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    AssignmentSchedule,
    Client,
    HoursEntry,
    Need,
    Staff,
    Volunteer,
)
from coordinator_app.i18n import _

RECENT_MONTHS = 3


def count_assignments(db: Database) -> int:
    with db.session() as session:
        return int(session.execute(select(func.count()).select_from(Assignment)).scalar_one())


def list_assignments(
    db: Database, *, volunteer_id: int | None = None, newest: int | None = None
) -> list[AssignmentRow]:
    """Every assignment (or one volunteer's, or only the `newest` few), the latest start first
    and the last added first among those starting the same day, with their confirmed minutes
    summed by one grouped query. SQLite reads them in that order from the index on the start
    date: the first screen of the list comes back at once while the rest is still being read,
    and the list's own sort, newest first too, finds them in order (issue #16)."""
    row_filter = [] if volunteer_id is None else [Assignment.volunteer_id == volunteer_id]
    query = (
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
        .order_by(Assignment.date_from.desc(), Assignment.id.desc())  # the index, read backwards
        .limit(newest)
    )
    with db.session() as session:
        connection = session.connection()  # plain rows: no ORM bookkeeping for 20,000 of them
        rows = all_rows(connection.execute(query))
        hours_filter = [HoursEntry.status == HoursStatus.CONFIRMED.value]
        if newest is not None:
            hours_filter.append(HoursEntry.assignment_id.in_([row[0] for row in rows]))
        elif volunteer_id is not None:
            # The volunteer's assignments by id: SQLite then reads only their confirmed entries
            # (index on status and assignment), never every confirmed entry of the file.
            own = select(Assignment.id).where(Assignment.volunteer_id == volunteer_id)
            hours_filter += [HoursEntry.volunteer_id == volunteer_id, HoursEntry.assignment_id.in_(own)]
        else:
            hours_filter.append(HoursEntry.assignment_id.is_not(None))
        confirmed: dict[int, int] = {
            aid: int(total or 0)
            for aid, total in all_rows(
                connection.execute(
                    select(HoursEntry.assignment_id, func.sum(HoursEntry.minutes))
                    .where(*hours_filter)
                    .group_by(HoursEntry.assignment_id)
                )
            )
            if aid is not None
        }
    result = []
    folded: dict[str | None, str] = {}  # names, codes and activities repeat: folded once each
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
        parts = []
        for text in (number, last, first, client_code, act_code, act_name):
            key = folded.get(text)
            if key is None:
                key = folded[text] = fold(text)
            parts.append(key)
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
                " ".join(parts),
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
        schedule = _schedule_lines(session, assignment_id)
        recent = _recent_months(session, assignment_id, months)
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


def _schedule_lines(session: Session, assignment_id: int) -> tuple[ScheduleLine, ...]:
    return tuple(
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


def _recent_months(session: Session, assignment_id: int, months: list[dt.date]) -> tuple[MonthHours, ...]:
    """Confirmed and done minutes in each of `months` (their first days, oldest first)."""
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
    return tuple(
        MonthHours(
            month, per_month[(month, HoursStatus.CONFIRMED.value)], per_month[(month, HoursStatus.DONE.value)]
        )
        for month in months
    )


def get_assignment(db: Database, assignment_id: int) -> AssignmentData:
    with db.session() as session:
        return _assignment_data(session, assignment_id)


def _assignment_data(session: Session, assignment_id: int) -> AssignmentData:
    """The loader `get_assignment` and `service.update_assignment` share (the package's own helper)."""
    row = session.get(Assignment, assignment_id)
    if row is None:
        raise AssignmentNotFound(assignment_id)
    data = AssignmentData(**{name: getattr(row, name) for name in ASSIGNMENT_FIELDS})
    data.involves_minors_override = bool(data.involves_minors_override)
    data.vetting_override_reason = row.vetting_override_reason
    data.schedule = load_schedule(session, assignment_id)
    return data


def assignment_for_need(
    db: Database, need_id: int, volunteer_id: int, *, today: dt.date | None = None
) -> AssignmentData:
    """A new assignment pre-filled from a need: its client, activity, place and social worker,
    starting today and ending with the volunteer's current agreement."""
    today = today or dt.date.today()
    with db.session() as session:
        row = session.execute(
            select(Need.client_id, Need.activity_type_id, Client.social_worker_id)
            .join(Client, Client.id == Need.client_id)
            .where(Need.id == need_id)
        ).first()
        if row is None:
            raise LookupError(need_id)
        agreement = valid_agreement_for(session, volunteer_id, today, today)
    client_id, activity_id, worker_id = row
    return AssignmentData(
        volunteer_id=volunteer_id,
        client_id=client_id,
        need_id=need_id,
        activity_type_id=activity_id,
        form="individual",
        date_from=today,
        date_to=None if agreement is None else agreement.last_day,
        place=_("client's home"),
        social_worker_id=worker_id,
        status=AssignmentStatus.PLANNED.value,
    )


def need_activity(db: Database, need_id: int) -> int | None:
    """The activity type a need asks for (None when the need is gone)."""
    with db.session() as session:
        return session.scalar(select(Need.activity_type_id).where(Need.id == need_id))
