"""A pick-list entry for dictionaries shown in forms."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    """An id and a display name; `flag` marks e.g. an activity type that involves minors."""

    id: int
    name: str
    flag: bool = False
