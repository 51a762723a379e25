"""Shared test set-up: offscreen Qt, Polish language, a fresh database per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coordinator_app.db.engine import Database
from coordinator_app.i18n import set_language
from coordinator_app.storage.opening import open_database


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


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small realistic database (demo data), made once; tests copy it, never change it."""
    from coordinator_app.demo import DemoSize, generate_demo

    path = tmp_path_factory.mktemp("template") / "koordynator.sqlite"
    database = open_database(path)
    generate_demo(database, DemoSize(20, 10, 200), seed=1)
    database.dispose()
    return path


@pytest.fixture
def db_path(template: Path, tmp_path: Path) -> Path:
    """A copy of the template database in a data folder of its own."""
    path = tmp_path / "data" / "koordynator.sqlite"
    path.parent.mkdir()
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def qsettings(tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    """QSettings in a temporary INI file instead of the user's real settings."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
