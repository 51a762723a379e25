"""app/resources.py: the packaged data when the build put it there, else the source folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from coordinator_app.app import resources

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_source_folders() -> None:
    assert resources.fonts_dir() == ROOT / "resources" / "fonts"
    assert resources.catalogs_dir() == ROOT / "translations"
    assert (resources.fonts_dir() / "DejaVuSans.ttf").is_file()
    assert (resources.catalogs_dir() / "pl" / "LC_MESSAGES" / "coordinator_app.po").is_file()


def test_packaged_data_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "coordinator_app"
    (package / "_data" / "fonts").mkdir(parents=True)
    (package / "_data" / "locale").mkdir()
    monkeypatch.setattr(resources, "_PACKAGE", package)
    assert resources.fonts_dir() == package / "_data" / "fonts"
    assert resources.catalogs_dir() == package / "_data" / "locale"
