"""Building blocks of printed pages: the letterhead, titles, numbered sections from template
text, statements with bullets and boxes to tick, lists and signatures."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from coordinator_app.core.issuing.clauses import strip_numbering
from coordinator_app.core.issuing.snapshot import Signature, Snapshot
from coordinator_app.output.pdf.styles import CONTENT_WIDTH, Styles, style_set, table_style
from coordinator_app.output.pdf.typography import bullet_list, date_header, escape, para, polish_nbsp

LOGO_MAX_WIDTH = 2.6 * cm
LOGO_MAX_HEIGHT = 2.2 * cm
BOX = "☐"
GRID = colors.HexColor("#555555")
HEADER_BACKGROUND = colors.HexColor("#e6e6e6")


def logo_image(
    logo: bytes, max_width: float = LOGO_MAX_WIDTH, max_height: float = LOGO_MAX_HEIGHT
) -> Image | None:
    """The logo scaled into the box, or None for a picture that cannot be read."""
    try:
        reader = ImageReader(io.BytesIO(logo))
        width, height = reader.getSize()
    except Exception:  # a damaged stored image must not stop the document
        return None
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(logo), width=width * scale, height=height * scale)


def letterhead(
    head: dict[str, Any],
    logo: bytes | None,
    styles: Styles,
    *,
    number: str = "",
    number_label: str = "Nr",
    date_line: str = "",
) -> list[Flowable]:
    """Logo and the organisation's name and lines (or its own letterhead text), a rule, then the
    number on the left and `Modrzewo, dnia 5 marca 2025 r.` on the right."""
    custom = [line for line in str(head.get("custom") or "").splitlines() if line.strip()]
    if custom:
        name, lines = custom[0], custom[1:]
    else:
        name, lines = str(head.get("name") or ""), [str(line) for line in head.get("lines") or []]
    text: list[Flowable] = [para(name, styles.letter_name)]
    text += [para(line, styles.letter_line) for line in lines]
    image = logo_image(logo) if logo else None
    if image is not None:
        block = Table([[image, text]], colWidths=[LOGO_MAX_WIDTH + 0.3 * cm, None], hAlign="LEFT")
    else:
        block = Table([[text]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    block.setStyle(
        table_style(
            styles.family,
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        )
    )
    story: list[Flowable] = [block, Spacer(1, 0.15 * cm)]
    story.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#777777"), spaceAfter=6))
    if number or date_line:
        left = para(f"{number_label} {number}" if number else "", styles.body)
        right = para(date_line, styles.right)
        row = Table([[left, right]], colWidths=[CONTENT_WIDTH * 0.4, CONTENT_WIDTH * 0.6])
        row.setStyle(
            table_style(
                styles.family,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            )
        )
        story += [row, Spacer(1, 0.5 * cm)]
    return story


def issued_date(snapshot: Snapshot) -> dt.date:
    return dt.date.fromisoformat(snapshot.issued_on)


def header(snapshot: Snapshot, logo: bytes | None, styles: Styles) -> list[Flowable]:
    """The letterhead with the document number and `Modrzewo, dnia 5 marca 2025 r.`."""
    place = str(snapshot.letterhead.get("place") or "")
    return letterhead(
        snapshot.letterhead,
        logo,
        styles,
        number=snapshot.number,
        date_line=date_header(place, issued_date(snapshot)),
    )


def footer(snapshot: Snapshot) -> str:
    return str(snapshot.letterhead.get("footer") or "")


def title(text: str, styles: Styles, subtitle: str = "") -> list[Flowable]:
    story: list[Flowable] = [para(text, styles.title)]
    if subtitle:
        story.append(para(subtitle, styles.subtitle))
    story.append(Spacer(1, 0.45 * cm))
    return story


def numbered_section(number: int, heading: str, points: Sequence[str], styles: Styles) -> list[Flowable]:
    """`§ 3` and its heading centred, then the points numbered `1.`, `2.` (a single point bare).
    The numbers are made here only: a point's own `1.` typed by hand is dropped."""
    head = Paragraph(f"§\u00a0{number}<br/>{polish_nbsp(escape(heading))}", styles.section)
    points = [text for text in (strip_numbering(point) for point in points) if text]
    if not points:
        return [CondPageBreak(2.5 * cm), head]
    body: list[Flowable] = []
    if len(points) == 1:
        body.append(para(points[0], styles.body))
    else:
        for index, point in enumerate(points, start=1):
            body.append(Paragraph(f"{index}.\u00a0{polish_nbsp(escape(point))}", styles.point))
    # keep the heading with its first point
    return [CondPageBreak(2.5 * cm), KeepTogether([head, body[0]]), *body[1:]]


# A line that leads into what follows it: `…, oświadczam, że:`, a part heading `III. Oświadczenie`,
# or a short line that is not a sentence (`Rodzaj działań: zakupy` above its bullets)
_LEAD_IN = re.compile(r":$|^[IVX]+\.\s")
_SHORT_HEADING = 100  # characters


def leads_in(line: str) -> bool:
    """Whether a statement line introduces the next one and must not end a page alone."""
    text = line.strip()
    if _LEAD_IN.search(text):
        return True
    return len(text) <= _SHORT_HEADING and not text.endswith((".", ";", "!", "?", "…"))


def statement_lines(lines: Sequence[str], styles: Styles) -> list[Flowable]:
    """Paragraphs; `- text` as a bullet, `[ ] text` with a box to tick. A lead-in (a line ending
    with a colon, a part heading) is kept on the page of the line after it."""
    story: list[Flowable] = []
    bullets: list[str] = []
    lead: list[Flowable] = []  # a lead-in waiting for the flowable it introduces

    def add(flowables: list[Flowable]) -> None:
        if lead:
            story.append(KeepTogether([*lead, flowables[0]]))
            lead.clear()
            flowables = flowables[1:]
        story.extend(flowables)

    def flush() -> None:
        if bullets:
            if lead:  # only the first bullet has to travel with the lead-in
                add([bullet_list(bullets[:1], styles.body)])
                del bullets[:1]
            if bullets:
                add([bullet_list(list(bullets), styles.body)])
            bullets.clear()

    for line in lines:
        if line.startswith("- "):
            bullets.append(line[2:].strip())
            continue
        flush()
        if line.startswith("[ ]"):
            text = Paragraph(f"{BOX}\u00a0\u00a0{polish_nbsp(escape(line[3:].strip()))}", styles.point)
        else:
            text = para(line, styles.body)
        if leads_in(line) and not line.startswith("[ ]"):  # chained lead-ins all wait
            lead.extend([text, Spacer(1, 0.12 * cm)])
        else:
            add([text, Spacer(1, 0.12 * cm)])
    flush()
    if lead:  # short lines to the end: one block
        story.append(KeepTogether(list(lead)))
    return story


def items(values: Sequence[str], styles: Styles) -> list[Flowable]:
    return [bullet_list(list(values), styles.body)] if values else []


def signature_lines(labels: Sequence[str], styles: Styles, *, names: Sequence[str] = ()) -> Table:
    """Dotted lines side by side to sign on, each with its label (and a printed name) below."""
    cells: list[Paragraph] = []
    for index, label in enumerate(labels):
        name = names[index] if index < len(names) else ""
        cells.append(_signature_cell(label, name, styles))
    width = CONTENT_WIDTH / max(len(labels), 1)
    table = Table([cells], colWidths=[width] * len(labels))
    table.setStyle(
        table_style(styles.family, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 28))
    )
    return table


def _signature_cell(label: str, name: str, styles: Styles) -> Paragraph:
    text = "." * 48 + "<br/>" + polish_nbsp(escape(label))
    if name:
        text += "<br/>" + polish_nbsp(escape(name))
    return Paragraph(text, styles.signature)


def signatures(entries: Sequence[Signature], styles: Styles) -> Flowable:
    """Signature lines side by side; a single one sits on the right, where a head signs."""
    labels = [entry.label for entry in entries]
    names = [entry.name for entry in entries]
    if len(entries) != 1:
        return signature_lines(labels, styles, names=names)
    table = Table([["", _signature_cell(labels[0], names[0], styles)]], colWidths=[CONTENT_WIDTH / 2] * 2)
    table.setStyle(
        table_style(styles.family, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 28))
    )
    return table


def spacer(height_cm: float) -> Spacer:
    return Spacer(1, height_cm * cm)


def signature_block(entries: Sequence[Signature]) -> list[Flowable]:
    """Space to sign and the lines (a list: a KeepTogether inside another KeepTogether would
    make the outer one think it never fits)."""
    return [spacer(0.9), signatures(entries, style_set())]


def _unwrapped(flowables: Sequence[Flowable]) -> list[Flowable]:
    found: list[Flowable] = []
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):
            found += _unwrapped(list(flowable._content))
        else:
            found.append(flowable)
    return found


def sign_off(story: list[Flowable], ending: Sequence[Flowable]) -> None:
    """Appends the ending (signatures, closing lines) kept together with the story's last
    paragraph, so the signatures never stand alone on a page: when they do not fit under the
    text, the last paragraph moves with them to the next page."""
    tail: list[Flowable] = []
    while story and isinstance(story[-1], (Spacer, CondPageBreak)):
        tail.insert(0, story.pop())
    if story:
        tail.insert(0, story.pop())
    story.append(KeepTogether(_unwrapped([*tail, *ending])))


def sign_here(story: list[Flowable], entries: Sequence[Signature]) -> None:
    """The signature lines after the text, never alone on a page (see `sign_off`)."""
    sign_off(story, signature_block(entries))


def grid_style(family: str, header_rows: int = 1) -> list[tuple[object, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BACKGROUND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
