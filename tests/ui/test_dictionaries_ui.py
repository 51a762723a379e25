"""The Słowniki dialog: a village with Polish letters and its distance, a social worker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from coordinator_app.core.dictionaries import VillageData, create_village, distance_matrix
from coordinator_app.core.dictionaries.picklists import list_staff, list_villages
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Staff, Village
from coordinator_app.ui.dictionaries import DictionariesDialog
from tests.helpers import type_text


def save(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def column(table, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, index).text() for row in range(table.rowCount())]


def test_village_with_polish_letters_and_a_distance(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    other = create_village(db, VillageData("Annopol"))
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentWidget(dialog.villages)
    tab = dialog.villages

    form = tab.form(None)
    save(qtbot, form)
    assert form.errors.message("name") == "Pole „Nazwa” jest wymagane."
    type_text(form.name, "Żółtki-Kolonia")
    type_text(form.simc, "12a")
    save(qtbot, form)
    assert form.errors.message("teryt_simc") == "Identyfikator TERYT SIMC ma dokładnie 7 cyfr."
    form.simc.clear()
    type_text(form.simc, "0123456")
    save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    assert column(tab.table, 0) == ["Annopol", "Żółtki-Kolonia"]

    with db.session() as session:
        village = session.scalars(select(Village).where(Village.name == "Żółtki-Kolonia")).one()
        assert (village.teryt_simc, village.is_solectwo, village.active) == ("0123456", True, True)
        new = village.id
    assert "Żółtki-Kolonia" in [o.name for o in list_villages(db)]

    grid = tab.distances
    assert grid.table.rowCount() == 2
    assert not grid.cell(new, other).flags() & Qt.ItemFlag.ItemIsEditable, "the lower half is a mirror"
    upper = grid.cell(other, new)
    upper.setText("400")
    assert grid.message.text() == "Odległość musi wynosić od 0 do 300 km."
    assert upper.text() == ""
    upper.setText("14 km")
    assert grid.message.isHidden()
    assert (upper.text(), grid.cell(new, other).text()) == ("14", "14")
    assert distance_matrix(db) == {(other, new): 14}


def test_social_worker_is_added(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.staff
    form = tab.form(None)
    type_text(form.first_name, "Małgorzata")
    type_text(form.last_name, "Źdźbło")
    type_text(form.position, "starszy pracownik socjalny")
    type_text(form.phone, "12345")
    form.social_worker.setChecked(True)
    save(qtbot, form)
    assert form.errors.message("phone") == "Polski numer telefonu ma 9 cyfr."
    assert not form.summary.isHidden()
    form.phone.clear()
    type_text(form.phone, "600 123 456")
    save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    assert [tab.table.item(0, c).text() for c in range(3)] == [
        "Źdźbło Małgorzata", "starszy pracownik socjalny", "pracownik socjalny"
    ]  # fmt: skip
    with db.session() as session:
        staff = session.scalars(select(Staff)).one()
        assert (staff.phone, staff.is_social_worker, staff.is_signatory) == ("+48600123456", True, False)
    assert [o.name for o in list_staff(db)] == ["Źdźbło Małgorzata (starszy pracownik socjalny)"]


def test_activity_type_form_edits_the_flags(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = DictionariesDialog(db)
    qtbot.addWidget(dialog)
    tab = dialog.activity_types
    form = tab.form(None)
    type_text(form.code, "opd")
    type_text(form.name, "Opieka nad dziećmi")
    form.minors.setChecked(True)
    save(qtbot, form)
    assert form.result() == form.DialogCode.Accepted
    row = column(tab.table, 0).index("OPD")
    cells = [tab.table.item(row, c).text() for c in range(5)]
    assert cells == ["OPD", "Opieka nad dziećmi", "tak", "", "tak"]
    tab.table.selectRow(row)
    edit = tab.form(tab.current_id())
    assert (edit.code.text(), edit.minors.isChecked()) == ("OPD", True)
