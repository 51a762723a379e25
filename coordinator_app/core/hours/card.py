"""The monthly hours card's lines: text typed in each column (as the grid holds them), read
into entries; no database here (saving a whole card is `card_save`).

A card line is text in each column; choices (assignment, activity type, source, status) are
matched to what the text names, ignoring case and Polish letters (`zak` is ZAK, `tel` is
"telefon"). Errors are reported per line and column as `ValidationErrors` with the field key
`card_field(line index, column)`; nothing is saved while any line is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.hours.data import (
    SOURCE_LABELS,
    ActivityChoice,
    AssignmentChoice,
    CardContext,
    HoursInput,
    source_label,
)
from coordinator_app.core.hours.parse import format_hours_input, parse_day, parse_hours, parse_km
from coordinator_app.core.text import fold
from coordinator_app.core.validation import FieldError
from coordinator_app.i18n import _

T = TypeVar("T")
R = TypeVar("R")

# The card's columns, in the order of a paper card: what was typed first comes first.
DAY, HOURS, DESCRIPTION, ASSIGNMENT, ACTIVITY, PLACE, KM, SOURCE, STATUS = (
    "day", "hours", "description", "assignment", "activity", "place", "km", "source", "status",
)  # fmt: skip
COLUMNS: tuple[str, ...] = (DAY, HOURS, DESCRIPTION, ASSIGNMENT, ACTIVITY, PLACE, KM, SOURCE, STATUS)
# Entry fields (as validation names them) → the card column showing them.
FIELD_COLUMN = {
    "work_date": DAY,
    "minutes": HOURS,
    "description": DESCRIPTION,
    "assignment_id": ASSIGNMENT,
    "activity_type_id": ACTIVITY,
    "place": PLACE,
    "travel_km": KM,
    "source": SOURCE,
    "status": STATUS,
}
# A new line with all of these empty is not an entry (the place is not among them: it is
# filled in from the assignment, like the choices).
TYPED = (DAY, HOURS, DESCRIPTION, KM)


@dataclass
class CardLine:
    """One row of the card as typed; `entry_id` is set for a row loaded from the database."""

    entry_id: int | None = None
    day: str = ""
    hours: str = ""
    description: str = ""
    assignment: str = ""
    activity: str = ""
    place: str = ""
    km: str = ""
    source: str = ""
    status: str = ""
    remote: bool = False  # kept from the stored entry; not a column

    def is_blank(self) -> bool:
        return self.entry_id is None and not any(getattr(self, name).strip() for name in TYPED)

    def text(self, column: str) -> str:
        return str(getattr(self, column))


@dataclass(frozen=True)
class CardResult:
    created: int
    updated: int
    deleted: int

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.deleted


@dataclass(frozen=True)
class CardTotals:
    """Minutes on the card: worked (done and confirmed, the running total) and confirmed."""

    worked_minutes: int
    confirmed_minutes: int


def card_field(index: int, column: str) -> str:
    """The field key of one cell in `ValidationErrors`: `"3:hours"`."""
    return f"{index}:{column}"


def split_card_field(key: str) -> tuple[int, str]:
    index, _sep, column = key.partition(":")
    return int(index), column


# --- matching typed text to a choice ---------------------------------------------------------
def _match(text: str, options: Iterable[tuple[T, Sequence[str]]]) -> list[T]:
    """Options named by `text`: an exact name first, else the unique ones whose name (or a
    word of it) starts with the text. Case and Polish letters are ignored."""
    key = " ".join(fold(text).split())
    exact: list[T] = []
    prefix: list[T] = []
    for value, names in options:
        folded = [" ".join(fold(name).split()) for name in names if name]
        if key in folded:
            exact.append(value)
        elif any(name.startswith(key) or any(w.startswith(key) for w in name.split()) for name in folded):
            prefix.append(value)
    found = exact or prefix
    return list(dict.fromkeys(found))


def _choose(text: str, options: Iterable[tuple[T, Sequence[str]]], column: str) -> T:
    found = _match(text, options)
    if not found:
        raise FieldError(column, _('Nothing matches "{text}"; pick from the list.').format(text=text.strip()))
    if len(found) > 1:
        raise FieldError(
            column, _('"{text}" fits more than one choice; type more of it.').format(text=text.strip())
        )
    return found[0]


def resolve_assignment(
    text: str, assignments: Sequence[AssignmentChoice], month: Month | None = None
) -> int | None:
    """The assignment `text` names (label, client code or number). A client may have had
    several assignments with the volunteer: those running in `month` are tried first."""
    if not text.strip():
        return None

    def options(choices: Iterable[AssignmentChoice]) -> list[tuple[int, tuple[str, str, str]]]:
        return [(a.id, (a.label, a.client_code or "", a.number or "")) for a in choices]

    if month is not None:
        running = [a for a in assignments if a.covers(month.first) or a.covers(month.last)
                   or month.first <= a.date_from <= month.last]  # fmt: skip
        found = _match(text, options(running))
        if len(found) == 1:
            return found[0]
    return _choose(text, options(assignments), ASSIGNMENT)


def resolve_activity(text: str, activities: Sequence[ActivityChoice]) -> int | None:
    if not text.strip():
        return None
    exact_code = [a.id for a in activities if fold(a.code) == fold(text.strip())]
    if len(exact_code) == 1:
        return exact_code[0]
    options = [(a.id, (a.code, a.name, a.label)) for a in activities if a.active]
    return _choose(text, options, ACTIVITY)


def resolve_source(text: str) -> str:
    if not text.strip():
        raise FieldError(SOURCE, _("Choose where the entry comes from: paper card, phone or coordinator."))
    return _choose(text, [(code, (source_label(code), code)) for code in SOURCE_LABELS], SOURCE)


def resolve_status(text: str) -> str:
    if not text.strip():
        raise FieldError(STATUS, _("Choose the status of the entry."))
    return _choose(text, [(s.value, (s.label, s.value)) for s in HoursStatus], STATUS)


def canonical_text(column: str, text: str, ctx: CardContext) -> str:
    """The text a cell shows once what was typed is understood: a choice as the app names it
    (`zak` → `ZAK`, `tel` → `telefon`), the day alone (`5.03` → `5`), hours as stored
    (`90 min` → `1,5`, `10-11:30` → `10:00–11:30`). `text` unchanged when it cannot be read
    (the cell shows the error)."""
    try:
        if column == DAY:
            return str(parse_day(text, ctx.month).day)
        if column == HOURS:
            parsed = parse_hours(text)
            return format_hours_input(parsed.minutes, parsed.time_from, parsed.time_to)
        if column == KM:
            km = parse_km(text)
            return "" if km is None else str(km)
        if column == ASSIGNMENT:
            assignment = ctx.assignment(resolve_assignment(text, ctx.assignments, ctx.month))
            return assignment.label if assignment else text.strip()
        if column == ACTIVITY:
            activity = ctx.activity(resolve_activity(text, ctx.activities))
            return activity.code if activity else text.strip()
        if column == SOURCE:
            return source_label(resolve_source(text))
        if column == STATUS:
            return HoursStatus(resolve_status(text)).label
    except FieldError:
        return text
    return text


# --- lines from and to entries ----------------------------------------------------------------
def card_lines(ctx: CardContext) -> list[CardLine]:
    """The stored entries of the card's month as lines."""
    return [
        CardLine(
            entry_id=row.id,
            day=str(row.work_date.day),
            hours=format_hours_input(row.minutes, row.time_from, row.time_to),
            description=row.description or "",
            assignment=row.assignment_label or "",
            activity=row.activity_code,
            place=row.place or "",
            km="" if row.travel_km is None else str(row.travel_km),
            source=source_label(row.source),
            status=HoursStatus(row.status).label,
            remote=row.remote,
        )
        for row in ctx.entries
    ]


DEFAULT_SOURCE = "paper"
DEFAULT_STATUS = HoursStatus.DONE.value


def fill_defaults(line: CardLine, ctx: CardContext) -> None:
    """Fill the cells of a new line that are still empty: the volunteer's assignment running
    on that day (or the only active one), its activity type and place, source "paper card",
    status done (the coordinator confirms with "Confirm done" once the card is checked, or
    the paper card confirms it as the card is saved). No km: none travelled unless typed."""
    assignment = _default_assignment(line, ctx)
    if not line.assignment and assignment is not None:
        line.assignment = assignment.label
    found = _read([], ASSIGNMENT, resolve_assignment, line.assignment, ctx.assignments, ctx.month)
    chosen = ctx.assignment(found)
    if chosen is not None:
        if not line.activity:
            line.activity = chosen.activity_code
        if not line.place and chosen.place:
            line.place = chosen.place
    if not line.source:
        line.source = source_label(DEFAULT_SOURCE)
    if not line.status:
        line.status = HoursStatus(DEFAULT_STATUS).label


def _default_assignment(line: CardLine, ctx: CardContext) -> AssignmentChoice | None:
    """The assignment running on the line's day (the active one if several run), else the
    month's default."""
    try:
        day = parse_day(line.day, ctx.month)
    except FieldError:
        return ctx.default_assignment()
    running = [a for a in ctx.assignments if a.covers(day)]
    active = [a for a in running if a.status == "active"]
    if len(active) == 1:
        return active[0]
    return running[0] if len(running) == 1 else None


def _read(errors: list[FieldError], column: str, func: Callable[..., R], *args: object) -> R | None:
    """`func(*args)`, or None with the error noted under `column`."""
    try:
        return func(*args)
    except FieldError as error:
        errors.append(FieldError(column, error.message))
        return None


def parse_line(
    line: CardLine,
    month: Month,
    assignments: Sequence[AssignmentChoice],
    activities: Sequence[ActivityChoice],
) -> tuple[HoursInput, list[FieldError]]:
    """The entry a line describes, and the errors of its cells (column keys). A cell that
    cannot be read is left empty in the entry, so validation can still check the others."""
    errors: list[FieldError] = []
    data = HoursInput(remote=line.remote)
    data.work_date = _read(errors, DAY, parse_day, line.day, month)
    parsed = _read(errors, HOURS, parse_hours, line.hours)
    if parsed is not None:
        data.minutes, data.time_from, data.time_to = parsed.minutes, parsed.time_from, parsed.time_to
    data.description = line.description
    data.place = line.place
    data.assignment_id = _read(errors, ASSIGNMENT, resolve_assignment, line.assignment, assignments, month)
    data.activity_type_id = _read(errors, ACTIVITY, resolve_activity, line.activity, activities)
    if data.activity_type_id is None and not line.activity.strip() and data.assignment_id is not None:
        chosen = next((a for a in assignments if a.id == data.assignment_id), None)
        data.activity_type_id = chosen.activity_type_id if chosen else None
    data.travel_km = _read(errors, KM, parse_km, line.km)
    data.source = _read(errors, SOURCE, resolve_source, line.source) or ""
    data.status = _read(errors, STATUS, resolve_status, line.status) or ""
    return data, errors


def card_totals(lines: Iterable[CardLine]) -> CardTotals:
    """The running total under the grid: lines whose hours can be read, done or confirmed."""
    worked = confirmed = 0
    for line in lines:
        try:
            minutes = parse_hours(line.hours).minutes
            status = resolve_status(line.status)
        except FieldError:
            continue
        if status in (HoursStatus.DONE.value, HoursStatus.CONFIRMED.value):
            worked += minutes
            if status == HoursStatus.CONFIRMED.value:
                confirmed += minutes
    return CardTotals(worked, confirmed)
