"""One translation system for the whole application: gettext catalogs managed with Babel.

Source strings (msgids) are English; Polish is the default language and its catalog is
complete. `_` and `ngettext` always translate with the language chosen last through
`set_language`, so text built after a language switch follows it.

The package also holds every formatter: `formatting` (dates, months, weekdays, numbers, money,
hours; the screen's, following the language, and one pinned to Polish) and `polish` (the
Polish forms printed documents use); `inflection` puts names in a grammatical case (Morfeusz 2
plus rules); `argparse_messages` translates the command line's own messages. It imports only
the standard library, Babel and morfeusz2, and it is the only package that may import Babel
(ruff TID251).
"""

from __future__ import annotations

import contextlib
import gettext
import io
import os
from pathlib import Path

from coordinator_app.app.resources import catalogs_dir

DOMAIN = "coordinator_app"
LANGUAGES = ("pl", "en")
DEFAULT_LANGUAGE = "pl"
TRANSLATIONS_DIR = catalogs_dir()  # translations/ in a checkout, the packaged .mo when installed

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


# Catalogs read in this process, with the modification times of the files they came from: the
# command line and the window both choose a language at start, and the catalog is read once.
_loaded: dict[str, tuple[tuple[int, int], gettext.NullTranslations]] = {}


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


def _load_catalog(language: str) -> gettext.NullTranslations:
    """The compiled catalog of `language`, read at most once while its files stay unchanged."""
    base = TRANSLATIONS_DIR / language / "LC_MESSAGES"
    mo_path = base / f"{DOMAIN}.mo"
    po_path = base / f"{DOMAIN}.po"
    stamp = (_mtime(mo_path), _mtime(po_path))
    cached = _loaded.get(language)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    catalog = _read_catalog(mo_path, po_path, language)
    _loaded[language] = ((_mtime(mo_path), _mtime(po_path)), catalog)
    return catalog


def _read_catalog(mo_path: Path, po_path: Path, language: str) -> gettext.NullTranslations:
    """The .mo when it is as new as the .po; else the .po compiled, and the .mo written beside it
    (when the folder allows) so the next start reads the compiled file instead."""
    mo_time, po_time = _mtime(mo_path), _mtime(po_path)
    if mo_time >= 0 and mo_time >= po_time:
        with mo_path.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po_time < 0:
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=language)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    _save_compiled(mo_path, buf.getvalue(), po_time)
    buf.seek(0)
    return gettext.GNUTranslations(buf)


def _save_compiled(mo_path: Path, data: bytes, po_time: int) -> None:
    """Write the .mo, never older than its .po (a .po dated ahead would be compiled every time)."""
    work = mo_path.with_name(f"{mo_path.name}.{os.getpid()}.tmp")
    try:
        work.write_bytes(data)
        if work.stat().st_mtime_ns < po_time:
            os.utime(work, ns=(po_time, po_time))
        os.replace(work, mo_path)
    except OSError:  # an installed, read-only copy: compiled in memory at every start
        with contextlib.suppress(OSError):
            work.unlink(missing_ok=True)


def set_language(language: str) -> None:
    """Switch every later `_`/`ngettext` call to `language` ("pl" or "en")."""
    global _current, _language
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language: {language}")
    _current = _load_catalog(language)
    _language = language


def current_language() -> str:
    return _language


def _(message: str) -> str:
    return _current.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _current.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return _current.pgettext(context, message)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it now (translate it when shown)."""
    return message
