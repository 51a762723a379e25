"""Where the application keeps its files, per platform conventions (platformdirs)."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_path, user_log_path

from coordinator_app import APP_ID

DB_FILENAME = "koordynator.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    return user_log_path(APP_ID, appauthor=False)
