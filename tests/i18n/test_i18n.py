"""Catalogs: Polish complete, English complete, placeholders identical; Babel formatting."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from coordinator_app.i18n import TRANSLATIONS_DIR, _, set_language
from coordinator_app.i18n.formatting import format_date, format_hours, format_number

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
ROOT = Path(__file__).resolve().parents[2]


def catalog(language: str) -> Catalog:
    with (TRANSLATIONS_DIR / language / "LC_MESSAGES" / "coordinator_app.po").open("rb") as fh:
        return read_po(fh, locale=language)


def source_messages(tmp_path: Path) -> set[str]:
    """Every message the code marks for translation right now (extracted afresh)."""
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "--no-location",
            "-o",
            str(pot),
            "coordinator_app",
        ],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    with pot.open("rb") as fh:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_message_in_the_code_is_in_the_catalog(language: str, tmp_path: Path) -> None:
    known = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog(language) if m.id}
    missing = source_messages(tmp_path) - known
    assert not missing, f"run packaging/update_translations.py and translate: {sorted(missing)}"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    problems = []
    for message in catalog(language):
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = [message.string] if isinstance(message.string, str) else list(message.string or ())
        if "fuzzy" in message.flags or not all(strings):
            problems.append(f"untranslated: {ids[0]!r}")
            continue
        wanted = set(PLACEHOLDER.findall(ids[0]))
        for string in strings:
            if set(PLACEHOLDER.findall(string)) != wanted:
                problems.append(f"placeholders differ: {ids[0]!r} -> {string!r}")
    assert not problems, "\n".join(problems)


def test_polish_is_used_and_english_can_be_chosen() -> None:
    set_language("pl")
    assert _("Volunteers") == "Wolontariusze"
    set_language("en")
    assert _("Volunteers") == "Volunteers"


def test_polish_dates_and_numbers() -> None:
    day = dt.date(2025, 3, 5)
    assert format_date(day) == "5.03.2025"
    assert format_date(day, long=True) == "5 marca 2025"
    assert format_number(1234.5) == "1\u00a0234,5"


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (60, "1 godzina"),
        (180, "3 godziny"),
        (150, "2,5 godziny"),
        (300, "5 godzin"),
        (90, "1,5 godziny"),
        (22 * 60, "22 godziny"),
        (12 * 60, "12 godzin"),
        (0, "0 godzin"),
    ],
)
def test_polish_hour_plurals_including_fractions(minutes: int, text: str) -> None:
    assert format_hours(minutes) == text


def test_english_hour_plurals() -> None:
    set_language("en")
    assert format_hours(60) == "1 hour"
    assert format_hours(150) == "2.5 hours"


def test_catalogs_compile_cleanly(tmp_path: Path) -> None:
    """The set-up compiles the catalogs with pybabel, which also checks the format flags (a "%"
    in a message makes it python-format); a message it rejects stops the installation."""
    import shutil

    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, copy)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "compile",
            "-d",
            str(copy),
            "-D",
            "coordinator_app",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and "error" not in result.stderr.lower(), result.stderr
