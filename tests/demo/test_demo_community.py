"""The demo's community half: partners, a year of one-off actions with sign-ups and the hours
their attendance became, volunteers registered at actions, the coalition and the programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import regon as stdnum_regon

from coordinator_app.core.rules import age_on
from coordinator_app.db.engine import Database
from coordinator_app.demo import DemoSize, generate_demo
from coordinator_app.storage.opening import open_database

TODAY = dt.date(2025, 10, 20)
SIZE = DemoSize(volunteers=90, clients=40, hours=1500)
WINDOW_START = TODAY - dt.timedelta(days=364)


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql).all()]


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("community") / "demo.sqlite")
    generate_demo(db, SIZE, seed=11, today=TODAY)
    yield db
    db.dispose()


def test_partners_of_every_kind_with_valid_identifiers(demo: Database) -> None:
    rows = _rows(demo, "SELECT kind, nip, regon, krs, represented_by, represented_by_sex, village_id, "
                       "agreement_number, coalition_member FROM partners")  # fmt: skip
    kinds = sorted(r[0] for r in rows)
    assert kinds.count("school") == 2
    assert {"parish", "ngo", "fire_brigade", "housewives", "company"} <= set(kinds)
    for _kind, nip, regon, krs, head, sex, village, _number, _member in rows:
        assert nip is None or stdnum_nip.is_valid(nip)
        assert regon is not None and stdnum_regon.is_valid(regon)
        assert krs is None or (len(krs) == 10 and krs.isdigit())
        assert head and sex in ("K", "M") and village is not None
    assert 0 < sum(1 for r in rows if r[7]) < len(rows), "cooperation agreements for some partners"
    assert {r[0] for r in rows if r[2] and r[3]} >= {"ngo", "fire_brigade", "company"}
    # every partner has exactly one primary contact; the school clubs' teacher is one
    primaries = _rows(demo, 'SELECT partner_id, COUNT(*) FROM partner_contacts WHERE "primary" GROUP BY 1')
    assert len(primaries) == len(rows) and {count for _p, count in primaries} == {1}
    teachers = _rows(demo, "SELECT role FROM partner_contacts c JOIN partners p ON p.id = c.partner_id "
                           "WHERE p.kind = 'school' AND c.\"primary\"")  # fmt: skip
    assert all("Szkolnego Koła Wolontariatu" in role for (role,) in teachers)


def test_a_year_of_actions_with_every_status(demo: Database) -> None:
    actions = _rows(demo, "SELECT id, date_from, date_to, status, organiser_partner_id FROM actions")
    per_year: dict[int, int] = {}
    for _id, start, end, status, _organiser in actions:
        first, last = _day(start), _day(end)
        assert WINDOW_START <= first <= last <= dt.date(TODAY.year, 12, 31)
        per_year[first.year] = per_year.get(first.year, 0) + 1
        if status == "done":
            assert last < TODAY
        elif status in ("open", "planned"):
            assert last >= TODAY
    assert 8 <= per_year[TODAY.year] <= 14
    assert {status for *_rest, status, _o in actions} == {"done", "cancelled", "open", "planned"}
    assert any(o is None for *_rest, o in actions) and any(o is not None for *_rest, o in actions)
    outside = _rows(demo, "SELECT s.id FROM action_shifts s JOIN actions a ON a.id = s.action_id "
                          "WHERE s.shift_date < a.date_from OR s.shift_date > a.date_to "
                          "OR s.end_time <= s.start_time")  # fmt: skip
    assert outside == []
    assert _rows(demo, "SELECT COUNT(DISTINCT action_id) FROM action_partners")[0][0] >= len(actions) - 3
    future = _rows(demo, "SELECT COUNT(*), SUM(g.attended IS NOT NULL) FROM action_signups g JOIN "
                         f"action_shifts s ON s.id = g.shift_id WHERE s.shift_date >= '{TODAY}'")  # fmt: skip
    assert future[0][0] > 0 and future[0][1] == 0, "coming actions have sign-ups, no attendance yet"


def test_minors_only_on_shifts_open_to_them_and_with_consent(demo: Database) -> None:
    rows = _rows(
        demo,
        "SELECT v.birth_date, s.shift_date, s.minors_allowed, v.guardian_name, v.guardian_consent_date, "
        "(SELECT COUNT(*) FROM volunteer_statements t WHERE t.volunteer_id = v.id "
        " AND t.kind = 'guardian_consent') FROM action_signups g JOIN action_shifts s ON s.id = g.shift_id "
        "JOIN volunteers v ON v.id = g.volunteer_id",
    )
    minors = 0
    for birth, day, allowed, guardian, consent, statements in rows:
        if age_on(_day(birth), _day(day)) >= 18:
            continue
        minors += 1
        assert allowed and guardian and statements == 1
        assert _day(consent) <= _day(day)
    assert minors >= 3, "pupils from the school clubs take part"


def test_attended_sign_ups_became_one_confirmed_entry_each(demo: Database) -> None:
    rows = _rows(
        demo,
        "SELECT g.attended, g.hours_entry_id, s.shift_date, a.status, h.volunteer_id = g.volunteer_id, "
        "h.assignment_id, h.work_date = s.shift_date, h.time_from = s.start_time, h.time_to = s.end_time, "
        "h.minutes, COALESCE(g.minutes, (strftime('%s', s.end_time) - strftime('%s', s.start_time)) / 60), "
        "h.activity_type_id = a.activity_type_id, h.description = a.name, h.place = a.place, h.source, "
        "h.status FROM action_signups g JOIN action_shifts s ON s.id = g.shift_id "
        "JOIN actions a ON a.id = s.action_id LEFT JOIN hours_entries h ON h.id = g.hours_entry_id",
    )
    attended = 0
    for row in rows:
        was_there, entry, day, status = row[:4]
        if _day(day) >= TODAY or status != "done":
            assert was_there is None and entry is None
            continue
        assert was_there in (0, 1)
        if not was_there:
            assert entry is None
            continue
        attended += 1
        same_person, assignment, same_day, same_from, same_to, minutes, expected = row[4:11]
        assert entry is not None and same_person and assignment is None and same_day
        assert same_from and same_to and minutes == expected
        assert row[11:] == (1, 1, 1, "coordinator", "confirmed")
    assert attended >= 40
    assert _rows(demo, "SELECT COUNT(DISTINCT hours_entry_id) FROM action_signups")[0][0] == attended
    stray = _rows(demo, "SELECT COUNT(*) FROM hours_entries h WHERE assignment_id IS NULL AND NOT EXISTS "
                        "(SELECT 1 FROM action_signups g WHERE g.hours_entry_id = h.id)")  # fmt: skip
    assert stray == [(0,)]


def test_shift_rules_hold_for_every_sign_up(demo: Database) -> None:
    """A training the shift asks for was attended before it; no one is on two overlapping shifts."""
    untrained = _rows(
        demo,
        "SELECT g.id FROM action_signups g JOIN action_shifts s ON s.id = g.shift_id "
        "WHERE s.required_training IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attendances t "
        "JOIN training_sessions e ON e.id = t.session_id WHERE t.volunteer_id = g.volunteer_id "
        "AND t.status = 'present' AND e.category = s.required_training AND e.session_date < s.shift_date)",
    )
    assert untrained == []
    overlapping = _rows(
        demo,
        "SELECT g1.id FROM action_signups g1 JOIN action_shifts s1 ON s1.id = g1.shift_id "
        "JOIN action_signups g2 ON g2.volunteer_id = g1.volunteer_id AND g2.id > g1.id "
        "JOIN action_shifts s2 ON s2.id = g2.shift_id WHERE s1.shift_date = s2.shift_date "
        "AND s1.start_time < s2.end_time AND s2.start_time < s1.end_time",
    )
    assert overlapping == []


def test_volunteers_registered_at_actions(demo: Database) -> None:
    rows = _rows(
        demo,
        "SELECT v.id, v.status, v.birth_date, a.date_from, a.date_to, "
        "(SELECT COUNT(*) FROM assignments s WHERE s.volunteer_id = v.id), "
        "(SELECT COUNT(*) FROM action_signups g JOIN action_shifts t ON t.id = g.shift_id "
        " WHERE g.volunteer_id = v.id AND t.action_id = a.id) "
        "FROM volunteers v JOIN actions a ON a.id = v.registered_at_action_id",
    )
    one_off = [r for r in rows if r[5] == 0]
    stayed = [r for r in rows if r[5] > 0]
    assert len(one_off) >= 4 and 1 <= len(stayed) <= 4
    assert any(age_on(_day(r[2]), _day(r[3])) < 18 for r in one_off), "a pupil registered with consent"
    for vid, status, _birth, start, end, _assignments, signed in rows:
        assert signed == 1 and (status == "active" or vid in {r[0] for r in stayed})
        agreements = _rows(
            demo,
            "SELECT period_from, period_to, concluded_on, nnw_policy, written_form FROM agreements "
            f"WHERE volunteer_id = {vid} ORDER BY period_from",
        )
        first, last, concluded, nnw, _written = agreements[0]
        assert (first, last, concluded) == (start, end, start)
        assert (_day(last) - _day(first)).days < 30 and nnw
    for _vid, _status, _birth, start, _end, _assignments, _signed in stayed:
        firsts = _rows(demo, f"SELECT MIN(date_from) FROM assignments WHERE volunteer_id = {_vid}")
        assert _day(firsts[0][0]) > _day(start), "the assignment came after the action"


def test_coalition_meets_four_times_a_year_with_one_overdue_task(demo: Database) -> None:
    meetings = _rows(demo, "SELECT id, held_on, status, agenda FROM coalition_meetings")
    assert sorted({_day(m[1]).year for m in meetings}) == [TODAY.year - 1, TODAY.year]
    assert len(meetings) == 8
    for meeting, held_on, status, agenda in meetings:
        assert status == ("held" if _day(held_on) <= TODAY else "planned") and len(agenda.splitlines()) >= 3
        present = _rows(demo, f"SELECT COUNT(*), COUNT(partner_id) FROM coalition_attendees "
                              f"WHERE meeting_id = {meeting} AND present")  # fmt: skip
        decisions = _rows(demo, f"SELECT COUNT(*) FROM coalition_decisions WHERE meeting_id = {meeting}")
        if status == "held":
            assert present[0][1] >= 3 and decisions[0][0] >= 2
    tasks = _rows(demo, "SELECT due_on, done_on FROM coalition_tasks")
    overdue = [t for t in tasks if t[0] and _day(t[0]) < TODAY and t[1] is None]
    assert len(overdue) == 1
    assert any(t[1] is None and (t[0] is None or _day(t[0]) >= TODAY) for t in tasks), "open tasks"
    assert any(t[1] is not None for t in tasks)


def test_programme_items_are_carried_out_by_actions_and_sessions(demo: Database) -> None:
    [(programme, year)] = _rows(demo, f"SELECT id, year FROM programmes WHERE year = {TODAY.year}")
    items = _rows(
        demo,
        "SELECT i.kind, i.training_session_id, i.done_on, "
        "(SELECT COUNT(*) FROM actions a WHERE a.programme_item_id = i.id AND a.status = 'done') "
        f"FROM programme_items i WHERE programme_id = {programme}",
    )
    assert {kind for kind, *_rest in items} == {"action", "training", "meeting", "promotion"}
    done = [i for i in items if i[1] or i[2] or i[3]]
    assert 0 < len(done) < len(items), "planned vs done"
    assert any(i[0] == "training" and i[1] for i in items)
    assert _rows(demo, "SELECT COUNT(*) FROM actions WHERE programme_item_id IS NULL AND date_from >= "
                       f"'{year}-01-01'")[0][0] >= 1, "an unplanned action (after a storm)"  # fmt: skip


def _dump(db: Database) -> list[list[tuple[Any, ...]]]:
    tables = ("partners", "partner_contacts", "actions", "action_shifts", "action_signups",
              "coalition_meetings", "coalition_tasks", "programme_items", "volunteers")  # fmt: skip
    return [_rows(db, f"SELECT * FROM {name} ORDER BY 1") for name in tables]


def test_same_seed_same_community(tmp_path: Path, demo: Database) -> None:
    again = open_database(tmp_path / "again.sqlite")
    try:
        generate_demo(again, SIZE, seed=11, today=TODAY)
        assert _dump(again) == _dump(demo)
        assert _rows(again, "PRAGMA foreign_key_check") == []
    finally:
        again.dispose()
