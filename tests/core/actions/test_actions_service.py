"""Actions: validation field by field, create and update with partners and shifts, statuses."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from coordinator_app.core import validation as v
from coordinator_app.core.actions import (
    ActionError,
    create_action,
    get_action,
    list_actions,
    set_status,
    sign_up,
    update_action,
    validate_action,
)
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActionPartner, ActionShift, AuditEntry
from tests.factories import TODAY, add_people
from tests.factories.actions import ACTION_DAY, action_data, add_action, add_partner, shift_data


def test_empty_action_lists_every_missing_field() -> None:
    with pytest.raises(v.ValidationErrors) as caught:
        validate_action(action_data(name="  ", date_from=None, activity_type_id=None), TODAY)
    fields = caught.value.by_field()
    assert set(fields) >= {"name", "date_from", "activity_type_id"}
    assert fields["name"] == "Pole „Nazwa” jest wymagane." or "Nazwa" in fields["name"]


def test_shift_errors_name_the_shift_in_polish() -> None:
    bad = [
        shift_data(),
        shift_data("14:00", "12:00"),
        shift_data(shift_date=ACTION_DAY + dt.timedelta(days=3)),
        shift_data(tasks=" "),
        shift_data(people_needed=0),
    ]
    with pytest.raises(v.ValidationErrors) as caught:
        validate_action(action_data(shifts=bad), TODAY)
    fields = caught.value.by_field()
    assert "shift:0" not in fields
    assert fields["shift:1"].startswith("Dyżur 2:")
    assert "później" in fields["shift:1"]
    assert "poza" in fields["shift:2"]
    assert "zadania" in fields["shift:3"]
    assert "od 1 do 500" in fields["shift:4"]


def test_action_longer_than_30_days_is_refused() -> None:
    with pytest.raises(v.ValidationErrors) as caught:
        validate_action(action_data(date_to=ACTION_DAY + dt.timedelta(days=30)), TODAY)
    assert "30" in caught.value.by_field()["date_to"]


def test_create_and_read_back_with_partners(db: Database) -> None:
    school = add_partner(db)
    parish = add_partner(db, "Parafia pw. św. Jana", kind="parish", short_name="Parafia")
    action_id = create_action(
        db,
        action_data(organiser_partner_id=school, partners={parish: "sala i herbata", school: "x"}),
        today=TODAY,
    )
    details = get_action(db, action_id)
    assert details.organiser == "Szkoła Podstawowa w Mnichowie"
    assert details.data.partners == {parish: "sala i herbata"}  # the organiser is not a partner too
    assert details.partner_names == ("Parafia",)
    assert [(s.start_time, s.people_needed, s.signed_up) for s in details.shifts] == [
        (dt.time(9), 3, 0),
        (dt.time(13), 4, 0),
    ]
    [row] = list_actions(db)
    assert (row.name, row.shifts, row.needed, row.signed_up) == ("Świąteczna zbiórka żywności", 2, 7, 0)
    with db.session() as s:
        assert s.scalars(select(AuditEntry.entity).where(AuditEntry.entity_id == action_id)).first()


def test_update_changes_adds_and_removes_shifts(db: Database) -> None:
    action_id = add_action(db)
    data = get_action(db, action_id).data
    first, second = data.shifts
    data.shifts = [dataclasses.replace(first, people_needed=5), shift_data("17:00", "19:00")]
    update_action(db, action_id, data, today=TODAY)
    shifts = get_action(db, action_id).shifts
    assert [(s.start_time, s.people_needed) for s in shifts] == [(dt.time(9), 5), (dt.time(17), 3)]
    assert shifts[0].id == first.id
    with db.session() as s:
        assert s.get(ActionShift, second.id) is None
        assert s.scalars(select(ActionPartner)).all() == []


def test_shift_with_signups_cannot_be_removed(db: Database) -> None:
    action_id = add_action(db)
    [vid] = add_people(db, "Nowak Jan")
    data = get_action(db, action_id).data
    sign_up(db, data.shifts[0].id or 0, vid, today=TODAY)
    data.shifts = data.shifts[1:]
    with pytest.raises(v.ValidationErrors) as caught:
        update_action(db, action_id, data, today=TODAY)
    assert "zapisani" in str(caught.value)
    assert len(get_action(db, action_id).shifts) == 2


def test_done_needs_attendance_and_cancel_is_refused_after_hours(db: Database) -> None:
    action_id = add_action(db)
    [vid] = add_people(db, "Nowak Jan")
    sign_up(db, get_action(db, action_id).shifts[0].id, vid, today=TODAY)
    with pytest.raises(ActionError, match="obecno"):
        set_status(db, action_id, "done")
    set_status(db, action_id, "cancelled")
    assert get_action(db, action_id).data.status == "cancelled"
