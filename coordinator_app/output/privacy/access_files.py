"""The three files of an access or portability answer, written into one folder:
`dane-<rola>-<id>-<data>.pdf` (the letter and a copy of the data), `.json` and `.xlsx`.

Each is marked "ZAWIERA DANE OSOBOWE" (domain §2.3.5): the JSON in its first key, the workbook
on its first sheet and in its properties, the letter in its header and metadata. Files are
written to a temporary name and renamed, so a half-written file never carries the final name.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from coordinator_app.core.issuing.letterhead import load_header
from coordinator_app.core.privacy.access import PersonExport, PersonRef
from coordinator_app.core.privacy.access_labels import TABLE_LABELS
from coordinator_app.core.privacy.access_letter import AccessLetter, build_access_letter
from coordinator_app.core.privacy.access_queries import collect_person_data, record_export
from coordinator_app.db.engine import Database
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import date_header, escape, para, polish_nbsp
from coordinator_app.output.pdf.writer import write_pdf

PERSONAL_DATA = "ZAWIERA DANE OSOBOWE"
SHEET_TITLE_LENGTH = 31  # Excel's limit


def file_stem(export: PersonExport) -> str:
    role = {"volunteer": "wolontariusz", "guardian": "opiekun", "client": "podopieczny"}[
        export.person.role.value
    ]
    return f"dane-{role}-{export.person.record_id}-{export.generated_on.isoformat()}"


def _replace(temporary: Path, target: Path) -> Path:
    os.replace(temporary, target)
    return target


def write_json(export: PersonExport, out: Path) -> Path:
    document = {
        "uwaga": f"{PERSONAL_DATA} – plik do przekazania wyłącznie osobie, której dane dotyczą.",
        "osoba": {"rola": export.person.role.value, "id": export.person.record_id, "nazwa": export.name},
        "wygenerowano": export.generated_on.isoformat(),
        "ograniczenie_przetwarzania_od": export.restricted_on.isoformat() if export.restricted_on else None,
        "pominieto": export.withheld,
        "tabele": export.tables,
    }
    temporary = out.with_name(out.name + ".partial")
    temporary.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return _replace(temporary, out)


def write_xlsx(export: PersonExport, out: Path) -> Path:
    book = Workbook()
    info = book.active
    assert info is not None
    info.title = "Informacje"
    info["A1"] = PERSONAL_DATA
    info["A1"].font = Font(bold=True, size=14, color="B00020")
    rows: list[tuple[str, object]] = [
        ("Osoba", export.name),
        ("Wygenerowano", export.generated_on),
        ("Ograniczenie przetwarzania od", export.restricted_on or "—"),
    ]
    for index, (label, value) in enumerate(rows, start=3):
        info.cell(index, 1, label).font = Font(bold=True)
        info.cell(index, 2, value)
    for index, text in enumerate(export.withheld, start=len(rows) + 4):
        info.cell(index, 1, text)
    info.column_dimensions["A"].width = 32
    info.column_dimensions["B"].width = 40
    for table, records in export.tables.items():
        sheet = book.create_sheet(table[:SHEET_TITLE_LENGTH])
        columns = list(records[0]) if records else []
        sheet.append([TABLE_LABELS.get(table, table)])
        sheet["A1"].font = Font(bold=True)
        sheet.append(columns)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for record in records:
            sheet.append([_cell(record.get(column)) for column in columns])
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = min(max(len(column) + 2, 12), 60)
    book.properties.title = f"Dane osobowe – {export.name}"
    book.properties.keywords = PERSONAL_DATA
    temporary = out.with_name(out.name + ".partial")
    book.save(temporary)
    return _replace(temporary, out)


def _cell(value: object) -> object:
    if isinstance(value, str) and len(value) > 32_000:
        return value[:32_000] + "…"  # Excel's cell limit; the JSON holds the whole text
    return value


_GRID = (("GRID", (0, 0), (-1, -1), 0.3, "#999999"), ("VALIGN", (0, 0), (-1, -1), "TOP"))


def _copy_story(letter: AccessLetter, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        Spacer(1, 0.6 * cm),
        para("Załącznik – kopia danych osobowych", styles.subtitle),
        para(f"Stan na {letter.date.strftime('%d.%m.%Y')} r.", styles.centred),
    ]
    for index, section in enumerate(letter.copy):
        story.append(Paragraph(polish_nbsp(escape(section.title)), styles.heading))
        if index == 0:  # the person's own record: a table of fields
            for record in section.records:
                cells = [[para(label, styles.cell), para(value, styles.cell)] for label, value in record]
                table = Table(cells, colWidths=[CONTENT_WIDTH * 0.32, CONTENT_WIDTH * 0.68])
                table.setStyle(table_style(styles.family, *_GRID))
                story.append(table)
            continue
        for record in section.records:  # the others: one compact paragraph per record
            text = "; ".join(f"<b>{escape(label)}</b>: {escape(value)}" for label, value in record)
            story.append(Paragraph(f"•\u00a0{text}", styles.small))
            story.append(Spacer(1, 0.08 * cm))
    return story


def letter_story(letter: AccessLetter, logo: bytes | None) -> list[Flowable]:
    styles = style_set()
    story = blocks.letterhead(letter.head, logo, styles, date_line=date_header(letter.place, letter.date))
    story.append(para(PERSONAL_DATA, styles.small_right))
    story += [para(line, styles.body) for line in letter.addressee]
    story += [Spacer(1, 0.5 * cm), para(letter.title, styles.title), Spacer(1, 0.3 * cm)]
    greeting, body = letter.opening.split("\n", 1)
    story += [para(greeting, styles.body), para(body, styles.body)]
    for number, (heading, points) in enumerate(letter.sections, start=1):
        story += _numbered(number, heading, points, styles)
    if letter.withheld:
        story += _numbered(len(letter.sections) + 1, "Czego kopia nie obejmuje", letter.withheld, styles)
    sign = blocks.signature_lines(
        [f"{letter.signatory_position} (podpis, pieczęć)"], styles, names=[letter.signatory]
    )
    story.append(KeepTogether([Spacer(1, 0.6 * cm), sign]))
    return story + _copy_story(letter, styles)


def _numbered(number: int, heading: str, points: Sequence[str], styles: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(f"{number}.\u00a0{polish_nbsp(escape(heading))}", styles.heading)]
    if len(points) == 1:
        return [*out, para(points[0], styles.body)]
    return out + [Paragraph(f"–\u00a0{polish_nbsp(escape(point))}", styles.point) for point in points]


def write_letter(letter: AccessLetter, logo: bytes | None, out: Path) -> Path:
    temporary = out.with_name(out.name + ".partial")
    write_pdf(
        temporary,
        letter_story(letter, logo),
        title=f"{letter.title} – {letter.addressee[0] if letter.addressee else ''}",
        author=letter.organisation,
        subject=PERSONAL_DATA,
    )
    return _replace(temporary, out)


def write_access_files(
    export: PersonExport, letter: AccessLetter, logo: bytes | None, folder: Path
) -> list[Path]:
    """The letter, the JSON and the workbook in `folder` (created if missing); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(export)
    return [
        write_letter(letter, logo, folder / f"{stem}.pdf"),
        write_json(export, folder / f"{stem}.json"),
        write_xlsx(export, folder / f"{stem}.xlsx"),
    ]


def export_person(
    db: Database, person: PersonRef, folder: Path, *, today: dt.date | None = None
) -> list[Path]:
    """Collect the person's data, write the three files into `folder` and record the export in
    the audit log. Raises PersonNotFound, OSError."""
    export = collect_person_data(db, person, today=today)
    letter = build_access_letter(db, export)
    header = load_header(db)
    paths = write_access_files(export, letter, header.logo, folder)
    record_export(db, person)
    return paths
