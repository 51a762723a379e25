"""The dashboard's attention figures aggregated by SQLite are the ones a plain reading of every
row gives (issue #16: the same figures as before, computed both ways on demo data)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from sqlalchemy import Connection, select

from coordinator_app.core.agreements.data import last_valid_day
from coordinator_app.core.agreements.rules import is_short
from coordinator_app.core.calendar import Month
from coordinator_app.core.clients.queries import waiting_conditions
from coordinator_app.core.enums import AssignmentStatus, HoursStatus
from coordinator_app.core.reports.attention import (
    AHEAD_DAYS,
    ITEM_LIMIT,
    WaitingClient,
    attention_groups,
    waiting_clients,
)
from coordinator_app.db.models import (
    ActivityType,
    Agreement,
    Assignment,
    Client,
    HoursEntry,
    Need,
    Organisation,
    Village,
)
from coordinator_app.demo import DemoSize, generate_demo
from coordinator_app.storage.opening import open_database

TODAYS = [dt.date.today(), dt.date.today() + dt.timedelta(days=35), dt.date.today() - dt.timedelta(days=130)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("attention") / "demo.sqlite"
    database = open_database(path)
    generate_demo(database, DemoSize(60, 40, 3000), seed=16)
    database.dispose()
    return path


def waiting_by_rows(conn: Connection) -> list[WaitingClient]:
    rows = conn.execute(
        select(Client.id, Client.code, Village.name, Client.locality, ActivityType.code, Need.reported_on)
        .join(Client, Client.id == Need.client_id)
        .join(ActivityType, ActivityType.id == Need.activity_type_id)
        .outerjoin(Village, Village.id == Client.village_id)
        .where(*waiting_conditions())
    ).all()
    grouped: dict[int, list[tuple[int, str, str | None, str | None, str, dt.date]]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(tuple(row))  # type: ignore[arg-type]
    result = [
        WaitingClient(
            cid,
            needs[0][1],
            needs[0][2] or needs[0][3] or "",
            tuple(sorted({need[4] for need in needs})),
            min(need[5] for need in needs),
            len(needs),
        )
        for cid, needs in grouped.items()
    ]
    return sorted(result, key=lambda w: (w.first_reported, w.code))


def hours_by_rows(conn: Connection, today: dt.date) -> tuple[Counter[int], set[int]]:
    """(pending entries per volunteer, active assignments of the month without an entry)."""
    month = Month.of(today).previous()
    pending: Counter[int] = Counter()
    entered: set[int] = set()
    for vid, aid, status, day in conn.execute(
        select(HoursEntry.volunteer_id, HoursEntry.assignment_id, HoursEntry.status, HoursEntry.work_date)
    ).all():
        if not month.first <= day <= month.last:
            continue
        if status in (HoursStatus.PLANNED.value, HoursStatus.DONE.value):
            pending[vid] += 1
        if aid is not None and status != HoursStatus.PLANNED.value:
            entered.add(aid)
    missing = set()
    for aid, status, start, end in conn.execute(
        select(Assignment.id, Assignment.status, Assignment.date_from, Assignment.date_to)
    ).all():
        ran = start <= month.last and (end is None or end >= month.first)
        if status == AssignmentStatus.ACTIVE.value and ran and aid not in entered:
            missing.add(aid)
    return pending, missing


def agreements_by_rows(conn: Connection, today: dt.date) -> tuple[list[int], list[int], bool]:
    """(ending within 30 days, most urgent first; short ones without NNW insurance, earliest
    first; whether any short one is in force), reading every agreement in Python."""
    horizon = today + dt.timedelta(days=AHEAD_DAYS)
    org = conn.execute(select(Organisation.nnw_policy, Organisation.nnw_valid_to)).first()
    policy, valid_to = (org[0] or None, org[1]) if org else (None, None)
    ending, short = [], []
    a = Agreement
    for aid, start, end, terminated, own in conn.execute(
        select(a.id, a.period_from, a.period_to, a.terminated_on, a.nnw_policy)
    ).all():
        last = last_valid_day(end, terminated)
        if end is None or last is None:
            continue
        if today <= end <= horizon and today <= last <= horizon and start <= last:
            ending.append((last, aid))
        if end >= today and start <= horizon and is_short(start, end) and last >= today:
            covered = bool(own) or bool(policy and valid_to is not None and end <= valid_to)
            short.append((start, aid, covered))
    uncovered = [aid for _start, aid, covered in sorted(short) if not covered]
    return [aid for _last, aid in sorted(ending)], uncovered, bool(short)


@pytest.mark.parametrize("today", TODAYS)
def test_agreement_groups_equal_a_reading_of_every_row(demo: Path, today: dt.date) -> None:
    db = open_database(demo)
    try:
        with db.engine.connect() as conn:
            groups = {group.key: group for group in attention_groups(conn, today=today, waiting=[])}
            ending, uncovered, any_short = agreements_by_rows(conn, today)
    finally:
        db.dispose()
    assert [item.record_id for item in groups["agreements_ending"].items] == ending[:ITEM_LIMIT]
    assert groups["agreements_ending"].total == len(ending)
    insurance = groups["insurance"]
    notes = [item for item in insurance.items if item.kind == ""]
    assert [item.record_id for item in insurance.items if item.kind] == uncovered[: ITEM_LIMIT - len(notes)]
    assert insurance.total == len(notes) + len(uncovered)
    assert len(notes) <= int(any_short)  # the policy's note only when a short agreement needs it
    if today == TODAYS[0]:
        assert ending  # the demo has agreements ending to show today


@pytest.mark.parametrize("today", TODAYS)
def test_attention_figures_equal_a_reading_of_every_row(demo: Path, today: dt.date) -> None:
    db = open_database(demo)
    try:
        with db.engine.connect() as conn:
            waiting = waiting_clients(conn)
            assert waiting == waiting_by_rows(conn) and waiting
            groups = {group.key: group for group in attention_groups(conn, today=today, waiting=waiting)}
            pending, missing = hours_by_rows(conn, today)
    finally:
        db.dispose()
    unconfirmed, not_entered = groups["hours_unconfirmed"], groups["hours_missing"]
    assert unconfirmed.total == len(pending) and not_entered.total == len(missing)
    if today == TODAYS[0]:
        assert pending or missing  # the demo's last month has something to show
    for item in unconfirmed.items:
        assert f" {pending[item.record_id]} " in item.text
    assert {item.record_id for item in not_entered.items} <= missing
    assert groups["clients_waiting"].total == len(waiting)
