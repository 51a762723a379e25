"""The "Akcje i partnerzy" section of the monthly and annual summaries (Polish): one-off actions,
hours by action, the partners active in the period with their share, and the coalition."""

from __future__ import annotations

from coordinator_app.core.reports.actions_figures import ActionFigures, ActionLine
from coordinator_app.output.summaries.monthly_model import (
    Hours,
    ReportSection,
    ReportTable,
    Value,
    hidden_note,
    short_date,
    small,
)

PARTNER_KIND_LABELS = {
    "school": "szkoła",
    "parish": "parafia",
    "library": "biblioteka",
    "ngo": "organizacja pozarządowa",
    "fire_brigade": "ochotnicza straż pożarna",
    "housewives": "koło gospodyń wiejskich",
    "company": "firma",
    "public": "instytucja publiczna",
    "other": "inny",
}
THE_OPS = "ośrodek (OPS)"
NOTES = (
    "Akcja przeprowadzona: zakończona, rozpoczęta w okresie. Uczestnik: obecny na co najmniej jednej "
    "zmianie w okresie; wiek w dniu pierwszej takiej zmiany. Wolontariusz stały: ma przydział "
    "obowiązujący w okresie; pozostali to wolontariusze jednorazowi (akcyjni).",
    "Godziny akcji: zatwierdzone wpisy godzin utworzone z listy obecności. Partner aktywny: "
    "zorganizował akcję lub w niej uczestniczył, przysłał wolontariuszy albo był obecny na "
    "spotkaniu koalicji; wolontariusz jest przypisany partnerowi, z którym przyszedł na akcję, "
    "a gdy go nie podano – partnerowi, przez którego trafił do ośrodka.",
)


def _dates(line: ActionLine) -> str:
    """`13.06.2026`, `13–14.06.2026`, `30.06–2.07.2026` or `30.12.2026–2.01.2027`."""
    first, last = line.date_from, line.date_to
    if first >= last:
        return short_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{short_date(last)}"
    if first.year == last.year:
        return f"{first.day}.{first.month:02d}–{short_date(last)}"
    return f"{short_date(first)}–{short_date(last)}"


def _figures_table(f: ActionFigures, t: int) -> ReportTable:
    majority = {x.key: small(x.cell, t) for x in f.by_majority}
    kinds = {x.key: small(x.cell, t) for x in f.by_kind}
    rows: tuple[tuple[Value, ...], ...] = (
        ("akcje przeprowadzone", f.held),
        ("akcje odwołane", f.cancelled),
        ("uczestnicy akcji (różne osoby)", f.participants),
        ("w tym pełnoletni", majority["adults"]),
        ("w tym małoletni", majority["minors"]),
        ("w tym wolontariusze jednorazowi (akcyjni)", kinds["one_off"]),
        ("w tym wolontariusze stali (z przydziałem)", kinds["regular"]),
        ("obecności na zmianach (osoba × zmiana)", f.participations),
        ("nowi wolontariusze zarejestrowani na akcjach", f.registered),
        ("w tym pozostali na dłużej (otrzymali przydział)", f.stayed),
        ("godziny wolontariatu na akcjach", Hours(f.minutes)),
        ("partnerzy aktywni", len(f.partners)),
    )
    return ReportTable("Akcje – wskaźniki", ("wskaźnik", "wartość"), rows, key="Akcje")


def _actions_table(f: ActionFigures) -> ReportTable:
    rows = tuple(
        (line.name, _dates(line), line.place, line.organiser or THE_OPS, line.volunteers, Hours(line.minutes))
        for line in f.by_action
    )
    return ReportTable(
        "Godziny według akcji",
        ("akcja", "data", "miejsce", "organizator", "wolontariusze", "godziny"),
        rows,
        ("razem (każda osoba raz)", "", "", "", f.participants, Hours(sum(x.minutes for x in f.by_action))),
        key="Akcje – godziny",
    )


def _partners_table(f: ActionFigures) -> ReportTable:
    rows = tuple(
        (
            p.name,
            PARTNER_KIND_LABELS.get(p.kind, p.kind),
            p.actions,
            p.volunteers,
            Hours(p.minutes),
            p.meetings,
        )
        for p in f.partners
    )
    return ReportTable(
        "Partnerzy aktywni w okresie",
        ("partner", "rodzaj", "akcje", "wolontariusze", "godziny", "spotkania koalicji"),
        rows,
        ("razem", "", None, None, Hours(sum(p.minutes for p in f.partners)), None),
        key="Partnerzy",
    )


def _coalition_table(f: ActionFigures) -> ReportTable:
    c = f.coalition
    rows: tuple[tuple[Value, ...], ...] = (
        ("spotkania koalicji", c.meetings),
        ("zadania ustalone na spotkaniach w okresie", c.tasks_agreed),
        ("zadania wykonane w okresie", c.tasks_done),
        ("zadania otwarte na koniec okresu", c.tasks_open),
        ("w tym po terminie", c.tasks_overdue),
    )
    return ReportTable("Lokalna koalicja na rzecz wolontariatu", ("wskaźnik", "liczba"), rows, key="Koalicja")


def actions_sections(figures: ActionFigures | None, threshold: int) -> tuple[ReportSection, ...]:
    """The section (none when the figures were not computed)."""
    if figures is None:
        return ()
    tables = (
        _figures_table(figures, threshold),
        _actions_table(figures),
        _partners_table(figures),
        _coalition_table(figures),
    )
    notes = NOTES + ((hidden_note(threshold),) if tables[0].has_hidden else ())
    return (ReportSection("Akcje i partnerzy", "Akcje, partnerzy i koalicja", tables, notes),)
