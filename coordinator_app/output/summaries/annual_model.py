"""`build_annual_document`: the annual summary laid out as the monthly one (`ReportDocument`), so
the PDF, XLSX and CSV writers of the monthly summary print it unchanged.

It is the year's period document with its own title, a section on the year's volunteers
(active, new, ended) after the overview, and the yearly programme, planned against done, at the
end (after the actions, partners and coalition). Texts are Polish literals, as in the monthly
summary: a document for the director and the gmina, printed in Polish.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from coordinator_app.core.reports.annual import AnnualSummary, ProgrammeFigures, ProgrammeLine
from coordinator_app.i18n.formatting import polish
from coordinator_app.output.summaries.monthly_model import (
    Percent,
    ReportDocument,
    ReportSection,
    ReportTable,
    Value,
    hidden_note,
    short_date,
    small,
)
from coordinator_app.output.summaries.monthly_sections import build_document

TITLE = "Roczne podsumowanie działań wolontariatu"
PURPOSE = (
    "Zestawienie do rocznego sprawozdania z działalności ośrodka i do oceny zasobów pomocy "
    "społecznej (OZPS, art. 16a ustawy o pomocy społecznej)."
)
PROGRAMME_KIND_LABELS = {
    "action": "akcja",
    "training": "szkolenie",
    "meeting": "spotkanie",
    "promotion": "promocja wolontariatu",
}
DONE_BY = {
    "action": "zrealizowano (akcja) {day}",
    "training": "zrealizowano (szkolenie) {day}",
    "hand": "zrealizowano {day}",
}
NOT_DONE = "nie zrealizowano"
PROGRAMME_TITLE = "Program działań wolontariackich: plan i wykonanie"


def _volunteers(annual: AnnualSummary) -> ReportSection:
    v = annual.summary.volunteers
    tenure: dict[str, Value] = {x.key: small(x.cell, annual.summary.threshold) for x in v.by_tenure}
    rows: tuple[tuple[Value, ...], ...] = (
        ("aktywni w roku (co najmniej jeden zatwierdzony wpis godzin)", v.active.current),
        ("w tym nowi (pierwsze zatwierdzone godziny w roku)", tenure.get("new", v.new)),
        ("w tym kontynuujący współpracę z lat poprzednich", tenure.get("continuing", v.continuing)),
        ("zakończyli współpracę w roku", annual.ended),
    )
    table = ReportTable(
        f"Wolontariusze w roku {annual.year}", ("wskaźnik", "liczba"), rows, key="Wolontariusze – rok"
    )
    notes = ["Zakończenie współpracy: data zakończenia w karcie wolontariusza przypada w danym roku."]
    if table.has_hidden:
        notes.append(hidden_note(annual.summary.threshold))
    return ReportSection("Wolontariusze w roku", "Wolontariusze w roku", (table,), tuple(notes))


def _month(line: ProgrammeLine) -> str:
    if line.planned_month is None:
        return "cały rok"
    return polish.month_names()[line.planned_month - 1]


def _status(line: ProgrammeLine) -> str:
    if not line.done_by or line.done_on is None:
        return NOT_DONE
    return DONE_BY[line.done_by].format(day=short_date(line.done_on))


def _share(done: int, planned: int) -> Percent:
    if not planned:
        return Percent(None, False)
    return Percent((Decimal(done) * 100 / planned).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), False)


def _programme(year: int, programme: ProgrammeFigures | None) -> ReportSection:
    if programme is None:
        missing = ReportTable(
            "Plan i wykonanie",
            ("program", "stan"),
            ((f"program działań wolontariackich na rok {year}", "nie wprowadzono do aplikacji"),),
            key="Program – plan i wykonanie",
        )
        return ReportSection("Program działań", PROGRAMME_TITLE, (missing,))
    kinds = ReportTable(
        "Plan i wykonanie według rodzaju",
        ("rodzaj", "zaplanowano", "zrealizowano", "wykonanie %"),
        tuple(
            (PROGRAMME_KIND_LABELS.get(kind, kind), planned, done, _share(done, planned))
            for kind, planned, done in programme.by_kind()
        ),
        ("razem", programme.planned, programme.done, _share(programme.done, programme.planned)),
        key="Program – plan i wykonanie",
    )
    items = ReportTable(
        "Pozycje programu",
        ("termin", "rodzaj", "pozycja", "partner wiodący", "uczestnicy (plan)", "uczestnicy", "realizacja"),
        tuple(
            (
                _month(line),
                PROGRAMME_KIND_LABELS.get(line.kind, line.kind),
                line.title,
                line.partner or "ośrodek (OPS)",
                line.planned_participants,
                line.participants,
                _status(line),
            )
            for line in programme.lines
        ),
        key="Program – pozycje",
    )
    adopted = f"Program: {programme.title.rstrip('.')}"
    if programme.adopted_on is not None:
        adopted += f", przyjęty {short_date(programme.adopted_on)}"
        if programme.adopted_by:
            adopted += f" ({programme.adopted_by})"
    notes = (
        adopted + ".",
        "Pozycja zrealizowana: przeprowadzono akcję przypisaną do niej, odbyło się szkolenie przypisane "
        "do niej albo oznaczono ją jako wykonaną. Uczestnicy: różne osoby obecne na akcjach pozycji.",
    )
    return ReportSection(
        "Program działań", "Program działań wolontariackich: plan i wykonanie", (kinds, items), notes
    )


def build_annual_document(annual: AnnualSummary) -> ReportDocument:
    document = build_document(annual.summary)
    overview, *rest = document.sections
    overview = replace(overview, notes=(PURPOSE, *overview.notes))
    sections = (overview, _volunteers(annual), *rest, _programme(annual.year, annual.programme))
    return replace(document, title=TITLE, sections=sections)
