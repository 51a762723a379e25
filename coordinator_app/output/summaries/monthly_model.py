"""The monthly summary laid out once, as sections of titled tables, for every writer.

The PDF, the XLSX workbook, the CSV file and the preview in the window all print this one
model, so they cannot disagree. Cells keep their type (a count, hours, money, a per-cent change,
a hidden small count) and each writer formats them its own way: Polish text in the PDF and the
CSV, real numbers with number formats in the workbook. The texts are Polish literals: the
summary is a document for the director, printed in Polish whatever the window's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from coordinator_app.core.calendar import Month, Period, PeriodKind
from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.reports.figures import NO_CLIENT, Compared, SmallCount
from coordinator_app.i18n import polish
from coordinator_app.i18n.polish import short_date


@dataclass(frozen=True)
class Hours:
    minutes: int


@dataclass(frozen=True)
class Money:
    grosze: int


@dataclass(frozen=True)
class Percent:
    value: Decimal | None  # None: no previous value to compare with
    signed: bool = True  # a change (+12,5%) rather than a share (12,5%)


@dataclass(frozen=True)
class MonthCell:
    month: Month

    @property
    def text(self) -> str:
        return polish.month_year(self.month.first)


@dataclass(frozen=True)
class Hidden:
    threshold: int

    @property
    def text(self) -> str:
        return f"<{self.threshold}"


Value = int | str | Hours | Money | Percent | Hidden | MonthCell | dt.date | None


@dataclass(frozen=True)
class ReportTable:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]
    total: tuple[Value, ...] | None = None  # printed bold below the rows
    key: str = ""  # the workbook's sheet name (at most 31 characters); else the section's
    names_people: bool = False  # rows naming volunteers or clients (not figures): personal data

    @property
    def has_hidden(self) -> bool:
        return any(isinstance(value, Hidden) for row in (*self.rows, self.total or ()) for value in row)


@dataclass(frozen=True)
class ReportSection:
    key: str  # the workbook's sheet name (at most 31 characters)
    title: str
    tables: tuple[ReportTable, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReportDocument:
    title: str
    period_label: str
    previous_label: str
    organisation: str
    generated_on: dt.date
    key_figures: tuple[tuple[str, Value], ...]  # the boxes on top of the first page
    sections: tuple[ReportSection, ...]
    months: tuple[tuple[str, int], ...]  # chart: ("lis 2025", confirmed minutes)
    activities: tuple[tuple[str, int], ...]  # chart: (activity name, confirmed minutes)
    notice: tuple[str, ...] = ()  # printed first, highlighted: the period is not closed
    approval: tuple[tuple[str, str], ...] = ()  # ("Sporządził(a)", "Anna Nowak, koordynator…")
    threshold: int = 3  # the small-count threshold, for the note under tables with "<3"

    @property
    def names_people(self) -> bool:
        """Whether the file names anyone (a table of people, or the signatories), so that it is
        marked as containing personal data (RODO); figures alone are not."""
        tables = (table for section in self.sections for table in section.tables)
        return any(table.names_people for table in tables) or any(name for _label, name in self.approval)


SEX_LABELS = {"K": "kobiety", "M": "mężczyźni", "": "nie podano"}
AGE_LABELS = {
    "under_13": "poniżej 13 lat",
    "13_14": "13–14 lat",
    "15_17": "15–17 lat",
    "18_25": "18–25 lat",
    "26_35": "26–35 lat",
    "36_50": "36–50 lat",
    "51_65": "51–65 lat",
    "over_65": "powyżej 65 lat",
}
CLIENT_TYPE_LABELS = {
    "senior": "osoby starsze",
    "disabled": "osoby z niepełnosprawnością",
    "family": "rodziny z dziećmi",
    "alone": "osoby samotne",
    "other": "inne",
}
TRAINING_LABELS = {
    "induction": "wprowadzające",
    "safety": "BHP i zasady bezpieczeństwa",
    "gdpr": "RODO i poufność",
    "child_protection": "standardy ochrony małoletnich",
    "first_aid": "pierwsza pomoc",
    "seniors": "komunikacja z seniorem",
    "topical": "tematyczne",
    "supervision": "superwizja / spotkanie grupy",
}
DOCUMENT_LABELS: dict[str, str] = {
    DocumentKind.CERTIFICATE: "zaświadczenia o wykonywaniu świadczeń",
    DocumentKind.OPINION: "opinie o wykonywaniu świadczeń",
    DocumentKind.TRAINING_CERTIFICATE: "zaświadczenia o ukończeniu szkolenia",
}
ROMAN = ("I", "II", "III", "IV")
NOT_CLOSED = "Okres nie jest zamknięty – dane mogą się zmienić."
COMPARED_COLUMNS = ("bieżący okres", "poprzedni okres", "zmiana", "zmiana %")


def period_label(period: Period) -> str:
    """`październik 2026`, `III kwartał 2026`, `rok 2026` or `5.03.2026–10.04.2026`."""
    if period.kind is PeriodKind.MONTH:
        return polish.month_year(period.start)
    if period.kind is PeriodKind.QUARTER:
        return f"{ROMAN[(period.start.month - 1) // 3]} kwartał {period.start.year}"
    if period.kind is PeriodKind.YEAR:
        return f"rok {period.start.year}"
    return f"{short_date(period.start)}–{short_date(period.end)}"


def month_short(month: Month) -> str:
    """`lis 2025` for chart axes."""
    return polish.month_abbreviated(month.first)


def small(count: SmallCount, threshold: int) -> int | Hidden:
    return Hidden(threshold) if count.hidden else count.value


def compared_counts(label: str, figure: Compared) -> tuple[Value, ...]:
    return (label, figure.current, figure.previous, figure.change, Percent(figure.percent))


def compared_hours(label: str, figure: Compared) -> tuple[Value, ...]:
    return (
        label,
        Hours(figure.current),
        Hours(figure.previous),
        Hours(figure.change),
        Percent(figure.percent),
    )


def village_name(key: str) -> str:
    if key == NO_CLIENT:
        return "bez podopiecznego (zajęcia grupowe, akcje, biuro)"
    return key or "miejscowość nieznana"


def hidden_note(threshold: int) -> str:
    """The footnote under a table with hidden cells."""
    return (
        f"„<{threshold}”: liczba mniejsza niż {threshold}, ukryta dla ochrony danych osób; ukryto też "
        "drugą komórkę, aby nie dało się jej wyliczyć z sumy. Wiersz „razem” podano z pełnych danych."
    )
