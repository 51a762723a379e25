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

import gettext
import io

from coordinator_app.app.resources import catalogs_dir

DOMAIN = "coordinator_app"
LANGUAGES = ("pl", "en")
DEFAULT_LANGUAGE = "pl"
TRANSLATIONS_DIR = catalogs_dir()  # translations/ in a checkout, the packaged .mo when installed

_current: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _load_catalog(language: str) -> gettext.NullTranslations:
    """The compiled catalog of `language`; compiled in memory from the .po when no .mo exists."""
    base = TRANSLATIONS_DIR / language / "LC_MESSAGES"
    mo_path = base / f"{DOMAIN}.mo"
    po_path = base / f"{DOMAIN}.po"
    if mo_path.exists() and (not po_path.exists() or mo_path.stat().st_mtime >= po_path.stat().st_mtime):
        with mo_path.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po_path.exists():
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        with po_path.open("rb") as fh:
            catalog = read_po(fh, locale=language)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        return gettext.GNUTranslations(buf)
    return gettext.NullTranslations()


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
