"""The blank intake form (karta zgłoszenia), printed to be filled in by hand."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.defaults.agreement import AGREEMENT
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import CliMode, PrintedKind, Subject
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, style_set, table_style
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment

BOX = blocks.BOX


def _field_rows(labels: Sequence[str], label_width: float = 6.2 * cm) -> Table:
    """Label on the left, an empty ruled line on the right to write on."""
    styles = style_set()
    data = [[para(label, styles.letter_line_plain), ""] for label in labels]
    # rows grow with a label of two lines instead of letting it run into the row above
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width])
    table.setStyle(
        table_style(
            styles.family,
            ("LINEBELOW", (1, 0), (1, -1), 0.5, blocks.GRID),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 12),
        )
    )
    return table


def _writing_lines(count: int) -> Table:
    styles = style_set()
    table = Table([[""] for _ in range(count)], colWidths=[CONTENT_WIDTH], rowHeights=[0.8 * cm] * count)
    table.setStyle(table_style(styles.family, ("LINEBELOW", (0, 0), (-1, -1), 0.5, blocks.GRID)))
    return table


def _heading(text: str) -> list[Flowable]:
    styles = style_set()
    return [blocks.spacer(0.35), para(text, styles.label), blocks.spacer(0.1)]


def _availability() -> Table:
    styles = style_set()
    days = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
    data: list[list[Paragraph | str]] = [
        [para("", styles.cell_header)] + [para(d, styles.cell_header) for d in days]
    ]
    for slot in ("rano (8–12)", "po południu (12–17)", "wieczorem (17–21)"):
        data.append([para(slot, styles.cell)] + [para(BOX, styles.cell_header) for _ in days])
    first = 3.6 * cm
    table = Table(data, colWidths=[first] + [(CONTENT_WIDTH - first) / len(days)] * len(days))
    table.setStyle(table_style(styles.family, *blocks.grid_style(styles.family)))
    return table


def _checklist(values: Sequence[str], columns: int = 2) -> Table:
    styles = style_set()
    cells = [para(f"{BOX}\u00a0{value}", styles.cell) for value in values]
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    table = Table(rows or [[""]], colWidths=[CONTENT_WIDTH / columns] * columns)
    table.setStyle(
        table_style(styles.family, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0))
    )
    return table


def intake_form_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.letterhead(snapshot.letterhead, logo, styles)
    story += blocks.title(filler.text("title"), styles)
    story += [para(line, styles.body) for line in filler.lines("intro")]
    story += _heading("1. Dane osobowe")
    # no PESEL at the application stage: it is asked for when the agreement is concluded
    story.append(_field_rows(["Imię i nazwisko", "Data urodzenia", "Obywatelstwo"]))
    story += _heading("2. Adres i kontakt")
    story.append(_field_rows(["Adres zamieszkania", "Kod pocztowy, miejscowość", "Telefon", "E-mail"]))
    story.append(para(f"Preferowany kontakt: {BOX} telefon   {BOX} SMS   {BOX} e-mail", styles.body))
    story += _heading("3. Przedstawiciel ustawowy (tylko osoby niepełnoletnie)")
    story += [para(line, styles.small) for line in filler.lines("minor_note")]
    story.append(_field_rows(["Imię i nazwisko", "Stopień pokrewieństwa", "Adres", "Telefon"]))
    story += _heading("4. Kiedy mogę pomagać")
    story += [_availability(), blocks.spacer(0.15)]
    story.append(_field_rows(["Ile godzin w miesiącu"]))
    # the checklist is never split across pages, and keeps its heading
    activities = [str(value) for value in snapshot.lists.get("activities", [])]
    story.append(
        KeepTogether([*_heading("5. W czym chcę pomagać (proszę zaznaczyć)"), _checklist(activities)])
    )
    story += _heading("6. Czego nie chcę robić")
    story.append(_writing_lines(2))
    story += _heading("7. Umiejętności, doświadczenie, języki")
    story.append(_writing_lines(3))
    story += _heading("8. Dojazd")
    story.append(
        para(
            f"{BOX} samochód   {BOX} rower   {BOX} komunikacja   {BOX} pieszo      "
            f"prawo jazdy: {BOX} tak   {BOX} nie",
            styles.body,
        )
    )
    story.append(_field_rows(["Miejscowości, w których mogę pomagać"]))
    story += _heading("9. Skąd wiem o wolontariacie i dlaczego chcę pomagać")
    story.append(_writing_lines(3))
    story.append(
        KeepTogether(
            [
                blocks.spacer(0.4),
                *[para(line, styles.body) for line in filler.lines("declaration")],
                blocks.spacer(0.5),
                blocks.signatures(snapshot.signatures, styles),
            ]
        )
    )
    clause = str(snapshot.fields.get("klauzula_rodo") or "")
    gdpr_lines = [line.strip() for line in clause.splitlines() if line.strip()]
    if not gdpr_lines:
        gdpr_lines = Filler(snapshot, AGREEMENT).lines("gdpr_default")
    story += [
        PageBreak(),
        para("Klauzula informacyjna o przetwarzaniu danych osobowych", styles.annex_title),
        *blocks.statement_lines(gdpr_lines, styles),
    ]
    return [Segment(story, number_label="Karta zgłoszenia wolontariusza", footer=blocks.footer(snapshot))]


KIND = PrintedKind(
    kind=DocumentKind.INTAKE_FORM,
    title="Karta zgłoszenia wolontariusza",
    subject=Subject.NOTHING,
    content=intake_form_segments,
    cli=CliMode.BLANK,
)
