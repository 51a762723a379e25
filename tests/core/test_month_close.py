"""Month close: entries locked, unsettled entries reported, every change to a closed month
refused without a reason and accepted (and audited with it) with one, reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.hours import (
    CardLine,
    ClosedMonthError,
    HoursInput,
    MonthCloseError,
    UnsettledEntries,
    add_entry,
    card_context,
    card_lines,
    close_month,
    closed_months,
    confirm_done_entries,
    delete_entry,
    fill_defaults,
    is_closed,
    month_summary,
    reopen_month,
    save_card,
    set_status,
    update_entry,
)
from coordinator_app.core.validation import FieldError
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, MonthClose
from coordinator_app.i18n import _
from tests.hours_helpers import TODAY, World, add_raw, audit_rows, build_world, entries, table_state

MARCH = Month(2025, 3)
REASON = "Wolontariuszka doniosła kartę po zamknięciu miesiąca"


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def march_entry(w: World, **changes: object) -> HoursInput:
    data = HoursInput(
        work_date=dt.date(2025, 3, 12),
        minutes=60,
        activity_type_id=w.zak,
        assignment_id=w.individual,
        source="paper",
        status="confirmed",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def closed_march(db: Database, w: World) -> tuple[int, int]:
    """March closed with two confirmed entries (Anna's and Jan's)."""
    anna = add_raw(db, w.anna, dt.date(2025, 3, 5), 90, "confirmed", w.zak, assignment_id=w.individual)
    jan = add_raw(db, w.jan, dt.date(2025, 3, 6), 120, "confirmed", w.zaj, assignment_id=w.group)
    close_month(db, MARCH, today=TODAY)
    return anna, jan


def test_close_locks_the_month_records_it_and_audits(db: Database, world: World) -> None:
    anna, jan = closed_march(db, world)
    april = add_raw(db, world.anna, dt.date(2025, 4, 1), 60, "done", world.zak)
    february = add_raw(db, world.anna, dt.date(2025, 2, 28), 60, "confirmed", world.zak)
    locked = {e.id: e.locked for e in entries(db)}
    assert locked == {anna: True, jan: True, april: False, february: False}
    assert is_closed(db, MARCH) and is_closed(db, "2025-03") and not is_closed(db, Month(2025, 2))
    assert closed_months(db) == [MARCH]
    with db.session() as s:
        close = s.get(MonthClose, "2025-03")
        assert close is not None and close.closed_by
    (event,) = audit_rows(db, "month_close")
    assert (event.action, event.entity_id) == ("close", 202503)
    assert event.reason and "03.2025" in event.reason
    summary = month_summary(db, MARCH, today=TODAY)
    assert summary.closed and summary.closed_at is not None
    assert (summary.entries, summary.volunteers, summary.confirmed_minutes) == (2, 2, 210)


def test_a_month_that_has_not_ended_cannot_be_closed(db: Database, world: World) -> None:
    with pytest.raises(MonthCloseError) as caught:
        close_month(db, Month(2025, 4), today=TODAY)
    assert str(caught.value) == _(
        "The month {month} has not ended yet; it can be closed from {date}."
    ).format(month="04.2025", date="1.05.2025")
    # On the last day of the month it is still too early; the next day it may be closed.
    with pytest.raises(MonthCloseError):
        close_month(db, MARCH, today=dt.date(2025, 3, 31))
    close_month(db, MARCH, today=dt.date(2025, 4, 1))
    with pytest.raises(MonthCloseError) as caught:
        close_month(db, MARCH, today=TODAY)
    assert str(caught.value) == _("The month {month} is already closed.").format(month="03.2025")


def test_unsettled_entries_are_reported_and_block_until_told_to_proceed(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 3, 3), 60, "confirmed", world.zak)
    done = add_raw(db, world.anna, dt.date(2025, 3, 4), 45, "done", world.zak)
    planned = add_raw(db, world.jan, dt.date(2025, 3, 5), 60, "planned", world.zaj)
    add_raw(db, world.jan, dt.date(2025, 3, 6), 60, "cancelled", world.zaj)
    add_raw(db, world.jan, dt.date(2025, 3, 7), 60, "no_show", world.zaj)
    before = table_state(db)
    with pytest.raises(UnsettledEntries) as caught:
        close_month(db, MARCH, today=TODAY)
    summary = caught.value.summary
    assert (
        summary.entries,
        summary.unsettled_entries,
        summary.done_entries,
        summary.planned_past_entries,
    ) == (
        5,
        2,
        1,
        1,
    )
    assert (summary.cancelled_entries, summary.no_show_entries, summary.done_minutes) == (1, 1, 45)
    assert [(p.id, p.volunteer_name, p.status) for p in summary.pending] == [
        (planned, "Łęcki Jan", "planned"),
        (done, "Żółkiewska Anna", "done"),
    ]
    assert str(caught.value) == "2 " + str(caught.value).split(" ", 1)[1]  # the count comes first
    assert table_state(db) == before, "a refused close changes nothing"
    after = close_month(db, MARCH, proceed=True, notes="Karty zebrane", today=TODAY)
    assert after.closed and after.unsettled_entries == 2
    assert all(e.locked for e in entries(db))
    (event,) = audit_rows(db, "month_close")
    assert event.reason is not None and event.reason.endswith("Karty zebrane")


def test_summary_of_an_open_month(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 4, 1), 30, "confirmed", world.zak)
    add_raw(db, world.anna, dt.date(2025, 4, 2), 60, "planned", world.zak)  # before today: unsettled
    add_raw(db, world.anna, dt.date(2025, 4, 20), 60, "planned", world.zak)  # after today: fine
    summary = month_summary(db, Month(2025, 4), today=TODAY)
    assert not summary.closed and summary.closed_at is None
    assert (summary.planned_past_entries, summary.planned_future_entries, summary.unsettled_entries) == (
        1,
        1,
        1,
    )
    assert (summary.confirmed_entries, summary.confirmed_minutes) == (1, 30)


def refuses_without_reason(db: Database, change: Callable[[str | None], object]) -> None:
    """`change(None)` and `change("  ")` are refused with the closed-month message and change
    nothing; `change(REASON)` goes through and every audit row it writes carries the reason."""
    before = table_state(db)
    for empty in (None, "   "):
        with pytest.raises(ClosedMonthError) as caught:
            change(empty)
        assert caught.value.field == "reason"
        assert caught.value.message == _(
            "The month {month} is closed; a change needs a reason, which is kept in the audit log."
        ).format(month="03.2025")
        assert table_state(db) == before
    with db.session() as s:
        last_id = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0
    change(REASON)
    with db.session() as s:
        written = s.scalars(select(AuditEntry).where(AuditEntry.id > last_id)).all()
    assert written and all(row.reason == REASON for row in written)


def test_adding_to_a_closed_month_needs_a_reason(db: Database, world: World) -> None:
    closed_march(db, world)
    refuses_without_reason(
        db, lambda reason: add_entry(db, world.anna, march_entry(world), reason=reason, today=TODAY)
    )
    added = [e for e in entries(db) if e.work_date == dt.date(2025, 3, 12)]
    assert len(added) == 1 and added[0].locked, "an entry added to a closed month is locked too"


def test_editing_deleting_and_status_in_a_closed_month_need_a_reason(db: Database, world: World) -> None:
    anna, _jan = closed_march(db, world)
    changed = march_entry(world, work_date=dt.date(2025, 3, 5), minutes=120)
    refuses_without_reason(db, lambda reason: update_entry(db, anna, changed, reason=reason, today=TODAY))
    assert entries(db)[0].minutes == 120 and entries(db)[0].locked
    refuses_without_reason(db, lambda reason: set_status(db, anna, "done", reason=reason, today=TODAY))
    refuses_without_reason(
        db, lambda reason: confirm_done_entries(db, world.anna, MARCH, reason=reason, today=TODAY)
    )
    refuses_without_reason(db, lambda reason: delete_entry(db, anna, reason=reason))
    assert anna not in {e.id for e in entries(db)}
    audit = [row for row in audit_rows(db) if row.entity_id == anna]
    assert {row.action for row in audit} == {"update", "delete"}
    assert all(row.reason == REASON for row in audit)


def test_moving_an_entry_into_a_closed_month_needs_a_reason(db: Database, world: World) -> None:
    closed_march(db, world)
    april = add_entry(db, world.anna, march_entry(world, work_date=dt.date(2025, 4, 2)), today=TODAY)
    refuses_without_reason(
        db, lambda reason: update_entry(db, april, march_entry(world), reason=reason, today=TODAY)
    )
    moved = next(e for e in entries(db) if e.id == april)
    assert moved.work_date == dt.date(2025, 3, 12) and moved.locked


def test_the_card_of_a_closed_month_needs_a_reason_to_save_changes(db: Database, world: World) -> None:
    closed_march(db, world)
    ctx = card_context(db, world.anna, MARCH)
    assert ctx.closed
    lines = card_lines(ctx)
    # Saving the card unchanged is not a change: no reason needed.
    assert save_card(db, world.anna, MARCH, lines, today=TODAY).changed == 0
    new = CardLine(day="20", hours="2", description="zakupy")
    fill_defaults(new, ctx)
    refuses_without_reason(
        db, lambda reason: save_card(db, world.anna, MARCH, [*lines, new], reason=reason, today=TODAY)
    )
    assert len([e for e in entries(db) if e.volunteer_id == world.anna]) == 2


def test_a_change_to_an_open_month_needs_no_reason(db: Database, world: World) -> None:
    closed_march(db, world)
    add_entry(db, world.anna, march_entry(world, work_date=dt.date(2025, 4, 2)), today=TODAY)
    assert not entries(db)[-1].locked


def test_reopen_needs_a_reason_unlocks_and_audits(db: Database, world: World) -> None:
    anna, jan = closed_march(db, world)
    for empty in (None, "", "  "):
        with pytest.raises(FieldError) as caught:
            reopen_month(db, MARCH, empty)
        assert (caught.value.field, caught.value.message) == (
            "reason",
            _("Give the reason for reopening the month."),
        )
    assert is_closed(db, MARCH)
    reopen_month(db, MARCH, "Korekta godzin po kontroli")
    assert not is_closed(db, MARCH)
    assert not any(e.locked for e in entries(db))
    events = audit_rows(db, "month_close")
    assert [(e.action, e.reason) for e in events][-1] == ("reopen", "Korekta godzin po kontroli")
    # An open month again: changes need no reason.
    update_entry(db, anna, march_entry(world, work_date=dt.date(2025, 3, 5), minutes=30), today=TODAY)
    with pytest.raises(MonthCloseError) as caught:
        reopen_month(db, MARCH, "jeszcze raz")
    assert str(caught.value) == _("The month {month} is not closed.").format(month="03.2025")
    # Closing again works and locks again.
    close_month(db, MARCH, today=TODAY)
    assert all(e.locked for e in entries(db) if e.work_date.month == 3)
    assert jan in {e.id for e in entries(db)}


def test_reason_length_is_checked(db: Database, world: World) -> None:
    anna, _jan = closed_march(db, world)
    with pytest.raises(FieldError) as caught:
        delete_entry(db, anna, reason="x" * 301)
    assert caught.value.field == "reason"
    assert anna in {e.id for e in entries(db)}
