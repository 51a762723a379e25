"""Polish typography for printed pages: no single-letter word left at a line end, dates as
`5 marca 2025 r.`, the `Miejscowość, dnia 5 marca 2025 r.` header, markup-safe paragraphs and
bullet lists. Documents are Polish whatever the language of the window, so their texts are
Polish literals."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph

from coordinator_app.i18n.polish import dated

NBSP = "\u00a0"

# A one-letter word (a, i, o, u, w, z and capitals) followed by a space: the space becomes a
# no-break space, so the letter moves to the next line with the word after it. The look-behind
# reads the original text, so chains like "i w Olszynach" are bound throughout.
_SINGLE_LETTER_WORD = re.compile(r"(?<!\w)([aiouwzAIOUWZ]) +")


_MONTHS = "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"
# Spaces that must not break a line (domain §6.1, Polish typesetting practice):
# "2025 r." (no "r." at a line start), "30 października" (no day without its month),
# "art. 44", "ust. 2", "pkt 3", "lit. a", "nr W/1/2025", "§ 6", "5 godz.", "7-dniowego".
_BOUND = (
    re.compile(r"(\d) +(?=r\.)"),
    re.compile(rf"(?<![\d.,])(\d{{1,2}}) +(?=(?:{_MONTHS})\b)"),
    re.compile(r"(?<!\w)(art\.|ust\.|pkt|lit\.|nr|Nr|§|poz\.|ul\.|al\.|os\.) +(?=\S)"),
    re.compile(r"(\d) +(?=(?:godz\.|zł|km|min\.|dni\b|h\b))"),
    # a house number stays with its street or village: "ul. Szkolna 12,", "Jabłonka 58/2,"
    re.compile(r"([^\W\d]) +(?=\d{1,4}[a-zA-Z]?(?:/\d{1,4}[a-zA-Z]?)?,)"),
)


# A telephone number after "tel." ("tel. 883 972 737", "tel. +48 13 430 12 34") is one unit:
# never "tel. 883" at a line end and "972 737" on the next.
_PHONE = re.compile(r"(?<!\w)(tel\.) +(\+?\d[\d ]*\d)")


def polish_nbsp(text: str) -> str:
    """`Spotkanie w Modrzewie` -> `Spotkanie w\u00a0Modrzewie` (a Polish typographic rule), and
    the spaces of `2025 r.`, `30 października`, `art. 44`, `nr 5`, `tel. 883 972 737` made
    unbreakable."""
    text = _SINGLE_LETTER_WORD.sub(lambda match: match.group(1) + NBSP, text)
    for pattern in _BOUND:
        text = pattern.sub(lambda match: match.group(1) + NBSP, text)
    return _PHONE.sub(lambda match: match.group(1) + NBSP + match.group(2).replace(" ", NBSP), text)


def escape(text: str) -> str:
    """Plain text made safe for Paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text: markup-escaped, with the single-letter rule applied."""
    return Paragraph(polish_nbsp(escape(text)), style)


def date_header(place: str, value: dt.date) -> str:
    """`Modrzewie, dnia 5 marca 2025 r.` (domain §6.1), printed top right."""
    day = f"dnia {dated(value)}"
    return f"{place.strip()}, {day}" if place.strip() else day


def bullet_list(items: Sequence[str], style: ParagraphStyle) -> ListFlowable:
    return ListFlowable(
        [ListItem(para(item, style), leftIndent=14) for item in items],
        bulletType="bullet",
        start="•",
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
        leftIndent=14,
    )
