"""The hours windows driven as a coordinator would: a month of a paper card typed into the grid
with the keyboard only, errors shown in the row, a closed month changed only with a reason,
the month close window, and the volunteer's 12-month panel. Screen and database are checked."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours import MonthSummary, card_context, close_month, is_closed
from coordinator_app.core.hours.card import ACTIVITY, ASSIGNMENT, DAY, HOURS, KM, SOURCE, STATUS
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_hours
from coordinator_app.ui.hours import (
    HoursCardDialog,
    MonthCloseDialog,
    VolunteerHoursPanel,
    open_hours_card,
    open_month_close,
)
from coordinator_app.ui.hours.card_dialog import default_card_month
from coordinator_app.ui.hours.card_model import ERROR_BACKGROUND, CardModel
from coordinator_app.ui.hours.month_close_dialog import CLOSE_ANYWAY
from tests.helpers import cell_text, widget_as
from tests.hours_helpers import TODAY, World, add_raw, build_world, entries

MARCH = Month(2025, 3)
COL = {
    name: index
    for index, name in enumerate(
        (DAY, HOURS, "description", ASSIGNMENT, ACTIVITY, "place", KM, SOURCE, STATUS)
    )
}


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


# --- typing helpers: every key goes to the widget that has the keyboard focus ---------------
_WINDOWS: list[QWidget] = []


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None and _WINDOWS and QApplication.activeWindow() is None:
        # Offscreen Qt has no window manager: when a choices pop-up closes, nothing gives the
        # activation back to the dialog (a desktop does). Give it back, as the desktop would.
        _WINDOWS[-1].activateWindow()
        QTest.qWait(20)
        widget = QApplication.focusWidget()
    assert widget is not None, (
        f"nothing has the keyboard focus: {QApplication.activeWindow()} {QApplication.activePopupWidget()}"
    )
    return widget


def type_keys(text: str) -> None:
    """Type like a person: each character to the focused widget (Polish letters included)."""
    for ch in text:
        if ch.isascii() and ch.isprintable() and ch != " ":
            QTest.keyClicks(focused(), ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, focused(), Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
            )


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def enter(times: int = 1) -> None:
    for _i in range(times):
        press(Qt.Key.Key_Return)


def tab(times: int = 1) -> None:
    for _i in range(times):
        press(Qt.Key.Key_Tab)


def mnemonic(button: QPushButton) -> None:
    """Press the button's Alt+letter (whatever the language's letter is)."""
    text = button.text()
    letter = text[text.index("&") + 1]
    QTest.keyClick(focused(), getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    QTest.qWait(300)  # a mnemonic "animates" the click: it lands after a short delay


_Dialog = TypeVar("_Dialog", bound=QWidget)


def open_dialog(qtbot: QtBot, dialog: _Dialog) -> _Dialog:
    qtbot.addWidget(dialog)
    _WINDOWS[:] = [dialog]
    if isinstance(dialog, HoursCardDialog):  # closing at the end of a test never asks
        dialog.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and QApplication.focusWidget() is not None)
    return dialog


def current(dialog: HoursCardDialog) -> tuple[int, int]:
    index = dialog.table.currentIndex()
    return index.row(), index.column()


def cell(dialog: HoursCardDialog, row: int, name: str) -> str:
    return str(dialog.model.index(row, COL[name]).data())


# --- the keyboard-only month ------------------------------------------------------------------
CARD = [  # day, hours as written on the card, what was done
    ("3", "1,5", "zakupy i apteka"),
    ("5", "10:00-11:30", "wizyta u lekarza – towarzyszenie"),
    ("7", "90 min", "spacer po parku"),
    ("10", "2 h", "pomoc przy sprzątaniu"),
    ("12", "1:45", "zakupy, opłaty na poczcie"),
    ("14", "10.00–11.30", "rozmowa, czytanie prasy"),
    ("17", "75 minut", "zakupy"),
    ("19", "2", "żółć – zakupy w GS"),
    ("24", "1 h 30 min", "apteka"),
    ("26", "3", "festyn w świetlicy"),
]
CARD_MINUTES = [90, 90, 90, 120, 105, 90, 75, 120, 90, 180]


def test_a_month_typed_with_the_keyboard_only(qtbot: QtBot, db: Database, world: World) -> None:
    dialog = open_dialog(qtbot, HoursCardDialog(db, None, MARCH, today=TODAY))
    assert focused() is dialog.volunteer_edit, "without a volunteer the name is typed first"
    type_keys("zolk")  # no Polish letters needed: "Żółkiewska"
    enter()
    assert dialog.volunteer_id == world.anna
    assert focused() is dialog.table and current(dialog) == (0, 0)

    running: list[str] = []
    for number, (day, hours, description) in enumerate(CARD):
        type_keys(day)
        enter()
        type_keys(hours)
        if number == 2:
            press(Qt.Key.Key_Tab)  # Tab moves on like Enter
        else:
            enter()
        type_keys(description)
        if number == 9:  # the festival: not with the client; no assignment, activity IMP, 6 km
            tab()  # Tab goes on to the cells Enter skips
            press(Qt.Key.Key_Delete)  # clears the assignment cell
            tab()
            type_keys("imp")
            tab(2)
            type_keys("6 km")
            enter()
        elif number == 4:  # told by phone
            tab(5)
            type_keys("tel")
            enter()
        else:
            enter()  # the rest of the line keeps its defaults: Enter goes to the next line
        assert current(dialog) == (number + 1, 0), "Enter after the last typed cell goes to the next line"
        running.append(dialog.total_label.text())

    worked = sum(CARD_MINUTES)
    assert running[0] == _("Total: {hours}").format(hours=format_hours(90)) + "   " + _(
        "(confirmed: {hours})"
    ).format(hours=format_hours(0))
    assert running[-1].startswith(_("Total: {hours}").format(hours=format_hours(worked)))
    assert format_hours(worked) == "17,5 godziny"
    # What the grid understood is shown as the app writes it.
    assert [cell(dialog, 1, HOURS), cell(dialog, 2, HOURS), cell(dialog, 5, HOURS)] == [
        "10:00–11:30",
        "1,5",
        "10:00–11:30",
    ]
    assert cell(dialog, 9, ACTIVITY) == "IMP" and cell(dialog, 9, ASSIGNMENT) == ""
    assert dialog.model.rowCount() > len(CARD), "a new empty row appeared under the last one"

    mnemonic(dialog.confirm_button)  # Alt+letter: confirm the checked card
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.message.text() == _("Saved: {created} added, {updated} changed, {deleted} removed.").format(
        created=10, updated=0, deleted=0
    )
    assert dialog.total_label.text() == _("Total: {hours}").format(hours=format_hours(worked))

    stored = entries(db)
    assert [e.work_date.day for e in stored] == [int(day) for day, _h, _d in CARD]
    assert [e.minutes for e in stored] == CARD_MINUTES
    assert [e.description for e in stored] == [d for _day, _h, d in CARD]
    assert {e.status for e in stored} == {"confirmed"} and all(e.approved_on == TODAY for e in stored)
    assert (stored[1].time_from, stored[1].time_to) == (dt.time(10), dt.time(11, 30))
    assert {e.assignment_id for e in stored[:9]} == {world.individual}
    assert {e.activity_type_id for e in stored[:9]} == {world.zak}
    assert (stored[9].assignment_id, stored[9].activity_type_id, stored[9].travel_km) == (
        None,
        _activity(db, "IMP"),
        6,
    )
    assert stored[4].source == "phone" and {e.source for e in stored if e.id != stored[4].id} == {"paper"}
    assert not any(e.locked for e in stored)
    # After saving, the card shows the stored month with room to type on.
    assert dialog.model.rowCount() >= len(CARD) + 1 and not dialog.model.dirty


def _activity(db: Database, code: str) -> int:
    from coordinator_app.db.models import ActivityType

    with db.session() as s:
        return s.scalars(select(ActivityType.id).where(ActivityType.code == code)).one()


def test_typing_overwrites_a_cell_and_delete_clears_it(qtbot: QtBot, db: Database, world: World) -> None:
    add_raw(
        db,
        world.anna,
        dt.date(2025, 3, 4),
        60,
        "done",
        world.zak,
        assignment_id=world.individual,
        description="zakupy",
    )
    dialog = open_dialog(qtbot, HoursCardDialog(db, world.anna, MARCH, today=TODAY))
    dialog.table.go_to(0, COL[HOURS])
    type_keys("2,5")  # replaces "1", does not append to it
    enter()
    assert cell(dialog, 0, HOURS) == "2,5"
    press(Qt.Key.Key_Escape)  # leave the description's editor without a change
    dialog.table.go_to(0, COL["description"])
    press(Qt.Key.Key_Delete)
    assert cell(dialog, 0, "description") == ""
    dialog.table.go_to(0, COL[HOURS])
    type_keys("5")
    press(Qt.Key.Key_Escape)  # Escape undoes the cell being typed
    assert cell(dialog, 0, HOURS) == "2,5"
    assert dialog.save()
    (stored,) = entries(db)
    assert (stored.minutes, stored.description) == (150, None)


def test_errors_are_shown_in_the_row_and_nothing_is_saved(qtbot: QtBot, db: Database, world: World) -> None:
    keep = add_raw(db, world.anna, dt.date(2025, 3, 4), 60, "done", world.zak, assignment_id=world.individual)
    dialog = open_dialog(qtbot, HoursCardDialog(db, world.anna, MARCH, today=TODAY))
    row = dialog.table.currentIndex().row()
    assert row == 1, "typing starts on the first empty row"
    type_keys("31")
    enter()
    type_keys("1,45")  # unclear: 1:45 or 1.45 h?
    enter()
    index = dialog.model.index(row, COL[HOURS])
    assert index.data(Qt.ItemDataRole.BackgroundRole) == QBrush(ERROR_BACKGROUND), "marked while typing"
    type_keys("zakupy")
    enter()
    dialog.table.go_to(row + 1, 0)
    type_keys("32")
    enter()
    type_keys("2")
    enter()
    dialog.table.go_to(0, COL[HOURS])
    type_keys("0")
    enter()
    press(Qt.Key.Key_Escape)
    assert not dialog.save()
    messages = {(r, name): message for r, name, message in dialog.model.errors()}
    assert set(messages) == {(0, HOURS), (row, HOURS), (row + 1, DAY)}
    assert messages[(row + 1, DAY)] == _("This month has only {n} days.").format(n=31)
    assert messages[(0, HOURS)] == _("The time must be more than zero.")
    tip = dialog.model.index(row, COL[HOURS]).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == messages[(row, HOURS)] and "1:45" in tip
    text = dialog.message.text()
    assert text.startswith(_("Nothing was saved: {n} line is wrong.").split("{n}")[0])
    assert messages[(row + 1, DAY)] in text and messages[(0, HOURS)] in text
    assert current(dialog) == (0, COL[HOURS]), "the first wrong cell gets the cursor"
    assert [(e.id, e.minutes) for e in entries(db)] == [(keep, 60)], "nothing was saved"
    # Correcting the cells saves everything at once.
    type_keys("1")
    enter()
    dialog.table.go_to(row, COL[HOURS])
    type_keys("1:45")
    enter()
    dialog.table.go_to(row + 1, 0)
    type_keys("30")
    enter()
    press(Qt.Key.Key_Escape)
    assert dialog.save(), dialog.message.text()
    assert sorted((e.work_date.day, e.minutes) for e in entries(db)) == [(4, 60), (30, 120), (31, 105)]


def test_closed_month_is_read_only_until_a_reason_is_given(qtbot: QtBot, db: Database, world: World) -> None:
    first = add_raw(
        db, world.anna, dt.date(2025, 3, 4), 60, "confirmed", world.zak, assignment_id=world.individual
    )
    close_month(db, MARCH, today=TODAY)
    dialog = open_dialog(qtbot, HoursCardDialog(db, world.anna, MARCH, today=TODAY))
    assert dialog.closed_box.isVisible() and dialog.unlock_button.isVisible()
    assert not dialog.save_button.isEnabled()
    assert not dialog.model.flags(dialog.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    dialog.table.setFocus()
    dialog.table.go_to(1, 0)
    type_keys("5")
    assert cell(dialog, 1, DAY) == "", "typing does nothing in a closed month"
    assert not dialog.save()
    # Cancelling the reason keeps it read-only; a reason unlocks it.
    asked: list[str] = []

    def cancel_reason(title: str, prompt: str) -> str | None:
        asked.append(prompt)
        return None

    dialog.ask_reason = cancel_reason
    mnemonic(dialog.unlock_button)
    assert asked and dialog.model.read_only
    dialog.ask_reason = lambda title, prompt: "Karta doniesiona po zamknięciu"
    mnemonic(dialog.unlock_button)
    assert not dialog.model.read_only and dialog.save_button.isEnabled()
    assert "Karta doniesiona po zamknięciu" in dialog.closed_label.text()
    assert focused() is dialog.table and current(dialog) == (1, 0)
    type_keys("20")
    enter()
    type_keys("2")
    enter()
    type_keys("zakupy")
    enter()
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = entries(db)
    assert [(e.id == first, e.work_date.day, e.locked) for e in stored] == [
        (True, 4, True),
        (False, 20, True),
    ]
    with db.session() as s:
        reasons = set(s.scalars(select(AuditEntry.reason).where(AuditEntry.entity_id == stored[1].id)))
    # The month has ended: the paper card confirms the line, and the audit says so after the reason.
    assert stored[1].status == "confirmed"
    assert reasons == {"Karta doniesiona po zamknięciu " + _("Confirmed by the volunteer's paper card.")}
    assert is_closed(db, MARCH)


def test_closed_in_the_meantime_asks_for_a_reason(qtbot: QtBot, db: Database, world: World) -> None:
    dialog = open_dialog(qtbot, HoursCardDialog(db, world.anna, MARCH, today=TODAY))
    type_keys("3")
    enter()
    type_keys("1")
    enter()
    close_month(db, MARCH, today=TODAY)  # from the month-close window, say
    assert not dialog.save()
    assert dialog.model.read_only and dialog.unlock_button.isVisible()
    assert dialog.message.text() == _(
        "The month {month} is closed; a change needs a reason, which is kept in the audit log."
    ).format(month="03.2025")
    dialog.ask_reason = lambda title, prompt: "karta z opóźnieniem"
    assert dialog.unlock() and dialog.save()
    assert [e.work_date.day for e in entries(db)] == [3]


def test_month_keys_remove_row_and_unsaved_changes(qtbot: QtBot, db: Database, world: World) -> None:
    drop = add_raw(db, world.anna, dt.date(2025, 3, 4), 60, "done", world.zak, assignment_id=world.individual)
    add_raw(db, world.anna, dt.date(2025, 4, 2), 30, "done", world.zak, assignment_id=world.individual)
    dialog = open_dialog(qtbot, HoursCardDialog(db, world.anna, MARCH, today=TODAY))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    dialog.ask_unsaved = lambda: answers.pop(0)
    dialog.table.go_to(0, 0)
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)  # remove the row
    assert dialog.model.deleted_ids == [drop] and dialog.model.dirty
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.month == MARCH, "Cancel keeps the unsaved card"
    press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.month == Month(2025, 4) and cell(dialog, 0, HOURS) == "0,5"
    assert [e.id for e in entries(db) if e.id == drop] == [drop], "discarded, not saved"
    press(Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert dialog.month == MARCH
    dialog.table.go_to(0, 0)
    press(Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    dialog.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    dialog.reject()  # closing with changes: saved on request
    assert drop not in {e.id for e in entries(db)}


def test_volunteer_field_says_when_names_do_not_fit(qtbot: QtBot, db: Database, world: World) -> None:
    dialog = open_dialog(qtbot, HoursCardDialog(db, None, MARCH, today=TODAY))
    type_keys("xyz")
    enter()
    assert dialog.volunteer_id is None
    assert dialog.message.text() == _('No volunteer matches "{text}".').format(text="xyz")
    dialog.volunteer_edit.clear()
    type_keys("a")  # Żółkiewska Anna and Łęcki Jan (Gołuchów) both have an "a"... in their labels
    enter()
    assert dialog.volunteer_id is None and dialog.model.rowCount() == 0
    dialog.volunteer_edit.clear()
    type_keys("Łęcki")
    enter()
    assert dialog.volunteer_id == world.jan


def test_opened_on_a_volunteer_the_names_load_when_the_field_is_used(
    qtbot: QtBot, db: Database, world: World
) -> None:
    dialog = open_dialog(qtbot, HoursCardDialog(db, world.anna, MARCH, today=TODAY))
    assert dialog.volunteer_edit._choices is None and dialog.volunteer_edit.text() == "Żółkiewska Anna"
    assert focused() is dialog.table
    QTest.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "&Wolontariusz" / "&Volunteer"
    if focused() is not dialog.volunteer_edit:  # the letter depends on the language
        dialog.volunteer_edit.setFocus()
    assert dialog.volunteer_edit.completer() is not None and dialog.volunteer_edit._choices is not None
    dialog.volunteer_edit.selectAll()
    type_keys("lecki")
    enter()
    assert dialog.volunteer_id == world.jan and dialog.month == MARCH
    assert focused() is dialog.table


# --- the model without a view ---------------------------------------------------------------
def test_card_model_defaults_canonical_text_and_live_errors(qtbot: QtBot, db: Database, world: World) -> None:
    model = CardModel()
    ctx = card_context(db, world.anna, MARCH)
    model.load(ctx, [])
    assert model.rowCount() == 5 and model.totals().worked_minutes == 0
    model.set_text(0, DAY, "5.03")
    line = model.line(0)
    assert (line.day, line.assignment, line.activity, line.status) == (
        "5",
        "P-7 · ZAK",
        "ZAK",
        HoursStatus.DONE.label,
    )
    model.set_text(0, HOURS, "90 min")
    model.set_text(0, ACTIVITY, "tow")
    model.set_text(0, SOURCE, "tel")
    model.set_text(0, KM, "12 km")
    assert (line.hours, line.activity, line.km) == ("1,5", "TOW", "12")
    assert model.totals().worked_minutes == 90
    model.set_text(0, KM, "-2")
    assert model.errors() == [(0, KM, _("Kilometres cannot be negative."))]
    model.set_text(0, KM, "")
    assert model.errors() == []
    assert model.headerData(0, Qt.Orientation.Vertical) == "śr."  # 5 March 2025 was a Wednesday
    model.set_text(4, DAY, "6")
    assert model.rowCount() == 6, "typing in the last row adds a row under it"
    model.remove_row(4)
    assert model.rowCount() == 5
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert QModelIndex().isValid() is False


# --- month close --------------------------------------------------------------------------------
def test_month_close_dialog_counts_closes_and_reopens(qtbot: QtBot, db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 3, 3), 90, "confirmed", world.zak)
    add_raw(db, world.jan, dt.date(2025, 3, 4), 60, "done", world.zaj)
    add_raw(db, world.jan, dt.date(2025, 3, 5), 60, "cancelled", world.zaj)
    dialog = open_dialog(qtbot, MonthCloseDialog(db, today=TODAY))
    assert dialog.month == MARCH, "the previous month is offered"
    assert dialog.values["entries"].text() == "3" and dialog.values["volunteers"].text() == "2"
    assert dialog.values["confirmed"].text() == format_hours(90) == "1,5 godziny"
    assert dialog.pending.rowCount() == 1 and cell_text(dialog.pending.item(0, 0)) == "Łęcki Jan"
    asked: list[int] = []

    def refuse(summary: MonthSummary) -> str | None:
        asked.append(summary.unsettled_entries)
        return None

    dialog.ask_proceed = refuse
    dialog.close_month_button.click()
    assert asked == [1] and not is_closed(db, MARCH)
    assert dialog.message.isVisible()
    dialog.ask_proceed = lambda summary: CLOSE_ANYWAY
    dialog.notes.setText("Karty zebrane")
    dialog.close_month_button.click()
    assert is_closed(db, MARCH) and dialog.changed
    assert all(e.locked for e in entries(db))
    assert not dialog.close_month_button.isEnabled() and dialog.reopen_button.isEnabled()
    assert "Karty zebrane" in dialog.values["state"].text()
    dialog.ask_reason = lambda title, prompt: None
    assert not dialog.reopen_chosen_month() and is_closed(db, MARCH)
    dialog.ask_reason = lambda title, prompt: "Korekta po kontroli"
    dialog.reopen_button.click()
    assert not is_closed(db, MARCH) and not any(e.locked for e in entries(db))
    # The current month cannot be closed yet.
    dialog.next_button.click()
    assert dialog.month == Month(2025, 4) and not dialog.close_month_button.isEnabled()


# --- the volunteer's panel ------------------------------------------------------------------------
def test_volunteer_hours_panel(qtbot: QtBot, db: Database, world: World) -> None:
    add_raw(db, world.anna, dt.date(2025, 4, 2), 90, "confirmed", world.zak)
    add_raw(db, world.anna, dt.date(2025, 4, 3), 30, "done", world.zak)
    add_raw(db, world.anna, dt.date(2025, 3, 2), 120, "confirmed", world.zak)
    close_month(db, MARCH, today=TODAY)
    panel = VolunteerHoursPanel(db, world.anna, today=TODAY)
    qtbot.addWidget(panel)
    table = panel.table
    assert table.rowCount() == 12
    assert [cell_text(table.item(0, c)) for c in range(3)] == [
        "kwiecień 2025",
        format_hours(90),
        format_hours(30),
    ]
    assert cell_text(table.item(1, 0)) == "marzec 2025 " + _("(closed)")
    assert cell_text(table.item(1, 1)) == "2 godziny" and cell_text(table.item(1, 2)) == "—"
    assert cell_text(table.item(11, 0)) == "maj 2024"
    assert panel.total.text() == _("Confirmed in total: {hours}").format(hours=format_hours(210)) + "; " + _(
        "awaiting confirmation: {hours}"
    ).format(hours=format_hours(30))
    assert panel.month_at(1) == MARCH


def test_entry_points_open_modal_windows(qtbot: QtBot, db: Database, world: World) -> None:
    seen: list[str] = []

    def close_it() -> None:
        widget = QApplication.activeModalWidget()
        seen.append(widget.objectName() if widget else "")
        if widget is not None:
            widget_as(QDialog, widget).reject()

    QTimer.singleShot(200, close_it)
    assert open_hours_card(None, db, world.anna, "2025-03") is False
    QTimer.singleShot(200, close_it)
    assert open_month_close(None, db) is False
    assert seen == ["hours_card_dialog", "month_close_dialog"]


def test_the_card_opens_on_last_month_while_cards_come_in() -> None:
    assert default_card_month(dt.date(2025, 4, 1)) == MARCH
    assert default_card_month(dt.date(2025, 4, 10)) == MARCH
    assert default_card_month(dt.date(2025, 4, 11)) == Month(2025, 4)
    assert default_card_month(dt.date(2025, 1, 5)) == Month(2024, 12)
