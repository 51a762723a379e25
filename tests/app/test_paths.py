"""A portable copy keeps its data beside the program; an installed one in the user folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coordinator_app.app import paths


def _portable_copy(root: Path) -> Path:
    """A fake portable copy: root/Python/python.exe and the marker in root."""
    python = root / "Python" / "python.exe"
    python.parent.mkdir(parents=True)
    python.write_bytes(b"")
    (root / paths.PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    return python


def test_marker_beside_the_python_folder_makes_the_copy_portable(tmp_path: Path) -> None:
    python = _portable_copy(tmp_path)
    assert paths.portable_root(str(python)) == tmp_path.resolve() / "data"


def test_marker_beside_the_interpreter_counts_too(tmp_path: Path) -> None:
    python = tmp_path / "python.exe"
    python.write_bytes(b"")
    (tmp_path / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert paths.portable_root(str(python)) == tmp_path.resolve() / "data"


def test_without_marker_the_copy_is_installed(tmp_path: Path) -> None:
    python = tmp_path / "Python" / "python.exe"
    python.parent.mkdir()
    python.write_bytes(b"")
    assert paths.portable_root(str(python)) is None


def test_portable_copy_puts_database_and_log_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = _portable_copy(tmp_path)
    monkeypatch.setattr(sys, "executable", str(python))
    assert paths.default_database_path() == tmp_path.resolve() / "data" / paths.DB_FILENAME
    assert paths.log_dir() == tmp_path.resolve() / "data" / "logs"


def test_installed_copy_uses_the_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    python = tmp_path / "python"
    python.write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(python))
    assert paths.data_dir().name == "koordynator-wolontariatu"
    assert paths.default_database_path().parent == paths.data_dir()
