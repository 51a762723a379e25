"""Backups, restore and the damaged-database offer, driven through the main window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.db.models import Volunteer
from coordinator_app.storage.backup import list_local_backups
from coordinator_app.storage.opening import open_database
from coordinator_app.storage.restore import encrypted_backup_to, record_external_backup
from coordinator_app.ui.main_window import MainWindow
from coordinator_app.ui.safety import passphrase_dialog
from tests.factories import volunteer

PASSPHRASE = "Modrzewo-2026!"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every message box answers Yes; their texts are collected."""
    shown: list[str] = []

    def reply(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, reply)
    return shown


def seeded(path: Path, *surnames: str) -> None:
    db = open_database(path)
    for i, surname in enumerate(surnames):
        create_volunteer(
            db,
            volunteer(
                last_name=surname, pesel=None, birth_date=dt.date(1980, 1, 1 + i), id_document=f"ABC{i:06d}"
            ),
        )
    db.dispose()


def names_in(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(Volunteer.last_name)))
    finally:
        db.dispose()


def open_window(qtbot: QtBot, path: Path, settings: QSettings) -> MainWindow:
    window = MainWindow(path, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=15_000):
        window.open_database()
    return window


def test_start_up_backup_and_reminder_banner(qtbot: QtBot, tmp_path: Path, qsettings: QSettings) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś")
    window = open_window(qtbot, path, qsettings)
    qtbot.waitUntil(lambda: any(b.reason == "startup" for b in list_local_backups(path)), timeout=15_000)
    assert window.safety.banner.isVisible()
    assert window.safety.banner.label.text().startswith("Nie ma jeszcze kopii")
    record_external_backup(path, dt.datetime.now() - dt.timedelta(days=10))
    window.safety.refresh_banner()
    assert "10 dni temu" in window.safety.banner.label.text()
    record_external_backup(path, dt.datetime.now())
    window.safety.refresh_banner()
    assert not window.safety.banner.isVisible()


def test_backup_to_a_usb_stick_from_the_menu(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch, answers: list[str]
) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Żak")
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    monkeypatch.setattr(passphrase_dialog, "ask_passphrase", lambda *a, **k: PASSPHRASE)
    window = open_window(qtbot, path, qsettings)
    window.safety.backup_to_folder()
    qtbot.waitUntil(lambda: any("Kopię zapisano i sprawdzono" in text for text in answers), timeout=20_000)
    (backup,) = usb.glob("*.kwbak")
    assert backup.read_bytes()[:5] == b"KWBAK"
    assert not window.safety.banner.isVisible(), "the reminder goes once a backup is outside"


def test_restore_puts_the_backup_in_place_and_keeps_the_current_database(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, answers: list[str]
) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś")
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = encrypted_backup_to(path, usb, PASSPHRASE)
    seeded(path, "Później-Dodana")
    window = open_window(qtbot, path, qsettings)
    with qtbot.waitSignal(window.database_ready, timeout=30_000):
        window.safety.restore(backup, PASSPHRASE)
    assert any("Wolontariusze: 1" in text for text in answers), "the preview was shown first"
    assert window.tab("volunteers") is not None
    window.close_database()
    assert names_in(path) == ["Łoś"]
    kept = list((tmp_path / "backups").glob("*before-restore-*.sqlite"))
    assert len(kept) == 1 and "Później-Dodana" in names_in(kept[0])


def test_damaged_database_is_not_touched_and_the_newest_backup_is_offered(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, answers: list[str]
) -> None:
    from coordinator_app.storage.backup import make_local_backup

    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś", "Żak")
    make_local_backup(path, "daily")
    with path.open("r+b") as fh:  # overwrite a page in the middle with rubbish
        fh.seek(8192)
        fh.write(b"\xde\xad\xbe\xef" * 1024)
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.show()
    window.open_database()
    qtbot.waitUntil(lambda: window.db is not None, timeout=30_000)
    assert any("Przywrócić ją teraz?" in text for text in answers)
    window.close_database()
    assert names_in(path) == ["Łoś", "Żak"]
    (damaged,) = (tmp_path / "backups").glob("*before-restore-*.sqlite")
    assert b"\xde\xad\xbe\xef" * 16 in damaged.read_bytes(), "the damaged file is kept as it was"


def test_exit_backup_when_the_window_closes(qtbot: QtBot, tmp_path: Path, qsettings: QSettings) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś")
    window = open_window(qtbot, path, qsettings)
    qtbot.waitUntil(lambda: any(b.reason == "startup" for b in list_local_backups(path)), timeout=15_000)
    window.close()
    assert any(b.reason == "exit" for b in list_local_backups(path))


def test_passphrase_dialog_refuses_short_or_different_passphrases(qtbot: QtBot) -> None:
    from coordinator_app.ui.safety.passphrase_dialog import PassphraseDialog

    dialog = PassphraseDialog(None, confirm=True, explanation="")
    qtbot.addWidget(dialog)
    dialog.first.setText("krótkie")
    assert dialog.problem() == "Hasło musi mieć co najmniej 8 znaków."
    dialog.first.setText("zażółć gęślą jaźń")
    dialog.second.setText("zażółć gęślą jaźn")
    assert dialog.problem() == "Wpisane hasła się różnią."
    dialog.second.setText("zażółć gęślą jaźń")
    assert dialog.problem() is None
    unlocking = PassphraseDialog(None, confirm=False, explanation="")
    qtbot.addWidget(unlocking)
    assert unlocking.problem() == "Wpisz hasło."
    unlocking.first.setText("x")
    assert unlocking.problem() is None, "an existing passphrase of any length is tried"
