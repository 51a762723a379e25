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


def polish_sort_key(text: str | None) -> tuple[str, str]:
    """A key that sorts like a Polish dictionary: A < Ą < B ... Z < Ź < Ż, case second.

    Each letter is translated (at C speed, with one table) to a private-use character whose
    code point follows the Polish order, so plain string comparison of the keys is Polish
    collation; 10,000 names are keyed in a few milliseconds.
    """
    value = text or ""
    return unicodedata.normalize("NFC", value).casefold().translate(_COLLATION), value


def _collation_table() -> dict[int, str]:
    # Spaces, digits and punctuation keep their (low) code points and so sort first; Polish
    # letters follow in alphabet order; a foreign Latin letter (é, ü, ö) sorts right after
    # its base letter. Letters of other scripts keep their code points.
    table = {ord(ch): chr(_PRIVATE_USE + 2 * rank) for ch, rank in _RANK.items()}
    for code in range(0x00C0, 0x0250):
        ch = chr(code)
        if code in table or not ch.isalpha() or ch != ch.casefold():
            continue
        base = fold(ch)[:1]
        if base in _RANK:
            table[code] = chr(_PRIVATE_USE + 2 * _RANK[base] + 1)
    return table


_PRIVATE_USE = 0xE000
_COLLATION = _collation_table()
