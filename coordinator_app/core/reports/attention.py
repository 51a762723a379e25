"""What needs the coordinator's attention, for the dashboard: each item names the record it
opens (`kind` "volunteer", "client", "agreement" or "assignment", and its id).

Clients are named by their pseudonymous code (outside the Clients tab no client name is shown).
Vetting items give only the validity date, never a register's result. Each group counts all
its records but keeps (and words) only the first `ITEM_LIMIT`, most urgent first.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select

from coordinator_app.core.agreements.rules import SHORT_PERIOD_DAYS
from coordinator_app.core.calendar import Month
from coordinator_app.core.clients.queries import waiting_conditions
from coordinator_app.core.coalition.queries import open_tasks_query
from coordinator_app.core.enums import (
    SERVING_ASSIGNMENT,
    AssignmentStatus,
    ClientStatus,
    HoursStatus,
    VolunteerStatus,
)
from coordinator_app.core.privacy.requests_queries import due_requests
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Client,
    HoursEntry,
    Need,
    Organisation,
    Vetting,
    Village,
    Volunteer,
)
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_date, format_hours, format_month

AHEAD_DAYS = 30
ITEM_LIMIT = 100
ALL_STATUSES = tuple(status.value for status in HoursStatus)
PLANNED = HoursStatus.PLANNED.value
PENDING = (PLANNED, HoursStatus.DONE.value)  # planned or done: not confirmed yet
R = TypeVar("R")


@dataclass(frozen=True)
class AttentionItem:
    kind: str  # "volunteer", "client", "agreement", "assignment", "coalition_meeting"; "" opens nothing
    record_id: int
    text: str


@dataclass(frozen=True)
class AttentionGroup:
    key: str
    title: str
    total: int
    items: tuple[AttentionItem, ...]  # the first ITEM_LIMIT, most urgent first


@dataclass(frozen=True)
class WaitingClient:
    """A client with open needs that no planned or active assignment serves (the definition
    of core.clients.queries.waiting_list, read here without its search texts)."""

    client_id: int
    code: str
    place: str
    activity_codes: tuple[str, ...]
    first_reported: dt.date
    needs: int


def _group(
    key: str,
    title: str,
    rows: Sequence[R],
    make: Callable[[R], AttentionItem],
    extra: Sequence[AttentionItem] = (),
    *,
    total: int | None = None,
) -> AttentionGroup:
    """`rows` most urgent first; `total` when SQLite counted them and `rows` are the first."""
    items = [*extra, *(make(row) for row in rows[:ITEM_LIMIT])]
    count = len(rows) if total is None else total
    return AttentionGroup(key, title, len(extra) + count, tuple(items[:ITEM_LIMIT]))


def waiting_clients(conn: Connection) -> list[WaitingClient]:
    """Longest waiting first: one row per client, aggregated by SQLite."""
    rows = conn.execute(
        select(
            Client.id,
            Client.code,
            Village.name,
            Client.locality,
            func.json_group_array(ActivityType.code.distinct()),
            func.min(Need.reported_on),
            func.count(),
        )
        .join(Client, Client.id == Need.client_id)
        .join(ActivityType, ActivityType.id == Need.activity_type_id)
        .outerjoin(Village, Village.id == Client.village_id)
        .where(*waiting_conditions())
        .group_by(Client.id)
    ).all()
    result = [
        WaitingClient(
            cid, code, village or locality or "", tuple(sorted(json.loads(codes))), first, int(count)
        )
        for cid, code, village, locality, codes, first, count in rows
    ]
    result.sort(key=lambda w: (w.first_reported, w.code))
    return result


def attention_groups(
    conn: Connection, *, today: dt.date, waiting: Sequence[WaitingClient]
) -> tuple[AttentionGroup, ...]:
    """Every group, empty ones included (the view hides them)."""
    people = conn.execute(select(Volunteer.id, Volunteer.last_name, Volunteer.first_name)).all()
    names = {vid: f"{last} {first}" for vid, last, first in people}
    return (
        _privacy_requests(conn, today),  # legal deadlines (art. 12 ust. 3 RODO) first
        _agreements_ending(conn, today, names),
        _insurance(conn, today, names),
        _vetting(conn, today, names),
        _assessments(conn, today),
        _without_assignment(conn, names),
        _clients_waiting(waiting, today),
        _coalition_tasks(conn, today),
        *_hours_of_last_month(conn, today, names),
    )


def _privacy_requests(conn: Connection, today: dt.date) -> AttentionGroup:
    rows = due_requests(conn, today)
    return _group(
        "privacy_requests",
        _("RODO requests due"),
        rows,
        lambda r: AttentionItem(r.open_kind, r.open_id, r.text),
    )


def _in_force_until() -> Any:
    """An agreement's last day in force, in SQL (`last_valid_day` for a fixed period): the
    end of its period or its termination, whichever comes first."""
    a = Agreement
    return func.min(func.coalesce(a.terminated_on, a.period_to), a.period_to)


def _agreements_ending(conn: Connection, today: dt.date, names: dict[int, str]) -> AttentionGroup:
    """Counted and the first ones read by SQLite: at 100,000 volunteers tens of thousands may
    end with the year."""
    horizon = today + dt.timedelta(days=AHEAD_DAYS)
    a = Agreement
    last = _in_force_until()
    where = (a.period_to.between(today, horizon), last.between(today, horizon), a.period_from <= last)
    total = conn.scalar(select(func.count()).select_from(a).where(*where)) or 0
    rows = conn.execute(
        select(last, a.id, a.number, a.volunteer_id).where(*where).order_by(last, a.id).limit(ITEM_LIMIT)
    ).all()
    text = _("{number} – {name} – in force until {date}")

    def item(row: Any) -> AttentionItem:
        last_day, aid, number, vid = row
        return AttentionItem(
            "agreement", aid, text.format(number=number, name=names.get(vid, ""), date=format_date(last_day))
        )

    return _group("agreements_ending", _("Agreements ending within 30 days"), rows, item, total=total)


def _insurance(conn: Connection, today: dt.date, names: dict[int, str]) -> AttentionGroup:
    """The OPS's NNW policy ending soon (or over) while short agreements need it, and short
    agreements of the next 30 days that no policy covers to their end (counted and the first
    ones read by SQLite)."""
    horizon = today + dt.timedelta(days=AHEAD_DAYS)
    o = Organisation
    org = conn.execute(select(o.nnw_policy, o.nnw_valid_to).where(o.id == 1)).first()
    policy, valid_to = (org[0] or None, org[1]) if org else (None, None)
    a = Agreement
    short = (  # `is_short` and still in force today, within the next 30 days
        a.period_to.is_not(None),
        a.period_to >= today,
        a.period_from <= horizon,
        func.julianday(a.period_to) - func.julianday(a.period_from) + 1 <= SHORT_PERIOD_DAYS,
        _in_force_until() >= today,
    )
    uncovered = [*short, func.coalesce(a.nnw_policy, "") == ""]
    if policy and valid_to is not None:
        uncovered.append(a.period_to > valid_to)  # the OPS policy covers what ends by its end
    extra = []
    any_short = conn.scalar(select(a.id).where(*short).limit(1)) is not None
    if policy and valid_to is not None and valid_to <= horizon and any_short:
        if valid_to < today:
            note = _("The OPS NNW policy {policy} ended on {date}.")
        else:
            note = _("The OPS NNW policy {policy} ends on {date}.")
        extra.append(AttentionItem("", 0, note.format(policy=policy, date=format_date(valid_to))))
    total = conn.scalar(select(func.count()).select_from(a).where(*uncovered)) or 0
    rows = conn.execute(
        select(a.id, a.number, a.volunteer_id, a.period_to)
        .where(*uncovered)
        .order_by(a.period_from, a.id)
        .limit(ITEM_LIMIT)
    ).all()
    text = _("{number} – {name} – {days} days or fewer, no NNW insurance to {date}")

    def item(row: Any) -> AttentionItem:
        aid, number, vid, end = row
        return AttentionItem(
            "agreement",
            aid,
            text.format(
                number=number, name=names.get(vid, ""), days=SHORT_PERIOD_DAYS, date=format_date(end)
            ),
        )

    return _group("insurance", _("NNW accident insurance ending or missing"), rows, item, extra, total=total)


def _vetting(conn: Connection, today: dt.date, names: dict[int, str]) -> AttentionGroup:
    """Current vetting records (the one entered last) of volunteers still on the register,
    expired or expiring within 30 days; those with minors in an assignment now come first."""
    horizon = today + dt.timedelta(days=AHEAD_DAYS)
    v = Vetting
    current: dict[int, dt.date | None] = {}
    for vid, valid_until in conn.execute(
        select(v.volunteer_id, v.valid_until)
        .join(Volunteer, Volunteer.id == v.volunteer_id)
        .where(Volunteer.archived.is_(False), Volunteer.status != VolunteerStatus.ENDED.value)
        .order_by(v.volunteer_id, v.created_at, v.id)
    ).all():
        current[vid] = valid_until
    with_minors = {
        vid
        for (vid,) in conn.execute(
            select(Assignment.volunteer_id).where(
                Assignment.status.in_(SERVING_ASSIGNMENT), Assignment.involves_minors
            )
        ).all()
    }
    due = sorted(
        (vid not in with_minors, until, vid)
        for vid, until in current.items()
        if until is not None and until <= horizon
    )
    expired, valid = _("{name} – vetting expired on {date}"), _("{name} – vetting valid until {date}")

    def item(row: tuple[bool, dt.date, int]) -> AttentionItem:
        _later, until, vid = row
        text = (expired if until < today else valid).format(name=names.get(vid, ""), date=format_date(until))
        if vid in with_minors:
            text += " " + _("(works with minors)")
        return AttentionItem("volunteer", vid, text)

    return _group("vetting", _("Vetting for work with minors expired or expiring"), due, item)


def _assessments(conn: Connection, today: dt.date) -> AttentionGroup:
    c = Client
    rows = conn.execute(
        select(c.id, c.code, c.assessment_valid_until)
        .where(c.status == ClientStatus.ACTIVE.value, c.assessment_valid_until < today)
        .order_by(c.assessment_valid_until, c.code)
    ).all()
    text = _("{code} – needs assessment valid until {date}")

    def item(row: Any) -> AttentionItem:
        cid, code, until = row
        return AttentionItem("client", cid, text.format(code=code, date=format_date(until)))

    return _group("assessments", _("Needs assessments expired"), rows, item)


def _without_assignment(conn: Connection, names: dict[int, str]) -> AttentionGroup:
    serving = select(Assignment.volunteer_id).where(Assignment.status.in_(SERVING_ASSIGNMENT))
    ids = [
        vid
        for (vid,) in conn.execute(
            select(Volunteer.id).where(
                Volunteer.status == VolunteerStatus.ACTIVE.value,
                Volunteer.archived.is_(False),
                Volunteer.restricted_on.is_(None),  # art. 18 RODO: not to be given work
                Volunteer.id.not_in(serving),
            )
        ).all()
    ]
    ids.sort(key=lambda vid: polish_sort_key(names.get(vid, "")))
    return _group(
        "without_assignment",
        _("Active volunteers without an assignment"),
        ids,
        lambda vid: AttentionItem("volunteer", vid, names.get(vid, "")),
    )


def _clients_waiting(waiting: Sequence[WaitingClient], today: dt.date) -> AttentionGroup:
    def item(client: WaitingClient) -> AttentionItem:
        days = max((today - client.first_reported).days, 0)
        place = f" ({client.place})" if client.place else ""
        waited = ngettext("waiting {n} day", "waiting {n} days", days).format(n=days)
        text = f"{client.code}{place} – {', '.join(client.activity_codes)} – {waited}"
        return AttentionItem("client", client.client_id, text)

    return _group("clients_waiting", _("Clients waiting for a volunteer"), waiting, item)


def _coalition_tasks(conn: Connection, today: dt.date) -> AttentionGroup:
    """Open tasks of coalition meetings: overdue, due within 14 days, undated (one query)."""
    rows = conn.execute(open_tasks_query(today)).all()
    due, overdue = (
        _("Coalition task: {task} – due {date}"),
        _("Coalition task: {task} – overdue since {date}"),
    )
    undated = _("Coalition task: {task} – no deadline")
    responsible = _("{text}, responsible: {who}")

    def item(row: Any) -> AttentionItem:
        _tid, meeting_id, task, person, due_on, _number, partner, short = row
        if due_on is None:
            text = undated.format(task=task)
        else:
            text = (overdue if due_on < today else due).format(task=task, date=format_date(due_on))
        institution = short or partner
        who = f"{person} ({institution})" if person and institution else person or institution
        return AttentionItem(
            "coalition_meeting", meeting_id, responsible.format(text=text, who=who) if who else text
        )

    return _group("coalition_tasks", _("Open tasks of the coalition"), rows, item)


def _hours_of_last_month(conn: Connection, today: dt.date, names: dict[int, str]) -> list[AttentionGroup]:
    """Entries of last month still planned or done (not confirmed), per volunteer; and active
    assignments that ran last month without any entry for it."""
    month = Month.of(today).previous()
    h = HoursEntry
    in_month = h.work_date.between(month.first, month.last)
    pending: dict[int, int] = {}
    pending_minutes: dict[int, int] = {}
    for vid, count, minutes in conn.execute(
        select(h.volunteer_id, func.count(), func.sum(h.minutes))
        .where(h.status.in_(PENDING), in_month)
        .group_by(h.volunteer_id)
    ).all():
        pending[vid] = int(count)
        pending_minutes[vid] = int(minutes or 0)
    # Assignments with an entry of the month other than a planned one count as entered.
    entered = select(h.assignment_id).where(
        h.status.in_([status for status in ALL_STATUSES if status != PLANNED]),
        in_month,
        h.assignment_id.is_not(None),
    )
    month_name = format_month(month.first)

    def unconfirmed(vid: int) -> AttentionItem:
        n = pending[vid]
        text = ngettext(
            "{name} – {n} entry of {month} not confirmed ({hours})",
            "{name} – {n} entries of {month} not confirmed ({hours})",
            n,
        )
        hours = format_hours(pending_minutes[vid])
        return AttentionItem(
            "volunteer", vid, text.format(name=names.get(vid, ""), n=n, month=month_name, hours=hours)
        )

    asg = Assignment
    missing = []
    for aid, number, vid, code in conn.execute(
        select(asg.id, asg.number, asg.volunteer_id, ActivityType.code)
        .join(ActivityType, ActivityType.id == asg.activity_type_id)
        .where(
            asg.status == AssignmentStatus.ACTIVE.value,
            asg.date_from <= month.last,
            (asg.date_to.is_(None)) | (asg.date_to >= month.first),
            asg.id.not_in(entered),
        )
    ).all():
        missing.append((polish_sort_key(names.get(vid, "")), aid, number, vid, code))
    missing.sort()
    text = _("{number} – {name} ({activity}) – no hours entered for {month}")

    def not_entered(row: tuple[Any, int, str | None, int, str]) -> AttentionItem:
        _key, aid, number, vid, code = row
        name = names.get(vid, "")
        return AttentionItem(
            "assignment",
            aid,
            text.format(number=number or f"#{aid}", name=name, activity=code, month=month_name),
        )

    people = sorted(pending, key=lambda vid: polish_sort_key(names.get(vid, "")))
    return [
        _group("hours_unconfirmed", _("Hours of last month not confirmed"), people, unconfirmed),
        _group("hours_missing", _("Hours of last month not entered"), missing, not_entered),
    ]
