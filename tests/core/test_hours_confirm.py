"""Confirming hours in bulk: the paper card confirming its lines as the card is saved, and the
month close confirming every done entry of the month and closing it in one transaction."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.hours import (
    CardLine,
    MonthCloseError,
    UnsettledEntries,
    card_context,
    card_lines,
    confirm_done_and_close,
    fill_defaults,
    is_closed,
    month_summary,
    save_card,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, MonthClose
from coordinator_app.i18n import _
from tests.hours_helpers import TODAY, World, add_raw, build_world, entries, table_state

MARCH = Month(2025, 3)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def reasons_of(db: Database, entry_id: int) -> set[str | None]:
    with db.session() as s:
        return set(
            s.scalars(
                select(AuditEntry.reason).where(
                    AuditEntry.entity == "hours_entry", AuditEntry.entity_id == entry_id
                )
            )
        )


def typed(db: Database, volunteer_id: int, *rows: tuple[str, str, str, str]) -> list[CardLine]:
    ctx = card_context(db, volunteer_id, MARCH)
    lines = []
    for day, hours, description, source in rows:
        line = CardLine(day=day, hours=hours, description=description, source=source)
        fill_defaults(line, ctx)
        lines.append(line)
    return lines


def test_fill_defaults_takes_the_place_from_the_assignment(db: Database, world: World) -> None:
    (line,) = typed(db, world.anna, ("4", "1", "zakupy", ""))
    assert (line.assignment, line.activity, line.place, line.km) == (
        "P-7 · ZAK",
        "ZAK",
        "dom podopiecznej",
        "",
    )
    assert CardLine(place="dom podopiecznej").is_blank(), "a default place alone is not an entry"


def test_the_paper_card_confirms_its_done_lines_as_saved(db: Database, world: World) -> None:
    lines = typed(db, world.anna, ("4", "1", "zakupy", ""), ("6", "2", "rozmowa", "telefon"))
    result = save_card(db, world.anna, MARCH, lines, today=TODAY, confirm_paper=True)
    assert (result.created, result.updated) == (2, 0)
    paper, phone = entries(db)
    assert (paper.status, paper.approved_on, paper.approved_by is not None) == ("confirmed", TODAY, True)
    assert (phone.status, phone.approved_on) == ("done", None), (
        "told by phone: the paper card does not confirm it"
    )
    assert reasons_of(db, paper.id) == {_("Confirmed by the volunteer's paper card.")}
    assert reasons_of(db, phone.id) == {None}


def test_the_paper_card_confirms_stored_done_lines_too(db: Database, world: World) -> None:
    stored = add_raw(
        db, world.anna, dt.date(2025, 3, 5), 60, "done", world.zak, assignment_id=world.individual
    )
    lines = card_lines(card_context(db, world.anna, MARCH))
    assert save_card(db, world.anna, MARCH, lines, today=TODAY).changed == 0, "unticked: nothing changes"
    result = save_card(db, world.anna, MARCH, lines, today=TODAY, confirm_paper=True)
    assert (result.created, result.updated) == (0, 1)
    assert [(e.id, e.status) for e in entries(db)] == [(stored, "confirmed")]
    assert _("Confirmed by the volunteer's paper card.") in reasons_of(db, stored)


def test_confirm_done_and_close_in_one_transaction(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 3, 3), 90, "confirmed", world.zak)
    done = [
        add_raw(db, world.anna, dt.date(2025, 3, day), 60, "done", world.zak, assignment_id=world.individual)
        for day in (4, 11, 18)
    ]
    done.append(
        add_raw(db, world.jan, dt.date(2025, 3, 6), 120, "done", world.zaj, assignment_id=world.group)
    )
    add_raw(db, world.jan, dt.date(2025, 3, 7), 60, "cancelled", world.zaj)
    add_raw(db, world.anna, dt.date(2025, 4, 2), 60, "done", world.zak)  # another month: untouched

    count, summary = confirm_done_and_close(db, MARCH, notes="Karty zebrane", today=TODAY)

    assert count == 4 and is_closed(db, MARCH)
    assert (summary.done_entries, summary.confirmed_entries, summary.confirmed_minutes) == (
        0,
        5,
        90 + 180 + 120,
    )
    assert summary.notes == "Karty zebrane"
    by_id = {e.id: e for e in entries(db)}
    assert all(by_id[i].status == "confirmed" and by_id[i].approved_on == TODAY for i in done)
    assert all(e.locked for e in by_id.values() if e.work_date.month == 3)
    assert [e.status for e in by_id.values() if e.work_date.month == 4] == ["done"]
    assert all(reasons_of(db, i) == {_("Confirmed at the month close.")} for i in done)


def test_confirm_done_and_close_refused_changes_nothing(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 3, 4), 60, "done", world.zak)
    add_raw(db, world.anna, dt.date(2025, 3, 5), 60, "planned", world.zak)  # planned for a past day
    before = table_state(db)
    with pytest.raises(UnsettledEntries) as refused:
        confirm_done_and_close(db, MARCH, today=TODAY)
    # What still stands in the way once the done entry would be confirmed: the planned one.
    assert (refused.value.summary.done_entries, refused.value.summary.planned_past_entries) == (0, 1)
    assert table_state(db) == before, "the confirmations were rolled back with the refused close"
    with pytest.raises(MonthCloseError):
        confirm_done_and_close(db, Month(2025, 4), today=TODAY)  # not ended
    assert table_state(db) == before
    # With `proceed` the planned entry stays planned (locked), the done one is confirmed.
    count, summary = confirm_done_and_close(db, MARCH, proceed=True, today=TODAY)
    assert count == 1 and (summary.confirmed_entries, summary.planned_past_entries) == (1, 1)
    with pytest.raises(MonthCloseError):
        confirm_done_and_close(db, MARCH, today=TODAY)  # closed already
    with db.session() as s:
        assert s.scalars(select(MonthClose.month)).all() == [MARCH.key]
    assert month_summary(db, MARCH, today=TODAY).closed
