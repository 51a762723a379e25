"""Refresh the gettext catalogs after source strings changed.

Extracts the messages into translations/coordinator_app.pot, merges them into the Polish
and English catalogs, and fills the English catalog's new messages with the source text
(msgids are English; an English text already there, e.g. a button letter moved, is kept).
Polish messages that are new or fuzzy must then be translated by hand; the test suite fails
until they are.

    .venv/bin/python packaging/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = "coordinator_app"
POT = ROOT / "translations" / f"{DOMAIN}.pot"


def pybabel(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", *args], check=True, cwd=ROOT)


def main() -> None:
    pybabel(
        "extract",
        "-F",
        "babel.cfg",
        "--no-location",
        "--sort-output",
        "--project",
        "koordynator-wolontariatu",
        "-o",
        str(POT),
        "coordinator_app",
    )
    for language in ("pl", "en"):
        po = ROOT / "translations" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
        if po.exists():
            pybabel(
                "update",
                "-D",
                DOMAIN,
                "-i",
                str(POT),
                "-d",
                "translations",
                "-l",
                language,
                "--no-fuzzy-matching",
                "--ignore-obsolete",
            )
        else:
            pybabel("init", "-D", DOMAIN, "-i", str(POT), "-d", "translations", "-l", language)
    english = ROOT / "translations" / "en" / "LC_MESSAGES" / f"{DOMAIN}.po"
    with english.open("rb") as fh:
        catalog = read_po(fh, locale="en")
    for message in catalog:
        if not message.id:
            continue
        if not message.string or "fuzzy" in message.flags:
            message.string = message.id  # type: ignore[assignment]
        message.flags.discard("fuzzy")
    with english.open("wb") as fh:
        write_po(fh, catalog, omit_header=False, sort_output=True)


if __name__ == "__main__":
    main()
