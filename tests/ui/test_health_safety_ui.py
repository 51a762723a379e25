"""The dictionaries' activity-type form keeps the health-and-safety risk information; the
volunteer window records and withdraws the health-information consent."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coordinator_app.core.dictionaries import get_activity_type
from coordinator_app.core.volunteers.health_consent import list_health_consents
from coordinator_app.db.engine import Database
from coordinator_app.ui.dictionaries import DictionariesDialog
from coordinator_app.ui.dictionaries.forms import ActivityTypeForm
from coordinator_app.ui.volunteers.dialog import VolunteerDialog
from coordinator_app.ui.volunteers.health_consent_page import HealthConsentPage
from tests.factories import add_people
from tests.helpers import type_text, widget_as


def test_activity_type_form_saves_and_shows_the_risk_information(qtbot: QtBot, db: Database) -> None:
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.activity_types
    form = widget_as(ActivityTypeForm, tab.form(None))
    type_text(form.code, "ogr")
    type_text(form.name, "Prace w ogrodzie")
    form.risk_info.setPlainText("Kleszcze: używaj repelentu.\nUpał: pij wodę, noś nakrycie głowy.")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted
    assert form.saved_id is not None
    saved = get_activity_type(db, form.saved_id)
    assert saved.risk_info == "Kleszcze: używaj repelentu.\nUpał: pij wodę, noś nakrycie głowy."
    edit = widget_as(ActivityTypeForm, tab.form(form.saved_id))
    assert edit.risk_info.toPlainText() == saved.risk_info


def test_a_default_activity_type_shows_its_risk_information(qtbot: QtBot, db: Database) -> None:
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.activity_types
    tab.table.selectRow(0)
    form = widget_as(ActivityTypeForm, tab.form(tab.current_id()))
    assert "Wizyty w domu" in form.risk_info.toPlainText()


def test_the_volunteer_window_records_and_withdraws_a_health_consent(qtbot: QtBot, db: Database) -> None:
    (volunteer,) = add_people(db, "Mały Staś", birth_date=dt.date(2014, 6, 1))
    dialog = VolunteerDialog(db, volunteer)
    qtbot.addWidget(dialog)
    page = widget_as(HealthConsentPage, dialog.health_page)
    assert page.table.rowCount() == 0 and not page.withdraw_button.isEnabled()
    page.given_on.set_value(dt.date(2025, 3, 1))
    type_text(page.given_by, "Piotr Mały")
    page.by_guardian.setChecked(True)
    page.health_info.setPlainText("Alergia na użądlenia")
    page.record()
    [row] = list_health_consents(db, volunteer)
    assert (row.given_on, row.given_by, row.given_by_guardian, row.health_info) == (
        dt.date(2025, 3, 1),
        "Piotr Mały",
        True,
        "Alergia na użądlenia",
    )
    assert page.table.rowCount() == 1 and page.withdraw_button.isEnabled()
    page.withdraw()
    [row] = list_health_consents(db, volunteer)
    assert row.withdrawn_on is not None and row.health_info is None
    assert not page.withdraw_button.isEnabled()
