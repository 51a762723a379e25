"""`build_document`: the summary's figures put into titled sections and tables (Polish)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

from coordinator_app.core.reports.figures import NO_CLIENT, Compared, HoursLine, Summary
from coordinator_app.output.summaries.monthly_model import (
    AGE_LABELS,
    CLIENT_TYPE_LABELS,
    COMPARED_COLUMNS,
    DOCUMENT_LABELS,
    SEX_LABELS,
    TRAINING_LABELS,
    Hours,
    Money,
    MonthCell,
    Percent,
    ReportDocument,
    ReportSection,
    ReportTable,
    Value,
    compared_counts,
    compared_hours,
    month_short,
    period_label,
    short_date,
    small,
    village_name,
)

HOURS_COLUMNS = ("godziny", "poprzedni okres", "zmiana", "zmiana %", "wpisy")


def build_document(summary: Summary) -> ReportDocument:
    s = summary
    t = s.threshold
    return ReportDocument(
        title="Podsumowanie działań wolontariatu",
        period_label=period_label(s.period),
        previous_label=period_label(s.previous),
        organisation=s.organisation,
        generated_on=s.generated_on,
        key_figures=(
            ("aktywni wolontariusze", s.volunteers.active.current),
            ("godziny wolontariatu", Hours(s.hours.minutes.current)),
            ("podopieczni objęci wsparciem", small(s.clients.clients, t)),
            ("wartość pracy wolontariuszy", Money(s.costs.work_value_grosze)),
        ),
        sections=(
            _overview(s),
            _volunteers(s),
            _hours(s),
            _clients(s),
            _agreements(s),
            _trainings(s),
            _retention(s),
            _costs(s),
        ),
        months=tuple((month_short(month), minutes) for month, minutes in s.hours.by_month),
        activities=tuple((line.key, line.minutes.current) for line in s.hours.by_activity),
    )


def _overview(s: Summary) -> ReportSection:
    t = s.threshold
    clients_row: tuple[Value, ...]
    c, p = s.clients.clients, s.clients.previous_clients
    if c.hidden or p.hidden:
        clients_row = ("podopieczni objęci wsparciem", small(c, t), small(p, t), None, Percent(None))
    else:
        clients_row = compared_counts("podopieczni objęci wsparciem", Compared(c.value, p.value))
    table = ReportTable(
        "Najważniejsze wskaźniki",
        ("wskaźnik", *COMPARED_COLUMNS),
        (
            compared_counts("aktywni wolontariusze (min. 1 zatwierdzona godzina)", s.volunteers.active),
            compared_hours("godziny wolontariatu (zatwierdzone)", s.hours.minutes),
            clients_row,
        ),
    )
    single = ReportTable(
        "W okresie",
        ("wskaźnik", "wartość"),
        (
            ("wizyty u podopiecznych (wpisy godzin)", small(s.clients.visits, t)),
            ("nowi wolontariusze", s.volunteers.new),
            ("zawarte porozumienia", s.agreements.signed),
            ("zakończone porozumienia", s.agreements.ended),
            ("przeprowadzone szkolenia", s.trainings.sessions),
            ("wolontariusze spełniający kryterium Korpusu Solidarności", s.korpus.meeting),
            ("koszty podróży wolontariuszy", Money(s.costs.travel_grosze)),
            ("szacunkowa wartość pracy wolontariuszy", Money(s.costs.work_value_grosze)),
        ),
    )
    notes = (
        f"Okres: {period_label(s.period)} ({short_date(s.period.start)}–{short_date(s.period.end)}); "
        f"porównanie z okresem: {period_label(s.previous)}.",
        "Liczone są wyłącznie godziny zatwierdzone przez koordynatora.",
        (
            f"Liczby podopiecznych mniejsze niż {t} podano jako „<{t}” (ochrona danych, art. 100 u.p.s.)."
            if t > 1
            else "Małe liczby podopiecznych nie są ukrywane (próg w ustawieniach: 1)."
        ),
    )
    return ReportSection("Podsumowanie", "Podsumowanie", (table, single), notes)


def _volunteers(s: Summary) -> ReportSection:
    v = s.volunteers
    total = ("razem", v.active.current)
    return ReportSection(
        "Wolontariusze",
        "Aktywni wolontariusze",
        (
            ReportTable(
                "Według płci",
                ("płeć", "liczba"),
                tuple((SEX_LABELS[x.key], x.count) for x in v.by_sex),
                total,
            ),
            ReportTable(
                "Według wieku (w ostatnim dniu okresu)",
                ("wiek", "liczba"),
                tuple((AGE_LABELS[x.key], x.count) for x in v.by_age),
                total,
            ),
            ReportTable(
                "Staż i pełnoletność",
                ("grupa", "liczba"),
                (
                    ("nowi (pierwsze godziny w tym okresie)", v.new),
                    ("kontynuujący", v.continuing),
                    ("pełnoletni", v.adults),
                    ("małoletni", v.minors),
                ),
            ),
            ReportTable(
                "Według miejscowości zamieszkania",
                ("miejscowość", "liczba"),
                tuple((x.key or "nie podano", x.count) for x in v.by_village),
                total,
            ),
        ),
        ("Aktywny wolontariusz: co najmniej jeden zatwierdzony wpis godzin w okresie.",),
    )


def _hours_rows(
    lines: tuple[HoursLine, ...], label: Callable[[HoursLine], tuple[Value, ...]]
) -> tuple[tuple[Value, ...], ...]:
    rows = []
    for line in lines:
        m = line.minutes
        first = label(line)
        rows.append(
            (*first, Hours(m.current), Hours(m.previous), Hours(m.change), Percent(m.percent), line.entries)
        )
    return tuple(rows)


def _hours(s: Summary) -> ReportSection:
    h = s.hours
    t = s.threshold
    total = compared_hours("razem", h.minutes)
    activity = ReportTable(
        "Według rodzaju działań",
        ("kod", "rodzaj działania", *HOURS_COLUMNS),
        _hours_rows(h.by_activity, lambda line: (line.key, line.label)),
        ("", *total, h.entries),
    )
    village_rows = []
    for line in h.by_village:
        m = line.minutes
        clients: Value = None if line.key == NO_CLIENT or line.clients is None else small(line.clients, t)
        village_rows.append(
            (village_name(line.key), Hours(m.current), Hours(m.previous), Percent(m.percent), clients)
        )
    village = ReportTable(
        "Według miejscowości (miejsce pomocy: miejscowość podopiecznego)",
        ("miejscowość", "godziny", "poprzedni okres", "zmiana %", "podopieczni"),
        tuple(village_rows),
        ("razem", Hours(h.minutes.current), Hours(h.minutes.previous), Percent(h.minutes.percent), None),
    )
    months = ReportTable(
        "Godziny w ostatnich 12 miesiącach",
        ("miesiąc", "godziny"),
        tuple((MonthCell(month), Hours(minutes)) for month, minutes in h.by_month),
    )
    return ReportSection("Godziny", "Godziny wolontariatu", (activity, village, months))


def _clients(s: Summary) -> ReportSection:
    c = s.clients
    t = s.threshold
    rows = tuple(
        (CLIENT_TYPE_LABELS.get(line.code, line.code), small(line.clients, t), small(line.visits, t))
        for line in c.by_type
    )
    return ReportSection(
        "Podopieczni",
        "Podopieczni objęci wsparciem wolontariuszy",
        (
            ReportTable(
                "Według kategorii podopiecznych",
                ("kategoria", "podopieczni", "wizyty"),
                rows,
                ("razem (każdy podopieczny raz)", small(c.clients, t), small(c.visits, t)),
            ),
        ),
        (
            "Dane zbiorcze, bez danych osobowych podopiecznych. Podopieczny należący do kilku kategorii "
            "jest liczony w każdej z nich.",
        ),
    )


def _agreements(s: Summary) -> ReportSection:
    a = s.agreements
    n = s.insurance
    policy = n.policy or "brak danych o polisie"
    if n.insurer and n.policy:
        policy = f"{n.insurer}, polisa nr {n.policy}"
    dates = (
        f"{short_date(n.valid_from)}–{short_date(n.valid_to)}"
        if n.valid_from and n.valid_to
        else "nie podano"
    )
    return ReportSection(
        "Porozumienia i NNW",
        "Porozumienia i ubezpieczenie",
        (
            ReportTable(
                "Porozumienia",
                ("wskaźnik", "liczba"),
                (
                    ("zawarte w okresie", a.signed),
                    ("zakończone w okresie", a.ended),
                    ("w tym rozwiązane przed terminem", a.ended_early),
                    ("obowiązujące w ostatnim dniu okresu", a.in_force_at_end),
                ),
            ),
            ReportTable(
                "Ubezpieczenie NNW (art. 46 ustawy)",
                ("wskaźnik", "wartość"),
                (
                    ("polisa NNW ośrodka", policy),
                    ("okres ubezpieczenia", dates),
                    ("porozumienia do 30 dni obowiązujące w okresie (NNW wymagane)", n.short_agreements),
                    ("w tym objęte ubezpieczeniem NNW", n.short_covered),
                    ("w tym bez ubezpieczenia NNW", n.short_uncovered),
                    (
                        "porozumienia powyżej 30 dni (zaopatrzenie z ustawy z 30.10.2002 r.)",
                        n.long_agreements,
                    ),
                ),
            ),
        ),
    )


def _trainings(s: Summary) -> ReportSection:
    tr = s.trainings
    rows = tuple(
        (TRAINING_LABELS.get(line.category, line.category), line.sessions, line.participants,
         Hours(line.participant_minutes))
        for line in tr.by_category
    )  # fmt: skip
    return ReportSection(
        "Szkolenia i dokumenty",
        "Szkolenia i wydane dokumenty",
        (
            ReportTable(
                "Szkolenia według rodzaju",
                ("rodzaj szkolenia", "szkolenia", "uczestnicy", "osobogodziny"),
                rows,
                ("razem", tr.sessions, tr.participants, Hours(tr.participant_minutes)),
            ),
            ReportTable(
                "Szkolenia – podsumowanie",
                ("wskaźnik", "wartość"),
                (
                    ("przeszkoleni wolontariusze (różne osoby)", tr.volunteers_trained),
                    ("koszt szkoleń", Money(tr.cost_grosze)),
                ),
            ),
            ReportTable(
                "Wydane dokumenty",
                ("dokument", "liczba"),
                tuple((DOCUMENT_LABELS.get(kind, kind), count) for kind, count in s.documents),
            ),
        ),
    )


def _retention(s: Summary) -> ReportSection:
    r = s.retention
    k = s.korpus
    th = k.thresholds
    return ReportSection(
        "Retencja i KS",
        "Retencja i Korpus Solidarności",
        (
            ReportTable(
                "Retencja: aktywni wolontariusze działający od co najmniej",
                ("okres działania", "wolontariusze", "udział %"),
                tuple(
                    (
                        f"{months} miesięcy" if months >= 5 else f"{months} miesiące",
                        count,
                        _share(count, r.active),
                    )
                    for months, count in r.at_least
                ),
            ),
            ReportTable(
                "Korpus Solidarności",
                ("wskaźnik", "liczba"),
                (
                    ("spełniający kryterium (razem)", k.meeting),
                    (
                        f"w wieku 15–65 lat ({th.standard_hours} godz. miesięcznie "
                        f"przez {th.standard_months} mies.)",
                        k.meeting_standard,
                    ),
                    (
                        f"poniżej 15 lub powyżej 65 lat ({th.reduced_hours} godz. miesięcznie "
                        f"przez {th.reduced_months} mies.)",
                        k.meeting_reduced,
                    ),
                    ("zarejestrowani członkowie KS aktywni w okresie", k.registered_active),
                ),
            ),
        ),
        (
            "Okres działania liczony od miesiąca pierwszych zatwierdzonych godzin do ostatniego "
            "miesiąca okresu.",
            "Kryterium KS: wymagana liczba godzin w każdym z kolejnych miesięcy, zakończonych ostatnim "
            "miesiącem okresu.",
        ),
    )


def _share(count: int, total: int) -> Percent:
    if not total:
        return Percent(None)
    return Percent((Decimal(count) * 100 / total).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP), False)


def _costs(s: Summary) -> ReportSection:
    c = s.costs
    return ReportSection(
        "Koszty i wartość pracy",
        "Koszty i wartość pracy wolontariuszy",
        (
            ReportTable(
                "Koszty (art. 45 ustawy)",
                ("pozycja", "wartość"),
                (
                    ("zwrot kosztów podróży", Money(c.travel_grosze)),
                    ("przejechane kilometry", c.travel_km),
                    ("wolontariusze z kosztami podróży", c.volunteers_with_travel),
                    ("koszty szkoleń", Money(c.training_grosze)),
                ),
            ),
            ReportTable(
                "Szacunkowa wartość pracy wolontariuszy",
                ("pozycja", "wartość"),
                (
                    ("godziny zatwierdzone", Hours(s.hours.minutes.current)),
                    ("stawka za godzinę (ustawienia)", Money(c.hour_value_grosze)),
                    ("wartość pracy (godziny × stawka)", Money(c.work_value_grosze)),
                ),
            ),
        ),
        ("Wartość pracy może być wkładem osobowym (niefinansowym) we wnioskach o dotacje.",),
    )
