"""Clause texts the coordinator writes (scope, manner, time, costs, termination) made ready to
print: each one *replaces* the default wording of its paragraph, so it is kept as lines (one
line, one ustęp) and any numbering typed by hand is removed, because the PDF engine numbers the
points itself (a text starting with `1.` must not print as `1. 1.`). The texts may use the
template's gendered forms, `{zobowiązany/zobowiązana}`, resolved
when the document is filled for the person the clause speaks of.

Imports: nothing of the application (plain text in, plain text out)."""

from __future__ import annotations

import re

# "1. ", "2) ", "ust. 3. ", "§ 2. ", "a) ", "- ", "• " at the start of a typed line
_HAND_NUMBERING = re.compile(r"^\s*(?:(?:ust\.\s*|§\s*)?\d{1,2}\s*[.)]|[a-z]\)|[-–•])\s+")
# "... 2. Każda ze stron ..." inside one line: a new point typed without a line break
_INLINE_POINT = re.compile(r"(?<=[.;:])\s+(\d{1,2})[.)]\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def strip_numbering(line: str) -> str:
    """`1. Porozumienie …` -> `Porozumienie …` (the engine numbers the points)."""
    return _HAND_NUMBERING.sub("", line, count=1).strip()


def _finished(line: str) -> str:
    text = " ".join(line.split()).rstrip(";,")
    if text and text[-1] not in ".!?:":
        text += "."
    return text


def clause_lines(text: str | None) -> list[str]:
    """The points of a clause text: one a line, numbering typed by hand removed, each ending
    with a full stop. Points typed in one line as `1. … 2. …` are split."""
    raw = (text or "").replace("\r", "")
    found: list[str] = []
    for line in raw.split("\n"):
        if not line.strip():
            continue
        for part in _INLINE_POINT.sub("\n", " " + line.strip()).split("\n"):
            cleaned = _finished(strip_numbering(part))
            if cleaned:
                found.append(cleaned)
    return found


def clause_text(text: str | None) -> str:
    """The clause as a template value: its points joined by line breaks (each becomes one
    numbered point of the paragraph that prints it)."""
    return "\n".join(clause_lines(text))


def time_clause(text: str | None) -> str:
    """The time commitment as a full sentence: a fragment typed without a subject (`średnio
    3 godz. tygodniowo …`) reads as `Świadczenia wykonywane będą średnio 3 godz. tygodniowo …`
    instead of being printed after a label beside the paragraph."""
    points = clause_lines(text)
    if points and points[0][:1].islower():
        points[0] = f"Świadczenia wykonywane będą {points[0]}"
    return "\n".join(points)
