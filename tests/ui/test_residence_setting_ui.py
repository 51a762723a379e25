"""Who signs the art. 21 statement on the countries of residence: chosen in the organisation
settings (stored as a setting) and reflected in the vetting window's hint and list of gaps."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coordinator_app.core.settings import RESIDENCE_STATEMENT_FROM_EVERYONE
from coordinator_app.core.vetting import KRK_SCOPE_DEFAULT, VettingData, save_vetting
from coordinator_app.db import settings_store
from coordinator_app.db.engine import Database
from coordinator_app.ui.documents.organisation_dialog import OrganisationDialog
from coordinator_app.ui.vetting.dialog import VettingDialog
from tests.documents_helpers import build_world
from tests.factories import save, volunteer_row

TODAY = dt.date.today()
CHECKED = TODAY - dt.timedelta(days=20)
MISSING = "Brak oświadczenia o państwach zamieszkania w ostatnich 20 latach"


def polish_volunteer_vetted(db: Database) -> int:
    """A Polish citizen with every check done except the residence statement."""
    volunteer = save(
        db,
        volunteer_row("Żak Anna", birth_date=dt.date(1990, 3, 8), house_number="1", citizenship="polskie"),
    )
    data = VettingData(
        rspts_date=CHECKED, rspts_entry_found=False, rspts_reference="wydruk nr 1",
        rspts_checked_by="Łucja Żmuda", commission_date=CHECKED, commission_entry_found=False,
        krk_issue_date=CHECKED, krk_scope=KRK_SCOPE_DEFAULT, krk_presented_on=CHECKED,
        krk_has_entries=False, standards_training_date=CHECKED,
        valid_until=TODAY + dt.timedelta(days=700),
    )  # fmt: skip
    save_vetting(db, volunteer, data)
    return volunteer


def open_vetting(qtbot: QtBot, db: Database, volunteer: int) -> VettingDialog:
    dialog = VettingDialog(db, volunteer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    return dialog


def test_setting_is_chosen_in_the_organisation_settings(qtbot: QtBot, db: Database) -> None:
    build_world(db)
    dialog = OrganisationDialog(None, db)
    qtbot.addWidget(dialog)
    tab = dialog.child_protection
    assert dialog.tabs.tabText(dialog.tabs.indexOf(tab)) == "Ochrona małoletnich"
    assert tab.named.isChecked() and not tab.everyone.isChecked(), "the default: only those the act names"
    explanation = tab.findChild(type(dialog.summary), "statement_explanation")
    assert explanation is not None and "art. 21 ust. 4–7" in explanation.text()
    tab.everyone.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings_store.read(db, RESIDENCE_STATEMENT_FROM_EVERYONE) == 1

    again = OrganisationDialog(None, db)
    qtbot.addWidget(again)
    assert again.child_protection.everyone.isChecked()
    again.child_protection.named.setChecked(True)
    again.save()
    assert settings_store.read(db, RESIDENCE_STATEMENT_FROM_EVERYONE) == 0


def test_vetting_window_follows_the_setting(qtbot: QtBot, db: Database) -> None:
    volunteer = polish_volunteer_vetted(db)
    dialog = open_vetting(qtbot, db, volunteer)
    assert MISSING not in dialog.status.text()
    assert dialog.form.foreign_hint.text().startswith("Obywatelstwo polskie: wypełnij tylko")

    settings_store.write(db, RESIDENCE_STATEMENT_FROM_EVERYONE, 1)
    dialog = open_vetting(qtbot, db, volunteer)
    assert MISSING in dialog.status.text()
    assert "Ustawienia → Dane organizacji" in dialog.form.foreign_hint.text()
    statement = dialog.form.date_field("residence_statement_date")
    statement.set_value(CHECKED)
    qtbot.waitUntil(lambda: MISSING not in dialog.status.text())
