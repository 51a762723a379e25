"""The catalog is read at most once per process and from the compiled file when there is one; a
missing .mo is compiled once and written beside the .po (issue #16, first paint)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from babel.messages import pofile

import coordinator_app.i18n as i18n

SOURCE = Path(__file__).resolve().parents[2] / "translations"


@pytest.fixture
def catalogs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the .po files only (no compiled .mo), used as the translations folder."""
    for language in i18n.LANGUAGES:
        folder = tmp_path / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copyfile(SOURCE / language / "LC_MESSAGES" / f"{i18n.DOMAIN}.po", folder / f"{i18n.DOMAIN}.po")
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    monkeypatch.setattr(i18n, "_loaded", {})
    return tmp_path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real = pofile.read_po

    def counting(fileobj: object, locale: str | None = None, **kwargs: object) -> object:
        calls.append(str(locale))
        return real(fileobj, locale=locale, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pofile, "read_po", counting)
    return calls


def test_without_a_compiled_catalog_the_po_is_parsed_once(catalogs: Path, parses: list[str]) -> None:
    try:
        i18n.set_language("pl")
        i18n.set_language("pl")  # the command line, then the window
        assert parses == ["pl"]
        assert i18n._("Volunteers") == "Wolontariusze"
        mo = catalogs / "pl" / "LC_MESSAGES" / f"{i18n.DOMAIN}.mo"
        assert mo.is_file() and mo.stat().st_size > 10_000
        i18n._loaded.clear()  # a new start: the compiled file is read, nothing parsed
        i18n.set_language("pl")
        assert parses == ["pl"]
        assert i18n._("Volunteers") == "Wolontariusze"
    finally:
        i18n._loaded.clear()
        i18n.set_language("pl")


def test_a_po_newer_than_its_mo_is_read_again(catalogs: Path, parses: list[str]) -> None:
    try:
        i18n.set_language("en")
        po = catalogs / "en" / "LC_MESSAGES" / f"{i18n.DOMAIN}.po"
        mo = po.with_suffix(".mo")
        newer = mo.stat().st_mtime_ns + 1_000_000_000
        import os

        os.utime(po, ns=(newer, newer))
        i18n.set_language("en")
        assert parses == ["en", "en"]
        assert mo.stat().st_mtime_ns >= po.stat().st_mtime_ns
    finally:
        i18n._loaded.clear()
        i18n.set_language("pl")
