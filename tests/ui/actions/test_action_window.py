"""The action window and its dialogs: warnings asked about and refusals reported when signing
up, the form's refusals shown by the fields, the attendance dialog's wrong minutes, removing a
sign-up, the closed month reported; checked on screen and in the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator_app.core.actions import QuickRegistration, attendance_to_hours, get_action
from coordinator_app.core.hours.months import close_month
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActionSignup, Volunteer
from coordinator_app.ui.actions.action_dialog import ActionDialog
from coordinator_app.ui.actions.tab import ActionsTab
from coordinator_app.ui.actions.window import ActionWindow
from tests.agreement_helpers import add_signatory
from tests.factories import TODAY, add_people, save, village_row
from tests.factories.actions import ACTION_DAY, add_action, shift_data
from tests.helpers import cell_text, type_text, widget_as


class Answers:
    """What the window asked and told; questions are answered with `yes`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, yes: bool = True) -> None:
        self.asked: list[str] = []
        self.told: list[str] = []
        self.yes = yes
        monkeypatch.setattr(ActionWindow, "ask", lambda _w, _title, text: self._ask(text))
        monkeypatch.setattr(ActionWindow, "tell", lambda _w, _title, text: self.told.append(text))

    def _ask(self, text: str) -> bool:
        self.asked.append(text)
        return self.yes


def _window(qtbot: QtBot, db: Database, **changes: object) -> ActionWindow:
    window = ActionWindow(db, add_action(db, **changes))
    qtbot.addWidget(window)
    window.show()
    return window


def _signed(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(ActionSignup.id))) or 0)


def test_full_shift_is_asked_about_and_a_minor_refused(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, yes=False)
    window = _window(qtbot, db, shifts=[shift_data(people_needed=1)])
    first, second = add_people(db, "Nowak Jan", "Lis Ewa")
    [teen] = add_people(db, "Kowalska Ola", birth_date=dt.date(2012, 1, 1))
    assert window.sign_up_ids([first, second, teen]) == 1
    assert len(answers.asked) == 1 and "pełny (zapisanych 1 z 1 osób)" in answers.asked[0]
    assert answers.told and "Kowalska Ola: Ten dyżur jest tylko dla pełnoletnich" in answers.told[0]
    assert _signed(db) == 1
    assert [cell_text(window.signups_table.item(r, 0)) for r in range(window.signups_table.rowCount())] == [
        "Nowak Jan"
    ]
    answers.yes = True
    assert window.sign_up_ids([second]) == 1
    assert _signed(db) == 2 and cell_text(window.shifts_table.item(0, 3)) == "2"


def test_remove_sign_up(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    Answers(monkeypatch)
    window = _window(qtbot, db)
    window.sign_up_ids(add_people(db, "Nowak Jan"))
    window.signups_table.selectRow(0)
    assert window.remove_button.isEnabled()
    window.remove_selected()
    assert _signed(db) == 0 and window.signups_table.rowCount() == 0
    assert window.status.text() == "Zapis usunięto."


def test_action_form_shows_refusals_by_the_fields(qtbot: QtBot, db: Database) -> None:
    dialog = ActionDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.shifts.add_shift()
    dialog.save()
    assert dialog.result() != ActionDialog.DialogCode.Accepted
    assert dialog.form.errors.message("name") == "Pole „Nazwa” jest wymagane."
    assert dialog.form.errors.message("activity_type_id") == "Wybierz rodzaj działania."
    assert dialog.form.shifts.error.text() == "Dyżur 1: wpisz datę i godziny."
    assert "Akcji nie zapisano" in dialog.summary.text()
    type_text(widget_as(QLineEdit, dialog.form.fields["name"]), "Kiermasz")
    assert dialog.form.errors.message("name") == ""


def test_quick_registration_dialog_asks_a_minor_for_the_guardian(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch)
    add_signatory(db)
    village = save(db, village_row("Mnichowo"))
    window = _window(qtbot, db)
    window.select_shift(window.details.shifts[1].id)
    dialog = window.make_quick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    teen = QuickRegistration("Ola", "Kowalska", "K", dt.date(2011, 3, 1), "600111222", village_id=village)
    dialog.set_values(teen)
    assert "niepełnoletnia" in dialog.age.text() and "15" in dialog.age.text()
    assert dialog.fields["guardian_name"].isEnabled()
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "zgody" in dialog.errors.message("guardian_consent_date")
    assert dialog.errors.message("guardian_name").startswith("Pole")
    with db.session() as s:
        assert s.scalars(select(Volunteer)).all() == []


def test_attendance_dialog_refuses_minutes_longer_than_the_shift(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    Answers(monkeypatch)
    window = _window(qtbot, db)
    window.sign_up_ids(add_people(db, "Nowak Jan"))
    dialog = window.make_attendance_dialog()
    qtbot.addWidget(dialog)
    [signup] = window.details.signups
    dialog.set_attended(signup.id, True, 200)
    dialog.minutes[0].setMaximum(999)
    dialog.minutes[0].setValue(300)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "240 min" in dialog.summary.text() and "Nowak Jan" in dialog.summary.text()


def test_closed_month_is_told_and_nothing_written(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    window = _window(qtbot, db)
    window.sign_up_ids(add_people(db, "Nowak Jan"))
    dialog = window.make_attendance_dialog()
    dialog.set_attended(window.details.signups[0].id, True)
    dialog.save()
    close_month(db, ACTION_DAY, today=dt.date(2027, 1, 3))
    window.turn_into_hours()
    assert answers.told and "zamknięty" in answers.told[0]
    with pytest.raises(Exception, match="zamknięty"):
        attendance_to_hours(db, window.action_id, today=TODAY)


def test_tab_lists_filters_and_opens_actions(qtbot: QtBot, db: Database) -> None:
    add_action(db)
    add_action(db, name="Kiermasz szkolny", status="planned")
    tab = ActionsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.proxy.rowCount() == 2 and tab.count_label.text() == "2 z 2 akcji"
    tab.filter.setCurrentIndex(tab.filter.findData("planned"))
    assert tab.proxy.rowCount() == 1
    assert tab.model.record(tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()).name == "Kiermasz szkolny"
    tab.filter.setCurrentIndex(0)
    type_text(tab.search, "swiateczna")
    assert tab.proxy.rowCount() == 1
    tab.table.selectRow(0)
    window = tab.open_action(tab.selected_id() or 0)
    assert window is not None and window.windowTitle() == "Akcja: Świąteczna zbiórka żywności"
    window.close()


def test_editing_keeps_what_the_form_does_not_show(qtbot: QtBot, db: Database) -> None:
    action_id = add_action(db, notes="Klucze do świetlicy u sołtysa")
    dialog = ActionDialog(db, action_id)
    qtbot.addWidget(dialog)
    type_text(widget_as(QLineEdit, dialog.form.fields["name"]), " 2026")
    dialog.save()
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    details = get_action(db, action_id)
    assert details.data.name.endswith("2026") and details.data.notes == "Klucze do świetlicy u sołtysa"
    assert len(details.shifts) == 2
