"""The agreement's health-and-safety annex and RODO parts (issue 12, points 7 and 8): the risk
information of the agreement's activity types (art. 45 ust. 1 pkt 1 of the volunteering act)
and the health-information consent (art. 9 ust. 2 lit. a RODO) printed in the OPS's copy only.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from coordinator_app.core.issuing.grammar import lower_first
from coordinator_app.core.volunteers.health_consent import active_health_consent
from coordinator_app.db.models import ActivityType, Volunteer
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date

BLANK_LINE = "." * 120  # room to write by hand

# What an organisation's own information clause must mention (art. 13 RODO), by a word it
# cannot do without: (what is missing, as the coordinator is told; words that show it is there)
CLAUSE_ELEMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("administrator", ("administrator",)),
    ("inspektor ochrony danych", ("inspektor",)),
    ("podstawa prawna (art. 6 RODO)", ("art. 6",)),
    ("odbiorcy danych", ("odbior",)),
    ("okres przechowywania", ("przechowywan", "przechowuj")),
    ("prawo sprzeciwu", ("sprzeciw",)),
    ("skarga do Prezesa UODO", ("prezes",)),
    ("zautomatyzowane decyzje", ("zautomatyzowan",)),
)


def clause_gaps(clause: str) -> list[str]:
    """The art. 13 elements an organisation's own clause text does not mention."""
    text = clause.casefold()
    return [name for name, words in CLAUSE_ELEMENTS if not any(word in text for word in words)]


def risk_information(activities: Iterable[ActivityType]) -> str:
    """`Rodzaj działań: …` then its risks as `- ` bullets, for each activity type once; a risk
    line already printed for an earlier type is not repeated, and a type with nothing new left
    says so. Empty when no type has risk information."""
    seen: set[str] = set()
    shown: set[int] = set()
    out: list[str] = []
    found = False
    for activity in activities:
        if activity.id in shown:
            continue
        shown.add(activity.id)
        lines = [" ".join(line.split()) for line in (activity.risk_info or "").splitlines()]
        lines = [line for line in lines if line]
        found = found or bool(lines)
        new = [line for line in lines if line.casefold() not in seen]
        seen.update(line.casefold() for line in new)
        name = lower_first(activity.name)
        if new:
            out.append(f"Rodzaj działań: {name}")
            out += [f"- {line}" for line in new]
        elif lines:
            out.append(f"Rodzaj działań: {name} – zagrożenia i zasady jak wyżej.")
    return "\n".join(out) if found else ""


def safety_values(
    session: Session, volunteer: Volunteer, activities: list[ActivityType], flags: set[str], clause: str = ""
) -> tuple[dict[str, str], list[str]]:
    """Placeholder values (and warnings) of the risk annex and the health consent; adds the
    flags `ryzyka` (some risk text), `zdrowie` (the consent form is printed: a minor, or a
    consent on record) and `zgoda_zdrowie` (a consent on record)."""
    values: dict[str, str] = {}
    warnings: list[str] = []
    risks = risk_information(activities)
    if risks:
        flags.add("ryzyka")
    else:
        warnings.append(
            _(
                "The activity types of this agreement have no health and safety risk information: "
                "annex 1 leaves room to write it by hand. Add it in Dictionaries → Activity types."
            )
        )
    values["informacje_bhp"] = risks
    gaps = clause_gaps(clause) if clause else []
    if gaps:
        warnings.append(
            _(
                "The organisation's own RODO clause (Organisation settings) seems to lack: {missing}. "
                "Leave it empty to print the complete default clause."
            ).format(missing=", ".join(gaps))
        )
    consent = active_health_consent(session, volunteer.id)
    values["informacje_zdrowie"] = BLANK_LINE + "\n" + BLANK_LINE
    values["zgoda_zdrowie_data"] = ""
    values["zgoda_zdrowie_kto"] = ""
    if consent is not None:
        flags.add("zgoda_zdrowie")
        who = consent.given_by + (" (przedstawiciel ustawowy)" if consent.given_by_guardian else "")
        values["zgoda_zdrowie_data"] = long_date(consent.given_on)
        values["zgoda_zdrowie_kto"] = who
        if consent.health_info:
            values["informacje_zdrowie"] = consent.health_info
    if consent is not None or "maloletni" in flags:
        flags.add("zdrowie")
    return values, warnings
