"""The staff form's signing role (days, authorisation) and the activity type's home-visit flag,
checked on the screen and in the database."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.db.engine import Database
from coordinator_app.db.models import ActivityType, Staff
from coordinator_app.ui.dictionaries import DictionariesDialog
from coordinator_app.ui.dictionaries.forms import ActivityTypeForm, RecordForm, StaffForm
from tests.factories import save as save_row
from tests.factories import staff_row
from tests.helpers import cell_text, type_text, widget_as

D = dt.date


def save(qtbot: QtBot, form: RecordForm) -> None:
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_role_fields_follow_the_signatory_box(qtbot: QtBot, db: Database) -> None:
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    form = widget_as(StaffForm, dialog.staff.form(None))
    assert not any(widget.isEnabled() for widget in form.role_fields)
    form.signatory.setChecked(True)
    assert all(widget.isEnabled() for widget in form.role_fields)
    form.role_from.set_value(D(2025, 1, 1))
    form.signatory.setChecked(False)
    assert form.data().role_valid_from is None, "greyed-out days are not saved"


def test_deputy_with_authorisation_and_wrong_dates(qtbot: QtBot, db: Database) -> None:
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.staff
    form = widget_as(StaffForm, tab.form(None))
    type_text(form.first_name, "Grażyna")
    type_text(form.last_name, "Żółtowska")
    type_text(form.position, "Zastępca kierownika")
    form.signatory.setChecked(True)
    form.role_from.set_value(D(2024, 2, 1))
    form.role_to.set_value(D(2024, 1, 31))
    form.authorisation_date.set_value(D(2024, 2, 5))
    save(qtbot, form)
    assert form.result() != form.DialogCode.Accepted
    assert (
        form.errors.message("role_valid_to")
        == "Koniec pełnienia funkcji nie może przypadać przed jej początkiem."
    )
    assert form.errors.message("authorisation_number") == "Podaj numer upoważnienia."
    assert form.errors.message("authorisation_date") == (
        "Upoważnienie musi być wydane najpóźniej w pierwszym dniu pełnienia funkcji (1.02.2024)."
    )
    with db.session() as session:
        assert session.scalars(select(Staff)).all() == []

    form.role_to.set_value(D(2025, 12, 31))
    form.authorisation_date.set_value(D(2024, 1, 29))
    type_text(form.authorisation_number, "5/2024")
    save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    assert cell_text(tab.table.item(0, 2)) == "podpisuje 1.02.2024–31.12.2025"
    with db.session() as session:
        staff = session.scalars(select(Staff)).one()
        assert (staff.authorisation_number, staff.authorisation_date) == ("5/2024", D(2024, 1, 29))
        assert (staff.role_valid_from, staff.role_valid_to) == (D(2024, 2, 1), D(2025, 12, 31))

    tab.table.selectRow(0)
    edit = widget_as(StaffForm, tab.form(tab.current_id()))
    assert (edit.role_from.value(), edit.authorisation_number.text()) == (D(2024, 2, 1), "5/2024")
    assert edit.role_to.isEnabled()


def test_second_head_is_refused_until_the_first_ends(qtbot: QtBot, db: Database) -> None:
    old = save_row(db, staff_row("Ośka Konrad", position="Kierownik", is_signatory=True))
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.staff
    form = widget_as(StaffForm, tab.form(None))
    type_text(form.first_name, "Łucja")
    type_text(form.last_name, "Wiśniewska")
    type_text(form.position, "Kierownik")
    form.signatory.setChecked(True)
    form.role_from.set_value(D(2025, 2, 1))
    save(qtbot, form)
    assert form.errors.message("role_valid_from").startswith(
        "Jako kierownik ośrodka bez określonych dat figuruje: Konrad Ośka."
    )
    tab.table.selectRow(tab.ids.index(old))
    first = widget_as(StaffForm, tab.form(old))
    first.role_to.set_value(D(2025, 1, 31))
    save(qtbot, first)
    assert first.result() == first.DialogCode.Accepted
    save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    with db.session() as session:
        rows = session.execute(select(Staff.last_name, Staff.role_valid_from, Staff.role_valid_to)).all()
    assert sorted(tuple(r) for r in rows) == [
        ("Ośka", None, D(2025, 1, 31)),
        ("Wiśniewska", D(2025, 2, 1), None),
    ]


def test_home_visit_flag_on_screen_and_in_the_database(qtbot: QtBot, db: Database) -> None:
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.activity_types
    with db.session() as session:
        tow = session.scalars(select(ActivityType).where(ActivityType.code == "TOW")).one()
        assert tow.home_visit, "the shipped dictionary marks company at home as a home visit"
        tow_id = tow.id
    form = widget_as(ActivityTypeForm, tab.form(tow_id))
    assert form.home_visit.isChecked()
    form.home_visit.setChecked(False)
    save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    with db.session() as session:
        row = session.get(ActivityType, tow_id)
        assert row is not None and row.home_visit is False
    again = widget_as(ActivityTypeForm, tab.form(tow_id))
    assert not again.home_visit.isChecked()


def test_organisation_settings_list_the_signing_periods(qtbot: QtBot, db: Database) -> None:
    from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog

    save_row(
        db, staff_row("Ośka Konrad", position="Kierownik", is_signatory=True, role_valid_from=D(2024, 3, 1))
    )
    save_row(db, staff_row("Nowak Ewa", position="Pracownik socjalny"))
    dialog = OrganisationDialog(None, db)
    qtbot.addWidget(dialog)
    listed = [dialog.signatories.item(i).text() for i in range(dialog.signatories.count())]
    assert listed == ["Konrad Ośka, Kierownik, podpisuje od 1.03.2024"]
