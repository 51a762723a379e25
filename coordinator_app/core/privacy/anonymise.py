"""What anonymisation (art. 17 RODO, domain §2.3.4) erases and what it keeps. Pure: no database.

Erased: names (with their declined forms), PESEL, identity document, address but the village,
phone, e-mail, the day of birth, free-text notes, guardians' and contacts' details, and every
occurrence of these inside issued-document snapshots and the audit log. Kept for statistics:
sex, year and month of birth (every figure counts ages at a month's end, so the figures of past
months stay the same), village and gmina, activity types, hours, dates of agreements and
assignments.

The search for what a person left in texts works with two sets of patterns: `linked` (every
name word, used only on that person's own records and documents) and `everywhere` (full
names, their forms, numbers, e-mail: safe to erase from anyone's documents, where they can
only be a mention of this person).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

TOMBSTONE = "[zanonimizowano]"
ERASED = "[usunięto]"
MIN_WORD = 3  # a shorter name word ("Ew") is not searched for on its own
MIN_DIGITS = 6  # a shorter number is no phone or PESEL


@dataclass
class Identity:
    """The identifying values of one person, collected before they are erased."""

    full_names: set[str] = field(default_factory=set)  # "Anna Nowak", its forms, former names
    words: set[str] = field(default_factory=set)  # name words on their own
    numbers: set[str] = field(default_factory=set)  # PESEL, phones, licence numbers
    texts: set[str] = field(default_factory=set)  # e-mail, street address, birth date as printed

    def add_name(self, *parts: str | None) -> None:
        words = [p.strip() for p in parts if p and p.strip()]
        if len(words) >= 2:
            self.full_names.add(" ".join(words))
            self.full_names.add(" ".join(reversed(words)))
        self.words.update(w for word in words for w in re.split(r"[\s-]+", word) if len(w) >= MIN_WORD)

    def add_number(self, value: str | None) -> None:
        digits = re.sub(r"\D", "", value or "")
        if len(digits) >= MIN_DIGITS:
            self.numbers.add(digits)

    def add_text(self, value: str | None) -> None:
        if value and len(value.strip()) >= MIN_WORD:
            self.texts.add(value.strip())

    def add_birth_date(self, born: dt.date) -> None:
        for shown in (born.isoformat(), f"{born:%d.%m.%Y}", f"{born.day}.{born.month:02d}.{born.year}"):
            self.texts.add(shown)


def _literal(text: str) -> str:
    """`text` as a pattern matching any run of white space between its words."""
    return r"\s+".join(re.escape(part) for part in text.split())


def _digits(number: str) -> str:
    """A number as printed any way: `600 123 456`, `600-123-456`, `+48600123456`."""
    return r"[\s-]?".join(re.escape(d) for d in number)


def _compile(alternatives: Iterable[str]) -> re.Pattern[str] | None:
    ordered = sorted(set(alternatives), key=len, reverse=True)  # the longest form wins
    if not ordered:
        return None
    return re.compile(r"(?<![\w@.])(?:" + "|".join(ordered) + r")(?![\w@])", re.IGNORECASE)


def everywhere(identity: Identity) -> re.Pattern[str] | None:
    """What may be erased from anyone's records: this person's full names, numbers, e-mail."""
    parts = [_literal(name) for name in identity.full_names]
    parts += [_digits(number) for number in identity.numbers]
    parts += [re.escape(text) for text in identity.texts if "@" in text]
    return _compile(parts)


def linked(identity: Identity) -> re.Pattern[str] | None:
    """What is erased from the person's own records: also each name word, address, dates."""
    parts = [_literal(name) for name in identity.full_names]
    parts += [_digits(number) for number in identity.numbers]
    parts += [_literal(text) for text in identity.texts]
    parts += [re.escape(word) for word in identity.words]
    return _compile(parts)


def scrub(text: str | None, pattern: re.Pattern[str] | None) -> str | None:
    """`text` with every match replaced by `ERASED` (unchanged when nothing matches)."""
    if text is None or pattern is None:
        return text
    return pattern.sub(ERASED, text)


def _walk(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(ERASED, value)
    if isinstance(value, list):
        return [_walk(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _walk(item, pattern) for key, item in value.items()}
    return value


def scrub_json(text: str | None, pattern: re.Pattern[str] | None) -> str | None:
    """A JSON snapshot with every matching string value scrubbed; it stays valid JSON. A text
    that is not JSON is scrubbed as text."""
    if text is None or pattern is None or pattern.search(text) is None:
        return text
    try:
        data = json.loads(text)
    except ValueError:
        return pattern.sub(ERASED, text)
    cleaned = json.dumps(_walk(data, pattern), ensure_ascii=False)
    # A value escaped in the JSON text (a quote inside a name) is matched once parsed.
    return cleaned if pattern.search(cleaned) is None else json.dumps(ERASED)


def birth_kept(born: dt.date) -> dt.date:
    """The birth date kept: its year and month (the first of the month)."""
    return dt.date(born.year, born.month, 1)


# Columns emptied (None) or replaced with the tombstone, per table.
VOLUNTEER_EMPTIED = (
    "second_name", "family_name", "father_name", "mother_name", "pesel", "id_document", "citizenship",
    "phone", "email", "preferred_contact", "street", "flat_number", "post_office", "guardian_name",
    "guardian_relation", "guardian_address", "guardian_phone", "guardian_consent_reference", "skills",
    "experience", "languages", "motivation", "heard_from", "end_reason", "project", "notes",
)  # fmt: skip
CLIENT_EMPTIED = (
    "phone", "street", "flat_number", "post_office", "directions", "contact_name", "contact_relation",
    "contact_phone", "visit_consent_how", "health_notes", "children_age_bands", "notes_for_volunteer",
)  # fmt: skip
PERSON_TOMBSTONED = ("first_name", "last_name")
ADDRESS_TOMBSTONED = {"house_number": "-", "postal_code": "00-000"}
VETTING_EMPTIED = ("rspts_reference", "krk_scope", "foreign_records", "notes")
AGREEMENT_EMPTIED = ("scan_path", "minor_escort", "minor_travel", "notes")
