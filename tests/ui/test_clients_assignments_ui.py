"""The clients and assignments windows driven as the coordinator would: typing a client,
revealing health notes, a need on the waiting list, matching, the gates on screen, ending."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.assignments import get_assignment
from coordinator_app.core.clients import get_client
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, AuditEntry, Need
from coordinator_app.ui.assignments.dialog import AssignmentDialog
from coordinator_app.ui.assignments.match_dialog import MatchDialog
from coordinator_app.ui.assignments.waiting_dialog import WaitingListDialog
from coordinator_app.ui.clients.dialog import ClientDialog
from coordinator_app.ui.widgets.binding import set_value
from coordinator_app.ui.widgets.forms import OptionalDateEdit
from tests.helpers import cell_text, type_text, widget_as
from tests.work_helpers import add_client_with_need, add_volunteer, gmina


def click_save(qtbot: QtBot, dialog: ClientDialog | AssignmentDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_type_a_new_client_see_errors_then_save(qtbot: QtBot, db: Database) -> None:
    places = gmina(db)
    dialog = ClientDialog(db, None)
    qtbot.addWidget(dialog)
    form = dialog.form
    type_text(form.fields["first_name"], "Stanisława")
    type_text(form.fields["last_name"], "Wójcik")
    type_text(form.fields["postal_code"], "62-2")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert form.errors.message("postal_code") == "Kod pocztowy musi mieć postać 00-000."
    assert form.errors.message("type_codes") == "Wybierz co najmniej jeden typ podopiecznego."
    assert form.currentIndex() == 0  # the first wrong page is shown
    assert dialog.summary.text().startswith("Nie zapisano podopiecznego.")
    widget_as(QLineEdit, form.fields["postal_code"]).clear()
    type_text(form.fields["postal_code"], "62200")
    type_text(form.fields["house_number"], "7")
    type_text(form.fields["locality"], "Łąkie")
    form.types.item(0).setCheckState(Qt.CheckState.Checked)
    set_value(form.fields["social_worker_id"], places["worker"])
    widget_as(OptionalDateEdit, form.fields["assessment_valid_until"]).set_value(dt.date(2027, 3, 31))
    widget_as(QCheckBox, form.fields["children_in_household"]).setChecked(True)
    assert not form.children_note.isHidden()
    type_text(form.fields["health_notes"], "Porusza się o balkoniku.")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    code, data = get_client(db, dialog.saved_id)
    assert code == "P-001" and data.postal_code == "62-200" and data.children_in_household
    assert data.type_codes == {"senior"}


def test_health_notes_stay_hidden_until_shown_and_the_showing_is_audited(qtbot: QtBot, db: Database) -> None:
    places = gmina(db)
    client_id, _need = add_client_with_need(
        db, places, health_notes="Słabo słyszy.", health_notes_edited=True
    )
    dialog = ClientDialog(db, client_id)
    qtbot.addWidget(dialog)
    notes = widget_as(QPlainTextEdit, dialog.form.fields["health_notes"])
    assert notes.toPlainText() == "" and not notes.isVisibleTo(dialog)
    with db.session() as s:
        assert s.scalar(select(AuditEntry.id).where(AuditEntry.action == "view")) is None
    qtbot.mouseClick(dialog.form.reveal_button, Qt.MouseButton.LeftButton)
    assert notes.toPlainText() == "Słabo słyszy."
    with db.session() as s:
        assert s.scalar(select(AuditEntry.reason).where(AuditEntry.action == "view")) == "health_notes"
    assert dialog.form.count() == 6 and dialog.form.tabText(5) == "Potrzeby"
    assert dialog.needs_page.table.rowCount() == 1


def test_from_the_waiting_list_match_and_assign_in_a_few_clicks(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, times="wtorki po południu")
    anna = add_volunteer(db, "Nowak Anna", village=places["Łąkie"], availability=((1, "afternoon"),))
    add_volunteer(db, "Kowal Jan", village=places["Zalesie"], max_km=5)
    waiting = WaitingListDialog(db)
    qtbot.addWidget(waiting)
    assert waiting.table.rowCount() == 1 and cell_text(waiting.table.item(0, 1)) == "P-001"
    assert waiting.count.text() == "1 z 1 oczekującej potrzeby"
    type_text(waiting.search, "lak")  # folded: Łąkie
    assert not waiting.table.isRowHidden(0)

    opened: dict[str, MatchDialog] = {}

    def exec_match(dialog: MatchDialog) -> int:
        opened["match"] = dialog
        assert cell_text(dialog.table.item(0, 0)) == "Nowak Anna"

        def exec_assignment(assignment: AssignmentDialog) -> int:
            form = assignment.form
            assert widget_as(QComboBox, form.fields["client_id"]).currentText().startswith("P-001")
            form.schedule.add_row()
            click_save(qtbot, assignment)
            return assignment.result()

        monkeypatch.setattr(AssignmentDialog, "exec", exec_assignment)
        dialog.assign_selected()
        return dialog.result()

    monkeypatch.setattr("coordinator_app.ui.assignments.match_dialog.MatchDialog.exec", exec_match)
    waiting.match_selected()
    assert opened["match"].created_id is not None
    assert waiting.table.rowCount() == 0  # reloaded: the need is served
    stored = get_assignment(db, opened["match"].created_id)
    assert stored.volunteer_id == anna and stored.need_id == need and len(stored.schedule) == 1
    with db.session() as s:
        assert s.get_one(Need, need).status == "matched"


def test_gate_refusal_is_shown_and_nothing_saved(qtbot: QtBot, db: Database) -> None:
    places = gmina(db)
    _client, need = add_client_with_need(db, places, "EDU")
    piotr = add_volunteer(db, "Nowy Piotr", trained=("induction",))
    from coordinator_app.core.assignments import assignment_for_need

    dialog = AssignmentDialog(db, None, prefill=assignment_for_need(db, need, piotr))
    qtbot.addWidget(dialog)
    assert dialog.form.minors_label.text().startswith("tak — działanie dotyczy dzieci")
    click_save(qtbot, dialog)
    gates = dialog.form.gates_label.text()
    assert dialog.form.gates_label.isVisibleTo(dialog)
    assert "weryfikacja osoby Piotr Nowy" in gates and "ochrona małoletnich" in gates
    assert "nie ukończył(a) szkoleń" in gates
    with db.session() as s:
        assert s.scalar(select(Assignment.id)) is None


def test_end_an_assignment_with_a_reason(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from coordinator_app.core.assignments import assignment_for_need, create_assignment
    from coordinator_app.ui.assignments.tab import AssignmentsTab

    places = gmina(db)
    _client, need = add_client_with_need(db, places)
    anna = add_volunteer(db, "Nowak Anna")
    assignment_id = create_assignment(db, assignment_for_need(db, need, anna), accept_warnings=True)
    tab = AssignmentsTab(db)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    tab.table.selectRow(0)
    assert tab.end_button.isEnabled()

    def exec_end(dialog: AssignmentDialog) -> int:
        assert widget_as(QComboBox, dialog.form.fields["status"]).currentText() == "zakończony"
        type_text(dialog.form.fields["end_reason"], "Podopieczna wyjechała do córki")
        click_save(qtbot, dialog)
        return dialog.result()

    monkeypatch.setattr(AssignmentDialog, "exec", exec_end)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    tab.end_selected()
    stored = get_assignment(db, assignment_id)
    assert stored.status == "ended" and stored.end_reason == "Podopieczna wyjechała do córki"
    with db.session() as s:
        assert s.get_one(Need, need).status == "closed"  # "No": the help is no longer needed
