"""The coalition meeting's attendance list (lista obecności) and minutes (protokół), printed
from the meeting's sheet (core.coalition.sheets), never numbered or issued. The texts are Polish
literals: a document is printed in Polish whatever the language of the window."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app.core.coalition.sheets import AttendeeLine, MeetingSheet
from coordinator_app.i18n.polish import dated, short_date
from coordinator_app.output.pdf.blocks import grid_style, signature_lines
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import write_pdf

COALITION = "Lokalnej Koalicji na rzecz Wolontariatu"
EXTRA_ROWS = 5  # empty rows for people who come without being listed
SIGNATURE_ROW_HEIGHT = 1.0 * cm
NUMBER_WIDTH = 1.0 * cm
CHAIR = {"M": "Przewodniczący spotkania", "K": "Przewodnicząca spotkania"}
CHAIR_SIGNS = {"M": "podpis przewodniczącego spotkania", "K": "podpis przewodniczącej spotkania"}
MINUTES = {"M": "Protokolant", "K": "Protokolantka"}
MINUTES_SIGNS = {"M": "podpis protokolanta", "K": "podpis protokolantki"}


def chair_label(sex: str | None) -> str:
    return CHAIR.get(sex or "", "Osoba przewodnicząca spotkaniu")


def chair_signs(sex: str | None) -> str:
    return CHAIR_SIGNS.get(sex or "", "podpis osoby przewodniczącej spotkaniu")


def minutes_label(sex: str | None) -> str:
    return MINUTES.get(sex or "", "Osoba sporządzająca protokół")


def when_text(sheet: MeetingSheet) -> str:
    """`12 marca 2026 r., godz. 10:00`."""
    text = dated(sheet.held_on)
    if sheet.start_time is not None:
        text += f", godz. {sheet.start_time.strftime('%H:%M')}"
    return text


def _heading(sheet: MeetingSheet, title: str, subtitle: str, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if sheet.organisation.strip():
        story += [para(sheet.organisation, styles.sheet_organisation), Spacer(1, 0.5 * cm)]
    return [
        *story,
        para(title, styles.sheet_title),
        Spacer(1, 0.15 * cm),
        para(subtitle, styles.sheet_subtitle),
        Spacer(1, 0.45 * cm),
    ]


def _details(lines: Sequence[tuple[str, str]], styles: Styles) -> Table:
    """Label–value lines; an empty value leaves its line out."""
    data = [
        [para(label, styles.sheet_label), para(value, styles.normal)]
        for label, value in lines
        if value.strip()
    ]
    label_width = 5.8 * cm
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            styles.family,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return table


def _subtitle(sheet: MeetingSheet) -> str:
    number = f" nr {sheet.number}" if sheet.number else ""
    return f"spotkania{number} {COALITION}"


# --- the attendance list ------------------------------------------------------------------
def attendance_story(sheet: MeetingSheet, styles: Styles) -> list[Flowable]:
    people = [a for a in sheet.attendees if a.present]  # the excused do not sign
    widths = [NUMBER_WIDTH, 4.6 * cm, 4.9 * cm, 3.3 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    headers = ["Lp.", "Imię i nazwisko", "Instytucja", "Funkcja", "Podpis"]
    data: list[list[Paragraph | str]] = [[para(h, styles.sheet_cell_header) for h in headers]]
    rows: list[AttendeeLine | None] = [*people, *([None] * EXTRA_ROWS)]
    for number, person in enumerate(rows, start=1):
        cells = ["", "", ""] if person is None else [person.name, person.institution, person.function]
        data.append(
            [para(f"{number}.", styles.sheet_number), *(para(c, styles.sheet_cell) for c in cells), ""]
        )
    table = Table(
        data, colWidths=widths, repeatRows=1, minRowHeights=[0] + [SIGNATURE_ROW_HEIGHT] * len(rows)
    )
    table.setStyle(table_style(styles.family, *grid_style(styles.family)))
    return [
        *_heading(sheet, "LISTA OBECNOŚCI", _subtitle(sheet), styles),
        _details([("Data:", when_text(sheet)), ("Miejsce:", sheet.place)], styles),
        Spacer(1, 0.45 * cm),
        table,
        KeepTogether(
            [
                Spacer(1, 0.6 * cm),
                signature_lines([chair_signs(sheet.chair_sex)], styles, names=[sheet.chaired_by]),
            ]
        ),
    ]


def build_coalition_attendance(sheet: MeetingSheet, out: Path) -> Path:
    """Write the attendance list of a meeting as a PDF at `out`; returns `out`."""
    return write_pdf(
        out,
        attendance_story(sheet, style_set()),
        title=f"Lista obecności – spotkanie {sheet.number or dated(sheet.held_on)}",
        author=sheet.organisation or "Koordynator Wolontariatu",
        subject=f"Spotkanie {COALITION} {dated(sheet.held_on)}",
    )


# --- the minutes --------------------------------------------------------------------------
def _person(a: AttendeeLine) -> str:
    return " – ".join(
        part for part in (a.name, ", ".join(p for p in (a.function, a.institution) if p)) if part
    )


def _numbered(lines: Sequence[str], styles: Styles) -> list[Flowable]:
    return [para(f"{number}. {text}", styles.point) for number, text in enumerate(lines, start=1)]


def _section(number: str, heading: str, body: list[Flowable], styles: Styles) -> list[Flowable]:
    return [para(f"{number}. {heading}", styles.heading), *body]


def _tasks_table(sheet: MeetingSheet, styles: Styles) -> Table:
    widths = [NUMBER_WIDTH, 7.9 * cm, 5.0 * cm]
    widths.append(CONTENT_WIDTH - sum(widths))
    data: list[list[Paragraph]] = [
        [para(h, styles.sheet_cell_header) for h in ("Lp.", "Zadanie", "Odpowiedzialny", "Termin")]
    ]
    for number, task in enumerate(sheet.tasks, start=1):
        due = short_date(task.due_on) if task.due_on else "bez terminu"
        if task.done_on:
            due += f" (wykonano {short_date(task.done_on)})"
        cells = [f"{number}.", task.description, task.responsible, due]
        data.append([para(cells[0], styles.sheet_number), *(para(c, styles.sheet_cell) for c in cells[1:])])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(styles.family, *grid_style(styles.family), ("VALIGN", (0, 0), (-1, -1), "TOP"))
    )
    return table


def minutes_story(sheet: MeetingSheet, styles: Styles) -> list[Flowable]:
    details = [
        ("Data spotkania:", when_text(sheet)),
        ("Miejsce spotkania:", sheet.place),
        (f"{chair_label(sheet.chair_sex)}:", sheet.chaired_by),
        (f"{minutes_label(sheet.minutes_sex)}:", sheet.minuted_by),
    ]
    present = _numbered([_person(a) for a in sheet.present], styles) or [para("—", styles.body)]
    attendance = [para("Obecni:", styles.sheet_label), *present]
    if sheet.excused:
        attendance += [Spacer(1, 0.15 * cm), para("Nieobecni (usprawiedliwieni):", styles.sheet_label)]
        attendance += _numbered([_person(a) for a in sheet.excused], styles)
    attendance.append(para("Lista obecności stanowi załącznik do protokołu.", styles.body))
    course = [para(text, styles.body) for text in sheet.discussion.splitlines() if text.strip()]
    decisions = (
        [para("Ustalono:", styles.body), *_numbered(sheet.decisions, styles)]
        if sheet.decisions
        else [para("Nie podjęto ustaleń.", styles.body)]
    )
    tasks: list[Flowable] = (
        [_tasks_table(sheet, styles)] if sheet.tasks else [para("Nie przydzielono zadań.", styles.body)]
    )
    story = [
        *_heading(
            sheet,
            f"PROTOKÓŁ{' nr ' + sheet.number if sheet.number else ''}",
            f"ze spotkania {COALITION}",
            styles,
        ),
        _details(details, styles),
        *_section("I", "Uczestnicy spotkania", attendance, styles),
        *_section("II", "Porządek spotkania", _numbered(sheet.agenda, styles), styles),
        *_section("III", "Przebieg spotkania", course or [para("—", styles.body)], styles),
        *_section("IV", "Ustalenia", decisions, styles),
        *_section("V", "Zadania do realizacji", tasks, styles),
    ]
    signs = [
        chair_signs(sheet.chair_sex),
        MINUTES_SIGNS.get(sheet.minutes_sex or "", "podpis osoby sporządzającej protokół"),
    ]
    story.append(
        KeepTogether(
            [Spacer(1, 0.8 * cm), signature_lines(signs, styles, names=[sheet.chaired_by, sheet.minuted_by])]
        )
    )
    return story


def build_coalition_minutes(sheet: MeetingSheet, out: Path) -> Path:
    """Write the minutes of a meeting as a PDF at `out`; returns `out`."""
    return write_pdf(
        out,
        minutes_story(sheet, style_set()),
        title=f"Protokół ze spotkania {COALITION} {sheet.number or dated(sheet.held_on)}",
        author=sheet.organisation or "Koordynator Wolontariatu",
        subject=f"Spotkanie {dated(sheet.held_on)}",
    )
