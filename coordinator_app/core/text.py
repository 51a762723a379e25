"""Polish-aware text helpers: diacritic-insensitive search keys and Polish collation."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that do not decompose under NFKD.
_EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ø": "o", "ß": "ss"})

# The Polish alphabet order; letters outside it sort after, by code point.
_POLISH_ORDER = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {ch: i for i, ch in enumerate(_POLISH_ORDER)}


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics: `Żółć` -> `zolc`. For searching, never for display."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return _fold_unicode(text)


@lru_cache(maxsize=65_536)  # names and villages repeat a lot across 10,000 volunteers
def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def digits(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit())


def polish_sort_key(text: str | None) -> tuple[tuple[int, ...], str]:
    """A key that sorts like a Polish dictionary: A < Ą < B ... Z < Ź < Ż, case second."""
    value = text or ""
    return tuple(_char_rank(ch) for ch in unicodedata.normalize("NFC", value).casefold()), value


def _char_rank(ch: str) -> int:
    # Spaces, digits and punctuation first, then letters in Polish order; a foreign letter
    # (é, ü) sorts right after its base letter, anything else last.
    if ch in _RANK:
        return 1000 + 2 * _RANK[ch]
    if ch.isalpha():
        base = fold(ch)[:1]
        return 1000 + 2 * _RANK[base] + 1 if base in _RANK else 10_000 + ord(ch)
    return ord(ch)
