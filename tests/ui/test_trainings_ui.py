"""The Szkolenia tab driven as a user would: a session typed in, attendance recorded, and the
volunteer becoming ready in the Wolontariusze list; checked on the screen and in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.trainings import (
    ProgrammeData,
    add_attendees,
    create_programme,
    get_training,
    readiness,
    requirement_rules,
    set_programme_sessions,
)
from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Attendance
from coordinator_app.ui.trainings.attendance_dialog import HOURS, STATUS, AttendanceDialog
from coordinator_app.ui.trainings.programmes_dialog import ProgrammesDialog
from coordinator_app.ui.trainings.requirements_dialog import RequirementsDialog
from coordinator_app.ui.trainings.session_dialog import SessionDialog
from coordinator_app.ui.trainings.tab import TrainingsTab
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.volunteers.tab import VolunteersTab
from coordinator_app.ui.widgets.forms import OptionalDateEdit, OptionalTimeEdit
from coordinator_app.ui.widgets.list_tab import ListTab
from tests.factories import add_people, add_session, volunteer
from tests.helpers import cell_text, type_text, widget_as

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


_Tab = TypeVar("_Tab", bound=ListTab)


def open_tab(qtbot: QtBot, tab: _Tab) -> _Tab:
    qtbot.addWidget(tab)
    tab.resize(1200, 500)
    tab.show()
    qtbot.waitExposed(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


def in_modal(
    kind: type[QDialog], act: Callable[[QDialog], None], failures: list[BaseException]
) -> Callable[[], None]:
    """Run `act` on the modal dialog once it is open; on a failure close it so the test ends."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, kind), dialog
            act(dialog)
        except BaseException as error:  # re-raised by the test after the dialog is gone
            failures.append(error)
            if isinstance(dialog, QDialog):
                dialog.reject()

    return run


def click_save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def fill_session(dialog: SessionDialog) -> None:
    fields = dialog.form.fields
    type_text(fields["title"], "Szkolenie wprowadzające – zasady współpracy z GOPS")
    category = fields["category"]
    assert isinstance(category, QComboBox)
    category.setCurrentIndex(category.findData("induction"))
    widget_as(OptionalDateEdit, fields["session_date"]).set_value(YESTERDAY)
    widget_as(OptionalTimeEdit, fields["time_from"]).set_value(dt.time(16))
    widget_as(OptionalTimeEdit, fields["time_to"]).set_value(dt.time(19))
    assert dialog.form.duration.value() == 3, "the duration follows the times"
    type_text(fields["place"], "Świetlica wiejska w Łękach")
    type_text(fields["trainer_name"], "Łucja Żmuda")
    type_text(fields["trainer_organisation"], "Gminny Ośrodek Pomocy Społecznej")
    type_text(dialog.form.cost, "150,50 zł")


def test_session_attendance_and_a_volunteer_becoming_ready(qtbot: QtBot, db: Database) -> None:
    volunteer_id = create_volunteer(db, volunteer())  # Żółć Żaneta, a candidate
    volunteers = open_tab(qtbot, VolunteersTab(db))
    readiness_column = volunteers.model.column_index("readiness")
    assert volunteers.proxy.index(0, readiness_column).data() == "żadne"

    trainings = open_tab(qtbot, TrainingsTab(db))
    failures: list[BaseException] = []

    def save_session(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        fill_session(dialog)
        click_save(qtbot, dialog.buttons)

    QTimer.singleShot(0, in_modal(SessionDialog, save_session, failures))
    qtbot.mouseClick(trainings.add_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    qtbot.waitUntil(lambda: trainings.model.rowCount() == 1)
    session_id = trainings.selected_id()
    assert session_id is not None
    stored = get_training(db, session_id)
    assert (stored.title, stored.place, stored.trainer_name) == (
        "Szkolenie wprowadzające – zasady współpracy z GOPS",
        "Świetlica wiejska w Łękach",
        "Łucja Żmuda",
    )
    assert (stored.duration_minutes, stored.duration_unit, stored.cost_grosze) == (180, "clock", 15050)
    assert trainings.proxy.index(0, trainings.model.column_index("category")).data() == "wdrożeniowe"

    def record_attendance(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        dialog.status_choice.setCurrentIndex(dialog.status_choice.findData("candidate"))
        qtbot.mouseClick(dialog.add_all_button, Qt.MouseButton.LeftButton)
        assert cell_text(dialog.table.item(0, 0)) == "Żółć Żaneta"
        status = dialog.table.cellWidget(0, STATUS)
        hours = dialog.table.cellWidget(0, HOURS)
        assert isinstance(status, QComboBox) and isinstance(hours, QDoubleSpinBox)
        assert (status.currentText(), hours.value()) == ("obecny", 3.0), "after the meeting: present"
        status.setCurrentIndex(status.findData("partly"))  # came late: the time must be typed in
        click_save(qtbot, dialog.buttons)
        assert dialog.isVisible() and "Żółć Żaneta: Przy obecności częściowej" in dialog.summary.text()
        hours.setValue(2.5)  # 150 of 180 minutes: over 75%, so it counts
        click_save(qtbot, dialog.buttons)

    trainings.table.selectRow(0)
    QTimer.singleShot(0, in_modal(AttendanceDialog, record_attendance, failures))
    qtbot.mouseClick(trainings.attendance_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    qtbot.waitUntil(lambda: trainings.model.rowCount() == 1 and trainings.model.record(0).partly == 1)
    with db.session() as s:
        row = s.scalars(select(Attendance)).one()
        assert (row.volunteer_id, row.status, row.minutes_attended) == (volunteer_id, "partly", 150)

    # The volunteer list hears of the change and shows the volunteer ready for 14 of 16 activities.
    qtbot.waitUntil(lambda: volunteers.proxy.index(0, readiness_column).data() == "14 z 16 działań")
    tooltip = volunteers.proxy.index(0, readiness_column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Gotowość do: TOW, SPA") and "EDU" not in tooltip
    missing = {a.code: a.missing for a in readiness(db, volunteer_id)}
    assert missing["TOW"] == () and missing["EDU"] == ("child_protection",)

    # Her form shows the history and what she still misses.
    form = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(form)
    page = form.training_page
    assert form.form.tabText(form.form.indexOf(page)) == "Szkolenia"
    assert page.summary.text().startswith("Gotowość do 14 z 16 działań.")
    assert cell_text(page.history.item(0, 1)) == "Szkolenie wprowadzające – zasady współpracy z GOPS"
    assert (cell_text(page.history.item(0, 3)), cell_text(page.history.item(0, 4))) == (
        "częściowo",
        "2,5 godziny",
    )
    texts = [cell_text(page.readiness.item(r, 1)) for r in range(page.readiness.rowCount())]
    assert "brakuje: standardy ochrony małoletnich" in texts and texts.count("tak") == 14


def test_session_form_marks_wrong_fields_in_polish(qtbot: QtBot, db: Database) -> None:
    dialog = SessionDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.form.cost, "sto złotych")
    widget_as(OptionalTimeEdit, dialog.form.fields["time_from"]).set_value(dt.time(18))
    widget_as(OptionalTimeEdit, dialog.form.fields["time_to"]).set_value(dt.time(17))
    click_save(qtbot, dialog.buttons)
    assert dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.form.errors
    assert errors.message("title") == "Pole „Tytuł” jest wymagane."
    assert errors.message("trainer_name") == "Pole „Prowadzący” jest wymagane."
    assert errors.message("duration_minutes") == "Czas trwania musi być większy od zera."
    assert errors.message("time_to") == "Koniec musi być później niż początek."
    assert errors.message("cost_grosze").startswith("Podaj kwotę w złotych")
    assert "Popraw zaznaczone pola (7)" in dialog.summary.text()


def test_double_click_edits_and_delete_needs_an_empty_list(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    session_id = add_session(db, session_date=YESTERDAY)
    tab = open_tab(qtbot, TrainingsTab(db))
    failures: list[BaseException] = []

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, SessionDialog)
        title = widget_as(QLineEdit, dialog.form.fields["title"])
        title.clear()
        type_text(title, "Wprowadzenie – część druga")
        click_save(qtbot, dialog.buttons)

    QTimer.singleShot(0, in_modal(SessionDialog, rename, failures))
    tab.activate(session_id)  # what a double-click or Enter does
    assert not failures, failures
    assert get_training(db, session_id).title == "Wprowadzenie – część druga"

    (anna,) = add_people(db, "Łęcka Anna")
    add_attendees(db, session_id, [anna])
    tab.reload(select_id=session_id)
    qtbot.waitUntil(lambda: tab.selected_id() == session_id)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: messages.append(text))
    tab.delete_selected()
    assert messages == ["Szkolenie ma 1 uczestnika; najpierw usuń go z listy."]
    assert get_training(db, session_id).title  # still there


def test_requirements_grid_saves_the_rules(qtbot: QtBot, db: Database) -> None:
    dialog = RequirementsDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.check("EDU", "child_protection").isChecked()
    assert not dialog.check("TOW", "first_aid").isChecked()
    dialog.check("TOW", "seniors").setChecked(True)
    dialog.check("CZW", "induction").setChecked(False)
    click_save(qtbot, dialog.buttons)
    rules = {r.code: r.categories for r in requirement_rules(db)}
    assert rules["TOW"] == {"induction", "seniors"}
    assert rules["CZW"] == {"child_protection"}


def test_programmes_dialog_shows_sessions_and_progress(qtbot: QtBot, db: Database) -> None:
    programme = create_programme(db, ProgrammeData("Przygotowanie wolontariuszy – 2 spotkania"))
    first = add_session(db, title="Spotkanie 1", session_date=YESTERDAY)
    second = add_session(db, title="Spotkanie 2", session_date=YESTERDAY, category="gdpr")
    set_programme_sessions(db, programme, [first, second])
    (anna,) = add_people(db, "Łęcka Anna")
    add_attendees(db, first, [anna])
    dialog = ProgrammesDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.programmes.item(0).text() == "Przygotowanie wolontariuszy – 2 spotkania (2 szkolenia)"
    assert dialog.sessions.item(0).text().startswith("1. ")
    assert [cell_text(dialog.progress.item(0, c)) for c in range(3)] == ["Łęcka Anna", "1 z 2", "Spotkanie 2"]
    dialog.sessions.setCurrentRow(1)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.sessions.item(0).text().startswith("1. ") and "Spotkanie 2" in dialog.sessions.item(0).text()
    )


def test_attendance_list_is_saved_where_the_user_chooses(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pytest
    from PySide6.QtWidgets import QFileDialog

    pytest.importorskip("coordinator_app.output.documents.attendance_list")
    pytest.importorskip("coordinator_app.output.summaries.attendance_xlsx")
    session_id = add_session(db, session_date=YESTERDAY)
    add_attendees(db, session_id, add_people(db, "Łęcka Anna", "Żak Ewa"))
    tab = open_tab(qtbot, TrainingsTab(db))
    tab.table.selectRow(0)
    asked: list[str] = []

    def choose(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "lista"), ""  # no extension typed: it is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    messages: list[str] = []
    tab.status_message.connect(messages.append)

    def exported(kind: str) -> Callable[[], bool]:
        return lambda: f"Zapisano: {tmp_path / ('lista.' + kind)}" in messages

    for kind in ("pdf", "xlsx"):
        tab.export_selected(kind)
        qtbot.waitUntil(exported(kind), timeout=10000)
    assert asked[0].endswith(
        f"lista-obecnosci-{YESTERDAY.isoformat()}-szkolenie-wprowadzajace-wolontariat-w.pdf"
    )
    assert (tmp_path / "lista.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "lista.xlsx").stat().st_size > 0


def test_picker_searches_without_polish_letters_and_skips_those_on_the_list(
    qtbot: QtBot, db: Database
) -> None:
    from coordinator_app.core.trainings import volunteer_choices
    from coordinator_app.ui.trainings.volunteer_picker import VolunteerPicker

    anna, ewa, _jan = add_people(db, "Łęcka Anna", "Żak Ewa", "Zych Jan")
    picker = VolunteerPicker(volunteer_choices(db), exclude={anna})
    qtbot.addWidget(picker)
    shown = lambda: [  # noqa: E731
        picker.list.item(r).text() for r in range(picker.list.count()) if not picker.list.item(r).isHidden()
    ]
    assert shown() == ["Zych Jan (aktywny)", "Żak Ewa (aktywny)"]
    type_text(picker.search, "zak")
    assert shown() == ["Żak Ewa (aktywny)"]
    picker.check_id(ewa)
    assert picker.chosen_ids() == [ewa] and picker.count.text() == "wybrano 1 wolontariusza"
