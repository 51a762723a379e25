"""The agreements panel and dialogs driven as a user would: typed in with the keyboard, refused
field by field, confirmed, saved; checked on the screen and in the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core import agreements as ag
from coordinator_app.core.agreements import TerminationData
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, AgreementAnnex, Assignment
from coordinator_app.i18n import _
from coordinator_app.i18n.formatting import format_date
from coordinator_app.ui.agreements.annex_dialog import AnnexDialog
from coordinator_app.ui.agreements.dialog import AgreementDialog
from coordinator_app.ui.agreements.panel import VolunteerAgreementsPanel
from coordinator_app.ui.agreements.termination_dialog import TerminationDialog
from coordinator_app.ui.widgets.forms import OptionalDateEdit
from tests.agreement_helpers import (
    add_assignment,
    add_signatory,
    add_volunteer,
    set_insurance,
)
from tests.factories import TOW, ZAK, add_agreement
from tests.helpers import type_text, widget_as

TODAY = dt.date.today()  # the dialogs work with the real date


_Window = TypeVar("_Window", bound=QWidget)


def in_modal(
    kind: type[_Window], act: Callable[[_Window], None], failures: list[BaseException]
) -> Callable[[], None]:
    """Run `act` on the modal window once it is open; on a failure close it so the test ends."""

    def run() -> None:
        window = QApplication.activeModalWidget()
        try:
            assert isinstance(window, kind), window
            act(window)
        except BaseException as error:  # re-raised by the test after the dialog is gone
            failures.append(error)
            if isinstance(window, QDialog):
                window.reject()

    return run


def click_save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def retype(widget: QWidget, text: str) -> None:
    """Select all and type over it, as a user would."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def open_panel(qtbot: QtBot, db: Database, volunteer_id: int, **kwargs: Any) -> VolunteerAgreementsPanel:
    panel = VolunteerAgreementsPanel(db, volunteer_id, **kwargs)
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def stored_agreements(db: Database) -> list[Agreement]:
    with db.session() as s:
        return list(s.scalars(select(Agreement)))


def test_new_agreement_typed_in_refused_then_saved(qtbot: QtBot, db: Database) -> None:
    set_insurance(db)
    volunteer = add_volunteer(db)
    signatory = add_signatory(db)
    panel = open_panel(qtbot, db, volunteer)
    assert panel.empty.isVisible() and not panel.table.isVisible()
    assert not panel.edit_button.isEnabled() and not panel.print_button.isVisible()
    failures: list[BaseException] = []

    def fill(window: QWidget) -> None:
        assert isinstance(window, AgreementDialog)
        form = window.form
        assert widget_as(QComboBox, form.fields["representative_id"]).currentData() == signatory
        number = widget_as(QLineEdit, form.fields["number"])
        assert number.placeholderText().endswith(f"W/1/{TODAY.year}")
        widget_as(OptionalDateEdit, form.fields["concluded_on"]).set_value(dt.date(2024, 12, 30))
        assert number.placeholderText().endswith("W/1/2024"), "numbered in the year of conclusion"
        widget_as(OptionalDateEdit, form.fields["concluded_on"]).set_value(TODAY)
        # Empty the mandatory clauses: the dialog refuses field by field and stays open.
        for key in ("scope", "manner", "time_commitment", "termination_terms"):
            retype(form.fields[key], "")
        click_save(qtbot, window.buttons)
        assert window.isVisible() and stored_agreements(db) == []
        errors = form.errors
        assert errors.message("activity_ids") == _(
            "Choose at least one activity type: the scope of the services is required (art. 44 ust. 1)."
        )
        assert errors.message("scope") == _("Describe the scope of the services (art. 44 ust. 1).")
        assert errors.message("manner") and errors.message("time_commitment")
        assert errors.message("termination_terms") == _(
            "The agreement must say how it can be terminated (art. 44 ust. 1)."
        )
        assert form.currentIndex() == 1, "the page of the first wrong field is shown"
        assert window.summary.isVisible()

        # Type the clauses in; tick two activity types with the keyboard.
        activities = form.activities
        activities.setFocus()
        for row in (0, 2):  # TOW, ZAK
            activities.setCurrentRow(row)
            QTest.keyClick(activities, Qt.Key.Key_Space)
        type_text(form.fields["scope"], "Pomoc osobom starszym wskazanym przez koordynatora.")
        type_text(form.fields["manner"], "Osobiście, w miejscu zamieszkania podopiecznych w gminie Łęki.")
        type_text(form.fields["time_commitment"], "Średnio 4 godz. tygodniowo, w uzgodnionych terminach.")
        type_text(
            form.fields["termination_terms"],
            "Każda ze stron może rozwiązać porozumienie z 7-dniowym wypowiedzeniem.",
        )
        type_text(form.fields["notes"], "Wolontariuszka ze Stowarzyszenia „Żurawie”.")
        widget_as(OptionalDateEdit, form.fields["period_to"]).set_value(None)
        # No end date: a warning to confirm; "Go back" first keeps the dialog open and saves nothing.
        QTimer.singleShot(0, in_modal(QMessageBox, lambda box: box.reject(), failures))
        click_save(qtbot, window.buttons)
        assert window.isVisible() and stored_agreements(db) == []

        def confirm(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            assert (
                _(
                    "The agreement has no end date (indefinite period). A definite period is "
                    "recommended: insurance and validity depend on it."
                )
                in box.text()
            )
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), Qt.MouseButton.LeftButton)

        QTimer.singleShot(0, in_modal(QMessageBox, confirm, failures))
        click_save(qtbot, window.buttons)

    QTimer.singleShot(0, in_modal(AgreementDialog, fill, failures))
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert not failures, failures

    (row,) = stored_agreements(db)
    assert (row.number, row.volunteer_id, row.period_from, row.period_to) == (
        f"W/1/{TODAY.year}",
        volunteer,
        TODAY,
        None,
    )
    assert row.manner == "Osobiście, w miejscu zamieszkania podopiecznych w gminie Łęki."
    assert row.notes == "Wolontariuszka ze Stowarzyszenia „Żurawie”."
    assert ag.get_agreement(db, row.id).data.activity_ids == {TOW, ZAK}
    # The panel lists it, valid today.
    assert panel.model.rowCount() == 1 and panel.selected_id() == row.id
    assert panel.model.index(0, panel.model.column_index("state")).data() == _("valid")
    assert panel.model.index(0, panel.model.column_index("scope")).data() == "TOW, ZAK"
    assert panel.edit_button.isEnabled() and panel.annex_button.isEnabled()


def test_editing_keeps_the_number_and_audits(qtbot: QtBot, db: Database) -> None:
    set_insurance(db)
    volunteer, signatory = add_volunteer(db), add_signatory(db)
    agreement = add_agreement(db, volunteer, signatory, period_to=TODAY + dt.timedelta(days=200))
    dialog = AgreementDialog(db, volunteer, agreement)
    qtbot.addWidget(dialog)
    dialog.show()
    assert widget_as(QLineEdit, dialog.form.fields["number"]).text() == "W/1/2026"
    retype(dialog.form.fields["number"], "")
    click_save(qtbot, dialog.buttons)
    assert dialog.form.errors.message("number") == _("Enter the agreement number.")
    retype(dialog.form.fields["number"], "W/15/2026")
    type_text(dialog.form.fields["notes"], "Oryginał w teczce osobowej.")
    click_save(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = ag.get_agreement(db, agreement).data
    assert (stored.number, stored.notes) == ("W/15/2026", "Oryginał w teczce osobowej.")


def test_short_agreement_shows_the_nnw_clause(qtbot: QtBot, db: Database) -> None:
    set_insurance(db, policy="NNW/2026/000123", valid=None)
    volunteer, _signatory = add_volunteer(db), add_signatory(db)
    dialog = AgreementDialog(db, volunteer)
    qtbot.addWidget(dialog)
    form = dialog.form
    widget_as(OptionalDateEdit, form.fields["period_to"]).set_value(TODAY + dt.timedelta(days=29))
    note = form.insurance_note.text()
    assert "NNW/2026/000123" in note and "art. 46 ust. 3" in note
    widget_as(OptionalDateEdit, form.fields["period_to"]).set_value(TODAY + dt.timedelta(days=30))
    assert "art. 46 ust. 2" in form.insurance_note.text()


def test_minor_shows_the_consent_field_and_requires_it(qtbot: QtBot, db: Database) -> None:
    set_insurance(db)
    add_signatory(db)
    minor = add_volunteer(
        db, birth=TODAY.replace(year=TODAY.year - 15) - dt.timedelta(days=3), guardian="Anna Żółć"
    )
    adult = add_volunteer(db, name=("Jan", "Nowak"))
    dialog = AgreementDialog(db, minor)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    consent_row = widget_as(QWidget, form.fields["guardian_consent_on"].parentWidget())
    guardian_row = widget_as(QWidget, form.guardian_label.parentWidget())
    assert form._insurance_form.isRowVisible(consent_row) and form._insurance_form.isRowVisible(guardian_row)
    assert form.guardian_label.text() == "Anna Żółć"
    form.activities.set_checked_ids({TOW})
    click_save(qtbot, dialog.buttons)
    assert form.errors.message("guardian_consent_on") == _(
        "A volunteer aged 13–17 concludes the agreement with the legal guardian's consent: "
        "enter the date of the consent."
    )
    assert form.currentIndex() == 3
    widget_as(OptionalDateEdit, form.fields["guardian_consent_on"]).set_value(TODAY - dt.timedelta(days=1))
    click_save(qtbot, dialog.buttons)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_agreements(db)[0].guardian_consent_on == TODAY - dt.timedelta(days=1)

    other = AgreementDialog(db, adult)
    qtbot.addWidget(other)
    assert not other.form._insurance_form.isRowVisible(
        widget_as(QWidget, other.form.fields["guardian_consent_on"].parentWidget())
    )


def test_annex_through_the_panel(qtbot: QtBot, db: Database) -> None:
    set_insurance(db)
    volunteer, signatory = add_volunteer(db), add_signatory(db)
    start = TODAY - dt.timedelta(days=60)
    agreement = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=start,
        period_from=start,
        period_to=TODAY + dt.timedelta(days=100),
    )
    panel = open_panel(qtbot, db, volunteer)
    failures: list[BaseException] = []
    new_end = TODAY + dt.timedelta(days=300)

    def amend(window: QWidget) -> None:
        assert isinstance(window, AnnexDialog)
        form = window.form
        click_save(qtbot, window.buttons)  # nothing changed yet
        assert form.errors.message("changes") == _("The annex changes nothing: enter at least one change.")
        form.change_period.setFocus()
        QTest.keyClick(form.change_period, Qt.Key.Key_Space)
        assert form.new_period_to.isEnabled()
        form.new_period_to.set_value(new_end)
        time = form.fields["new_time_commitment"]
        assert isinstance(time, QPlainTextEdit) and time.toPlainText() == "Średnio 4 godz. tygodniowo."
        retype(time, "Średnio 2 godz. tygodniowo, w soboty.")
        click_save(qtbot, window.buttons)

    QTimer.singleShot(0, in_modal(AnnexDialog, amend, failures))
    qtbot.mouseClick(panel.annex_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    with db.session() as s:
        annex = s.scalars(select(AgreementAnnex)).one()
        assert annex.agreement_id == agreement and annex.number == f"AN/1/{TODAY.year}"
        assert annex.changes.splitlines()[1] == (
            "2. Czas wykonywania świadczeń otrzymuje brzmienie: „Średnio 2 godz. tygodniowo, w soboty.”."
        )
    stored = ag.get_agreement(db, agreement).data
    assert stored.period_to == new_end and stored.time_commitment == "Średnio 2 godz. tygodniowo, w soboty."
    assert panel.model.index(0, panel.model.column_index("annexes")).data() == "1"
    assert f"AN/1/{TODAY.year}" in panel.details.text()


def test_termination_through_the_panel_ends_the_assignment(qtbot: QtBot, db: Database) -> None:
    set_insurance(db)
    volunteer, signatory = add_volunteer(db), add_signatory(db)
    start = TODAY - dt.timedelta(days=90)
    agreement = add_agreement(
        db,
        volunteer,
        signatory,
        concluded_on=start,
        period_from=start,
        period_to=TODAY + dt.timedelta(days=100),
    )
    assignment = add_assignment(db, volunteer, agreement, start, None, number="P/7/2026")
    last_day = TODAY - dt.timedelta(days=1)
    panel = open_panel(qtbot, db, volunteer)
    failures: list[BaseException] = []

    def terminate(window: QWidget) -> None:
        assert isinstance(window, TerminationDialog)
        click_save(qtbot, window.buttons)  # no mode chosen
        assert window.errors.message("mode") == _("Choose how the agreement ends.")
        assert ag.get_agreement(db, agreement).terminated_on is None
        mode = window.fields["mode"]
        assert isinstance(mode, QComboBox)
        mode.setFocus()
        mode.setCurrentIndex(mode.findData("volunteer_notice"))
        window.day.set_value(last_day)
        assert "P/7/2026" in window.affected.text() and window.end_assignments.isVisible()
        type_text(window.fields["reason"], "Wyjazd na studia do Łodzi.")
        window.end_assignments.setFocus()
        QTest.keyClick(window.end_assignments, Qt.Key.Key_Space)
        click_save(qtbot, window.buttons)

    QTimer.singleShot(0, in_modal(TerminationDialog, terminate, failures))
    qtbot.mouseClick(panel.terminate_button, Qt.MouseButton.LeftButton)
    assert not failures, failures
    stored = ag.get_agreement(db, agreement)
    assert (stored.terminated_on, stored.termination_mode) == (last_day, "volunteer_notice")
    with db.session() as s:
        row = s.get(Assignment, assignment)
        assert row is not None and (row.status, row.date_to) == ("ended", last_day)
    assert panel.model.index(0, panel.model.column_index("state")).data() == _("terminated")
    assert not panel.annex_button.isEnabled() and not panel.terminate_button.isEnabled()
    assert panel.message.isVisible()
    assert (
        _(
            "The volunteer has no other agreement after {date}; if they stop volunteering, "
            "change their status in the volunteer's data."
        ).format(date=format_date(last_day))
        in panel.message.text()
    )
    assert format_date(last_day) in panel.details.text()


def test_print_requests_name_the_record(qtbot: QtBot, db: Database) -> None:
    set_insurance(db)
    volunteer, signatory = add_volunteer(db), add_signatory(db)
    start = TODAY - dt.timedelta(days=30)
    agreement = add_agreement(db, volunteer, signatory, concluded_on=start, period_from=start, period_to=None)
    annex = ag.record_annex(
        db, agreement, ag.AnnexData(signed_on=TODAY, new_manner="Zdalnie, telefonicznie.")
    )
    ag.terminate_agreement(db, agreement, TerminationData(TODAY, "mutual"))
    requested: list[tuple[str, int]] = []
    panel = open_panel(qtbot, db, volunteer)
    assert not panel.print_button.isVisible(), "no document engine attached: no print button"
    panel.set_print_handler(lambda kind, record_id: requested.append((kind, record_id)))
    assert panel.print_button.isVisible()
    for action in panel.print_menu.actions():
        action.trigger()
    assert requested == [("agreement", agreement), ("annex", annex.id), ("termination", agreement)]
    # Still valid today (the last day is today): shown as valid until that day.
    assert panel.model.index(0, panel.model.column_index("state")).data() == _(
        "valid until {date} (terminated)"
    ).format(date=format_date(TODAY))
