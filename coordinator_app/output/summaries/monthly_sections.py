"""`build_document`: the summary's figures put into titled sections and tables (Polish)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Decimal

from coordinator_app.core.reports.figures import NO_CLIENT, HoursLine, Summary, Tally
from coordinator_app.output.summaries.annual_actions import actions_sections
from coordinator_app.output.summaries.monthly_model import (
    AGE_LABELS,
    CLIENT_TYPE_LABELS,
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
    compared_hours,
    hidden_note,
    month_short,
    period_label,
    short_date,
    small,
    village_name,
)
from coordinator_app.output.summaries.monthly_overview import approval, key_figures, notice, overview

HOURS_COLUMNS = ("godziny", "poprzedni okres", "zmiana", "zmiana %", "wpisy")
PROVISIONAL_HOURS = ("godziny", "poprzedni okres", "wstępna zmiana", "wstępna zmiana %", "wpisy")


def build_document(summary: Summary) -> ReportDocument:
    s = summary
    t = s.threshold
    return ReportDocument(
        title="Podsumowanie działań wolontariatu",
        period_label=period_label(s.period),
        previous_label=period_label(s.previous),
        organisation=s.organisation,
        generated_on=s.generated_on,
        key_figures=key_figures(s),
        sections=(
            overview(s),
            _volunteers(s),
            _hours(s),
            _clients(s),
            _agreements(s),
            _trainings(s),
            _retention(s),
            _costs(s),
            *actions_sections(s.actions, t),
        ),
        months=tuple((month_short(month), minutes) for month, minutes in s.hours.by_month),
        activities=tuple((line.label, line.minutes.current) for line in s.hours.by_activity),
        notice=notice(s),
        approval=approval(s),
        threshold=t,
    )


def _people(
    title: str, head: str, lines: Iterable[tuple[str, Tally]], total: int, t: int, key: str
) -> ReportTable:
    rows = tuple((label, small(tally.cell, t)) for label, tally in lines)
    return ReportTable(title, (head, "liczba"), rows, ("razem", total), key=key)


def _volunteers(s: Summary) -> ReportSection:
    v, t = s.volunteers, s.threshold
    total = v.active.current
    tenure = {"new": "nowi (pierwsze godziny w tym okresie)", "continuing": "kontynuujący"}
    majority = {"adults": "pełnoletni", "minors": "małoletni"}
    notes = ["Aktywny wolontariusz: co najmniej jeden zatwierdzony wpis godzin w okresie."]
    if t > 1:
        notes.append(hidden_note(t))
    return ReportSection(
        "Wolontariusze",
        "Aktywni wolontariusze",
        (
            _people(
                "Według płci",
                "płeć",
                ((SEX_LABELS[x.key], x) for x in v.by_sex),
                total,
                t,
                "Wolontariusze – płeć",
            ),
            _people(
                "Według wieku (w ostatnim dniu okresu)",
                "wiek",
                ((AGE_LABELS[x.key], x) for x in v.by_age),
                total,
                t,
                "Wolontariusze – wiek",
            ),
            _people(
                "Nowi i kontynuujący",
                "grupa",
                ((tenure[x.key], x) for x in v.by_tenure),
                total,
                t,
                "Wolontariusze – staż",
            ),
            _people(
                "Pełnoletni i małoletni",
                "grupa",
                ((majority[x.key], x) for x in v.by_majority),
                total,
                t,
                "Wolontariusze – pełnoletność",
            ),
            _people(
                "Według miejscowości zamieszkania",
                "miejscowość",
                ((x.key or "nie podano", x) for x in v.by_village),
                total,
                t,
                "Wolontariusze – miejscowość",
            ),
        ),
        tuple(notes),
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
    change = "wstępna zmiana %" if s.status.provisional else "zmiana %"
    total = compared_hours("razem", h.minutes)
    activity = ReportTable(
        "Według rodzaju działań",
        ("kod", "rodzaj działania", *(PROVISIONAL_HOURS if s.status.provisional else HOURS_COLUMNS)),
        _hours_rows(h.by_activity, lambda line: (line.key, line.label)),
        ("", *total, h.entries),
        key="Godziny – działania",
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
        ("miejscowość", "godziny", "poprzedni okres", change, "podopieczni"),
        tuple(village_rows),
        ("razem", Hours(h.minutes.current), Hours(h.minutes.previous), Percent(h.minutes.percent), None),
        key="Godziny – miejscowości",
    )
    months = ReportTable(
        "Godziny w ostatnich 12 miesiącach",
        ("miesiąc", "godziny"),
        tuple((MonthCell(month), Hours(minutes)) for month, minutes in h.by_month),
        key="Godziny – 12 miesięcy",
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
                key="Podopieczni",
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
                key="Porozumienia",
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
                key="Ubezpieczenie NNW",
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
                key="Szkolenia",
            ),
            ReportTable(
                "Szkolenia – podsumowanie",
                ("wskaźnik", "wartość"),
                (
                    ("przeszkoleni wolontariusze (różne osoby)", tr.volunteers_trained),
                    ("koszt szkoleń", Money(tr.cost_grosze)),
                ),
                key="Szkolenia – podsumowanie",
            ),
            ReportTable(
                "Wydane dokumenty",
                ("dokument", "liczba"),
                tuple((DOCUMENT_LABELS.get(kind, kind), count) for kind, count in s.documents),
                key="Wydane dokumenty",
            ),
        ),
    )


def _retention(s: Summary) -> ReportSection:
    r = s.retention
    k = s.korpus
    th = k.thresholds
    band: dict[str, Value] = {x.key: small(x.cell, s.threshold) for x in k.by_band}
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
                key="Retencja",
            ),
            ReportTable(
                "Korpus Solidarności",
                ("wskaźnik", "liczba"),
                (
                    ("spełniający kryterium (razem)", k.meeting),
                    (
                        f"w wieku 15–65 lat ({th.standard_hours} godz. miesięcznie "
                        f"przez {th.standard_months} mies.)",
                        band["standard"],
                    ),
                    (
                        f"poniżej 15 lub powyżej 65 lat ({th.reduced_hours} godz. miesięcznie "
                        f"przez {th.reduced_months} mies.)",
                        band["reduced"],
                    ),
                    ("zarejestrowani członkowie KS aktywni w okresie", k.registered_active),
                ),
                key="Korpus Solidarności",
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
                key="Koszty",
            ),
            ReportTable(
                "Szacunkowa wartość pracy wolontariuszy",
                ("pozycja", "wartość"),
                (
                    ("godziny zatwierdzone", Hours(s.hours.minutes.current)),
                    ("stawka za godzinę (ustawienia)", Money(c.hour_value_grosze)),
                    ("wartość pracy (godziny × stawka)", Money(c.work_value_grosze)),
                ),
                key="Wartość pracy",
            ),
        ),
        ("Wartość pracy może być wkładem osobowym (niefinansowym) we wnioskach o dotacje.",),
    )
