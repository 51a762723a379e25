"""Document numbers from per-kind patterns such as `W/{nr}/{rrrr}` (domain §7.8).

Placeholders: `{nr}` the sequence number (per kind and year when the pattern names the year,
otherwise continuous), `{rrrr}` the four-digit year, `{rr}` the two-digit year, `{mm}` the
month. The next sequence is derived from the numbers already issued (the issued-documents
register, and for agreements, annexes and training certificates their own tables), so a
number deleted or typed by hand never comes back, gaps are kept, and a changed pattern starts
its own sequence. Call `next_number` inside the transaction that stores the number, so the
check and the write are one unit (SQLite has a single writer).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import QueryableAttribute, Session

from coordinator_app.core.issuing.catalog import KINDS
from coordinator_app.db.models import Assignment, IssuedDocument, Setting
from coordinator_app.i18n import _

# Numbers of records that are not documents: the confirmation of an agreement, an assignment.
RECORD_PATTERNS: dict[str, str] = {
    "agreement_confirmation": "PT/{nr}/{rrrr}",
    "assignment": "PRZ/{nr}/{rrrr}",
}
NumberColumn = QueryableAttribute[str | None] | QueryableAttribute[str]
RECORD_COLUMNS: dict[str, tuple[NumberColumn, ...]] = {"assignment": (Assignment.number,)}
# Every pattern the organisation may set: the numbered document kinds' (from the catalog),
# then the records'.
DEFAULT_PATTERNS: dict[str, str] = {
    **{kind: spec.pattern for kind, spec in KINDS.items() if spec.numbered},
    **RECORD_PATTERNS,
}
PLACEHOLDERS = ("{nr}", "{rrrr}", "{rr}", "{mm}")
SETTING_PREFIX = "numbering."
MAX_PATTERN_LENGTH = 30  # the number columns hold 40 characters; leave room for the digits

_TOKEN = re.compile(r"\{[^{}]*\}")
_LIKE_SPECIALS = re.compile(r"([\\%_])")


def setting_key(kind: str) -> str:
    return f"{SETTING_PREFIX}{kind}"


def pattern_error(pattern: str) -> str | None:
    """Why `pattern` cannot be used (a translated sentence), or None when it is fine."""
    text = pattern.strip()
    if not text:
        return _("Enter a number pattern, e.g. {example}.").format(example="W/{nr}/{rrrr}")
    if len(text) > MAX_PATTERN_LENGTH:
        return _("A number pattern may have at most {n} characters.").format(n=MAX_PATTERN_LENGTH)
    if text.count("{nr}") != 1:
        return _("A number pattern must contain {nr} (the sequence number) exactly once.").format(nr="{nr}")
    unknown = [token for token in _TOKEN.findall(text) if token not in PLACEHOLDERS]
    if unknown or text.count("{") != text.count("}") or len(_TOKEN.findall(text)) != text.count("{"):
        return _("A number pattern may use only the fields {fields}.").format(fields=", ".join(PLACEHOLDERS))
    return None


def pattern_for(session: Session, kind: str) -> str:
    """The organisation's pattern for `kind` (settings table), else the shipped default."""
    stored = session.scalar(select(Setting.value).where(Setting.key == setting_key(kind)))
    if stored and pattern_error(stored) is None:
        return stored.strip()
    try:
        return DEFAULT_PATTERNS[kind]
    except KeyError:
        raise ValueError(_("Unknown document kind: {kind}.").format(kind=kind)) from None


def set_pattern(session: Session, kind: str, pattern: str) -> None:
    """Store a validated pattern (the caller owns the transaction)."""
    if kind not in DEFAULT_PATTERNS:
        raise ValueError(_("Unknown document kind: {kind}.").format(kind=kind))
    error = pattern_error(pattern)
    if error:
        raise ValueError(error)
    session.merge(Setting(key=setting_key(kind), value=pattern.strip()))


def format_number(pattern: str, seq: int, on: dt.date) -> str:
    values = {
        "{nr}": str(seq),
        "{rrrr}": f"{on.year:04d}",
        "{rr}": f"{on.year % 100:02d}",
        "{mm}": f"{on.month:02d}",
    }
    return _TOKEN.sub(lambda match: values.get(match.group(0), match.group(0)), pattern)


def _per_year(pattern: str) -> bool:
    return "{rrrr}" in pattern or "{rr}" in pattern


def _regex(pattern: str, on: dt.date) -> re.Pattern[str]:
    """Matches the numbers of `pattern` in the sequence `on` belongs to; group 1 is {nr}."""
    parts = {
        "{nr}": r"0*(\d+)",
        "{rrrr}": f"{on.year:04d}",
        "{rr}": f"{on.year % 100:02d}",
        "{mm}": r"\d{2}",
    }
    pieces: list[str] = []
    last = 0
    for match in _TOKEN.finditer(pattern):
        pieces.append(re.escape(pattern[last : match.start()]))
        pieces.append(parts[match.group(0)])
        last = match.end()
    pieces.append(re.escape(pattern[last:]))
    return re.compile("^" + "".join(pieces) + "$")


def _like(pattern: str, on: dt.date) -> str:
    """A LIKE filter narrowing the candidates in SQL (the regex decides)."""
    parts = {"{rrrr}": f"{on.year:04d}", "{rr}": f"{on.year % 100:02d}"}
    pieces: list[str] = []
    last = 0
    for match in _TOKEN.finditer(pattern):
        pieces.append(_LIKE_SPECIALS.sub(r"\\\1", pattern[last : match.start()]))
        token = match.group(0)
        pieces.append(parts.get(token, "%"))
        last = match.end()
    pieces.append(_LIKE_SPECIALS.sub(r"\\\1", pattern[last:]))
    return "".join(pieces)


def _number_columns(kind: str) -> list[NumberColumn]:
    """Where numbers of `kind` live besides the register."""
    return list(KINDS[kind].number_columns if kind in KINDS else RECORD_COLUMNS.get(kind, ()))


def _existing(session: Session, kind: str, like: str) -> Iterable[str | None]:
    register: ColumnElement[bool] = IssuedDocument.kind == kind
    yield from session.scalars(
        select(IssuedDocument.number).where(register, IssuedDocument.number.like(like, escape="\\"))
    )
    for column in _number_columns(kind):
        yield from session.scalars(select(column).where(column.like(like, escape="\\")))


def _taken(session: Session, kind: str, number: str) -> bool:
    if session.scalar(select(IssuedDocument.id).where(IssuedDocument.number == number).limit(1)) is not None:
        return True
    return any(
        session.scalar(select(column).where(column == number).limit(1)) is not None
        for column in _number_columns(kind)
    )


def next_sequence(session: Session, kind: str, on: dt.date, pattern: str | None = None) -> int:
    """The sequence number the next document of `kind` dated `on` gets (1 for a new year)."""
    pattern = pattern or pattern_for(session, kind)
    regex = _regex(pattern, on)
    highest = 0
    for number in _existing(session, kind, _like(pattern, on)):
        match = regex.match(number or "")
        if match:
            highest = max(highest, int(match.group(1)))
    return highest + 1


def next_number(session: Session, kind: str, on: dt.date) -> str:
    """The next free number of `kind` for a document dated `on`, e.g. `W/13/2025`.

    Never reuses a number: it continues after the highest one of the sequence already stored,
    and skips any that another kind (or a hand-typed record) already holds."""
    pattern = pattern_for(session, kind)
    seq = next_sequence(session, kind, on, pattern)
    number = format_number(pattern, seq, on)
    while _taken(session, kind, number):
        seq += 1
        number = format_number(pattern, seq, on)
    return number


def number_and_sequence(session: Session, kind: str, on: dt.date) -> tuple[str, int]:
    """`next_number` plus its sequence (stored as IssuedDocument.year_seq)."""
    number = next_number(session, kind, on)
    match = _regex(pattern_for(session, kind), on).match(number)
    return number, int(match.group(1)) if match else 0
