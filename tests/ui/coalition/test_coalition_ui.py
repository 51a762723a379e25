"""The Koalicja tab through the window: a meeting typed in and saved (screen and database),
its refusals in Polish beside the fields and lines, the list searched as typed, the yearly
programme with an item done, and a meeting opened by id as the dashboard opens it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.coalition import create_meeting, create_programme, get_meeting, get_programme
from coordinator_app.db.engine import Database
from coordinator_app.db.models import CoalitionAttendee, CoalitionMeeting, ProgrammeItem
from coordinator_app.ui.coalition.meeting_dialog import CoalitionMeetingDialog
from coordinator_app.ui.coalition.meetings import make_meeting_model
from coordinator_app.ui.coalition.programme_dialog import YearlyProgrammeDialog
from coordinator_app.ui.coalition.tab import CoalitionTab
from coordinator_app.ui.widgets.binding import set_value
from coordinator_app.ui.widgets.forms import OptionalDateEdit
from tests.factories.coalition import action_row, meeting_data, partner_row, programme_data
from tests.factories.records import EDU, save
from tests.helpers import type_text

HELD_ON = dt.date(2026, 3, 12)


def _line(widget: object) -> QLineEdit:
    assert isinstance(widget, QLineEdit)
    return widget


def test_a_meeting_typed_in_is_saved_with_its_people_and_tasks(qtbot: QtBot, db: Database) -> None:
    school = save(db, partner_row(short_name="SP Łąkie"))
    dialog = CoalitionMeetingDialog(db, None)
    qtbot.addWidget(dialog)
    form = dialog.form
    date = form.fields["held_on"]
    assert isinstance(date, OptionalDateEdit)
    date.set_value(HELD_ON)
    assert _line(form.fields["number"]).text() == "1/2026"  # suggested for the date's year
    type_text(_line(form.fields["place"]), "Świetlica wiejska w Łąkiem")
    status = form.fields["status"]
    assert isinstance(status, QComboBox)
    status.setCurrentIndex(status.findData("held"))
    set_value(form.fields["agenda"], "Otwarcie\nPlan zbiórki")
    name, institution, function, present = form.attendees.add_row()
    type_text(_line(name), "Łucja Żmuda")
    assert isinstance(institution, QComboBox) and isinstance(present, QCheckBox)
    institution.setCurrentIndex(institution.findData(school))
    type_text(_line(function), "opiekunka koła")
    excused = form.attendees.add_row()
    type_text(_line(excused[0]), "Jan Kowalski")
    check = excused[3]
    assert isinstance(check, QCheckBox)
    check.setChecked(False)
    form.decisions.setPlainText("Zbiórka 11 kwietnia.")
    task = form.tasks.add_row()
    type_text(_line(task[0]), "Plakaty")
    due = task[3]
    assert isinstance(due, OptionalDateEdit)
    due.set_value(dt.date(2026, 4, 1))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as session:
        meeting = session.scalars(select(CoalitionMeeting)).one()
        assert (meeting.number, meeting.place, meeting.status) == (
            "1/2026",
            "Świetlica wiejska w Łąkiem",
            "held",
        )
        people = session.execute(
            select(CoalitionAttendee.person_name, CoalitionAttendee.partner_id, CoalitionAttendee.present)
        ).all()
    assert sorted(people) == [("Jan Kowalski", None, False), ("Łucja Żmuda", school, True)]
    saved = get_meeting(db, meeting.id)
    assert saved.agenda == "Otwarcie\nPlan zbiórki" and saved.decisions == ["Zbiórka 11 kwietnia."]
    assert saved.tasks[0].due_on == dt.date(2026, 4, 1)


def test_refusals_are_shown_beside_the_fields_and_the_lines(qtbot: QtBot, db: Database) -> None:
    dialog = CoalitionMeetingDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.attendees.add_row()  # a person without a name
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    errors = dialog.form.errors
    assert errors.message("place") == "Pole „Miejsce” jest wymagane."
    assert errors.message("agenda") == "Wpisz co najmniej jeden punkt porządku spotkania."
    first = dialog.form.attendees.rows()[0][0]
    assert first.property("invalid") and first.toolTip() == "Uczestnik 1: podaj imię i nazwisko."
    assert "Uczestnik 1: podaj imię i nazwisko." in dialog.summary.text()
    with db.session() as session:
        assert session.scalars(select(CoalitionMeeting)).all() == []


def test_the_list_is_searched_ignoring_polish_letters(db: Database) -> None:
    create_meeting(db, meeting_data(), today=dt.date(2026, 3, 20))
    create_meeting(
        db, meeting_data(number="3/2026", place="Remiza OSP", attendees=[]), today=dt.date(2026, 3, 20)
    )
    from coordinator_app.core.coalition import list_meetings

    model, proxy = make_meeting_model()
    model.set_records(list_meetings(db))
    assert proxy.rowCount() == 2
    proxy.set_search("zmuda")  # finds "Łucja Żmuda" among the people present
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, model.column_index("number"))) == "2/2026"


def test_the_tab_loads_both_views_and_opens_a_meeting_by_id(qtbot: QtBot, db: Database) -> None:
    meeting = create_meeting(db, meeting_data(), today=dt.date(2026, 3, 20))
    create_programme(db, programme_data())
    tab = CoalitionTab(db)
    qtbot.addWidget(tab)
    tab.resize(1366, 680)
    tab.show()
    tab.ensure_loaded()
    qtbot.waitUntil(lambda: tab.meetings.loaded)
    assert tab.meetings.model.rowCount() == 1
    assert tab.meetings.count_label.text() == "1 z 1 spotkania"
    tab.views.setCurrentWidget(tab.programmes)
    qtbot.waitUntil(lambda: tab.programmes.loaded)
    assert tab.search is tab.programmes.search
    assert tab.programmes.model.rowCount() == 1
    seen: list[str] = []

    def close_it() -> None:
        window = QApplication.activeModalWidget()
        assert isinstance(window, CoalitionMeetingDialog)
        seen.append(window.windowTitle())
        window.reject()

    QTimer.singleShot(0, close_it)
    tab.edit(meeting)  # as the dashboard's open task opens it
    assert seen == ["Spotkanie koalicji 2/2026"]
    assert tab.views.currentWidget() is tab.meetings


def test_programme_items_are_edited_and_show_what_was_done(qtbot: QtBot, db: Database) -> None:
    school = save(db, partner_row())
    programme = create_programme(db, programme_data(school))
    action_item = next(item for item in get_programme(db, programme).items if item.kind == "action")
    save(db, action_row(EDU, programme_item_id=action_item.id))
    dialog = YearlyProgrammeDialog(db, programme)
    qtbot.addWidget(dialog)
    rows = dialog.items.rows()
    progress = {(_line(row[1]).text()): row[-1] for row in rows}
    label = progress["Wiosenna zbiórka żywności"]
    assert isinstance(label, QLabel) and label.text() == "zrealizowano 11.04.2026 (Zbiórka żywności)"
    new = dialog.items.add_row()
    kind, title, month, _partner, people = new[:5]
    assert isinstance(kind, QComboBox) and isinstance(month, QComboBox) and isinstance(people, QSpinBox)
    kind.setCurrentIndex(kind.findData("promotion"))
    type_text(_line(title), "Piknik rodzinny")
    month.setCurrentIndex(month.findData(6))
    people.setValue(80)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as session:
        titles = dict(session.execute(select(ProgrammeItem.title, ProgrammeItem.planned_month)).all())
        linked = session.get(ProgrammeItem, action_item.id)
        assert linked is not None and linked.title == "Wiosenna zbiórka żywności"  # kept by id
    assert titles["Piknik rodzinny"] == 6 and len(titles) == 5


def test_the_dashboard_opens_meetings_through_the_coalition_tab(qtbot: QtBot, db: Database) -> None:
    from coordinator_app.ui.help.sections import section_for
    from coordinator_app.ui.tabs import build_tabs

    tabs = build_tabs(db)
    for page in tabs.pages():
        qtbot.addWidget(page.widget)
    assert tabs.record_tab("coalition_meeting") is tabs.coalition
    assert [page.title for page in tabs.pages()][-1] == "Koalicja"
    assert section_for(["CoalitionTab"]) == "koalicja"  # F1 in the tab
