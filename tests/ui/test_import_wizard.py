"""The import wizard: a real .xlsx goes through every page, lands in the database, is undone."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QMenu, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coordinator_app.core.importing.preview import MERGE
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Village, Volunteer
from coordinator_app.ui.importing import ImportWizard
from coordinator_app.ui.importing.model import COL_CHOICE, SHOWN_DUPLICATES
from tests.core.importing.people_data import EXISTING, VOLUNTEER_HEADERS, VOLUNTEER_ROWS
from tests.core.importing.sheets import write_xlsx
from tests.factories import add_people
from tests.helpers import cell_text, widget_as

SHOTS = os.environ.get("IMPORT_SCREENSHOTS")  # a folder: the pages are saved there to look at


def _shot(wizard: QWizard, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        wizard.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _next(qtbot: QtBot, wizard: ImportWizard, page: object) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is page, timeout=20_000)


def _count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Volunteer)) or 0)


def test_the_wizard_imports_a_sheet_with_a_title_and_undoes_it(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    (existing,) = add_people(db, "Dąbrowski Stefan", pesel=EXISTING, birth_date=dt.date(1955, 6, 30))
    path = write_xlsx(
        tmp_path / "wolontariusze.xlsx", [VOLUNTEER_HEADERS, *VOLUNTEER_ROWS], title_rows=["Lista"]
    )
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 728)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    _shot(wizard, "1-plik")

    _next(qtbot, wizard, wizard.sheet_page)
    assert wizard.sheet_page.header_spin.value() == 2  # under the merged title
    _shot(wizard, "2-arkusz")
    _next(qtbot, wizard, wizard.columns_page)
    assert [box.currentData() for box in wizard.columns_page.boxes] == [
        "", "full_name", "pesel", "address", "phone", "notes",
    ]  # fmt: skip
    _shot(wizard, "3-kolumny")

    _next(qtbot, wizard, wizard.preview_page)
    page = wizard.preview_page
    assert "Do zaimportowania: 3" in page.summary.text()
    page.shown.setCurrentIndex(page.shown.findData(SHOWN_DUPLICATES))
    assert page.proxy.rowCount() == 2
    _shot(wizard, "4-podglad")
    page.view.selectRow(1)  # the row already in the database
    page.buttons[MERGE].click()
    assert page.proxy.index(1, COL_CHOICE).data() == "scalenie"
    assert "Do zaimportowania: 4" in page.summary.text()

    _next(qtbot, wizard, wizard.dictionary_page)
    table = wizard.dictionary_page.table
    assert [cell_text(table.item(r, 1)) for r in range(table.rowCount())] == [
        "Krosno",
        "Lipowiec",
        "Mnichowo",
        "Wólka",
    ]
    widget_as(QComboBox, table.cellWidget(3, 2)).setCurrentIndex(0)  # add Wólka to the villages
    _shot(wizard, "5-slowniki")

    _next(qtbot, wizard, wizard.report_page)
    wizard.report_page.import_button.click()
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20_000)
    _shot(wizard, "6-raport")
    assert "zaimportowano 4" in wizard.report_page.text.text()
    assert _count(db) == 4
    with db.session() as session:
        wolka = session.scalar(select(Village.id).where(Village.name == "Wólka"))
        anna = session.scalars(select(Volunteer).where(Volunteer.last_name == "Kowalska")).one()
        merged = session.get(Volunteer, existing)
        assert anna.village_id == wolka and merged is not None and merged.phone == "+48605555666"

    from coordinator_app.core.importing.undo import undo_import

    assert wizard.state.result is not None
    undo_import(db, wizard.state.result.batch_id)
    assert _count(db) == 1


def test_import_and_template_are_in_the_file_menu(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.ui.test_main_window import open_window

    opened: list[ImportWizard] = []

    def exec_wizard(self: ImportWizard) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(ImportWizard, "exec", exec_wizard)
    window = open_window(qtbot, tmp_path / "w.sqlite", qsettings)
    file_menu = next(widget_as(QMenu, a.menu()) for a in window.menuBar().actions() if a.text() == "&Plik")
    texts = [a.text() for a in file_menu.actions()]
    assert "&Importuj…" in texts and "Pobierz &wzór arkusza…" in texts
    next(a for a in file_menu.actions() if a.text() == "&Importuj…").trigger()
    assert len(opened) == 1 and opened[0].parent() is window


def test_an_earlier_import_is_undone_from_the_first_page(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from coordinator_app.core.importing.plan import prepare_preview
    from coordinator_app.core.importing.service import run_import

    path = write_xlsx(tmp_path / "lista.xlsx", [VOLUNTEER_HEADERS, *VOLUNTEER_ROWS])
    run_import(db, prepare_preview(db, path, "volunteers"), file_name="lista.xlsx")
    assert _count(db) == 4  # rows 1–3 and the one "already in the app" (none is, here)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: QMessageBox.StandardButton.Ok)
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    earlier = wizard.file_page.earlier
    assert earlier.box.count() == 1 and "lista.xlsx (zapisów: 4)" in earlier.box.itemText(0)

    earlier.undo_button.click()

    assert _count(db) == 0
    assert earlier.box.count() == 0


def test_cancel_while_checking_the_rows_stays_on_the_columns_page(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    rows = [VOLUNTEER_HEADERS] + [VOLUNTEER_ROWS[0]] * 2000
    path = write_xlsx(tmp_path / "duzo.xlsx", rows)
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    _next(qtbot, wizard, wizard.sheet_page)
    _next(qtbot, wizard, wizard.columns_page)

    wizard.next()  # starts checking every row in the background
    assert wizard.task is not None
    wizard.task.cancel()
    qtbot.waitUntil(lambda: wizard.task is None, timeout=20_000)

    assert wizard.currentPage() is wizard.columns_page
    assert wizard.state.preview is None
    assert _count(db) == 0
