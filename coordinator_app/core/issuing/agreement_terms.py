"""The agreement's costs and termination paragraphs, which must agree with the records beside
the agreement: the signed travel-cost waiver (art. 45 ust. 4) and the notice period a
termination computes (core.agreements.notice)."""

from __future__ import annotations

import re

from coordinator_app.core.agreements.defaults import cost_text, termination_text, waiver_sentence
from coordinator_app.core.agreements.notice import duration_days, notice_days_in_terms, notice_too_long
from coordinator_app.core.agreements.rules import period_text
from coordinator_app.core.issuing.clauses import clause_lines, clause_text
from coordinator_app.core.rules import AgeGroup
from coordinator_app.db.models import Agreement, VolunteerStatement
from coordinator_app.i18n import _
from coordinator_app.i18n.polish import long_date

_WAIVER_AGE = {AgeGroup.ADULT: "adult", AgeGroup.MINOR: "minor", AgeGroup.CHILD: "child"}
_TRAVEL_WORDS = ("podróż", "diet", "przejazd", "dojazd", "45 ust. 4")
_WAIVER_WORDS = ("rezygn", "zwoln", "zwalnia", "zrzek", "zrzecz")


def _about_travel(line: str) -> bool:
    return any(word in line.lower() for word in _TRAVEL_WORDS)


def costs_paragraph(
    agreement: Agreement, waiver: VolunteerStatement | None, group: AgeGroup
) -> tuple[str, list[str]]:
    """The costs paragraph and its warnings: one rule on travel costs and diets, never two.
    The coordinator's text replaces the default wording; but when a written waiver is on record
    (art. 45 ust. 4: the statement itself is the waiver), the paragraph cites that statement
    (who made it – the guardian for a child – when and to what extent) in place of the text's
    own words on travel costs, so the agreement cannot contradict the signed statement."""
    age = _WAIVER_AGE[group]
    own = clause_lines(agreement.cost_rules)
    if not own:
        return clause_text(
            cost_text(waiver.signed_on if waiver else None, waiver.scope if waiver else None, age)
        ), []
    if waiver is None:
        claims = any(_about_travel(line) and any(w in line.lower() for w in _WAIVER_WORDS) for line in own)
        warnings = (
            [
                _(
                    "The costs clause speaks of a travel-cost waiver, but no written waiver is recorded for "
                    "the volunteer: record the signed statement (art. 45 ust. 4) or change the clause."
                )
            ]
            if claims
            else []
        )
        return "\n".join(own), warnings
    kept = [line for line in own if not _about_travel(line)]
    warnings = []
    if len(kept) < len(own):
        warnings.append(
            _(
                "The costs paragraph cites the travel-cost waiver signed on {date} instead of the "
                "clause's own words on travel costs."
            ).format(date=f"{long_date(waiver.signed_on)} r.")
        )
    return "\n".join([waiver_sentence(waiver.signed_on, waiver.scope, age), *kept]), warnings


def termination_paragraph(agreement: Agreement) -> tuple[str, list[str]]:
    """The termination paragraph: the coordinator's text; when it states a notice period as
    long as the agreement itself (a 7-day notice in a 5-day agreement), its sentence on the
    notice says termination with immediate effect instead, which is also what a termination
    record computes (agreements.notice.notice_days_of)."""
    duration = duration_days(agreement.period_from, agreement.period_to)
    stated = agreement.notice_period_days or notice_days_in_terms(agreement.termination_terms)
    if not notice_too_long(stated, duration):
        return clause_text(agreement.termination_terms), []
    warning = _(
        "The termination clause states a notice period of {notice} days, as long as the whole agreement "
        "({period}) or longer: the agreement is printed with termination with immediate effect instead."
    ).format(notice=stated, period=period_text(agreement.period_from, agreement.period_to))
    return "\n".join(_immediate(line) for line in clause_lines(agreement.termination_terms)), [warning]


_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ])")


def _immediate(line: str) -> str:
    """The sentence stating the notice period replaced with termination with immediate effect."""
    sentences = _SENTENCE_END.split(line)
    immediate = termination_text(0).split("\n")[1]
    return " ".join(immediate if "wypowiedz" in sentence.lower() else sentence for sentence in sentences)
