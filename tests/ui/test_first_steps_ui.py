"""The first-run checklist on the dashboard and the prerequisites explained where they block:
the client's social worker, an empty matching list, activation after signing, and a missing
training in the assignment window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.dictionaries import volunteer_options
from coordinator_app.core.options import Option
from coordinator_app.core.reports.first_steps import FIRST_STEPS_HIDDEN
from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, Attendance, Volunteer
from coordinator_app.ui.agreements.activation import offer_activation
from coordinator_app.ui.assignments.form import AssignmentForm
from coordinator_app.ui.assignments.match_dialog import MatchDialog
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.clients.form import ClientForm
from coordinator_app.ui.dashboard.first_steps import DONE_MARK, PENDING_MARK, FirstStepsPanel
from coordinator_app.ui.dictionaries import DictionariesDialog
from coordinator_app.ui.trainings.attendance_dialog import AttendanceDialog
from coordinator_app.ui.trainings.session_dialog import SessionDialog
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.forms import OptionalDateEdit, OptionalTimeEdit
from tests.factories import (
    TODAY,
    TOW,
    add_agreement,
    add_people,
    client_row,
    need_row,
    save,
    session_of,
    staff_row,
    village_row,
    volunteer,
)
from tests.helpers import type_text, widget_as


def shown_panel(qtbot: QtBot, db: Database) -> FirstStepsPanel:
    panel = FirstStepsPanel(db)
    qtbot.addWidget(panel)
    assert panel.isHidden() and panel.steps == (), "nothing is read as the panel is made"
    panel.refresh()
    panel.resize(1300, 220)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_checklist_ticks_off_steps_and_opens_their_windows(qtbot: QtBot, db: Database) -> None:
    panel = shown_panel(qtbot, db)
    assert panel.isVisible() and panel.progress.text() == "zrobione: 0 z 10"
    assert panel.marks["organisation"].text() == PENDING_MARK
    assert panel.next_hint.text().startswith("Następny krok: Dane organizacji.")
    assert panel.buttons["organisation"].font().bold()
    opened: list[tuple[str, int]] = []

    def open_step(key: str, record_id: int) -> None:
        opened.append((key, record_id))
        if key == "staff":  # the window the step opens adds the social worker
            save(db, staff_row("Nowak Anna", is_social_worker=True))

    panel.open_step.connect(open_step)
    qtbot.mouseClick(panel.buttons["staff"], Qt.MouseButton.LeftButton)
    assert opened == [("staff", -1)]
    assert panel.marks["staff"].text() == DONE_MARK, "ticked off as the window closes"
    assert panel.progress.text() == "zrobione: 1 z 10"
    client = save(db, client_row("P-1"))
    qtbot.mouseClick(panel.buttons["client"], Qt.MouseButton.LeftButton)
    assert opened[-1] == ("client", client), "the client still without a need opens"
    panel.hide()
    save(db, village_row("Modrzewo"))
    panel.show()  # shown again (the dashboard tab chosen): read again
    assert panel.marks["villages"].text() == DONE_MARK


def test_the_checklist_can_be_hidden_for_good(qtbot: QtBot, db: Database) -> None:
    panel = shown_panel(qtbot, db)
    qtbot.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible()
    assert settings_store.read(db, FIRST_STEPS_HIDDEN) == 1
    again = FirstStepsPanel(db)
    qtbot.addWidget(again)
    again.refresh()
    assert again.isHidden(), "hidden on the next start too"


def test_client_form_says_where_social_workers_are_added(qtbot: QtBot) -> None:
    added = [Option(7, "Nowak Anna")]
    form = ClientForm([], [], None, add_workers=lambda: added)
    qtbot.addWidget(form)
    form.show()
    form.setCurrentIndex(2)  # Wsparcie
    qtbot.waitExposed(form)
    assert form.no_workers.isVisible()
    assert "Ustawienia → Słowniki → Pracownicy" in form.no_workers_note.text()
    qtbot.mouseClick(form.add_workers_button, Qt.MouseButton.LeftButton)
    assert get_value(form.fields["social_worker_id"]) == 7, "the only social worker is chosen"
    assert not form.no_workers.isVisible()
    with_workers = ClientForm([], added, None, add_workers=lambda: added)
    qtbot.addWidget(with_workers)
    with_workers.show()
    with_workers.setCurrentIndex(2)
    assert not with_workers.no_workers.isVisible()


def test_client_window_opens_the_staff_list_on_its_staff_page(qtbot: QtBot, db: Database) -> None:
    dialog = ClientDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.setCurrentIndex(2)
    seen: list[str] = []

    def in_staff_list() -> None:
        staff_list = QApplication.activeModalWidget()
        if not isinstance(staff_list, DictionariesDialog):
            QTimer.singleShot(20, in_staff_list)
            return
        seen.append(staff_list.tabs.tabText(staff_list.tabs.currentIndex()))
        save(db, staff_row("Nowak Anna", is_social_worker=True))  # as its Add… would
        staff_list.reject()

    QTimer.singleShot(0, in_staff_list)
    qtbot.mouseClick(dialog.form.add_workers_button, Qt.MouseButton.LeftButton)
    assert seen == ["Pracownicy"]
    combo = dialog.form.fields["social_worker_id"]
    assert isinstance(combo, QComboBox) and combo.currentText() == "Nowak Anna"
    assert not dialog.form.no_workers.isVisible()


def test_empty_matching_says_why(qtbot: QtBot, db: Database) -> None:
    add_people(db, "Lis Ewa", status="candidate")
    need = save(db, need_row(save(db, client_row("P-1")), TOW))
    dialog = MatchDialog(db, need)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.isVisible()
    assert dialog.reason.text().startswith("Nikt nie jest jeszcze aktywny: 1 osoba ma status kandydata.")
    add_people(db, "Wrona Adam")
    shown = MatchDialog(db, need)
    qtbot.addWidget(shown)
    shown.show()
    assert shown.candidates and not shown.reason.isVisible()


def answer_activation(answer: str, seen: list[str]) -> None:
    """Press `answer` in the activation question once it is open."""

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, run)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == answer:
                button.click()

    QTimer.singleShot(0, run)


def test_signing_offers_activation_and_the_open_volunteer_window_follows(qtbot: QtBot, db: Database) -> None:
    worker = save(db, staff_row("Żółtowska Grażyna", is_signatory=True))
    candidate = create_volunteer(db, volunteer(status="candidate"), today=TODAY)
    agreement = add_agreement(db, candidate, worker)
    dialog = VolunteerDialog(db, candidate)
    qtbot.addWidget(dialog)
    assert not offer_activation(dialog, db, candidate), "nothing offered before signing"
    with session_of(db) as session:
        row = session.get(Agreement, agreement)
        assert row is not None
        row.signed_by_volunteer_on = TODAY
    seen: list[str] = []
    answer_activation("Nie teraz", seen)
    assert not offer_activation(dialog, db, candidate)
    assert "Żaneta Żółć nadal ma status kandydata" in seen[0]
    answer_activation("Aktywuj", seen)
    assert offer_activation(dialog, db, candidate)
    with session_of(db) as session:
        stored = session.get(Volunteer, candidate)
        assert stored is not None and stored.status == "active"
    dialog.agreements_page.changed.emit()  # what the panel says after the agreement dialog
    assert get_value(dialog.form.fields["status"]) == "active"
    assert "Podpisanie porozumienia" in dialog.form.history.text()
    assert not dialog.form.change_box.isVisible(), "no second status change is asked for"


def test_a_missing_training_offers_to_record_it(qtbot: QtBot, db: Database) -> None:
    form = AssignmentForm(db, [], [], [], [])
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert not form.training_button.isVisible()
    form.show_errors({"training": "Żaneta Żółć nie ukończyła szkolenia wymaganego dla „TOW”."})
    assert form.gates_label.isVisible() and form.training_button.isVisible()
    assert form.training_button.text().replace("&", "") == "Wpisz szkolenie…"
    form.show_errors({"agreement": "Brak porozumienia."})
    assert not form.training_button.isVisible()


def test_the_training_is_recorded_from_the_refused_assignment(qtbot: QtBot, db: Database) -> None:
    candidate = add_people(db, "Lis Ewa", status="candidate")[0]
    form = AssignmentForm(db, volunteer_options(db, candidate), [], [], [])
    qtbot.addWidget(form)
    form.show()
    set_value(form.fields["volunteer_id"], candidate)
    form.show_errors({"training": "Ewa Lis nie ukończyła szkolenia wymaganego dla „TOW”."})
    steps: list[str] = []

    def in_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SessionDialog) and "session" not in steps:
            steps.append("session")
            fields = dialog.form.fields
            type_text(fields["title"], "Szkolenie wprowadzające")
            set_value(fields["category"], "induction")
            widget_as(OptionalDateEdit, fields["session_date"]).set_value(TODAY - dt.timedelta(days=1))
            widget_as(OptionalTimeEdit, fields["time_from"]).set_value(dt.time(16))
            widget_as(OptionalTimeEdit, fields["time_to"]).set_value(dt.time(18))
            type_text(fields["trainer_name"], "Łucja Żmuda")
            dialog.save()
        elif isinstance(dialog, AttendanceDialog):
            steps.append("attendance: " + ", ".join(p.name for p in dialog.participants.values()))
            dialog.save()
            return
        QTimer.singleShot(20, in_dialogs)

    QTimer.singleShot(0, in_dialogs)
    qtbot.mouseClick(form.training_button, Qt.MouseButton.LeftButton)
    assert steps == ["session", "attendance: Lis Ewa"], "the volunteer is already on the list"
    with session_of(db) as session:
        assert session.scalars(select(Attendance.status)).all() == ["present"]
    assert not form.training_button.isVisible()
    assert form.gates_label.text() == "Szkolenie wpisane: zapisz przydział ponownie."
