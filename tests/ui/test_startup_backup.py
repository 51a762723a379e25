"""The start-up backup is written after the dashboard has filled, yet shows the file as opened."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from coordinator_app.core.volunteers import create_volunteer
from coordinator_app.storage import backup as backup_module
from coordinator_app.storage.backup import list_local_backups, make_local_backup, pin_snapshot
from coordinator_app.ui.dashboard import DashboardTab
from coordinator_app.ui.main_window import MainWindow
from tests.factories import volunteer
from tests.helpers import widget_as
from tests.ui.test_safety_ui import seeded


def surnames_in(file: Path) -> list[str]:
    connection = sqlite3.connect(file)
    try:
        return sorted(row[0] for row in connection.execute("SELECT last_name FROM volunteers"))
    finally:
        connection.close()


def startup_backups(path: Path) -> list[Path]:
    return [b.path for b in list_local_backups(path) if b.reason == "startup"]


def add_volunteer(window: MainWindow, surname: str) -> None:
    assert window.db is not None
    record = volunteer(last_name=surname, pesel=None, birth_date=dt.date(1990, 5, 5), id_document="XYZ000001")
    create_volunteer(window.db, record)


def test_a_pinned_snapshot_is_copied_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś")
    snapshot = pin_snapshot(path)
    writer = sqlite3.connect(path)
    writer.execute("UPDATE volunteers SET last_name = 'Żak'")
    writer.commit()
    writer.close()
    target = make_local_backup(path, "startup", snapshot=snapshot)
    assert snapshot.in_transaction, "the caller closes the snapshot"
    snapshot.close()
    assert surnames_in(target) == ["Łoś"]
    assert surnames_in(path) == ["Żak"]


def test_start_up_backup_waits_for_the_dashboard_and_keeps_the_opened_state(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś")
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.show()
    backups_when_filled: list[int] = []

    def watch_the_dashboard() -> None:  # shown first, alone; the other tabs follow once it fills
        dashboard = widget_as(DashboardTab, window.tabs.widget(0))
        dashboard.status_message.connect(
            lambda _m: backups_when_filled.append(len(startup_backups(path))) if dashboard.loaded else None
        )

    window.first_tab_shown.connect(watch_the_dashboard)
    with qtbot.waitSignal(window.database_ready, timeout=15_000):
        window.open_database()
    assert window.main_tabs is not None
    add_volunteer(window, "Nowak")  # a write before the start-up backup has been written
    qtbot.waitUntil(lambda: bool(startup_backups(path)), timeout=30_000)
    assert backups_when_filled and backups_when_filled[0] == 0, "no backup competes with the dashboard"
    (backup,) = startup_backups(path)
    assert surnames_in(backup) == ["Łoś"], "the backup holds the file as it was opened"
    window.close()


def test_closing_before_the_start_up_backup_still_writes_it(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rotation keeps one backup a day; both of today's are looked at here.
    monkeypatch.setattr(backup_module, "rotate_as_set", lambda _path: [])
    path = tmp_path / "koordynator.sqlite"
    seeded(path, "Łoś")
    window = MainWindow(path, qsettings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=15_000):
        window.open_database()
    assert window.safety._pending_snapshot is not None
    add_volunteer(window, "Nowak")
    window.close()
    (backup,) = startup_backups(path)
    assert surnames_in(backup) == ["Łoś"]
    assert any(b.reason == "exit" for b in list_local_backups(path))
