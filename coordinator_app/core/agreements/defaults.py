"""Default wording of a new agreement's clauses, which the coordinator edits in the form.

The texts follow the outline in domain-pl.md §8.1 (§ 2 scope, § 3 manner, § 4 time, § 6 costs,
§ 10 termination). They are the content of a Polish legal document, so they are Polish
whatever the interface language, and they are stored with the agreement as typed, so that a
later change of these defaults never changes a signed agreement. The OPS's legal adviser may
change them per agreement; the document templates may change the surrounding text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coordinator_app.i18n.polish import short_date

NOTICE_DAYS = 7  # the notice period the domain outline proposes (§ 10 ust. 2)
REPORT_DAY = 5  # the hours card is handed over by this day of the next month


def pl_date(value: dt.date) -> str:
    """A date as printed in Polish documents: `5.03.2025 r.` (domain §6.1)."""
    return f"{short_date(value)} r."


@dataclass(frozen=True)
class ClauseDefaults:
    scope: str
    manner: str
    time_commitment: str
    termination_terms: str
    cost_rules: str


def scope_text() -> str:
    return (
        "Świadczenia wykonywane są na rzecz osób objętych wsparciem Korzystającego, wskazanych "
        "przez koordynatora wolontariatu, w zakresie wymienionych rodzajów działań."
    )


def manner_text(gmina: str | None, coordinator: str | None = None) -> str:
    """One point a line; `{Wolontariusz/Wolontariuszka}` is resolved for the volunteer when the
    agreement is printed. The sentence naming the coordinator (in the right case, with the
    contact) is printed by the template after the text, so `coordinator` no longer goes into it."""
    del coordinator
    area = f"na terenie gminy {gmina}" if gmina else "na terenie działania Korzystającego"
    return (
        f"Świadczenia wykonywane są w miejscu zamieszkania osób objętych wsparciem {area}, "
        "w siedzibie Korzystającego lub zdalnie (telefonicznie).\n"
        "Świadczenia wykonywane są osobiście. Powierzenie ich osobie trzeciej wymaga zgody Korzystającego.\n"
        "{Wolontariusz/Wolontariuszka} przekazuje koordynatorowi kartę czasu pracy z informacją "
        f"o wykonanych świadczeniach do {REPORT_DAY}. dnia każdego następnego miesiąca."
    )


def time_text(hours_per_month: int | None) -> str:
    if hours_per_month:
        return (
            f"Świadczenia wykonywane będą w wymiarze średnio {hours_per_month} godz. miesięcznie, "
            "w terminach uzgodnionych z koordynatorem wolontariatu."
        )
    return "Świadczenia wykonywane będą w wymiarze i w terminach uzgodnionych z koordynatorem wolontariatu."


def termination_text(notice_days: int = NOTICE_DAYS) -> str:
    """The whole termination paragraph, one point a line (the engine numbers them). One rule
    of form throughout the agreement: written form (amendments: under pain of nullity). With
    `notice_days` 0 (a short agreement, notice.SHORT_AGREEMENT_DAYS) either party terminates
    with immediate effect, which also covers a breach."""
    if not notice_days:
        return (
            "Porozumienie może zostać rozwiązane w każdym czasie za porozumieniem Stron.\n"
            "Każda ze Stron może rozwiązać porozumienie ze skutkiem natychmiastowym.\n"
            "Oświadczenie o rozwiązaniu porozumienia składa się w formie pisemnej."
        )
    return (
        "Porozumienie może zostać rozwiązane w każdym czasie za porozumieniem Stron.\n"
        f"Każda ze Stron może rozwiązać porozumienie z zachowaniem {notice_days}-dniowego okresu "
        "wypowiedzenia.\n"
        "Korzystający może rozwiązać porozumienie ze skutkiem natychmiastowym w razie rażącego "
        "naruszenia przez {Wolontariusza/Wolontariuszkę} {jego/jej} obowiązków, w szczególności "
        "obowiązku zachowania w tajemnicy informacji o osobach objętych wsparciem.\n"
        "Oświadczenie o rozwiązaniu porozumienia składa się w formie pisemnej."
    )


def _waiver_extent(scope: str | None) -> str:
    """The statement's stored scope (`full`, or `partial: what`) in words."""
    text = (scope or "").strip()
    if not text or text == "full":
        return "w całości"
    if text.startswith("partial"):
        detail = text.removeprefix("partial").lstrip(":").strip()
        return f"w części ({detail})" if detail else "w części"
    return f"w zakresie ({text})"


# who makes the written waiver (art. 45 ust. 4): an adult, a 13–17-year-old with the guardian's
# consent (art. 17 KC: a disposal of a right), the guardian in the name of a child under 13
WAIVER_MAKERS = ("adult", "minor", "child")


def _waiver_maker(age: str) -> tuple[str, str]:
    """(who waived, past tense; whose statement a waiver needs) for the age group."""
    if age == "child":
        return (
            "{opiekun} – przedstawiciel ustawowy {Wolontariusza/Wolontariuszki}, działając w {jego/jej} "
            "imieniu, {opiekun:zwolnił/zwolniła}",
            "oświadczenia przedstawiciela ustawowego {Wolontariusza/Wolontariuszki}, złożonego w {jego/jej} "
            "imieniu na piśmie",
        )
    if age == "minor":
        return (
            "{Wolontariusz/Wolontariuszka}, za zgodą przedstawiciela ustawowego, {zwolnił/zwolniła}",
            "oświadczenia {Wolontariusza/Wolontariuszki}, złożonego za zgodą przedstawiciela "
            "ustawowego na piśmie",
        )
    return (
        "{Wolontariusz/Wolontariuszka} {zwolnił/zwolniła}",
        "oświadczenia {Wolontariusza/Wolontariuszki} złożonego na piśmie",
    )


def waiver_sentence(waiver_signed_on: dt.date, waiver_scope: str | None = None, age: str = "adult") -> str:
    """The one sentence citing the signed travel-cost waiver: who made it (the guardian for a
    child), when, to what extent, and who pays the rest of a partial one."""
    extent = _waiver_extent(waiver_scope)
    rest = (
        ""
        if extent == "w całości"
        else "; w pozostałym zakresie Korzystający pokrywa te koszty na zasadach dotyczących pracowników"
    )
    maker, _needed = _waiver_maker(age)
    return (
        f"{maker} Korzystającego z obowiązku pokrywania kosztów podróży służbowych i diet {extent} "
        f"oświadczeniem złożonym na piśmie w dniu {pl_date(waiver_signed_on)} (art. 45 ust. 4 ustawy){rest}."
    )


def cost_text(waiver_signed_on: dt.date | None, waiver_scope: str | None = None, age: str = "adult") -> str:
    """The whole costs paragraph: one version of the travel-cost rule (art. 45 ust. 1 pkt 3 and
    ust. 4), citing the signed waiver by its date and extent when there is one. `age` (one of
    WAIVER_MAKERS) says who makes a waiver: the guardian acts for a child under 13."""
    others = (
        "Korzystający może pokrywać inne niezbędne koszty ponoszone przez "
        "{Wolontariusza/Wolontariuszkę} w związku z wykonywaniem świadczeń, po ich uprzednim "
        "uzgodnieniu z koordynatorem wolontariatu."
    )
    if waiver_signed_on is not None:
        return waiver_sentence(waiver_signed_on, waiver_scope, age) + "\n" + others
    _maker, needed = _waiver_maker(age)
    return (
        "Korzystający pokrywa koszty podróży służbowych i diet {Wolontariusza/Wolontariuszki} na "
        "zasadach dotyczących pracowników (art. 45 ust. 1 pkt 3 ustawy), na podstawie rozliczenia "
        "zatwierdzonego przez koordynatora wolontariatu.\n"
        f"Zwolnienie Korzystającego z tego obowiązku wymaga {needed} pod rygorem nieważności "
        "(art. 45 ust. 4 ustawy).\n" + others
    )


def clause_defaults(
    *,
    gmina: str | None,
    coordinator: str | None,
    hours_per_month: int | None,
    waiver_signed_on: dt.date | None,
    waiver_scope: str | None = None,
    age: str = "adult",
) -> ClauseDefaults:
    """The clauses a new agreement is pre-filled with; `age` (WAIVER_MAKERS) says who makes the
    travel-cost waiver."""
    return ClauseDefaults(
        scope=scope_text(),
        manner=manner_text(gmina, coordinator),
        time_commitment=time_text(hours_per_month),
        termination_terms=termination_text(),
        cost_rules=cost_text(waiver_signed_on, waiver_scope, age),
    )


def default_period_end(start: dt.date) -> dt.date:
    """The end proposed for a new agreement: 31 December of its year, or of the next year when
    fewer than 60 days would be left (a definite period is recommended, domain §2.1.3)."""
    end = dt.date(start.year, 12, 31)
    if (end - start).days < 60:
        end = dt.date(start.year + 1, 12, 31)
    return end
