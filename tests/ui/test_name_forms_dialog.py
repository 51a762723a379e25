"""The dialog that shows the declined forms of names once and stores what the coordinator
confirms; the guardian's sex in the volunteer form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coordinator_app.core.names import declension
from coordinator_app.core.volunteers import create_volunteer, get_volunteer
from coordinator_app.db.engine import Database
from coordinator_app.ui.volunteers.form import VolunteerForm
from coordinator_app.ui.widgets.binding import get_value, set_value
from coordinator_app.ui.widgets.name_forms_dialog import NameEntry, NameFormsDialog, volunteer_entries
from tests.factories.forms import volunteer


def test_the_dialog_proposes_the_dictionary_s_forms_and_stores_the_corrected_ones(
    qtbot: QtBot, db: Database
) -> None:
    entries = volunteer_entries("Henryka", "Zapora", "K", "Konrad Jarema", "M")
    dialog = NameFormsDialog(db, entries, user="koordynator")
    qtbot.addWidget(dialog)
    assert dialog.forms_of(0)["D"] == "Henryki Zapory"
    assert dialog.forms_of(1)["B"] == "Konrada Jaremę"
    dialog.edits[1]["Ms"].setText("Konradzie Jaremie")
    dialog.save()
    stored = declension(db, "person", "Konrad Jarema", "M")
    assert stored.confirmed and stored.confirmed_by == "koordynator"
    assert declension(db, "person", "Henryka Zapora", "K").confirmed


def test_an_unknown_name_stays_unconfirmed_and_a_partial_one_is_refused(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = NameFormsDialog(db, [NameEntry("Siedziba", "place", "Łęczyca Mała")])
    qtbot.addWidget(dialog)
    assert dialog.forms_of(0) == dict.fromkeys(("D", "C", "B", "N", "Ms"), "")
    dialog.edits[0]["Ms"].setText("Łęczycy Małej")
    dialog.save()
    assert warnings and not declension(db, "place", "Łęczyca Mała").confirmed
    dialog.edits[0]["Ms"].setText("")
    dialog.save()  # all empty: nothing stored, no complaint
    assert len(warnings) == 1 and not declension(db, "place", "Łęczyca Mała").confirmed


def test_the_guardian_s_sex_is_recorded(qtbot: QtBot, db: Database) -> None:
    form = VolunteerForm([], [], [])
    qtbot.addWidget(form)
    set_value(form.fields["guardian_sex"], "K")
    assert get_value(form.fields["guardian_sex"]) == "K"
    data = volunteer(guardian_name="Anna Nowak", guardian_sex="K")
    volunteer_id = create_volunteer(db, data)
    assert get_volunteer(db, volunteer_id).guardian_sex == "K"


def test_a_long_name_shows_its_beginning(qtbot: QtBot, db: Database) -> None:
    """A form longer than its field is shown from its first letter ("Gminnego Ośrodka…"), not
    scrolled to its last ones."""
    entries = volunteer_entries("Henryka", "Zapora", "K", None, None)
    dialog = NameFormsDialog(db, entries, user="koordynator")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert all(edit.cursorPosition() == 0 for edit in dialog.edits[0].values())
    assert dialog.forms_of(0)["D"] == "Henryki Zapory"
