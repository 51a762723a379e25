"""The Reports window: the period and settings checked field by field, the figures computed in
the background, the preview, and the file saved; checked on screen, on disk and in the database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coordinator_app.core.reports import read_report_settings
from coordinator_app.db.engine import Database
from coordinator_app.ui.reports import ReportsDialog
from tests import reports_dataset


def open_dialog(qtbot: QtBot, db: Database) -> ReportsDialog:
    dialog = ReportsDialog(db, today=reports_dataset.TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def error(dialog: ReportsDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"error_{key}")
    assert label is not None
    return label.text() if label.isVisible() else ""


def preview(qtbot: QtBot, dialog: ReportsDialog) -> None:
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.document is not None and dialog.task is None, timeout=15_000)


def test_preview_and_save_each_format(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    reports_dataset.build(db)
    dialog = open_dialog(qtbot, db)
    assert dialog.picker.period().key == "2026-03"  # the month before today by default
    preview(qtbot, dialog)
    html = dialog.preview.toPlainText()
    assert "marzec 2026" in html and "<3" in html and "Łąkie" in html
    assert "Okres nie jest zamknięty – dane mogą się zmienić." in html and "Sporządził(a)" in html
    assert "Klient" not in html and "P-001" not in html
    assert dialog.save_button.isEnabled() and not dialog.progress.isVisible()

    def saved_as(fmt: str) -> Callable[[], bool]:
        return lambda: dialog.saved_path == tmp_path / f"summary-{fmt}.{fmt}"

    for index, fmt in enumerate(("pdf", "xlsx", "csv")):
        dialog.format.setCurrentIndex(index)
        dialog.save_to(tmp_path / f"summary-{fmt}")  # the suffix is added
        qtbot.waitUntil(saved_as(fmt), timeout=15_000)
        assert dialog.saved_path is not None and dialog.saved_path.stat().st_size > 0
    assert str(tmp_path) in dialog.status.text()


def test_fields_are_checked_and_settings_saved(qtbot: QtBot, db: Database) -> None:
    reports_dataset.build(db)
    dialog = open_dialog(qtbot, db)
    dialog.hour_value.setText("dużo")
    dialog.picker.kind.setCurrentIndex(3)  # any period
    dialog.picker.date_from.setDate(QDate(2026, 3, 10))
    dialog.picker.date_to.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert error(dialog, "period") and error(dialog, "hour_value")
    assert dialog.task is None and dialog.document is None
    assert read_report_settings(db).hour_value_grosze == reports_dataset.RATE_GROSZE  # unchanged

    dialog.picker.date_to.setDate(QDate(2026, 3, 31))
    dialog.hour_value.setText("40,50 zł")
    dialog.threshold.setValue(1)
    preview(qtbot, dialog)
    assert not error(dialog, "period") and not error(dialog, "hour_value")
    stored = read_report_settings(db)
    assert (stored.small_count, stored.hour_value_grosze) == (1, 4050)
    text = dialog.preview.toPlainText()
    assert "<1" not in text and "729,00" in text  # 10–31 March: 18 h × 40,50 zł; nothing hidden


def test_changing_the_choice_marks_the_preview_outdated(qtbot: QtBot, db: Database) -> None:
    reports_dataset.build(db)
    dialog = open_dialog(qtbot, db)
    preview(qtbot, dialog)
    dialog.picker.kind.setCurrentIndex(1)  # quarter
    assert dialog.document is None and dialog.status.text()
    preview(qtbot, dialog)
    assert dialog.document is not None and dialog.document.period_label == "I kwartał 2026"
