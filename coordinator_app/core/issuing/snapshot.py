"""The filled data of one document: what the PDF layer prints and what the register keeps.

A snapshot plus the template version it names rebuild the same PDF at any later time, so it
holds every value printed (names, dates, hours, lists) as plain JSON-ready data, never ids to
look up again. Nothing about clients ever enters a snapshot of a document for a volunteer.
`fields` also hold the declined forms of names the template language prints (`imie_nazwisko@D`,
`reprezentant@B`, `nazwa_ops@N`: only forms confirmed or known for sure) and the sex of other
persons the document names (`opiekun.plec`), so a reprint declines exactly as the first print.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any


class DocumentRefused(ValueError):
    """The document cannot be issued as the data stand; the message (translated) says what to
    complete first, e.g. an agreement without its scope."""


class DocumentNotFound(LookupError):
    """The record a document is about does not exist (a wrong id)."""


@dataclass
class Signature:
    label: str  # "Korzystający", "Wolontariuszka", "Przedstawiciel ustawowy"
    name: str = ""  # printed under the line, "" for none


@dataclass
class Snapshot:
    kind: str
    subject: str  # e.g. "certificate:12", "timesheet:5:2025-03"
    issued_on: str  # ISO date
    number: str = ""
    sex: str | None = None
    recipient: str = ""  # the person, for the register
    fields: dict[str, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    lists: dict[str, list[Any]] = field(default_factory=dict)
    letterhead: dict[str, Any] = field(default_factory=dict)
    signatures: list[Signature] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    volunteer_id: int | None = None
    agreement_id: int | None = None
    assignment_id: int | None = None
    training_session_id: int | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    def content_key(self) -> str:
        """The content without the number and date: equal keys print the same document."""
        data = asdict(self)
        data.pop("number")
        data.pop("issued_on")
        data["fields"] = {k: v for k, v in data["fields"].items() if k not in ("numer", "data_wydania")}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Snapshot:
        data = json.loads(text)
        data["signatures"] = [Signature(**item) for item in data.get("signatures", [])]
        return cls(**data)


@dataclass
class Assembled:
    """A snapshot ready to issue, with the warnings to show before issuing it."""

    snapshot: Snapshot
    warnings: list[str] = field(default_factory=list)
    # A number the record already owns (agreement, annex, training certificate): issuing uses
    # it instead of drawing a new one from the pattern.
    own_number: str | None = None
    own_date: str | None = None
