"""The first section of the summary (key figures beside the year to date), the notice of a
period that is not closed, and the approval block (Polish)."""

from __future__ import annotations

from coordinator_app.core.reports.figures import Compared, SmallCount, Summary
from coordinator_app.output.summaries.monthly_model import (
    COMPARED_COLUMNS,
    NOT_CLOSED,
    Hours,
    Money,
    Percent,
    ReportSection,
    ReportTable,
    Value,
    compared_counts,
    compared_hours,
    period_label,
    short_date,
    small,
)
from coordinator_app.output.summaries.monthly_values import text

PROVISIONAL_COLUMNS = ("bieżący okres", "poprzedni okres", "wstępna zmiana", "wstępna zmiana %")
YEAR_COLUMN = "od początku roku"


def _hours_text(minutes: int) -> str:
    return f"{text(Hours(minutes))} h"


def notice(s: Summary) -> tuple[str, ...]:
    """The lines printed on top when the figures may still change."""
    pending = s.status.pending.current
    if s.status.closed:
        if not pending:
            return ()
        return (
            f"W zamkniętym okresie pozostały godziny niezatwierdzone: {_hours_text(pending)} (nieliczone).",
        )
    previous = (
        ""
        if s.status.previous_closed
        else f" Poprzedni okres ({period_label(s.previous)}) także jest otwarty."
    )
    return (
        NOT_CLOSED,
        f"Godziny zatwierdzone: {_hours_text(s.hours.minutes.current)}, oczekujące na zatwierdzenie: "
        f"{_hours_text(pending)}; porównanie z poprzednim okresem jest wstępne.{previous}",
    )


def key_figures(s: Summary) -> tuple[tuple[str, Value], ...]:
    hours_label = "godziny wolontariatu"
    if s.status.provisional:
        hours_label = f"godziny zatwierdzone (oczekuje: {_hours_text(s.status.pending.current)})"
    return (
        ("aktywni wolontariusze", s.volunteers.active.current),
        (hours_label, Hours(s.hours.minutes.current)),
        ("podopieczni objęci wsparciem", small(s.clients.clients, s.threshold)),
        ("wartość pracy wolontariuszy", Money(s.costs.work_value_grosze)),
    )


def approval(s: Summary) -> tuple[tuple[str, str], ...]:
    people = s.signatories
    coordinator = f"{people.coordinator}, koordynator wolontariatu" if people.coordinator else ""
    manager = ", ".join(part for part in (people.manager, people.manager_position) if part)
    return (("Sporządził(a)", coordinator), ("Zatwierdził(a)", manager))


def _main_rows(s: Summary) -> list[tuple[Value, ...]]:
    t, y, status = s.threshold, s.year_to_date, s.status
    rows: list[tuple[Value, ...]] = [
        (
            *compared_counts("aktywni wolontariusze (min. 1 zatwierdzona godzina)", s.volunteers.active),
            y.active,
        ),
        (*compared_hours("godziny wolontariatu (zatwierdzone)", s.hours.minutes), Hours(y.minutes)),
    ]
    if status.provisional or status.pending.current:
        recorded = Compared(
            s.hours.minutes.current + status.pending.current,
            s.hours.minutes.previous + status.pending.previous,
        )
        rows += [
            (
                *compared_hours("godziny oczekujące na zatwierdzenie", status.pending),
                Hours(y.pending_minutes),
            ),
            (
                *compared_hours("godziny wpisane razem (zatwierdzone i oczekujące)", recorded),
                Hours(y.minutes + y.pending_minutes),
            ),
        ]
    c, p = s.clients.clients, s.clients.previous_clients
    label = "podopieczni objęci wsparciem"
    if c.hidden or p.hidden:
        rows.append((label, small(c, t), small(p, t), None, Percent(None), small(y.clients, t)))
    else:
        rows.append((*compared_counts(label, Compared(c.value, p.value)), small(y.clients, t)))
    return rows


def overview(s: Summary) -> ReportSection:
    t, y = s.threshold, s.year_to_date
    new = next((small(x.cell, t) for x in s.volunteers.by_tenure if x.key == "new"), s.volunteers.new)
    columns = PROVISIONAL_COLUMNS if s.status.provisional else COMPARED_COLUMNS
    table = ReportTable(
        "Najważniejsze wskaźniki",
        ("wskaźnik", *columns, YEAR_COLUMN),
        tuple(_main_rows(s)),
        key="Podsumowanie",
    )
    single = ReportTable(
        "W okresie",
        ("wskaźnik", "okres", YEAR_COLUMN),
        (
            ("wizyty u podopiecznych (wpisy godzin)", small(s.clients.visits, t), small(y.visits, t)),
            ("nowi wolontariusze", new, small(SmallCount.of(y.new, t), t)),
            ("zawarte porozumienia", s.agreements.signed, y.signed),
            ("zakończone porozumienia", s.agreements.ended, y.ended),
            ("przeprowadzone szkolenia", s.trainings.sessions, y.trainings),
            ("wolontariusze spełniający kryterium Korpusu Solidarności", s.korpus.meeting, None),
            ("koszty podróży wolontariuszy", Money(s.costs.travel_grosze), Money(y.travel_grosze)),
            (
                "szacunkowa wartość pracy wolontariuszy",
                Money(s.costs.work_value_grosze),
                Money(y.work_value_grosze),
            ),
        ),
        key="W okresie",
    )
    notes = (
        f"Okres: {period_label(s.period)} ({short_date(s.period.start)}–{short_date(s.period.end)}); "
        f"porównanie z okresem: {period_label(s.previous)}; od początku roku: "
        f"{short_date(y.period.start)}–{short_date(y.period.end)}.",
        "Liczone są godziny zatwierdzone"
        + (" (oczekujące – osobno)." if s.status.provisional else ".")
        + (
            f" Liczby osób mniejsze niż {t} podano jako „<{t}” (ochrona danych osobowych)."
            if t > 1
            else " Małe liczby osób nie są ukrywane (próg w ustawieniach: 1)."
        ),
    )
    return ReportSection("Podsumowanie", "Podsumowanie", (table, single), notes)
