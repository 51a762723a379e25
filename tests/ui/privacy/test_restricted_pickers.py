"""Restricted volunteers (art. 18 RODO) are not offered in the hours card's and the training
attendance's pickers; one already on a card or a session carries the mark."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from coordinator_app.core import hours, trainings
from coordinator_app.core.privacy.access import PersonRef, PersonRole
from coordinator_app.core.privacy.restriction_service import restricted_volunteer_ids, set_restriction
from coordinator_app.db.engine import Database
from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
from tests.factories import add_people, attendance_row, save, training_row


def _two_with_one_restricted(db: Database) -> tuple[int, int]:
    kept, restricted = add_people(db, "Nowak Anna", "Żak Ewa", status="candidate")
    set_restriction(db, PersonRef(PersonRole.VOLUNTEER, restricted), "kwestionuje dane", on=dt.date.today())
    return kept, restricted


def test_the_hours_card_offers_only_unrestricted_and_marks_a_restricted_card(db: Database) -> None:
    kept, restricted = _two_with_one_restricted(db)
    offered = {choice.id for choice in hours.volunteer_choices(db)}
    assert kept in offered and restricted not in offered
    assert hours.card_context(db, restricted, dt.date.today()).volunteer_name == (
        "Żak Ewa (przetwarzanie ograniczone)"
    )
    assert hours.card_context(db, kept, dt.date.today()).volunteer_name == "Nowak Anna"


def test_the_training_pickers_leave_restricted_volunteers_out(db: Database) -> None:
    kept, restricted = _two_with_one_restricted(db)
    assert {c.id for c in trainings.volunteer_choices(db)} & {kept, restricted} == {kept}
    assert trainings.volunteer_ids_with_status(db, "candidate") == [kept]
    assert restricted_volunteer_ids(db, [kept, restricted]) == {restricted}
    assert restricted_volunteer_ids(db, []) == set()


def test_the_attendance_marks_a_restricted_participant_and_cannot_add_one(qtbot: QtBot, db: Database) -> None:
    kept, restricted = _two_with_one_restricted(db)
    session_id = save(db, training_row())
    save(db, attendance_row(session_id, restricted))
    dialog = AttendanceDialog(db, session_id)
    qtbot.addWidget(dialog)
    items = [dialog.table.item(row, 0) for row in range(dialog.table.rowCount())]
    names = [item.text() for item in items if item is not None]
    assert names == ["Żak Ewa (przetwarzanie ograniczone)"]
    assert dialog.add_ids([restricted, kept]) == 1
    assert sorted(dialog.participants) == sorted([kept, restricted])
    assert dialog.add_with_status("candidate") == 0
