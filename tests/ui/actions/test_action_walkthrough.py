"""Done when (issue #18): through the window, an action with two shifts is created, three
regular volunteers are signed up and two new ones registered (one a minor with consent), the
sheets are printed, attendance is ticked and turned into hours, and the hours show in the
volunteer's certificate data and in the monthly summary; checked on screen and in the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.actions import QuickRegistration
from coordinator_app.core.calendar import Period
from coordinator_app.core.issuing.organisation import update_organisation
from coordinator_app.core.issuing.volunteer_data import activity_wording, service_summary
from coordinator_app.core.reports.summary import monthly_summary
from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActionSignup, ActivityType, Agreement, HoursEntry, Volunteer
from coordinator_app.ui.actions import printing
from coordinator_app.ui.actions.action_dialog import ActionDialog
from coordinator_app.ui.actions.tab import ActionsTab
from coordinator_app.ui.actions.window import ActionWindow
from coordinator_app.ui.widgets.binding import set_value
from tests.agreement_helpers import add_signatory, set_insurance
from tests.documents_helpers import organisation, pdf_text
from tests.factories import TOW, add_people, save, village_row
from tests.helpers import cell_text, type_text, widget_as

DAY = dt.date.today() + dt.timedelta(days=14)


def _fill_action(dialog: ActionDialog) -> None:
    form = dialog.form
    type_text(widget_as(QLineEdit, form.fields["name"]), "Świąteczna zbiórka żywności")
    set_value(form.fields["date_from"], DAY)
    set_value(form.fields["date_to"], DAY)
    type_text(widget_as(QLineEdit, form.fields["place"]), "Mnichowo, sklep „Groszek”")
    set_value(form.fields["activity_type_id"], TOW)
    set_value(form.fields["status"], "open")
    shifts = form.shifts
    for start, end, minors in ((dt.time(9), dt.time(13), False), (dt.time(13), dt.time(17), True)):
        shifts.add_shift()
        shifts.date.set_value(DAY)
        shifts.start.set_value(start)
        shifts.end.set_value(end)
        type_text(shifts.tasks, "Zbiórka i pakowanie paczek")
        shifts.people.setValue(4)
        shifts.minors.setChecked(minors)


def _create_action(qtbot: QtBot, db: Database) -> tuple[ActionsTab, int]:
    tab = ActionsTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    dialog = ActionDialog(db, None, tab)
    qtbot.addWidget(dialog)
    _fill_action(dialog)
    dialog.save()
    assert dialog.result() == ActionDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    tab.reload(select_id=dialog.saved_id)
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 1)
    type_text(tab.search, "zbiorka")  # filtering as you type, Polish letters folded
    assert tab.proxy.rowCount() == 1
    assert tab.model.index(0, 1).data() == "Świąteczna zbiórka żywności"
    return tab, dialog.saved_id


def _quick(window: ActionWindow, qtbot: QtBot, data: QuickRegistration) -> None:
    dialog = window.make_quick_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.set_values(data)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.summary.text()
    window.registered(dialog)


def _print(qtbot: QtBot, window: ActionWindow, what: str, target: Path) -> str:
    with qtbot.waitSignal(window.printed, timeout=20_000):
        assert window.print_pdf(what, target)
    return pdf_text(target)


def test_action_from_creation_to_hours(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    update_organisation(db, organisation())
    set_insurance(db, valid=(dt.date.today() - dt.timedelta(days=30), DAY + dt.timedelta(days=60)))
    add_signatory(db)
    village = save(db, village_row("Mnichowo"))
    regulars = add_people(db, "Nowak Jan", "Lis Ewa", "Wójcik Piotr")
    tab, action_id = _create_action(qtbot, db)

    window = tab.open_action(action_id)
    assert window is not None
    qtbot.addWidget(window)
    morning, afternoon = (s.id for s in window.details.shifts)
    window.select_shift(morning)
    assert window.sign_up_ids(regulars) == 3
    assert cell_text(window.shifts_table.item(0, 3)) == "3"

    adult = QuickRegistration(
        first_name="Marek", last_name="Szczęsny", sex="M", birth_date=dt.date(1999, 4, 2),
        email="marek@example.pl", village_id=village, written_form=True,
    )  # fmt: skip
    _quick(window, qtbot, adult)
    window.select_shift(afternoon)
    teen = QuickRegistration(
        first_name="Oliwia", last_name="Żółkiewska", sex="K", birth_date=DAY.replace(year=DAY.year - 15),
        phone="600 111 222", village_id=village, guardian_name="Anna Żółkiewska", guardian_sex="K",
        guardian_relation="matka", guardian_phone="600 333 444", guardian_consent_date=dt.date.today(),
    )  # fmt: skip
    _quick(window, qtbot, teen)
    assert "Żółkiewska Oliwia (nowy)" in [cell_text(window.signups_table.item(r, 0)) for r in range(1)]
    assert "Zarejestrowano" in window.status.text()

    window.select_shift(morning)
    signup_text = _print(qtbot, window, printing.SIGNUP, tmp_path / "zapisy.pdf")
    assert all(name in signup_text for name in ("Nowak Jan", "Lis Ewa", "Wójcik Piotr", "Szczęsny Marek"))
    window.select_shift(afternoon)
    attendance_text = _print(qtbot, window, printing.ATTENDANCE, tmp_path / "obecnosc.pdf")
    assert "Żółkiewska Oliwia" in attendance_text and "Potwierdzam obecność" in attendance_text
    agreements_text = _print(qtbot, window, printing.AGREEMENTS, tmp_path / "porozumienia.pdf")
    assert "POROZUMIENIE" in agreements_text.upper() and agreements_text.count("Świąteczna zbiórka") >= 2

    attendance = window.make_attendance_dialog()
    qtbot.addWidget(attendance)
    ids = {s.full_name: s.id for s in window.details.signups}
    for name, signup_id in ids.items():
        attendance.set_attended(signup_id, name != "Lis Ewa", 120 if name == "Nowak Jan" else None)
    assert widget_as(QComboBox, attendance.came[0]).currentText()
    attendance.save()
    assert attendance.result() == attendance.DialogCode.Accepted
    window.refresh()
    window.turn_into_hours()
    assert "dodane: 4" in window.status.text()
    window.turn_into_hours()
    assert "dodane: 0" in window.status.text()  # a second run adds nothing

    with db.session() as s:
        entries = s.scalars(select(HoursEntry).order_by(HoursEntry.volunteer_id)).all()
        assert sorted(e.minutes for e in entries) == [120, 240, 240, 240]
        assert {(e.status, e.assignment_id, e.activity_type_id, e.work_date) for e in entries} == {
            ("confirmed", None, TOW, DAY)
        }
        linked = s.scalars(select(ActionSignup.hours_entry_id).where(ActionSignup.attended.is_(True))).all()
        assert set(linked) == {e.id for e in entries} and len(linked) == 4
        assert len(s.scalars(select(Agreement)).all()) == 2
        teen_id = s.scalars(select(Volunteer.id).where(Volunteer.last_name == "Żółkiewska")).one()
        summary = service_summary(s, teen_id, None, None)
        activity = s.get(ActivityType, TOW)
        assert activity is not None
    assert summary is not None and summary.minutes == 240
    assert summary.scope == [activity_wording(activity.code, activity.name)]  # the action's activity type
    window.select_shift(morning)
    hours_column = [
        cell_text(window.signups_table.item(r, 5)) for r in range(window.signups_table.rowCount())
    ]
    assert "2 godziny" in hours_column and "4 godziny" in hours_column

    figures = monthly_summary(db, Period.month(DAY.year, DAY.month), today=DAY)
    assert figures.hours.minutes.current == 120 + 3 * 240
    assert figures.hours.entries == 4

    window.mark_done()
    assert window.details.data.status == "done"
    assert "Wolontariusze: 5 (pełnoletni 4, niepełnoletni 1)" in window.summary_text()
    assert "Nowi wolontariusze zarejestrowani podczas akcji: 2" in window.summary_text()


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's questions are answered yes; anything it would tell is a failure."""
    monkeypatch.setattr(ActionWindow, "ask", lambda self, title, text: True)

    def tell(self: ActionWindow, title: str, text: str) -> None:
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(ActionWindow, "tell", tell)
