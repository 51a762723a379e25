"""Read the free-text "preferred times" of a need as weekday × time-of-day slots.

Needs are written the way people speak ("wtorki i czwartki", "po 15:00", "poniedziałki rano",
"popołudniami w dni robocze", "w weekendy", "dowolnie, po uzgodnieniu"). Matching compares
them with the volunteer's availability grid (weekday × morning / afternoon / evening). Text
that names no day means every day; text that names no time of day means any time; text that
says "any time" or cannot be read at all gives None: no constraint.
"""

from __future__ import annotations

import re

from coordinator_app.core.enums import TimeSlot
from coordinator_app.core.text import fold

Slot = tuple[int, str]  # (weekday 0 = Monday, TimeSlot value)

ALL_DAYS = frozenset(range(7))
WORKING_DAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})
ALL_SLOTS = frozenset(slot.value for slot in TimeSlot)

# Folded stems (no Polish letters): "poniedzialki", "wtorkami", "srody", "w piatek" …
_DAY_STEMS = (
    ("poniedz", 0),
    ("pon.", 0),
    ("wtor", 1),
    ("wt.", 1),
    ("srod", 2),
    ("sr.", 2),
    ("czwart", 3),
    ("czw", 3),
    ("piat", 4),
    ("pt.", 4),
    ("sobot", 5),
    ("sob.", 5),
    ("niedziel", 6),
    ("niedz", 6),
)
_WORKING = ("dni robocze", "dni powszednie", "w tygodniu roboczym", "dni robocz")
_WEEKEND = ("weekend",)
_ANY = ("dowoln", "obojetnie", "kazda pora", "w kazdej chwili", "zawsze")
_MORNING = ("rano", "przed poludniem", "do poludnia", "przedpoludni", "ranki", "rankiem")
_AFTERNOON = ("po poludniu", "popoludni")
_EVENING = ("wieczor", "wieczorem")
_RANGE = re.compile(r"(\d{1,2})(?:[:.]\d{2})?\s*[-\u2013]\s*(\d{1,2})(?:[:.]\d{2})?")
_HOUR = re.compile(r"(po|od|przed|do)?\s*(\d{1,2})(?::(\d{2}))?")
_ORDER = [slot.value for slot in TimeSlot]


def slot_of_hour(hour: int) -> str:
    """The time of day an hour falls in: before 12 morning, 12–17 afternoon, from 17 evening."""
    if hour < 12:
        return TimeSlot.MORNING.value
    if hour < 17:
        return TimeSlot.AFTERNOON.value
    return TimeSlot.EVENING.value


def _days(text: str) -> set[int]:
    days: set[int] = set()
    words = re.split(r"[\s,;/]+", text)
    for word in words:
        for stem, day in _DAY_STEMS:
            if word.startswith(stem.rstrip(".")) and (not stem.endswith(".") or len(word) <= len(stem)):
                days.add(day)
                break
    if any(phrase in text for phrase in _WORKING):
        days |= WORKING_DAYS
    if any(phrase in text for phrase in _WEEKEND):
        days |= WEEKEND
    return days


def _slots(text: str) -> set[str]:
    slots: set[str] = set()
    if any(phrase in text for phrase in _MORNING):
        slots.add(TimeSlot.MORNING.value)
    if any(phrase in text for phrase in _AFTERNOON):
        slots.add(TimeSlot.AFTERNOON.value)
    if any(phrase in text for phrase in _EVENING):
        slots.add(TimeSlot.EVENING.value)
    for match in _RANGE.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if 0 <= start < end <= 24:
            slots.update(slot_of_hour(hour) for hour in range(start, end))
    text = _RANGE.sub(" ", text)
    for match in _HOUR.finditer(text):
        word, hour = match.group(1), int(match.group(2))
        if not 0 <= hour <= 23 or (match.group(1) is None and match.group(3) is None):
            continue  # a bare number ("2 razy") is not an hour
        if word in ("po", "od"):
            slots.update(_ORDER[_ORDER.index(slot_of_hour(hour)) :])
        elif word in ("przed", "do"):
            slots.update(_ORDER[: _ORDER.index(slot_of_hour(max(hour - 1, 0))) + 1])
        else:
            slots.add(slot_of_hour(hour))
    return slots


def parse_preferred_times(text: str | None) -> frozenset[Slot] | None:
    """The slots a need prefers, or None when it sets no constraint (empty, "any time",
    or nothing recognisable)."""
    folded = fold(text)
    if not folded.strip() or any(phrase in folded for phrase in _ANY):
        return None
    days = _days(folded)
    slots = _slots(folded)
    if not days and not slots:
        return None
    return frozenset((day, slot) for day in (days or ALL_DAYS) for slot in (slots or ALL_SLOTS))
