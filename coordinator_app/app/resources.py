"""The files shipped with the application: the fonts of printed documents, the catalogs, the
application icon and the licence notices.

An installed application (a wheel) carries them as package data in coordinator_app/_data/,
where the build (setup.py) copies resources/fonts and compiles translations/*.po; they are
found beside the package's own files (it is always unpacked on disk: importlib.resources,
which would also read a zip, costs start-up time for nothing). A checkout, which an editable
install also runs, has no _data/: there the source folders resources/ and translations/ at
the project root serve.
Standard library only, so that every layer may use it.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
_SOURCE_ROOT = _PACKAGE.parent


def _shipped(name: str) -> Path | None:
    """The folder `_data/<name>` inside the installed package, if the build put one there."""
    location = _PACKAGE / "_data" / name
    return location if location.is_dir() else None


def fonts_dir() -> Path:
    """The folder holding the DejaVu Sans .ttf faces (and their licence)."""
    return _shipped("fonts") or _SOURCE_ROOT / "resources" / "fonts"


def catalogs_dir() -> Path:
    """The folder holding `<language>/LC_MESSAGES/coordinator_app.mo` (and, in a checkout, the
    .po sources those are compiled from)."""
    return _shipped("locale") or _SOURCE_ROOT / "translations"


def icons_dir() -> Path:
    """The folder holding the application icon (koordynator.png, koordynator.ico)."""
    return _shipped("icons") or _SOURCE_ROOT / "resources" / "icons"


def help_dir() -> Path:
    """The folder holding the manual (index.html and its pictures in img/)."""
    return _shipped("help") or _SOURCE_ROOT / "resources" / "help"


def notices_dir() -> Path:
    """The folder holding THIRD-PARTY-NOTICES.txt (and, in the wheel, the program's LICENSE)."""
    return _shipped("notices") or _SOURCE_ROOT / "resources" / "notices"


def licence_file() -> Path:
    """The program's licence, GPL-3.0-or-later."""
    shipped = notices_dir() / "LICENSE"
    return shipped if shipped.is_file() else _SOURCE_ROOT / "LICENSE"
