"""Building blocks of the issued documents: styles, the letterhead, numbered sections from
template text, statements with bullets and boxes to tick, lists and signatures."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
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

from coordinator_app.core.issuing.snapshot import Signature, Snapshot
from coordinator_app.output.documents.layout import (
    CONTENT_WIDTH,
    Styles,
    bullet_list,
    date_header,
    escape,
    make_styles,
    para,
    polish_nbsp,
    signature_lines,
    table_style,
)

LOGO_MAX_WIDTH = 2.6 * cm
LOGO_MAX_HEIGHT = 2.2 * cm
BOX = "☐"


@dataclass(frozen=True)
class DocStyles:
    base: Styles
    body: ParagraphStyle  # justified
    point: ParagraphStyle  # a numbered point, hanging indent
    section: ParagraphStyle  # "§ 3" + heading, centred bold
    title: ParagraphStyle
    subtitle: ParagraphStyle
    annex_title: ParagraphStyle
    letter_name: ParagraphStyle
    letter_line: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    right: ParagraphStyle
    centred: ParagraphStyle
    big_name: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_header: ParagraphStyle
    letter_line_plain: ParagraphStyle  # body size, left-aligned (form labels)

    @property
    def family(self) -> str:
        return self.base.family


_STYLES: DocStyles | None = None


def doc_styles() -> DocStyles:
    """The styles (made once: creating ParagraphStyles for each of 500 documents is waste)."""
    global _STYLES
    if _STYLES is None:
        base = make_styles()
        bold = f"{base.family}-Bold"
        body = ParagraphStyle("body", parent=base.normal, fontSize=10, leading=13.5, alignment=TA_JUSTIFY)
        _STYLES = DocStyles(
            base=base,
            body=body,
            point=ParagraphStyle("point", parent=body, leftIndent=16, firstLineIndent=-16, spaceAfter=2.5),
            section=ParagraphStyle(
                "section", parent=body, fontName=bold, alignment=TA_CENTER, spaceBefore=7, spaceAfter=3
            ),
            title=ParagraphStyle("doc_title", parent=base.title, fontSize=14, leading=18, spaceAfter=2),
            subtitle=ParagraphStyle("doc_subtitle", parent=base.subtitle, fontSize=11, leading=14),
            annex_title=ParagraphStyle(
                "annex_title",
                parent=body,
                fontName=bold,
                fontSize=11,
                leading=14,
                alignment=TA_CENTER,
                spaceAfter=8,
            ),
            letter_name=ParagraphStyle(
                "letter_name", parent=body, fontName=bold, fontSize=10.5, leading=13, alignment=TA_LEFT
            ),
            letter_line=ParagraphStyle(
                "letter_line", parent=body, fontSize=8.5, leading=10.5, alignment=TA_LEFT
            ),
            small=ParagraphStyle("doc_small", parent=body, fontSize=8, leading=10, alignment=TA_LEFT),
            small_right=ParagraphStyle(
                "small_right", parent=body, fontSize=8, leading=10, alignment=TA_RIGHT
            ),
            right=ParagraphStyle("doc_right", parent=body, alignment=TA_RIGHT),
            centred=ParagraphStyle("centred", parent=body, alignment=TA_CENTER),
            big_name=ParagraphStyle(
                "big_name", parent=body, fontName=bold, fontSize=20, leading=26, alignment=TA_CENTER
            ),
            label=ParagraphStyle("label", parent=body, fontName=bold, alignment=TA_LEFT),
            cell=ParagraphStyle("doc_cell", parent=base.cell, fontSize=8.5, leading=10.5),
            letter_line_plain=ParagraphStyle("plain_left", parent=body, alignment=TA_LEFT),
            cell_header=ParagraphStyle(
                "doc_cell_header", parent=base.cell_header, fontSize=8.5, leading=10.5
            ),
        )
    return _STYLES


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
    styles: DocStyles,
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


def header(snapshot: Snapshot, logo: bytes | None, styles: DocStyles) -> list[Flowable]:
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


def title(text: str, styles: DocStyles, subtitle: str = "") -> list[Flowable]:
    story: list[Flowable] = [para(text, styles.title)]
    if subtitle:
        story.append(para(subtitle, styles.subtitle))
    story.append(Spacer(1, 0.45 * cm))
    return story


def numbered_section(number: int, heading: str, points: Sequence[str], styles: DocStyles) -> list[Flowable]:
    """`§ 3` and its heading centred, then the points numbered `1.`, `2.` (a single point bare)."""
    head = Paragraph(f"§ {number}<br/>{polish_nbsp(escape(heading))}", styles.section)
    body: list[Flowable] = []
    if len(points) == 1:
        body.append(para(points[0], styles.body))
    else:
        for index, point in enumerate(points, start=1):
            body.append(Paragraph(f"{index}.\u00a0{polish_nbsp(escape(point))}", styles.point))
    # keep the heading with its first point
    return [CondPageBreak(2.5 * cm), KeepTogether([head, body[0]]), *body[1:]]


def statement_lines(lines: Sequence[str], styles: DocStyles) -> list[Flowable]:
    """Paragraphs; `- text` as a bullet, `[ ] text` with a box to tick."""
    story: list[Flowable] = []
    bullets: list[str] = []

    def flush() -> None:
        if bullets:
            story.append(bullet_list(list(bullets), styles.body))
            bullets.clear()

    for line in lines:
        if line.startswith("- "):
            bullets.append(line[2:].strip())
            continue
        flush()
        if line.startswith("[ ]"):
            story.append(Paragraph(f"{BOX}\u00a0\u00a0{polish_nbsp(escape(line[3:].strip()))}", styles.point))
        else:
            story.append(para(line, styles.body))
        story.append(Spacer(1, 0.12 * cm))
    flush()
    return story


def items(values: Sequence[str], styles: DocStyles) -> list[Flowable]:
    return [bullet_list(list(values), styles.body)] if values else []


def signatures(entries: Sequence[Signature], styles: DocStyles) -> Flowable:
    """Signature lines side by side; a single one sits on the right, where a head signs."""
    labels = [entry.label for entry in entries]
    names = [entry.name for entry in entries]
    if len(entries) != 1:
        return signature_lines(labels, styles.base, names=names)
    text = "." * 48 + "<br/>" + polish_nbsp(escape(labels[0]))
    if names[0]:
        text += "<br/>" + polish_nbsp(escape(names[0]))
    cell = Paragraph(text, ParagraphStyle("signature", parent=styles.small, alignment=TA_CENTER))
    table = Table([["", cell]], colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2])
    table.setStyle(
        table_style(styles.family, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 28))
    )
    return table


def spacer(height_cm: float) -> Spacer:
    return Spacer(1, height_cm * cm)
