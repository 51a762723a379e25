"""The template language of document wording, simple enough for a legal adviser to edit.

A template is a set of named blocks of text. In a block:

* `{name}` is replaced by a value from the document (`{imie_nazwisko}`, `{numer}` …);
* `{masculine/feminine}` (or `{masculine|feminine}`) picks the form for the person's sex:
  `{wykonywał/wykonywała}`, `{Pan/Pani}` (both forms, slash-separated, when the sex is not
  recorded); clause texts the coordinator writes may use them too (see `fill_values`);
* a line starting with `[flag]` is printed only when the flag holds, `[!flag]` only when it
  does not, `[a,b]` when both hold (`[maloletni] …`, `[!zakonczone] …`);
* in a section the first line is its heading and every further line is one numbered point;
  in a statement a line starting with `- ` is a bullet and `[ ] ` a box to tick.

Placeholder values are plain text; the PDF layer escapes them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.i18n import _

_PLACEHOLDER = re.compile(r"\{([^{}\n]*)\}")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")  # "2025 r.." -> "2025 r." (not "…" or "....")
_CONDITION = re.compile(r"^\s*\[(!?[\w]+(?:\s*,\s*!?[\w]+)*)\]\s?")


@dataclass(frozen=True)
class Line:
    text: str  # the line with its condition removed, placeholders not yet filled
    conditions: tuple[str, ...]  # "flag" or "!flag"


def parse_line(raw: str) -> Line:
    match = _CONDITION.match(raw)
    if not match:
        return Line(raw.strip(), ())
    conditions = tuple(part.strip() for part in match.group(1).split(","))
    return Line(raw[match.end() :].strip(), conditions)


def holds(conditions: tuple[str, ...], flags: Collection[str]) -> bool:
    for condition in conditions:
        if condition.startswith("!"):
            if condition[1:] in flags:
                return False
        elif condition not in flags:
            return False
    return True


def fill(text: str, values: Mapping[str, str], sex: str | None) -> str:
    """Placeholders replaced; an unknown one is left visible as `{name}`."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if "/" in name or "|" in name:
            masculine, _sep, feminine = name.partition("/" if "/" in name else "|")
            return gendered(sex, masculine.strip(), feminine.strip())
        value = values.get(name.strip())
        return match.group(0) if value is None else value

    return _PLACEHOLDER.sub(replace, text)


def fill_values(values: Mapping[str, str], sex: str | None) -> dict[str, str]:
    """Values whose own text uses placeholders (a clause the coordinator wrote with
    `{zobowiązany/zobowiązana}` or `{koordynator}`) filled once, for the person the document
    speaks of; a value never fills in itself."""
    return {
        name: fill(value, {k: v for k, v in values.items() if k != name}, sex) if "{" in value else value
        for name, value in values.items()
    }


def lines(block: str, values: Mapping[str, str], flags: Collection[str], sex: str | None) -> list[str]:
    """The printed lines of a block: conditions applied, placeholders filled, blanks dropped."""
    result = []
    for raw in block.splitlines():
        if not raw.strip():
            continue
        line = parse_line(raw)
        if holds(line.conditions, flags):
            text = _DOUBLE_STOP.sub(".", fill(line.text, values, sex).strip())
            if text:
                result.append(text)
    return result


def section(
    block: str, values: Mapping[str, str], flags: Collection[str], sex: str | None
) -> tuple[str, list[str]] | None:
    """(heading, points) of a section, or None when its heading line's condition fails or
    it has no point left."""
    raw_lines = [raw for raw in block.splitlines() if raw.strip()]
    if not raw_lines:
        return None
    heading = parse_line(raw_lines[0])
    if not holds(heading.conditions, flags):
        return None
    points = lines("\n".join(raw_lines[1:]), values, flags, sex)
    if not points:
        return None
    return fill(heading.text, values, sex), points


def problems(block: str, known_placeholders: Collection[str], known_flags: Collection[str]) -> list[str]:
    """Sentences (translated) about unknown placeholders, flags or unbalanced braces in a block."""
    found: list[str] = []
    for number, raw in enumerate(block.splitlines(), start=1):
        if raw.count("{") != raw.count("}"):
            found.append(
                _("line {line}: the braces {braces} are not paired").format(line=number, braces="{ }")
            )
        line = parse_line(raw)
        if raw.lstrip().startswith("[") and not line.conditions and not raw.lstrip().startswith("[ ]"):
            found.append(_("line {line}: the condition in [ ] is not written correctly").format(line=number))
        for condition in line.conditions:
            if condition.lstrip("!") not in known_flags:
                found.append(
                    _("line {line}: unknown condition {condition}").format(
                        line=number, condition=f"[{condition}]"
                    )
                )
        for match in _PLACEHOLDER.finditer(line.text):
            name = match.group(1)
            if "/" in name or "|" in name:
                masculine, _sep, feminine = name.partition("/" if "/" in name else "|")
                if not masculine.strip() or not feminine.strip() or "/" in feminine:
                    found.append(
                        f"wiersz {number}: formy {{{name}}} zapisz jako {{forma męska/forma żeńska}}"
                    )
            elif name.strip() not in known_placeholders:
                found.append(
                    _("line {line}: unknown field {field}").format(line=number, field="{" + name + "}")
                )
    return found


def placeholders_in(block: str) -> set[str]:
    return {m.group(1).strip() for m in _PLACEHOLDER.finditer(block) if not {"/", "|"} & set(m.group(1))}
