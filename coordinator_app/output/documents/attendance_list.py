"""The attendance list (lista obecności) of a training session, printed to be signed.

One numbered row per registered volunteer plus a few empty rows for walk-ins, each tall enough
for a handwritten signature; the table header repeats on every page. The texts are Polish
literals: a document is printed in Polish whatever the language of the window.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app.core.trainings.sheet import AttendanceSheet
from coordinator_app.core.trainings.trainer import trainer_label, trainer_signature_label
from coordinator_app.i18n.polish import dated
from coordinator_app.output.pdf.blocks import signature_lines
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import bullet_list, para
from coordinator_app.output.pdf.writer import write_pdf

WALK_IN_ROWS = 3  # empty rows for people who come without registering
SIGNATURE_ROW_HEIGHT = 1.0 * cm
CELL_PADDING = 4
NUMBER_WIDTH = 1.1 * cm
REMARKS_WIDTH = 3.4 * cm
GRID_COLOUR = colors.HexColor("#555555")
HEADER_BACKGROUND = colors.HexColor("#e6e6e6")


def _details(sheet: AttendanceSheet, styles: Styles) -> Table:
    """Label–value lines about the session; an empty value leaves its line out."""
    label_style = styles.sheet_label
    lines = [
        ("Rodzaj szkolenia:", sheet.category_label),
        ("Data:", dated(sheet.session_date)),
        ("Godzina:", sheet.time_text),
        ("Miejsce:", sheet.place),
        (f"{trainer_label(sheet.named_person_sex)}:", sheet.trainer),
        ("Czas trwania:", sheet.duration_text),
    ]
    data = [[para(label, label_style), para(value, styles.normal)] for label, value in lines if value.strip()]
    label_width = 3.8 * cm
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


def _column_widths(remarks: bool) -> list[float]:
    rest = CONTENT_WIDTH - NUMBER_WIDTH - (REMARKS_WIDTH if remarks else 0)
    name_width = rest * (0.48 if remarks else 0.42)
    widths = [NUMBER_WIDTH, name_width, rest - name_width]
    return [*widths, REMARKS_WIDTH] if remarks else widths


def _attendance_table(sheet: AttendanceSheet, styles: Styles, remarks: bool) -> Table:
    widths = _column_widths(remarks)
    headers = ["Lp.", "Imię i nazwisko", "Podpis"] + (["Uwagi"] if remarks else [])
    number_style = styles.sheet_number
    data: list[list[Paragraph | str]] = [[para(text, styles.sheet_cell_header) for text in headers]]
    heights: list[float | None] = [None]
    names = [row.full_name for row in sheet.rows] + [""] * WALK_IN_ROWS
    for number, name in enumerate(names, start=1):
        name_cell = para(name, styles.sheet_cell)
        _, needed = name_cell.wrap(widths[1] - 2 * CELL_PADDING, 10_000)
        heights.append(max(SIGNATURE_ROW_HEIGHT, needed + 2 * CELL_PADDING))
        data.append([para(f"{number}.", number_style), name_cell, ""] + ([""] if remarks else []))
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


def _story(sheet: AttendanceSheet, styles: Styles, remarks: bool) -> list[Flowable]:
    organisation_style = styles.sheet_organisation
    story: list[Flowable] = []
    if sheet.organisation.strip():
        story += [para(sheet.organisation, organisation_style), Spacer(1, 0.5 * cm)]
    story += [
        para("LISTA OBECNOŚCI", styles.sheet_title),
        Spacer(1, 0.15 * cm),
        para(sheet.title, styles.sheet_subtitle),
        Spacer(1, 0.45 * cm),
        _details(sheet, styles),
        Spacer(1, 0.45 * cm),
        _attendance_table(sheet, styles, remarks),
    ]
    if sheet.programme:
        story.append(
            KeepTogether(
                [
                    Spacer(1, 0.3 * cm),
                    para("Program szkolenia:", styles.heading),
                    bullet_list(sheet.programme, styles.normal),
                ]
            )
        )
    story.append(
        KeepTogether(
            [
                Spacer(1, 0.6 * cm),
                signature_lines(
                    [trainer_signature_label(sheet.named_person_sex), "podpis koordynatora wolontariatu"],
                    styles,
                    names=[sheet.trainer],
                ),
            ]
        )
    )
    return story


def build_attendance_list(sheet: AttendanceSheet, out: Path, *, remarks_column: bool = True) -> Path:
    """Write the attendance list of `sheet` as a PDF at `out`; returns `out`."""
    styles = style_set()
    return write_pdf(
        out,
        _story(sheet, styles, remarks_column),
        title=f"Lista obecności – {sheet.title}",
        author=sheet.organisation or "Koordynator Wolontariatu",
        subject=f"Szkolenie {dated(sheet.session_date)}",
    )
