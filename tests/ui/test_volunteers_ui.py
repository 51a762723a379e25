"""The Volunteers tab and form driven as a user would, checking the screen and the database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.volunteers import create_volunteer, get_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.db.models import AuditEntry, Volunteer
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.volunteers.tab import VolunteersTab
from coordinator_app.ui.widgets.forms import OptionalDateEdit
from tests.factories import volunteer
from tests.helpers import type_text, widget_as


def field(dialog: VolunteerDialog, name: str) -> QLineEdit:
    widget = dialog.form.fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def click_save(qtbot: QtBot, dialog: VolunteerDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def fill_minimal(dialog: VolunteerDialog) -> None:
    type_text(field(dialog, "first_name"), "Żaneta")
    type_text(field(dialog, "last_name"), "Żółć-Kędzierska")
    type_text(field(dialog, "pesel"), "44051401458")
    type_text(field(dialog, "house_number"), "132")
    type_text(field(dialog, "postal_code"), "62-200")
    type_text(field(dialog, "locality"), "Łęki Wielkie")
    type_text(field(dialog, "phone"), "600 123 456")


def test_add_volunteer_with_polish_letters_then_find_and_edit(qtbot: QtBot, db: Database) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    fill_minimal(dialog)
    # The PESEL filled in the birth date and sex on the screen.
    assert widget_as(OptionalDateEdit, dialog.form.fields["birth_date"]).value() == dt.date(1944, 5, 14)
    assert dialog.form.age_label.text().startswith("82 lata")
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        stored = s.scalars(select(Volunteer)).one()
        assert (stored.first_name, stored.last_name, stored.locality) == (
            "Żaneta",
            "Żółć-Kędzierska",
            "Łęki Wielkie",
        )
        assert stored.phone == "+48600123456" and stored.birth_date == dt.date(1944, 5, 14)
        volunteer_id = stored.id

    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    type_text(tab.search, "zolc kedz")
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, 0).data() == "Żółć-Kędzierska Żaneta"
    assert tab.count_label.text() == "1 z 1 wolontariusza"
    tab.table.selectRow(0)
    assert tab.selected_id() == volunteer_id

    edit = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(edit)
    assert field(edit, "locality").text() == "Łęki Wielkie"
    field(edit, "locality").clear()
    type_text(field(edit, "locality"), "Ściborzyce Małe")
    click_save(qtbot, edit)
    assert get_volunteer(db, volunteer_id).locality == "Ściborzyce Małe"
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).one()
    assert (entry.field, entry.old_value, entry.new_value) == ("locality", "Łęki Wielkie", "Ściborzyce Małe")


def test_wrong_fields_are_marked_in_polish_and_nothing_is_saved(qtbot: QtBot, db: Database) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_minimal(dialog)
    field(dialog, "postal_code").clear()
    type_text(field(dialog, "postal_code"), "622")
    field(dialog, "pesel").clear()
    type_text(field(dialog, "pesel"), "44051401459")
    assert dialog.form.errors.message("pesel").startswith("Cyfra kontrolna PESEL jest błędna")
    click_save(qtbot, dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.form.errors.message("postal_code") == "Kod pocztowy musi mieć postać 00-000."
    assert dialog.summary.isVisible()
    assert "Popraw zaznaczone pola" in dialog.summary.text()
    with db.session() as s:
        assert s.scalars(select(Volunteer)).first() is None


def test_minor_needs_guardian_and_guardian_tab_is_marked(qtbot: QtBot, db: Database) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(field(dialog, "first_name"), "Łucja")
    type_text(field(dialog, "last_name"), "Wąs")
    widget_as(OptionalDateEdit, dialog.form.fields["birth_date"]).set_value(
        dt.date.today().replace(year=dt.date.today().year - 15)
    )
    type_text(field(dialog, "id_document"), "ABC123456")
    type_text(field(dialog, "house_number"), "5")
    type_text(field(dialog, "postal_code"), "62-200")
    type_text(field(dialog, "locality"), "Mnichowo")
    assert dialog.form.tabText(2) == "Opiekun prawny *"
    click_save(qtbot, dialog)
    assert dialog.form.currentIndex() == 2, "the form shows the page with the first error"
    assert dialog.form.errors.message("guardian_name").startswith("Dla wolontariusza poniżej 18 lat")
    type_text(field(dialog, "guardian_name"), "Małgorzata Wąs")
    type_text(field(dialog, "guardian_phone"), "501222333")
    widget_as(OptionalDateEdit, dialog.form.fields["guardian_consent_date"]).set_value(dt.date.today())
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get_volunteer(db, dialog.saved_id or 0).guardian_name == "Małgorzata Wąs"


def test_add_button_opens_the_form_and_the_list_shows_the_new_volunteer(qtbot: QtBot, db: Database) -> None:
    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VolunteerDialog)
        fill_minimal(dialog)
        dialog.save()

    QTimer.singleShot(0, fill_and_save)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.selected_id() is not None
    assert tab.proxy.index(0, 2).data() == "Łęki Wielkie"


def test_duplicate_warning_can_stop_the_save(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    create_volunteer(
        db,
        volunteer(first_name="Żaneta", last_name="Żółć"),
    )
    shown: list[str] = []

    def answer(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", answer)
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    fill_minimal(dialog)
    click_save(qtbot, dialog)
    assert "ten sam PESEL" in shown[0]
    with db.session() as s:
        assert len(s.scalars(select(Volunteer)).all()) == 1


def test_archive_hides_the_row_until_show_archived(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    create_volunteer(
        db,
        volunteer(first_name="Jan", last_name="Łoś"),
    )
    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    tab.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Wyprowadzka", True))
    tab.loaded = False
    qtbot.mouseClick(tab.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.proxy.rowCount() == 0
    tab.show_archived.setChecked(True)
    assert tab.proxy.rowCount() == 1
    with db.session() as s:
        assert s.scalars(select(Volunteer.archived)).one() is True


def test_opening_and_saving_unchanged_changes_nothing(qtbot: QtBot, db: Database) -> None:
    volunteer_id = create_volunteer(
        db,
        volunteer(first_name="Jan", last_name="Łoś"),
    )
    before = get_volunteer(db, volunteer_id)
    dialog = VolunteerDialog(db, volunteer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    for page in range(dialog.form.count()):  # visit every page, as a curious user would
        dialog.form.setCurrentIndex(page)
        qtbot.wait(5)
    click_save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert get_volunteer(db, volunteer_id) == before
    with db.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "update")).all() == []


def test_statements_page_names_what_is_still_to_be_signed(qtbot: QtBot, db: Database) -> None:
    dialog = VolunteerDialog(db, None)
    qtbot.addWidget(dialog)
    label = dialog.form.missing_label
    assert "Zapoznanie z ryzykiem dla zdrowia" in label.text()
    assert "Zgoda opiekuna prawnego" not in label.text()
    widget_as(OptionalDateEdit, dialog.form.fields["birth_date"]).set_value(
        dt.date.today().replace(year=dt.date.today().year - 16)
    )
    assert "Zgoda opiekuna prawnego" in label.text(), "a minor also needs the guardian's consent"
    for kind in ("health_safety", "rights_duties", "confidentiality", "gdpr_clause", "guardian_consent"):
        dialog.form.statements[kind][0].setChecked(True)
    assert label.text() == "Wszystkie wymagane oświadczenia są podpisane."


def test_an_empty_list_says_why_it_is_empty(qtbot: QtBot, db: Database) -> None:
    tab = VolunteersTab(db)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text().startswith("Nie ma jeszcze wolontariuszy.")
    create_volunteer(db, volunteer())
    tab.loaded = False
    tab.reload()
    qtbot.waitUntil(lambda: tab.loaded)
    assert not tab.empty_label.isVisible()
    type_text(tab.search, "Kowalczyk")
    assert tab.empty_label.text().startswith("Nic nie pasuje do „Kowalczyk”.")
    tab.search.clear()
    assert not tab.empty_label.isVisible()
