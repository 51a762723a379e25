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


def manner_text(gmina: str | None, coordinator: str | None) -> str:
    area = f"na terenie gminy {gmina}" if gmina else "na terenie działania Korzystającego"
    who = f"koordynatorem wolontariatu ({coordinator})" if coordinator else "koordynatorem wolontariatu"
    return (
        f"Świadczenia wykonywane są osobiście, w miejscu zamieszkania podopiecznych {area}, "
        f"w siedzibie Korzystającego lub zdalnie (telefonicznie). Wolontariusz działa w porozumieniu "
        f"z {who} i stosuje się do jego wskazówek. Wolontariusz przekazuje koordynatorowi kartę "
        f"czasu pracy z informacją o wykonanych świadczeniach do {REPORT_DAY}. dnia każdego "
        f"następnego miesiąca."
    )


def time_text(hours_per_month: int | None) -> str:
    if hours_per_month:
        return (
            f"Świadczenia wykonywane będą w wymiarze średnio {hours_per_month} godz. miesięcznie, "
            "w terminach uzgodnionych z koordynatorem wolontariatu."
        )
    return "Świadczenia wykonywane będą w wymiarze i w terminach uzgodnionych z koordynatorem wolontariatu."


def termination_text(notice_days: int = NOTICE_DAYS) -> str:
    return (
        "1. Porozumienie może zostać rozwiązane w każdym czasie za porozumieniem stron.\n"
        f"2. Każda ze stron może rozwiązać porozumienie z zachowaniem {notice_days}-dniowego okresu "
        "wypowiedzenia, w formie pisemnej.\n"
        "3. Korzystający może rozwiązać porozumienie ze skutkiem natychmiastowym w razie rażącego "
        "naruszenia przez Wolontariusza jego obowiązków, w szczególności obowiązku zachowania "
        "w tajemnicy informacji o podopiecznych."
    )


def _waiver_extent(scope: str | None) -> str:
    """The statement's stored scope (`full`, or `partial: what`) in words."""
    text = (scope or "").strip()
    if not text or text == "full":
        return "w całości"
    if text.startswith("partial"):
        detail = text.removeprefix("partial").lstrip(":").strip()
        return f"w części: {detail}" if detail else "w części"
    return f"w zakresie: {text}"


def cost_text(waiver_signed_on: dt.date | None, waiver_scope: str | None = None) -> str:
    if waiver_signed_on is not None:
        return (
            "Wolontariusz zwolnił Korzystającego na piśmie z obowiązku pokrywania kosztów podróży "
            f"służbowych i diet (art. 45 ust. 4) {_waiver_extent(waiver_scope)}, oświadczeniem "
            f"z dnia {pl_date(waiver_signed_on)}"
        )
    return (
        "Korzystający pokrywa koszty podróży służbowych i diety Wolontariusza na zasadach "
        "dotyczących pracowników (art. 45 ust. 1 pkt 3), na podstawie rozliczenia zatwierdzonego "
        "przez koordynatora wolontariatu."
    )


def clause_defaults(
    *,
    gmina: str | None,
    coordinator: str | None,
    hours_per_month: int | None,
    waiver_signed_on: dt.date | None,
    waiver_scope: str | None = None,
) -> ClauseDefaults:
    return ClauseDefaults(
        scope=scope_text(),
        manner=manner_text(gmina, coordinator),
        time_commitment=time_text(hours_per_month),
        termination_terms=termination_text(),
        cost_rules=cost_text(waiver_signed_on, waiver_scope),
    )


def default_period_end(start: dt.date) -> dt.date:
    """The end proposed for a new agreement: 31 December of its year, or of the next year when
    fewer than 60 days would be left (a definite period is recommended, domain §2.1.3)."""
    end = dt.date(start.year, 12, 31)
    if (end - start).days < 60:
        end = dt.date(start.year + 1, 12, 31)
    return end
