"""What an annex (aneks) changes, worded as a lawyer amends a contract: each change names the
paragraph and the ustęp it replaces, "w § 4 ust. 2 otrzymuje brzmienie: „…”".

The annex row keeps its changes as the agreements editor wrote them (core.agreements.annexes:
"Czas wykonywania świadczeń otrzymuje brzmienie: „…”", "Okres obowiązywania porozumienia
zostaje przedłużony do dnia …"). The paragraph numbers are those the agreement prints: its
sections in template order, those whose heading condition fails left out (the vetting
paragraph without work with minors, the minor's paragraph for an adult). A change written in
free words is printed as written, after the number of the paragraph it speaks of when that
is clear, and the coordinator is warned.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from coordinator_app.core.issuing.clauses import clause_lines, time_clause
from coordinator_app.core.issuing.grammar import gendered, lower_first
from coordinator_app.core.issuing.templating import holds, parse_line
from coordinator_app.db.models import Agreement
from coordinator_app.i18n.polish import long_date

# the record's wording of a text change -> (the section, the agreement field)
_TEXT_CHANGES = {
    "Opis zakresu świadczeń": ("s_scope", "scope"),
    "Sposób wykonywania świadczeń": ("s_manner", "manner"),
    "Czas wykonywania świadczeń": ("s_time", "time_commitment"),
    "Warunki rozwiązania porozumienia": ("s_termination", "termination_terms"),
    "Zasady pokrywania kosztów": ("s_costs", "cost_rules"),
}
_TEXT_CHANGE = re.compile(r"^(?P<label>[^:„]+?) otrzymuj[eą] brzmienie: „(?P<text>.*)”\.?$", re.DOTALL)
_PERIOD = re.compile(r"(?:do dnia|do) (\d{1,2})\.(\d{2})\.(\d{4}) r")
_ACTIVITIES = "Zakres świadczeń obejmuje następujące rodzaje działań: "
_NEW_TIME = "Zmiana czasu wykonywania świadczeń: "  # the new time written after a label
# words of a change written freely -> the section it speaks of
_TOPICS = (
    ("czas", "s_time"),
    ("wymiar", "s_time"),
    ("okres", "s_time"),
    ("sposob", "s_manner"),
    ("sposób", "s_manner"),
    ("zakres", "s_scope"),
    ("koszt", "s_costs"),
    ("rozwiąz", "s_termination"),
    ("wypowiedz", "s_termination"),
    ("ubezpiecz", "s_insurance"),
)


@dataclass(frozen=True)
class AnnexChanges:
    points: list[str]  # one a change, each naming its paragraph
    unclear: list[int]  # 1-based numbers of the points written freely


def paragraph_numbers(template: Mapping[str, str], flags: set[str]) -> dict[str, int]:
    """§ number of each section the agreement prints (`s_…` blocks in template order)."""
    numbers: dict[str, int] = {}
    for block, text in template.items():
        if not block.startswith("s_"):
            continue
        heading = next((line for line in text.splitlines() if line.strip()), "")
        if heading and holds(parse_line(heading).conditions, flags):
            numbers[block] = len(numbers) + 1
    return numbers


def _ust(first: int, count: int) -> tuple[str, str]:
    """(`ust. 2` / `ust. 2–3`, the verb in the right number)."""
    if count <= 1:
        return f"ust. {first}", "otrzymuje"
    return f"ust. {first}–{first + count - 1}", "otrzymują"


def _quoted(lines: list[str], first: int | None) -> str:
    """„text” for one ustęp; „2. text 3. text” when several (numbered as in the agreement)."""
    if len(lines) == 1 or first is None:
        return "„" + " ".join(lines) + "”"
    return "„" + " ".join(f"{first + i}. {line}" for i, line in enumerate(lines)) + "”"


class _Paragraphs:
    """Where each field of the agreement stands: its § and the ustępy it fills."""

    def __init__(self, agreement: Agreement, numbers: dict[str, int], has_activities: bool) -> None:
        self.agreement = agreement
        self.numbers = numbers
        self.has_activities = has_activities

    def first_ust(self, section: str) -> int:
        if section == "s_scope":
            return 2 if self.has_activities else 1
        return 2 if section == "s_time" else 1

    def text_change(self, section: str, field: str, text: str) -> str:
        new = time_clause(text).split("\n") if field == "time_commitment" else clause_lines(text)
        number = self.numbers[section]
        if section in ("s_costs", "s_termination"):
            return f"§ {number} otrzymuje brzmienie: {_quoted(new, 1)}."
        first = self.first_ust(section)
        old = max(1, len(clause_lines(getattr(self.agreement, field))))
        where, verb = _ust(first, old)
        if len(new) == old:
            return f"w § {number} {where} {verb} brzmienie: {_quoted(new, first)}."
        # a different number of ustępy: replaced as a whole, the ones after renumbered
        replaced = "ustępem" if len(new) == 1 else "ustępami"
        after = ", a dalsze ustępy otrzymują kolejne numery" if section == "s_manner" else ""
        return f"w § {number} {where} zastępuje się {replaced} w brzmieniu: {_quoted(new, first)}{after}."

    def period_change(self, end: dt.date) -> str:
        start = long_date(self.agreement.period_from)
        return (
            f"w § {self.numbers['s_time']} ust. 1 otrzymuje brzmienie: „Porozumienie zostaje zawarte na "
            f"okres od {start} r. do {long_date(end)} r.”."
        )

    def activities_change(self, names: str, sex: str | None) -> str:
        who = gendered(sex, "Wolontariusz", "Wolontariuszka")
        listed = "; ".join(lower_first(name.strip()) for name in names.split(";"))
        return (
            f"w § {self.numbers['s_scope']} ust. 1 otrzymuje brzmienie: „{who} zobowiązuje się do "
            f"wykonywania świadczeń w zakresie: {listed.rstrip('.')}.”."
        )

    def free(self, text: str) -> str:
        lowered = text.lower()
        section = next((block for word, block in _TOPICS if word in lowered), None)
        if section is None or section not in self.numbers:
            return text
        return f"W § {self.numbers[section]}: {lower_first(text)}"


def _period_end(point: str) -> dt.date | None:
    if not point.startswith(("Okres obowiązywania porozumienia", "Porozumienie zostaje zawarte na czas")):
        return None
    found = _PERIOD.search(point)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    return dt.date(year, month, day)


def split_points(changes: str) -> list[str]:
    """The stored points `1. …\n2. …` (a point's quoted text may span lines); a text not
    numbered that way: one point a line."""
    points: list[str] = []
    expected = 1
    for line in changes.replace("\r", "").split("\n"):
        found = re.match(r"^\s*(\d{1,2})[.)]\s+", line)
        if found and int(found.group(1)) == expected:
            points.append(line[found.end() :].strip())
            expected += 1
        elif points and expected > 1 and line.strip():
            points[-1] += "\n" + line.strip()
        elif line.strip():
            points.append(line.strip())
    return points


def annex_points(
    agreement: Agreement,
    changes: list[str],
    numbers: dict[str, int],
    *,
    has_activities: bool,
    sex: str | None,
) -> AnnexChanges:
    """The annex's points naming the paragraph each one changes."""
    where = _Paragraphs(agreement, numbers, has_activities)
    points: list[str] = []
    unclear: list[int] = []
    for index, point in enumerate(changes, start=1):
        text = point.strip()
        matched = _TEXT_CHANGE.match(text)
        end = _period_end(text)
        if matched and matched.group("label").strip() in _TEXT_CHANGES:
            section, field = _TEXT_CHANGES[matched.group("label").strip()]
            if section in numbers:
                points.append(where.text_change(section, field, matched.group("text")))
                continue
        if end is not None and "s_time" in numbers:
            points.append(where.period_change(end))
            continue
        if text.startswith(_NEW_TIME) and "s_time" in numbers:
            points.append(where.text_change("s_time", "time_commitment", text.removeprefix(_NEW_TIME)))
            continue
        if text.startswith(_ACTIVITIES) and "s_scope" in numbers:
            points.append(where.activities_change(text.removeprefix(_ACTIVITIES), sex))
            continue
        free = where.free(" ".join(text.split()).rstrip(";,"))
        points.append(free if free.endswith((".", "!", "?")) else free + ".")
        unclear.append(index)
    return AnnexChanges(points, unclear)
