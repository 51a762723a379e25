"""The demo dataset: exact counts, valid identifiers, consistent dates, all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import pesel as stdnum_pesel
from stdnum.pl import regon as stdnum_regon

from coordinator_app.core.enums import (
    AssignmentStatus,
    AttendanceStatus,
    HoursStatus,
    StatementKind,
    TrainingCategory,
    VolunteerStatus,
)
from coordinator_app.core.rules import age_on
from coordinator_app.db.engine import Database
from coordinator_app.demo import DemoError, DemoSize, DemoSummary, generate_demo
from coordinator_app.demo.api import plural_pl
from coordinator_app.storage.opening import open_database

TODAY = dt.date(2025, 3, 14)
SIZE = DemoSize(volunteers=80, clients=50, hours=2500)


def _rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql).all()]


def _count(db: Database, name: str) -> int:
    return int(_rows(db, f"SELECT COUNT(*) FROM {name}")[0][0])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    summary = generate_demo(db, SIZE, seed=7, today=TODAY)
    yield db, summary
    db.dispose()


def test_counts_are_exact(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    # The requested volunteers and one-off helpers registered at actions on top (a tenth); the
    # requested number of hours entries, some of them the attendance at actions.
    one_offs = _rows(
        db,
        "SELECT COUNT(*) FROM volunteers v WHERE v.registered_at_action_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.volunteer_id = v.id)",
    )[0][0]
    from_actions = _rows(db, "SELECT COUNT(*) FROM hours_entries WHERE assignment_id IS NULL")[0][0]
    assert (_count(db, "volunteers"), _count(db, "clients"), _count(db, "hours_entries")) == (88, 50, 2500)
    assert one_offs == 8 and 0 < from_actions <= 2500 // 4
    assert (summary.volunteers, summary.clients, summary.hours) == (88, 50, 2500)
    assert summary.trainings == _count(db, "training_sessions") >= 10
    assert summary.agreements == _count(db, "agreements") > 0
    assert summary.assignments == _count(db, "assignments") > 0
    assert str(summary).startswith("Utworzono: 88 wolontariuszy, 50 podopiecznych, 2500 wpisów godzin, ")


def test_polish_plural_forms() -> None:
    forms = ("wolontariusz", "wolontariusze", "wolontariuszy")
    assert [plural_pl(n, *forms) for n in (1, 2, 4, 5, 12, 22, 25, 112)] == [
        "1 wolontariusz",
        "2 wolontariusze",
        "4 wolontariusze",
        "5 wolontariuszy",
        "12 wolontariuszy",
        "22 wolontariusze",
        "25 wolontariuszy",
        "112 wolontariuszy",
    ]
    summary = DemoSummary(volunteers=1, clients=3, hours=22, trainings=12)
    assert str(summary) == "Utworzono: 1 wolontariusz, 3 podopieczni, 22 wpisy godzin, 12 szkoleń."


def test_organisation_and_dictionaries(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    [(count, nip, regon, name, manager, place)] = _rows(
        db, "SELECT COUNT(*), nip, regon, full_name, manager_name, place_for_dates FROM organisation"
    )
    assert count == 1
    assert stdnum_nip.is_valid(nip) and stdnum_regon.is_valid(regon)
    assert name.startswith("Gminny Ośrodek Pomocy Społecznej w ") and manager and place
    villages = _count(db, "villages")
    assert 12 <= villages <= 20
    pairs = _rows(db, "SELECT village_a_id, village_b_id, km FROM village_distances")
    assert len(pairs) == villages * (villages - 1) // 2
    assert all(a < b and km > 0 for a, b, km in pairs)
    [(social, signatory, coordinator)] = _rows(
        db, "SELECT SUM(is_social_worker), SUM(is_signatory), SUM(is_coordinator) FROM staff"
    )
    assert 3 <= social <= 5 and signatory >= 1 and coordinator == 1
    assert _count(db, "activity_types") == 16  # the baseline dictionary, untouched


def test_pesels_valid_and_match_birth_date_and_sex(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rows = _rows(db, "SELECT pesel, birth_date, sex, id_document, citizenship FROM volunteers")
    pesels = [r[0] for r in rows if r[0] is not None]
    assert len(pesels) == len(set(pesels))
    foreigners = 0
    for pesel, birth, sex, document, citizenship in rows:
        if pesel is None:
            foreigners += 1
            assert document and citizenship != "polskie"
            continue
        assert stdnum_pesel.is_valid(pesel)
        assert stdnum_pesel.get_birth_date(pesel) == dt.date.fromisoformat(birth)
        assert ("M" if int(pesel[9]) % 2 else "K") == sex
    assert foreigners >= 1


def test_every_status_present_and_minors_have_guardians(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    statuses = {r[0] for r in _rows(db, "SELECT DISTINCT status FROM volunteers")}
    assert statuses == {s.value for s in VolunteerStatus}
    rows = _rows(
        db,
        "SELECT id, birth_date, guardian_name, guardian_relation, guardian_phone, guardian_consent_date, "
        "registered_at_action_id FROM volunteers",
    )
    minors = [r for r in rows if age_on(dt.date.fromisoformat(r[1]), TODAY) < 18]
    assert 3 <= len([r for r in minors if r[6] is None]) <= 8  # pupils registered at actions aside
    for _id, _birth, name, relation, phone, consent, _action in minors:
        assert name and relation and phone.startswith("+48") and len(phone) == 12
        assert dt.date.fromisoformat(consent) <= TODAY
    signed = {
        r[0]
        for r in _rows(
            db,
            f"SELECT volunteer_id FROM volunteer_statements WHERE kind = "
            f"'{StatementKind.GUARDIAN_CONSENT.value}'",
        )
    }
    assert {m[0] for m in minors} <= signed


def test_statuses_and_categories_use_the_enums(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    checks = {
        "assignments": {s.value for s in AssignmentStatus},
        "hours_entries": {s.value for s in HoursStatus},
        "attendances": {s.value for s in AttendanceStatus},
    }
    for name, allowed in checks.items():
        found = {r[0] for r in _rows(db, f"SELECT DISTINCT status FROM {name}")}
        assert found <= allowed, name
    assert {r[0] for r in _rows(db, "SELECT DISTINCT status FROM hours_entries")} >= {
        "confirmed",
        "done",
        "planned",
    }
    categories = {r[0] for r in _rows(db, "SELECT DISTINCT category FROM training_sessions")}
    assert categories <= {c.value for c in TrainingCategory}
    assert {r[0] for r in _rows(db, "SELECT DISTINCT form FROM assignments")} <= {
        "individual",
        "group",
        "event",
    }
    types = {r[0] for r in _rows(db, "SELECT DISTINCT type_code FROM client_types")}
    assert types <= {"senior", "disabled", "family", "alone", "other"}


def test_hours_lie_within_assignments_and_agreements_cover_them(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    horizon = (TODAY + dt.timedelta(days=14)).isoformat()
    outside = _rows(
        db,
        "SELECT h.id FROM hours_entries h JOIN assignments a ON a.id = h.assignment_id "
        "WHERE h.work_date < a.date_from OR (a.date_to IS NOT NULL AND h.work_date > a.date_to) "
        "OR h.volunteer_id != a.volunteer_id OR h.activity_type_id != a.activity_type_id "
        f"OR h.work_date > '{horizon}' OR h.minutes % 15 != 0 OR h.minutes < 30 OR h.minutes > 240",
    )
    assert outside == []
    # entries without an assignment are the attendance at actions, each made from one sign-up
    assert _rows(
        db,
        "SELECT COUNT(*) FROM hours_entries h WHERE assignment_id IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM action_signups s WHERE s.hours_entry_id = h.id)",
    ) == [(0,)]
    uncovered = _rows(
        db,
        "SELECT a.id FROM assignments a JOIN agreements g ON g.id = a.agreement_id "
        "WHERE a.volunteer_id != g.volunteer_id OR a.date_from < g.period_from "
        "OR COALESCE(a.date_to, a.date_from) > COALESCE(g.terminated_on, g.period_to) "
        f"OR (a.date_to IS NULL AND COALESCE(g.terminated_on, g.period_to) < '{TODAY.isoformat()}')",
    )
    assert uncovered == []
    late = _rows(
        db,
        "SELECT h.id FROM hours_entries h JOIN assignments a ON a.id = h.assignment_id "
        "JOIN agreements g ON g.id = a.agreement_id "
        "WHERE h.work_date > COALESCE(g.terminated_on, g.period_to)",
    )
    assert late == []
    future = _rows(db, f"SELECT DISTINCT status FROM hours_entries WHERE work_date > '{TODAY.isoformat()}'")
    assert future == [("planned",)]
    child = _rows(
        db,
        "SELECT a.id FROM assignments a JOIN activity_types t ON t.id = a.activity_type_id "
        "WHERE a.involves_minors != t.involves_minors OR (t.involves_minors AND NOT EXISTS "
        "(SELECT 1 FROM vettings v "
        "WHERE v.volunteer_id = a.volunteer_id AND v.krk_presented_on <= a.date_from))",
    )
    assert child == []


def test_closed_months_are_locked(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    months = {r[0] for r in _rows(db, "SELECT month FROM month_closes")}
    assert "2025-03" not in months and "2025-02" not in months and "2025-01" in months
    rows = _rows(db, "SELECT substr(work_date, 1, 7), locked, status FROM hours_entries")
    for month, locked, status in rows:
        assert bool(locked) == (month in months)
        if locked:
            assert status in ("confirmed", "cancelled", "no_show")


def test_foreign_keys_hold(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    assert _rows(db, "PRAGMA foreign_key_check") == []
    assert _rows(db, "PRAGMA integrity_check") == [("ok",)]


def _dump(db: Database) -> list[list[tuple]]:
    tables = (
        "organisation",
        "volunteers",
        "clients",
        "needs",
        "agreements",
        "assignments",
        "hours_entries",
        "attendances",
        "volunteer_statements",
        "partners",
        "actions",
        "action_signups",
        "coalition_tasks",
        "programme_items",
    )
    return [_rows(db, f"SELECT * FROM {name} ORDER BY 1") for name in tables]


def test_same_seed_same_data_and_other_seed_differs(
    tmp_path: Path, demo: tuple[Database, DemoSummary]
) -> None:
    first, _ = demo
    size = SIZE
    second = open_database(tmp_path / "again.sqlite")
    other = open_database(tmp_path / "other.sqlite")
    try:
        generate_demo(second, size, seed=7, today=TODAY)
        generate_demo(other, size, seed=8, today=TODAY)
        assert _dump(second) == _dump(first)
        assert _dump(other) != _dump(first)
    finally:
        second.dispose()
        other.dispose()


def test_second_run_is_refused_and_changes_nothing(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    before = _dump(db)
    with pytest.raises(DemoError, match="wolontariuszy"):
        generate_demo(db, DemoSize(5, 5, 10), seed=1, today=TODAY)
    assert _dump(db) == before


def test_cancelling_leaves_the_database_empty(tmp_path: Path) -> None:
    """Cancelled in the middle of the hours (their indexes dropped for speed): all rolled back."""
    db = open_database(tmp_path / "cancel.sqlite")
    index_query = (
        "SELECT name FROM sqlite_master WHERE tbl_name = 'hours_entries' AND type = 'index' ORDER BY 1"
    )
    indexes_before = _rows(db, index_query)
    calls: list[str] = []

    def progress(done: int, total: int, stage: str) -> bool:
        calls.append(stage)
        assert 0 <= done <= total
        return calls.count("Wpisy godzin") < 2

    try:
        with pytest.raises(DemoError, match="Przerwano"):
            generate_demo(db, DemoSize(30, 20, 500), today=TODAY, progress=progress)
        assert calls.count("Wpisy godzin") == 2 and "Szkolenia" not in calls
        for name in (
            "volunteers",
            "clients",
            "villages",
            "staff",
            "hours_entries",
            "agreements",
            "month_closes",
        ):
            assert _count(db, name) == 0, name
        assert _rows(db, "SELECT full_name, nip FROM organisation") == [("", None)]
        assert len(indexes_before) >= 4
        assert _rows(db, index_query) == indexes_before
        summary = generate_demo(db, DemoSize(30, 20, 500), today=TODAY)  # the database is still usable
        assert summary.hours == 500
    finally:
        db.dispose()


def test_progress_reaches_the_end_and_tiny_sizes_work(tmp_path: Path) -> None:
    db = open_database(tmp_path / "tiny.sqlite")
    seen: list[tuple[int, int, str]] = []

    def progress(done: int, total: int, stage: str) -> bool:
        seen.append((done, total, stage))
        return True

    try:
        summary = generate_demo(db, DemoSize(1, 0, 40), today=TODAY, progress=progress)
        assert (summary.volunteers, summary.clients, summary.hours) == (1, 0, 40)
        assert _rows(db, "SELECT COUNT(*) FROM hours_entries") == [(40,)]
        assert seen[-1][0] == seen[-1][1]
        assert _rows(db, "PRAGMA foreign_key_check") == []
    finally:
        db.dispose()


def test_orm_reads_the_bulk_rows(demo: tuple[Database, DemoSummary]) -> None:
    """The hours are written as raw tuples: the ORM must read them back as proper types."""
    from sqlalchemy import select

    from coordinator_app.db.models import HoursEntry, MonthClose

    db, _ = demo
    with db.session() as session:
        entry = session.scalars(select(HoursEntry).where(HoursEntry.time_from.is_not(None)).limit(1)).one()
        assert isinstance(entry.work_date, dt.date) and isinstance(entry.time_from, dt.time)
        assert isinstance(entry.created_at, dt.datetime) and isinstance(entry.locked, bool)
        close = session.scalars(select(MonthClose).limit(1)).one()
        assert isinstance(close.closed_at, dt.datetime)
    with db.engine.connect() as conn:
        assert (
            conn.execute(text("SELECT COUNT(*) FROM hours_entries WHERE remote NOT IN (0, 1)")).scalar() == 0
        )


def test_every_age_variant_has_an_agreement_with_hours(demo: tuple[Database, DemoSummary]) -> None:
    """An under-13 (guardian concludes, adult on site, the way there and back) and a girl of
    13-17 (guardian's consent), each with a guardian of recorded sex, an assignment and hours."""
    db, _ = demo
    rows = _rows(
        db,
        "SELECT v.id, v.sex, v.birth_date, v.guardian_name, v.guardian_sex, v.guardian_relation, "
        "a.concluded_on, a.guardian_consent_on, a.minor_escort, a.minor_travel, "
        "(SELECT COUNT(*) FROM hours_entries h JOIN assignments s ON s.id = h.assignment_id "
        " WHERE s.agreement_id = a.id) "
        "FROM volunteers v JOIN agreements a ON a.volunteer_id = v.id WHERE v.status = 'active'",
    )
    children, girls = set(), set()
    for vid, sex, birth, guardian, g_sex, relation, concluded, consent, escort, travel, hours in rows:
        age = age_on(dt.date.fromisoformat(birth), dt.date.fromisoformat(concluded))
        if age >= 18:
            continue
        assert guardian and g_sex in ("K", "M") and relation
        if age < 13:
            assert consent is None, "the guardian concludes an under-13's agreement"
            assert escort and guardian in escort and travel and guardian in travel
            if hours:
                children.add(vid)
        else:
            assert consent is not None and escort is None and travel is None
            if sex == "K" and hours:
                girls.add(vid)
    assert children and girls


def test_signatories_change_with_the_head_of_the_centre(demo: tuple[Database, DemoSummary]) -> None:
    """The former head signed the agreements concluded before the present one took over; the
    roles pass the staff editor's checks (one head at a time, authorisation before the role)."""
    from coordinator_app.core.dictionaries.data import staff_data
    from coordinator_app.core.dictionaries.validate import signing_role_errors
    from coordinator_app.db.models import Staff

    db, _ = demo
    with db.session() as session:
        staff = list(session.query(Staff).filter(Staff.is_signatory.is_(True)))
        assert not [s.id for s in staff if signing_role_errors(session, staff_data(s), s.id)]
        heads = sorted((s.role_valid_from, s.role_valid_to, s.id) for s in staff if s.position == "Kierownik")
    (_, former_end, former), (present_start, present_end, present) = heads
    assert former_end is not None and present_end is None
    assert present_start == former_end + dt.timedelta(days=1)
    signed = _rows(db, "SELECT representative_id, concluded_on FROM agreements")
    assert {rep for rep, _day in signed} == {former, present}
    for rep, day in signed:
        assert rep == (present if dt.date.fromisoformat(day) >= present_start else former)


def test_terminations_say_when_and_how_notice_was_given(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rows = _rows(
        db,
        "SELECT termination_mode, terminated_on, notice_given_on, notice_given_by, notice_delivery "
        "FROM agreements WHERE terminated_on IS NOT NULL",
    )
    modes = {mode for mode, *_rest in rows}
    assert {"volunteer_notice", "mutual", "expiry"} <= modes
    for mode, ended, given, by, delivery in rows:
        if mode == "expiry":
            assert (given, by, delivery) == (None, None, None)
        elif mode == "mutual":
            assert (given, by, delivery) == (ended, "both", None)
        else:
            assert by == "volunteer" and delivery in ("in_person", "post", "email")
            assert dt.date.fromisoformat(given) <= dt.date.fromisoformat(ended)
