"""The Reports window offers the annual summary: the year chosen, the figures previewed (actions,
partners, coalition, the programme) and the file saved; checked on screen and in the file."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator_app.core.calendar import PeriodKind
from coordinator_app.db.engine import Database
from coordinator_app.ui.reports import ReportsDialog
from tests.core.reports.actions_world import build


def open_dialog(qtbot: QtBot, db: Database) -> ReportsDialog:
    dialog = ReportsDialog(db, today=dt.date(2027, 1, 15))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def preview(qtbot: QtBot, dialog: ReportsDialog) -> str:
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.document is not None and dialog.task is None, timeout=30_000)
    return dialog.preview.toPlainText()


def test_annual_summary_previewed_and_saved(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    build(db)
    dialog = open_dialog(qtbot, db)
    assert dialog.kind.currentData() == "period" and dialog.picker.kind.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("annual"))
    assert dialog.picker.kind.currentData() == PeriodKind.YEAR.value
    assert not dialog.picker.kind.isEnabled()  # the annual summary covers a calendar year
    assert dialog.picker.period().key == "2026"
    text = preview(qtbot, dialog)
    assert "Roczne podsumowanie działań wolontariatu" in text and "rok 2026" in text
    for phrase in ("Wolontariusze w roku 2026", "Zbiórka żywności", "Parafia św. Jana", "Pozycje programu"):
        assert phrase in text
    assert dialog.document is not None and dialog.document.title == "Roczne podsumowanie działań wolontariatu"

    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.save_to(tmp_path / "rok")
    qtbot.waitUntil(lambda: dialog.saved_path == tmp_path / "rok.csv", timeout=15_000)
    with (tmp_path / "rok.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Roczne podsumowanie działań wolontariatu"]
    assert ["akcje przeprowadzone", "2"] in rows and ["spotkania koalicji", "2"] in rows


def test_back_to_a_period_summary(qtbot: QtBot, db: Database) -> None:
    build(db)
    dialog = open_dialog(qtbot, db)
    dialog.kind.setCurrentIndex(dialog.kind.findData("annual"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("period"))
    assert dialog.picker.kind.isEnabled()
    dialog.picker.kind.setCurrentIndex(dialog.picker.kind.findData(PeriodKind.MONTH.value))
    dialog.picker.month.setCurrentIndex(5)  # June 2026
    text = preview(qtbot, dialog)
    assert "Podsumowanie działań wolontariatu" in text and "czerwiec 2026" in text
    assert "Roczne" not in text and "Pozycje programu" not in text
    assert "Akcje, partnerzy i koalicja" in text and "Zbiórka żywności" in text


def test_fits_the_small_screen(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    build(db)
    dialog = open_dialog(qtbot, db)
    dialog.kind.setCurrentIndex(dialog.kind.findData("annual"))
    preview(qtbot, dialog)
    assert dialog.sizeHint().width() <= 1366 and dialog.minimumSizeHint().height() <= 728
    dialog.resize(1366, 728)
    assert dialog.grab().save(str(tmp_path / "annual.png"))
