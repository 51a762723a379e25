"""Shared test set-up: offscreen Qt, Polish language, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordinator_app.db.engine import Database
from coordinator_app.db.migrate import open_database
from coordinator_app.i18n import set_language


@pytest.fixture(autouse=True)
def polish() -> Iterator[None]:
    """Every test starts in Polish, the application's default language."""
    set_language("pl")
    yield
    set_language("pl")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "test.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def qsettings(tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    """QSettings in a temporary INI file instead of the user's real settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
