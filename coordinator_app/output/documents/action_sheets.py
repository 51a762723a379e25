"""The sign-up sheet (lista zapisów) and the attendance sheet (lista obecności) of one shift of
a one-off action, printed to be filled in by hand on the day.

The sign-up sheet has a numbered row per volunteer signed up (name, age or "pełnoletni",
phone, partner, signature) and empty rows up to the people needed, for walk-ins; the
attendance sheet has rows with the time in and out and a signature, and a line where the
coordinator confirms the attendance. The texts are Polish literals: a document is printed in
Polish whatever the language of the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app.core.actions.sheet import SheetRow, ShiftSheet, shift_sheet
from coordinator_app.db.engine import Database
from coordinator_app.i18n.polish import dated
from coordinator_app.output.pdf.blocks import signature_lines
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import write_pdf

ROW_HEIGHT = 0.95 * cm
CELL_PADDING = 3
MIN_BLANK_ROWS = 2  # at least this many empty rows, even on a full shift
GRID_COLOUR = colors.HexColor("#555555")
HEADER_BACKGROUND = colors.HexColor("#e6e6e6")


def age_text(age: int) -> str:
    """ "pełnoletni" for an adult; a minor's age in years ("16 lat"), so the coordinator sees it."""
    if age >= 18:
        return "pełnoletni"
    return f"{age} lat"


def _details(sheet: ShiftSheet, styles: Styles) -> Table:
    lines = [
        ("Organizator:", sheet.organiser),
        ("Data:", dated(sheet.shift_date)),
        ("Godziny dyżuru:", sheet.time_text),
        ("Miejsce:", sheet.place),
        ("Zadania:", sheet.tasks),
        ("Wymagania:", sheet.requirements),
        (
            "Udział małoletnich:",
            "dozwolony (za zgodą przedstawiciela ustawowego)"
            if sheet.minors_allowed
            else "tylko osoby pełnoletnie",
        ),
    ]
    data = [
        [para(label, styles.sheet_label), para(value, styles.normal)]
        for label, value in lines
        if value.strip()
    ]
    label_width = 4.3 * cm
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


def _grid(headers: Sequence[str], rows: list[list[str]], widths: list[float], styles: Styles) -> Table:
    data: list[list[Paragraph | str]] = [[para(text, styles.sheet_cell_header) for text in headers]]
    heights: list[float | None] = [None]
    for row in rows:
        cells = [para(row[0], styles.sheet_number)] + [para(text, styles.sheet_cell) for text in row[1:]]
        needed = max(
            cell.wrap(width - 2 * CELL_PADDING, 10_000)[1] for cell, width in zip(cells, widths, strict=True)
        )
        heights.append(max(ROW_HEIGHT, needed + 2 * CELL_PADDING))
        data.append(list(cells))
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(
        table_style(
            styles.family,
            ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOUR),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING),
        )
    )
    return table


def _blank_rows(sheet: ShiftSheet) -> int:
    return max(sheet.people_needed - len(sheet.rows), MIN_BLANK_ROWS)


def _numbered(sheet: ShiftSheet, filled: list[list[str]], width: int) -> list[list[str]]:
    blanks = [[f"{len(filled) + i}.", *([""] * (width - 1))] for i in range(1, _blank_rows(sheet) + 1)]
    return filled + blanks


def _signup_rows(rows: Sequence[SheetRow]) -> list[list[str]]:
    return [[f"{r.number}.", r.full_name, age_text(r.age), r.phone, r.partner, ""] for r in rows]


def _head(sheet: ShiftSheet, title: str, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    if sheet.organisation.strip():
        story += [para(sheet.organisation, styles.sheet_organisation), Spacer(1, 0.4 * cm)]
    return [
        *story,
        para(title, styles.sheet_title),
        Spacer(1, 0.15 * cm),
        para(sheet.action, styles.sheet_subtitle),
        Spacer(1, 0.35 * cm),
        _details(sheet, styles),
        Spacer(1, 0.35 * cm),
    ]


def signup_story(sheet: ShiftSheet, styles: Styles) -> list[Flowable]:
    w = CONTENT_WIDTH
    widths = [0.9 * cm, 0.27 * w, 2.2 * cm, 2.6 * cm, 0.2 * w]
    widths.append(w - sum(widths))
    headers = ["Lp.", "Nazwisko i imię", "Wiek", "Telefon", "Partner (szkoła, organizacja)", "Podpis"]
    story = _head(sheet, "LISTA ZAPISÓW NA DYŻUR", styles)
    story.append(_grid(headers, _numbered(sheet, _signup_rows(sheet.rows), 6), widths, styles))
    story.append(Spacer(1, 0.3 * cm))
    story.append(
        para(
            "Osoba niepełnoletnia może wziąć udział w akcji wyłącznie za pisemną zgodą przedstawiciela "
            "ustawowego. Dane osobowe z listy przetwarza ośrodek pomocy społecznej wyłącznie w celu "
            "organizacji akcji i zawarcia porozumienia o wykonywaniu świadczeń wolontariusza.",
            styles.small,
        )
    )
    return story


def attendance_story(sheet: ShiftSheet, styles: Styles) -> list[Flowable]:
    w = CONTENT_WIDTH
    widths = [0.9 * cm, 0.34 * w, 2.4 * cm, 2.4 * cm]
    widths.append(w - sum(widths))
    headers = ["Lp.", "Nazwisko i imię", "Godz. przyjścia", "Godz. wyjścia", "Podpis wolontariusza"]
    filled = [[f"{r.number}.", r.full_name, "", "", ""] for r in sheet.rows]
    story = _head(sheet, "LISTA OBECNOŚCI NA DYŻURZE", styles)
    story.append(_grid(headers, _numbered(sheet, filled, 5), widths, styles))
    story.append(
        KeepTogether(
            [
                Spacer(1, 0.4 * cm),
                para(
                    "Potwierdzam obecność wymienionych wyżej wolontariuszy oraz czas wykonywania przez nich "
                    "świadczeń w dniu " + dated(sheet.shift_date),
                    styles.normal,
                ),
                signature_lines(["data i podpis koordynatora wolontariatu"], styles),
            ]
        )
    )
    return story


def build_signup_sheet(sheet: ShiftSheet, out: Path) -> Path:
    return write_pdf(
        out,
        signup_story(sheet, style_set()),
        title=f"Lista zapisów – {sheet.action}",
        author=sheet.organisation or "Koordynator Wolontariatu",
        subject=f"Dyżur {dated(sheet.shift_date)} {sheet.time_text}",
    )


def build_attendance_sheet(sheet: ShiftSheet, out: Path) -> Path:
    return write_pdf(
        out,
        attendance_story(sheet, style_set()),
        title=f"Lista obecności – {sheet.action}",
        author=sheet.organisation or "Koordynator Wolontariatu",
        subject=f"Dyżur {dated(sheet.shift_date)} {sheet.time_text}",
    )


def write_signup_sheet(db: Database, shift_id: int, out: Path) -> Path:
    """The sign-up sheet of a shift (raises `ActionNotFound` for an unknown shift)."""
    return build_signup_sheet(shift_sheet(db, shift_id), out)


def write_attendance_sheet(db: Database, shift_id: int, out: Path) -> Path:
    return build_attendance_sheet(shift_sheet(db, shift_id), out)
