"""Hours entries on a real SQLite file: validation field by field, status changes, the audit
log, the monthly card saved in one transaction, and confirmed totals."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours import (
    TRANSITIONS,
    CardLine,
    HoursInput,
    add_entry,
    can_change_status,
    cancel_entry,
    canonical_text,
    card_context,
    card_field,
    card_lines,
    card_totals,
    confirm_done_entries,
    confirmed_hours_by_month,
    confirmed_minutes,
    delete_entry,
    fill_defaults,
    list_month_entries,
    save_card,
    set_status,
    update_entry,
    volunteer_choices,
)
from coordinator_app.core.hours.card import (
    resolve_activity,
    resolve_assignment,
    resolve_source,
    resolve_status,
)
from coordinator_app.core.validation import FieldError, ValidationErrors
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Organisation
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from tests.hours_helpers import TODAY, World, add_raw, audit_rows, build_world, entries, table_state

MARCH = Month(2025, 3)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def entry(w: World, **changes: object) -> HoursInput:
    data = HoursInput(
        work_date=dt.date(2025, 3, 5),
        minutes=90,
        activity_type_id=w.zak,
        assignment_id=w.individual,
        description="zakupy i apteka",
        source="paper",
        status="done",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def errors_of(call: object) -> dict[str, str]:
    assert callable(call)
    with pytest.raises(ValidationErrors) as caught:
        call()
    return caught.value.by_field()


# --- adding and validation -------------------------------------------------------------------
def test_add_stores_minutes_and_audits_every_field(db: Database, world: World) -> None:
    entry_id = add_entry(
        db,
        world.anna,
        entry(world, time_from=dt.time(10), time_to=dt.time(11, 30), travel_km=12),
        today=TODAY,
    )
    (stored,) = entries(db)
    assert (stored.id, stored.volunteer_id, stored.minutes, stored.travel_km) == (
        entry_id,
        world.anna,
        90,
        12,
    )
    assert (stored.time_from, stored.time_to, stored.status, stored.locked) == (
        dt.time(10),
        dt.time(11, 30),
        "done",
        False,
    )
    assert stored.approved_by is None and stored.approved_on is None
    audit = {row.field: row for row in audit_rows(db)}
    assert {row.action for row in audit.values()} == {"create"}
    assert audit["minutes"].new_value == "90" and audit["volunteer_id"].new_value == str(world.anna)
    assert audit["description"].new_value == "zakupy i apteka"


def test_description_and_place_are_trimmed(db: Database, world: World) -> None:
    add_entry(db, world.anna, entry(world, description="  zakupy \n apteka ", place="   "), today=TODAY)
    (stored,) = entries(db)
    assert (stored.description, stored.place) == ("zakupy apteka", None)


def test_every_wrong_field_is_named_at_once(db: Database, world: World) -> None:
    bad = entry(
        world,
        work_date=None,
        minutes=None,
        activity_type_id=None,
        travel_km=-1,
        description="x" * 301,
        place="y" * 201,
        source="fax",
        status="maybe",
    )
    found = errors_of(lambda: add_entry(db, world.anna, bad, today=TODAY))
    assert found == {
        "status": _("Choose the status of the entry."),
        "work_date": _("Enter the date."),
        "minutes": _("Enter the hours."),
        "activity_type_id": _("Choose the activity type."),
        "description": _("The description is too long (at most {n} characters): keep it short.").format(
            n=300
        ),
        "place": _("The place is too long (at most {n} characters).").format(n=200),
        "travel_km": _("Kilometres cannot be negative."),
        "source": _("Choose where the entry comes from: paper card, phone or coordinator."),
    }
    assert entries(db) == [] and audit_rows(db) == []


def test_done_and_confirmed_cannot_be_in_the_future_but_planned_can(db: Database, world: World) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    for status in ("done", "confirmed", "no_show"):
        found = errors_of(
            lambda s=status: add_entry(
                db, world.anna, entry(world, work_date=tomorrow, status=s), today=TODAY
            )
        )
        assert found == {
            "work_date": _("The date is in the future: such an entry can only be planned (or cancelled).")
        }
    add_entry(db, world.anna, entry(world, work_date=tomorrow, status="planned"), today=TODAY)
    add_entry(db, world.anna, entry(world, work_date=tomorrow, status="cancelled"), today=TODAY)
    assert len(entries(db)) == 2


def test_impossible_dates(db: Database, world: World) -> None:
    for day in (dt.date(1999, 12, 31), TODAY + dt.timedelta(days=800)):
        found = errors_of(
            lambda d=day: add_entry(
                db, world.anna, entry(world, work_date=d, status="planned", assignment_id=None), today=TODAY
            )
        )
        assert found == {"work_date": _("The date is not possible.")}


def test_hours_limits_and_times(db: Database, world: World) -> None:
    cases = [
        (dict(minutes=0), _("The time must be more than zero.")),
        (dict(minutes=-30), _("The time must be more than zero.")),
        (dict(minutes=24 * 60 + 1), _("More than 24 hours in one entry; enter each day separately.")),
        (dict(time_from=dt.time(10)), _("Enter both the start and the end time, or neither.")),
        (
            dict(time_from=dt.time(12), time_to=dt.time(11)),
            _("The end time must be later than the start time."),
        ),
        (
            dict(time_from=dt.time(10), time_to=dt.time(11)),
            _("The hours are longer than the time from start to end."),
        ),
    ]
    for changes, message in cases:
        assert errors_of(lambda c=changes: add_entry(db, world.anna, entry(world, **c), today=TODAY)) == {
            "minutes": message
        }


def test_activity_type_must_exist(db: Database, world: World) -> None:
    found = errors_of(lambda: add_entry(db, world.anna, entry(world, activity_type_id=9999), today=TODAY))
    assert found == {"activity_type_id": _("There is no such activity type.")}


def test_assignment_must_be_the_volunteers_and_cover_the_date(db: Database, world: World) -> None:
    found = errors_of(lambda: add_entry(db, world.anna, entry(world, assignment_id=world.group), today=TODAY))
    assert found == {"assignment_id": _("This assignment is not one of this volunteer's assignments.")}
    found = errors_of(lambda: add_entry(db, world.anna, entry(world, assignment_id=world.ended), today=TODAY))
    assert found == {
        "assignment_id": _(
            "The assignment runs from {start} to {end}; the entry's date is outside it."
        ).format(start=format_date(dt.date(2025, 1, 1)), end=format_date(dt.date(2025, 2, 28)))
    }
    early = entry(world, work_date=dt.date(2024, 12, 20))
    found = errors_of(lambda: add_entry(db, world.anna, early, today=TODAY))
    assert found == {
        "assignment_id": _("The assignment starts on {date}; the entry is dated before it.").format(
            date=format_date(dt.date(2025, 1, 1))
        )
    }
    # An entry without an assignment (an event, office help) is allowed.
    add_entry(db, world.anna, entry(world, assignment_id=None), today=TODAY)


def test_unknown_volunteer_is_a_field_error(db: Database, world: World) -> None:
    with pytest.raises(FieldError) as caught:
        add_entry(db, 9999, entry(world), today=TODAY)
    assert caught.value.field == "volunteer_id"


# --- updating, status, deleting --------------------------------------------------------------
def test_update_audits_old_and_new_and_skips_no_change(db: Database, world: World) -> None:
    entry_id = add_entry(db, world.anna, entry(world), today=TODAY)
    before = len(audit_rows(db))
    assert update_entry(db, entry_id, entry(world), today=TODAY) is False
    assert len(audit_rows(db)) == before
    assert update_entry(db, entry_id, entry(world, minutes=120, travel_km=4), today=TODAY) is True
    changed = {row.field: (row.old_value, row.new_value) for row in audit_rows(db)[before:]}
    assert changed == {"minutes": ("90", "120"), "travel_km": (None, "4")}
    assert {row.action for row in audit_rows(db)[before:]} == {"update"}


def test_status_moves_planned_done_confirmed_with_approval(db: Database, world: World) -> None:
    with db.session() as s:
        organisation = s.get(Organisation, 1) or Organisation(id=1, full_name="GOPS Modrzewo")
        organisation.coordinator_name = "Ewa Kordecka"
        s.add(organisation)
    entry_id = add_entry(db, world.anna, entry(world, status="planned"), today=TODAY)
    set_status(db, entry_id, "done", today=TODAY)
    assert entries(db)[0].status == "done"
    set_status(db, entry_id, "confirmed", today=TODAY)
    stored = entries(db)[0]
    assert (stored.status, stored.approved_by, stored.approved_on) == ("confirmed", "Ewa Kordecka", TODAY)
    statuses = [(r.old_value, r.new_value) for r in audit_rows(db) if r.field == "status"]
    assert statuses == [(None, "planned"), ("planned", "done"), ("done", "confirmed")]
    # Withdrawing the confirmation clears the stamp.
    set_status(db, entry_id, "done", today=TODAY)
    stored = entries(db)[0]
    assert (stored.status, stored.approved_by, stored.approved_on) == ("done", None, None)


def test_confirmed_entry_must_be_withdrawn_before_cancelling(db: Database, world: World) -> None:
    entry_id = add_entry(db, world.anna, entry(world, status="confirmed"), today=TODAY)
    with pytest.raises(FieldError) as caught:
        cancel_entry(db, entry_id)
    assert caught.value.field == "status"
    assert caught.value.message == (
        _('The status cannot change from "{old}" to "{new}".').format(
            old=HoursStatus.CONFIRMED.label, new=HoursStatus.CANCELLED.label
        )
        + " "
        + _("Withdraw the confirmation first (change the status to done).")
    )
    with pytest.raises(FieldError):
        update_entry(db, entry_id, entry(world, status="no_show"), today=TODAY)
    assert entries(db)[0].status == "confirmed"
    set_status(db, entry_id, "done", today=TODAY)
    cancel_entry(db, entry_id)
    assert entries(db)[0].status == "cancelled"
    set_status(db, entry_id, "planned", today=TODAY)  # restored
    assert entries(db)[0].status == "planned"


def test_planned_entry_in_the_future_cannot_become_done(db: Database, world: World) -> None:
    entry_id = add_entry(
        db, world.anna, entry(world, work_date=TODAY + dt.timedelta(days=3), status="planned"), today=TODAY
    )
    with pytest.raises(FieldError) as caught:
        set_status(db, entry_id, "done", today=TODAY)
    assert caught.value.field == "status"
    assert entries(db)[0].status == "planned"


def test_transition_table() -> None:
    statuses = [s.value for s in HoursStatus]
    allowed = {(a, b) for a in statuses for b in statuses if can_change_status(a, b)}
    assert allowed == {(s, s) for s in statuses} | {
        ("planned", "done"), ("planned", "confirmed"), ("planned", "cancelled"), ("planned", "no_show"),
        ("done", "confirmed"), ("done", "planned"), ("done", "cancelled"), ("done", "no_show"),
        ("confirmed", "done"),
        ("cancelled", "planned"), ("cancelled", "done"),
        ("no_show", "planned"), ("no_show", "done"),
    }  # fmt: skip
    assert set(TRANSITIONS) == set(statuses)


def test_delete_is_audited_with_the_old_values(db: Database, world: World) -> None:
    entry_id = add_entry(db, world.anna, entry(world), today=TODAY)
    delete_entry(db, entry_id)
    assert entries(db) == []
    deleted = {row.field: row.old_value for row in audit_rows(db) if row.action == "delete"}
    assert deleted["minutes"] == "90" and deleted["volunteer_id"] == str(world.anna)


def test_confirm_all_done_of_a_month(db: Database, world: World) -> None:
    done1 = add_raw(db, world.anna, dt.date(2025, 3, 3), 60, "done", world.zak)
    done2 = add_raw(db, world.anna, dt.date(2025, 3, 31), 30, "done", world.zak)
    other_month = add_raw(db, world.anna, dt.date(2025, 4, 1), 60, "done", world.zak)
    other_person = add_raw(db, world.jan, dt.date(2025, 3, 3), 60, "done", world.zaj)
    planned = add_raw(db, world.anna, dt.date(2025, 3, 4), 60, "planned", world.zak)
    assert confirm_done_entries(db, world.anna, MARCH, today=TODAY) == 2
    status = {e.id: e.status for e in entries(db)}
    assert status == {
        done1: "confirmed",
        done2: "confirmed",
        other_month: "done",
        other_person: "done",
        planned: "planned",
    }
    assert confirm_done_entries(db, world.anna, MARCH, today=TODAY) == 0


# --- reading ---------------------------------------------------------------------------------
def test_month_list_by_date_within_the_month(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 2, 28), 60, "confirmed", world.tow, assignment_id=world.ended)
    late = add_raw(
        db, world.anna, dt.date(2025, 3, 31), 45, "done", world.zak, assignment_id=world.individual
    )
    early = add_raw(db, world.anna, dt.date(2025, 3, 1), 30, "cancelled", world.zak)
    add_raw(db, world.anna, dt.date(2025, 4, 1), 60, "done", world.zak)
    add_raw(db, world.jan, dt.date(2025, 3, 10), 60, "done", world.zaj)
    rows = list_month_entries(db, world.anna, "2025-03")
    assert [r.id for r in rows] == [early, late]
    assert rows[1].assignment_label == "P-7 · ZAK" and rows[0].assignment_label is None
    assert rows[1].activity_code == "ZAK"


def test_month_list_uses_the_volunteer_date_index(db: Database) -> None:
    with db.engine.connect() as conn:
        plan = conn.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM hours_entries "
                "WHERE volunteer_id = 1 AND work_date BETWEEN '2025-03-01' AND '2025-03-31'"
            )
        ).all()
    assert any("ix_hours_entries_volunteer_date" in str(row) for row in plan), plan


def test_confirmed_totals_of_the_last_twelve_months(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 4, 2), 90, "confirmed", world.zak)
    add_raw(db, world.anna, dt.date(2025, 4, 3), 30, "done", world.zak)
    add_raw(db, world.anna, dt.date(2025, 4, 4), 600, "cancelled", world.zak)
    add_raw(db, world.anna, dt.date(2025, 3, 2), 60, "confirmed", world.zak)
    add_raw(db, world.anna, dt.date(2025, 3, 3), 60, "confirmed", world.zak)
    add_raw(db, world.anna, dt.date(2024, 5, 31), 45, "confirmed", world.zak)  # first of the 12 months
    add_raw(db, world.anna, dt.date(2024, 4, 30), 999, "confirmed", world.zak)  # 13 months ago
    add_raw(db, world.jan, dt.date(2025, 4, 2), 999, "confirmed", world.zaj)
    months = confirmed_hours_by_month(db, world.anna, today=TODAY)
    assert [m.month for m in months] == [Month(2024, 5).back(-i) for i in range(12)]
    assert months[0].month == Month(2024, 5) and months[-1].month == Month(2025, 4)
    by_key = {
        m.month.key: (m.confirmed_minutes, m.unconfirmed_minutes, m.unconfirmed_entries) for m in months
    }
    assert by_key["2025-04"] == (90, 30, 1)
    assert by_key["2025-03"] == (120, 0, 0)
    assert by_key["2024-05"] == (45, 0, 0)
    assert sum(m.confirmed_minutes for m in months) == 255
    assert confirmed_minutes(db, world.anna, dt.date(2025, 3, 1), dt.date(2025, 4, 30)) == 210
    assert (
        confirmed_minutes(
            db, world.anna, dt.date(2025, 3, 1), dt.date(2025, 4, 30), assignment_id=world.individual
        )
        == 0
    )


def test_volunteer_choices_in_polish_order(db: Database, world: World) -> None:
    labels = [c.label for c in volunteer_choices(db)]
    assert labels == ["Łęcki Jan (Gołuchów)", "Żółkiewska Anna (Mnichowo)"]
    assert volunteer_choices(db)[1].search_text == "zolkiewska anna mnichowo"


# --- the monthly card ------------------------------------------------------------------------
def line(**values: str) -> CardLine:
    return CardLine(**values)  # type: ignore[arg-type]


def test_card_defaults_and_matching(db: Database, world: World) -> None:
    ctx = card_context(db, world.anna, MARCH)
    assert ctx.volunteer_name == "Żółkiewska Anna"
    assert [a.label for a in ctx.in_month()] == ["P-7 · ZAK"]  # the ended one stopped in February
    new = CardLine(day="5")
    fill_defaults(new, ctx)
    assert (new.assignment, new.activity, new.source, new.status) == (
        "P-7 · ZAK",
        "ZAK",
        _("paper card"),
        HoursStatus.DONE.label,
    )
    assert resolve_activity("zak", ctx.activities) == world.zak
    assert resolve_activity("tel", ctx.activities) == world.tel
    assert canonical_text("activity", "zak", ctx) == "ZAK"
    # Both of Anna's assignments are with client P-7: the one running in the month wins.
    assert resolve_assignment("p-7", ctx.assignments, MARCH) == world.individual
    assert resolve_assignment("p-7 · tow", ctx.assignments, Month(2025, 2)) == world.ended
    assert resolve_assignment("PRZ/9/2024", ctx.assignments, MARCH) == world.ended
    with pytest.raises(FieldError) as caught:
        resolve_assignment("p-7", ctx.assignments, Month(2025, 2))  # both ran in February
    assert caught.value.message == _('"{text}" fits more than one choice; type more of it.').format(
        text="p-7"
    )
    assert resolve_source("tel") == "phone" and resolve_source(_("paper card")) == "paper"
    assert (
        resolve_status(HoursStatus.CONFIRMED.label) == "confirmed"
        and resolve_status("confirmed") == "confirmed"
    )
    with pytest.raises(FieldError):
        resolve_activity("xyz", ctx.activities)


def test_save_card_adds_updates_deletes_in_one_go(db: Database, world: World) -> None:
    keep = add_raw(db, world.anna, dt.date(2025, 3, 3), 60, "done", world.zak, assignment_id=world.individual)
    change = add_raw(
        db, world.anna, dt.date(2025, 3, 4), 60, "done", world.zak, assignment_id=world.individual
    )
    drop = add_raw(db, world.anna, dt.date(2025, 3, 6), 60, "done", world.zak, assignment_id=world.individual)
    ctx = card_context(db, world.anna, MARCH)
    lines = card_lines(ctx)
    assert [(ln.day, ln.hours, ln.assignment, ln.activity) for ln in lines[:2]] == [
        ("3", "1", "P-7 · ZAK", "ZAK"),
        ("4", "1", "P-7 · ZAK", "ZAK"),
    ]
    lines[1].hours = "1:30"
    lines = [ln for ln in lines if ln.entry_id != drop]
    new = CardLine(day="10", hours="10:00-12:15", description="apteka", km="8")
    fill_defaults(new, ctx)
    lines += [new, CardLine(), CardLine(assignment="P-7 · ZAK", source="karta")]  # blank lines are skipped
    before = len(audit_rows(db))
    result = save_card(db, world.anna, MARCH, lines, deleted_ids=[drop], today=TODAY)
    assert (result.created, result.updated, result.deleted) == (1, 1, 1)
    stored = {e.work_date.day: e for e in entries(db)}
    assert set(stored) == {3, 4, 10}
    assert stored[4].minutes == 90 and stored[3].id == keep and stored[4].id == change
    added = stored[10]
    assert (added.minutes, added.time_from, added.time_to, added.travel_km) == (
        135,
        dt.time(10),
        dt.time(12, 15),
        8,
    )
    assert (added.source, added.status, added.assignment_id, added.activity_type_id) == (
        "paper", "done", world.individual, world.zak
    )  # fmt: skip
    touched = {row.entity_id for row in audit_rows(db)[before:]}
    assert touched == {change, drop, added.id}  # the unchanged row is not rewritten


def test_card_errors_name_line_and_column_and_nothing_is_saved(db: Database, world: World) -> None:
    ctx = card_context(db, world.anna, MARCH)
    good = CardLine(day="3", hours="1,5")
    fill_defaults(good, ctx)
    bad_hours = CardLine(day="4", hours="1,45")
    fill_defaults(bad_hours, ctx)
    bad_day = CardLine(day="31.04", hours="2", km="-1")
    fill_defaults(bad_day, ctx)
    bad_choice = CardLine(day="20", hours="1", activity="xyz", status="zatw")
    fill_defaults(bad_choice, ctx)
    future = CardLine(day="5", hours="1")
    fill_defaults(future, ctx)
    before = table_state(db)
    with pytest.raises(ValidationErrors) as caught:
        save_card(db, world.anna, MARCH, [good, bad_hours, CardLine(), bad_day, bad_choice], today=TODAY)
    found = caught.value.by_field()
    assert set(found) == {
        card_field(1, "hours"),
        card_field(3, "day"),
        card_field(3, "km"),
        card_field(4, "activity"),
    }
    assert found[card_field(3, "km")] == _("Kilometres cannot be negative.")
    assert found[card_field(4, "activity")] == _('Nothing matches "{text}"; pick from the list.').format(
        text="xyz"
    )
    assert table_state(db) == before
    # A future day on a card of the current month can only be planned.
    with pytest.raises(ValidationErrors) as caught:
        save_card(
            db,
            world.anna,
            Month(2025, 4),
            [CardLine(day="20", hours="1", assignment="P-7", source="tel", status="wyk")],
            today=TODAY,
        )
    assert set(caught.value.by_field()) == {card_field(0, "day")}
    assert table_state(db) == before


def test_card_refuses_a_status_change_the_rules_forbid(db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 3, 3), 60, "confirmed", world.zak, assignment_id=world.individual)
    lines = card_lines(card_context(db, world.anna, MARCH))
    lines[0].status = HoursStatus.CANCELLED.label
    with pytest.raises(ValidationErrors) as caught:
        save_card(db, world.anna, MARCH, lines, today=TODAY)
    assert set(caught.value.by_field()) == {card_field(0, "status")}


def test_running_total_counts_done_and_confirmed(db: Database, world: World) -> None:
    lines = [
        CardLine(day="1", hours="1,5", status=HoursStatus.DONE.label),
        CardLine(day="2", hours="10:00-12:00", status=HoursStatus.CONFIRMED.label),
        CardLine(day="3", hours="90 min", status=HoursStatus.CANCELLED.label),
        CardLine(day="4", hours="zzz", status=HoursStatus.DONE.label),
        CardLine(day="5", hours="1", status=HoursStatus.PLANNED.label),
    ]
    totals = card_totals(lines)
    assert (totals.worked_minutes, totals.confirmed_minutes) == (210, 120)


def test_unchanged_stored_lines_are_not_checked_again(db: Database, world: World) -> None:
    """An older entry that today's rules would refuse (dated outside its assignment) does not
    block saving the rest of the card, as long as its line is left alone."""
    legacy = add_raw(
        db, world.anna, dt.date(2025, 3, 3), 60, "confirmed", world.tow, assignment_id=world.ended
    )
    ctx = card_context(db, world.anna, MARCH)
    lines = card_lines(ctx)
    new = CardLine(day="4", hours="1")
    fill_defaults(new, ctx)
    assert save_card(db, world.anna, MARCH, [*lines, new], today=TODAY).created == 1
    lines[0].hours = "2"  # touched: now it is checked, and refused
    with pytest.raises(ValidationErrors) as caught:
        save_card(db, world.anna, MARCH, lines, today=TODAY)
    assert set(caught.value.by_field()) == {card_field(0, "assignment")}
    assert next(e.minutes for e in entries(db) if e.id == legacy) == 60
