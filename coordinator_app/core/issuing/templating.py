"""The template language of document wording, simple enough for a legal adviser to edit.

A template is a set of named blocks of text. In a block:

* `{name}` is replaced by a value from the document (`{imie_nazwisko}`, `{numer}` …);
* `{masculine/feminine}` picks the form for the person's sex: `{wykonywał/wykonywała}`,
  `{Pan/Pani}` (both forms, slash-separated, when the sex is not recorded);
* `{name:masculine/feminine}` picks the form for the sex of another person the document
  names, the one in the field `name`: `{opiekun:działającym/działającą}` follows the
  guardian, `{koordynator:jego/jej}` the coordinator;
* `{name@D}` is the field in a grammatical case, by its Polish abbreviation: M mianownik,
  D dopełniacz, C celownik, B biernik, N narzędnik, Ms miejscownik
  (`reprezentowanym przez {reprezentant@B}`, `dotyczącą {osoba@D}`). The form is printed only
  when it is known for sure (confirmed by the coordinator, or from the dictionary or a safe
  rule); otherwise the sentence keeps the name in the nominative after a colon
  (`reprezentowanym przez: Konrad Ośka – Kierownik`). Write your own wording for that case
  after a bar, and put words that go only with the declined form inside the braces:
  `z siedzibą {w siedziba@Ms, |pod adresem: }{adres_ops}` prints "z siedzibą w Modrzewie,
  ul. Szkolna 12, …" or "z siedzibą pod adresem: ul. Szkolna 12, …";
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

_PLACEHOLDER = re.compile(r"\{((?:[^{}\n]|\{[^{}\n]*\})*)\}")  # one level of {…} inside
# {prefix field@CASE suffix|alternative}: groups prefix, field, case, suffix, alternative
_CASE_MARK = re.compile(r"^([^|@{}]*?)([a-z_]+)@(Ms|M|D|C|B|N)(?![a-zA-Z])([^|{}]*)(?:\|(.*))?$", re.DOTALL)
_OTHER_PERSON = re.compile(r"^\s*(\w+)\s*:([^/]+/[^/]+)$")
SEX_SUFFIX = ".plec"  # values[f"{field}.plec"] is "M"/"K": the sex of the person in `field`
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
        if case_mark := _CASE_MARK.match(name):
            prefix, field, case, suffix, alternative = case_mark.groups()
            form = values.get(f"{field}@{case}")
            if form:
                return f"{prefix}{form}{suffix}"
            if alternative is not None:
                return fill(alternative, values, sex)
            nominative = values.get(field)
            return match.group(0) if nominative is None else f"\x00: {nominative}"
        if other := _OTHER_PERSON.match(name):
            masculine, _sep, feminine = other.group(2).partition("/")
            return gendered(
                values.get(other.group(1) + SEX_SUFFIX) or None, masculine.strip(), feminine.strip()
            )
        if "/" in name:
            masculine, _sep, feminine = name.partition("/")
            return gendered(sex, masculine.strip(), feminine.strip())
        value = values.get(name.strip())
        return match.group(0) if value is None else value

    # The nominative fallback's colon joins the word before it: "przez: Konrad Ośka".
    return re.sub(r"\s*\x00", "", _PLACEHOLDER.sub(replace, text))


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
        for name in _names_in(line.text):
            if case_mark := _CASE_MARK.match(name):
                if case_mark.group(2) not in known_placeholders:
                    found.append(
                        _("line {line}: unknown field {field}").format(
                            line=number, field="{" + case_mark.group(2) + "}"
                        )
                    )
            elif other := _OTHER_PERSON.match(name):
                if other.group(1) not in known_placeholders:
                    found.append(
                        _("line {line}: unknown field {field}").format(
                            line=number, field="{" + other.group(1) + "}"
                        )
                    )
            elif "/" in name:
                masculine, _sep, feminine = name.partition("/")
                if not masculine.strip() or not feminine.strip() or "/" in feminine:
                    found.append(
                        f"wiersz {number}: formy {{{name}}} zapisz jako {{forma męska/forma żeńska}}"
                    )
            elif name.strip() not in known_placeholders:
                found.append(
                    _("line {line}: unknown field {field}").format(line=number, field="{" + name + "}")
                )
    return found


def _names_in(text: str) -> list[str]:
    """Every placeholder's inside, including those in a case marker's alternative wording."""
    names = []
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1)
        names.append(name)
        case_mark = _CASE_MARK.match(name)
        if case_mark and case_mark.group(5):
            names.extend(_names_in(case_mark.group(5)))
    return names


def placeholders_in(block: str) -> set[str]:
    """The fields a block uses (a case-marked `{name@D}` uses `name`)."""
    found = set()
    for name in _names_in(block):
        if case_mark := _CASE_MARK.match(name):
            found.add(case_mark.group(2))
        elif other := _OTHER_PERSON.match(name):
            found.add(other.group(1))
        elif "/" not in name:
            found.add(name.strip())
    return found
