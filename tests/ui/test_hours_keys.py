"""Hours at the speed of paper: a 4-line paper card typed key by key through the real card
window, every key counted (a key with Ctrl or Alt held counts as one). Before, each line took
Enter past assignment, activity, place, km, source and status (9 Enters a line) and Alt+Z to
confirm: 101 keys for this card. Now Enter after "what was done" goes to the next line and the
paper card confirms the lines of an ended month as they are saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.hours import COLUMNS, is_closed
from coordinator_app.core.hours.card import ASSIGNMENT
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, AuditEntry
from coordinator_app.i18n import _, ngettext
from coordinator_app.i18n.formatting import format_hours
from coordinator_app.ui.hours import HoursCardDialog, MonthCloseDialog
from tests.factories import assignment_row, save, session_of
from tests.hours_helpers import TODAY, World, add_raw, build_world, entries

MARCH_2025 = dt.date(2025, 3, 1)
KEY_TARGET = 75
# The paper card: day, hours as written, what was done (58 characters in all).
PAPER_CARD = [
    ("3", "1,5", "zakupy, apteka"),
    ("10", "2", "spacer po parku"),
    ("17", "10-11", "lekarz"),
    ("24", "1", "apteka"),
]


class Keyboard:
    """Sends keys to the focused widget, as a person types, and counts them."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.count = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None:  # offscreen Qt: nothing gives the activation back after a pop-up
            self.window.activateWindow()
            QTest.qWait(20)
            widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for ch in text:
            if ch.isascii() and ch.isprintable() and ch != " ":
                QTest.keyClicks(self.focused(), ch)
            else:
                QTest.sendKeyEvent(
                    QTest.KeyAction.Click,
                    self.focused(),
                    Qt.Key.Key_unknown,
                    ch,
                    Qt.KeyboardModifier.NoModifier,
                )
            self.count += 1

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(self.focused(), key, modifier)
        self.count += 1


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def open_card(qtbot: QtBot, db: Database) -> HoursCardDialog:
    dialog = HoursCardDialog(db, None, MARCH_2025, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.volunteer_edit)
    return dialog


def test_a_paper_card_takes_at_most_75_keys(qtbot: QtBot, db: Database, world: World) -> None:
    dialog = open_card(qtbot, db)
    keys = Keyboard(dialog)
    keys.type("zolk")  # Żółkiewska Anna
    keys.press(Qt.Key.Key_Return)
    assert dialog.volunteer_id == world.anna
    assert dialog.paper_confirms.isChecked(), "March has ended: the signed card confirms it"
    for number, (day, hours, description) in enumerate(PAPER_CARD):
        keys.type(day)
        keys.press(Qt.Key.Key_Return)
        keys.type(hours)
        keys.press(Qt.Key.Key_Return)
        keys.type(description)
        if number < len(PAPER_CARD) - 1:
            keys.press(Qt.Key.Key_Return)  # the rest has its defaults: on to the next line
            index = dialog.table.currentIndex()
            assert (index.row(), index.column()) == (number + 1, 0)
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.message.text() == _("Saved: {created} added, {updated} changed, {deleted} removed.").format(
        created=4, updated=0, deleted=0
    )
    assert keys.count == 75 <= KEY_TARGET  # 101 before (see the module's docstring)
    stored = entries(db)
    assert [(e.work_date.day, e.minutes, e.description) for e in stored] == [
        (3, 90, "zakupy, apteka"),
        (10, 120, "spacer po parku"),
        (17, 60, "lekarz"),
        (24, 60, "apteka"),
    ]
    assert (stored[2].time_from, stored[2].time_to) == (dt.time(10), dt.time(11))
    assert {(e.assignment_id, e.activity_type_id, e.place, e.travel_km, e.source) for e in stored} == {
        (world.individual, world.zak, "dom podopiecznej", None, "paper")
    }
    assert {(e.status, e.approved_on) for e in stored} == {("confirmed", TODAY)}
    with db.session() as s:
        reasons = set(
            s.scalars(
                select(AuditEntry.reason).where(
                    AuditEntry.entity == "hours_entry", AuditEntry.entity_id.in_([e.id for e in stored])
                )
            )
        )
    assert reasons == {_("Confirmed by the volunteer's paper card.")}


def test_enter_stops_at_the_assignment_when_there_is_no_default(
    qtbot: QtBot, db: Database, world: World
) -> None:
    """Jan has two active assignments in March: no default one, so no activity type either;
    Enter after "what was done" then stops at the assignment, and from there goes on to the
    next line."""
    with session_of(db) as s:
        agreement = s.scalars(select(Agreement.id).where(Agreement.volunteer_id == world.jan)).one()
        save(s, assignment_row(world.jan, agreement, world.tow, number="PRZ/5/2025", date_from=MARCH_2025))
    dialog = open_card(qtbot, db)
    keys = Keyboard(dialog)
    keys.type("lecki")
    keys.press(Qt.Key.Key_Return)
    assert dialog.volunteer_id == world.jan
    keys.type("3")
    keys.press(Qt.Key.Key_Return)
    keys.type("1")
    keys.press(Qt.Key.Key_Return)
    keys.type("zajęcia")
    keys.press(Qt.Key.Key_Return)
    index = dialog.table.currentIndex()
    assert (index.row(), COLUMNS[index.column()]) == (0, ASSIGNMENT)
    assert dialog.model.line(0).activity == ""
    keys.type("PRZ/2")
    keys.press(Qt.Key.Key_Return)
    index = dialog.table.currentIndex()
    assert (index.row(), index.column()) == (1, 0)
    assert dialog.model.line(0).activity == "ZAJ"
    assert dialog.save(), dialog.message.text()
    assert [(e.assignment_id, e.activity_type_id) for e in entries(db)] == [(world.group, world.zaj)]


def test_unticked_paper_card_leaves_the_lines_done(qtbot: QtBot, db: Database, world: World) -> None:
    dialog = open_card(qtbot, db)
    keys = Keyboard(dialog)
    keys.type("zolk")
    keys.press(Qt.Key.Key_Return)
    letter = dialog.paper_confirms.text().split("&")[1][0]
    keys.press(getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.paper_confirms.isChecked())
    dialog.table.setFocus()
    dialog.table.go_to(0, 0)
    keys.type("5")
    keys.press(Qt.Key.Key_Return)
    keys.type("2")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    keys.type("tel")  # told by phone
    keys.press(Qt.Key.Key_Return)
    assert dialog.save(), dialog.message.text()
    assert [(e.status, e.source, e.approved_on) for e in entries(db)] == [("done", "phone", None)]
    # April has not ended: the paper card does not confirm it by default.
    dialog.next_button.click()
    assert not dialog.paper_confirms.isChecked()


def test_month_close_confirms_the_done_hours_and_closes(qtbot: QtBot, db: Database, world: World) -> None:
    for day in (3, 10, 17):
        add_raw(db, world.anna, dt.date(2025, 3, day), 60, "done", world.zak, assignment_id=world.individual)
    add_raw(db, world.jan, dt.date(2025, 3, 4), 90, "confirmed", world.zaj)
    dialog = MonthCloseDialog(db, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    offered: list[str] = []

    def choose_confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        button = box.findChild(QPushButton, "close_confirm_and_close")
        assert button is not None and box.defaultButton() is button
        offered.append(button.text())
        button.click()

    QTimer.singleShot(0, choose_confirm)
    dialog.close_month_button.click()
    expected = ngettext("Confirm {n} done entry and close", "Confirm {n} done entries and close", 3)
    assert offered == [expected.format(n=3)]
    assert is_closed(db, Month(2025, 3))
    assert [(e.status, e.locked) for e in entries(db)] == [("confirmed", True)] * 4
    assert dialog.values["confirmed"].text() == format_hours(270)
    assert dialog.message.text().endswith(
        ngettext("{n} done entry was confirmed.", "{n} done entries were confirmed.", 3).format(n=3)
    )
    assert not dialog.pending.isVisible()
