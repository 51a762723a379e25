"""The About box shows the licence and the third-party notices; the window has the icon."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from coordinator_app.app.paths import PORTABLE_MARKER
from coordinator_app.app.resources import icons_dir, licence_file, notices_dir
from coordinator_app.ui.about import AboutDialog
from coordinator_app.ui.app import use_portable_settings
from coordinator_app.ui.icon import application_icon


def test_icon_and_notices_are_where_the_application_looks() -> None:
    assert (icons_dir() / "koordynator.ico").is_file()
    assert (icons_dir() / "koordynator-256.png").is_file()
    notices = (notices_dir() / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for component in ("PySide6", "LGPL-3.0", "DejaVu", "SQLAlchemy", "ReportLab", "pypdfium2", "Faker"):
        assert component in notices
    assert "GNU GENERAL PUBLIC LICENSE" in licence_file().read_text(encoding="utf-8")


def test_about_box_shows_licence_and_notices(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "db.sqlite", tmp_path / "app.log")
    qtbot.addWidget(dialog)
    pages = [dialog.tabs.widget(i) for i in range(dialog.tabs.count())]
    texts = [page.toPlainText() for page in pages if isinstance(page, QPlainTextEdit)]
    assert len(texts) == 2
    assert any("LGPL-3.0" in text for text in texts)
    assert any("GNU GENERAL PUBLIC LICENSE" in text for text in texts)
    assert not application_icon().isNull()
    assert {size.width() for size in application_icon().availableSizes()} >= {16, 32, 48, 256}


def test_portable_copy_keeps_window_settings_beside_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = tmp_path / "Python" / "python.exe"
    python.parent.mkdir()
    python.write_bytes(b"")
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(python))
    try:
        use_portable_settings()
        settings = QSettings()  # as ui/app.py makes it: the default format
        assert settings.format() == QSettings.Format.IniFormat
        assert Path(settings.fileName()).is_relative_to(tmp_path.resolve() / "data")
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
