"""The thank-you diploma (podziękowanie) for a year of services."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import Batch, PrintedKind, PrintOption, Subject, check
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import MARGIN, PAGE_SIZE, style_set
from coordinator_app.output.pdf.typography import date_header, para
from coordinator_app.output.pdf.writer import Segment


def _diploma_border(canv: canvas.Canvas, _page: int) -> None:
    width, height = PAGE_SIZE
    canv.saveState()
    canv.setStrokeColor(colors.HexColor("#8a6d3b"))
    canv.setLineWidth(3)
    canv.rect(1.2 * cm, 1.2 * cm, width - 2.4 * cm, height - 2.4 * cm)
    canv.setLineWidth(0.8)
    canv.rect(1.5 * cm, 1.5 * cm, width - 3.0 * cm, height - 3.0 * cm)
    canv.restoreState()


def thanks_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    big_title, text_style = styles.diploma_title, styles.diploma_text
    head = dict(snapshot.letterhead)
    story: list[Flowable] = []
    if logo:
        image = blocks.logo_image(logo, 3.2 * cm, 3.0 * cm)
        if image is not None:
            image.hAlign = "CENTER"
            story += [image, blocks.spacer(0.3)]
    story += [para(str(head.get("name") or ""), styles.centred), blocks.spacer(2.2)]
    story.append(para(filler.text("title"), big_title))
    story.append(blocks.spacer(1.0))
    lines = filler.lines("addressee")
    for index, line in enumerate(lines):
        story.append(para(line, styles.big_name if index == len(lines) - 1 else text_style))
    story.append(blocks.spacer(1.0))
    for line in filler.lines("body"):
        story += [para(line, text_style), blocks.spacer(0.25)]
    place = str(head.get("place") or "")
    story += [
        blocks.spacer(1.2),
        para(date_header(place, blocks.issued_date(snapshot)), styles.centred),
        blocks.spacer(0.6),
        blocks.signatures(snapshot.signatures, styles),
        blocks.spacer(1.5),
        para(f"Nr {snapshot.number}", styles.small),
    ]
    margin = MARGIN + 0.4 * cm
    return [
        Segment(
            story,
            number_label=f"Podziękowanie nr {snapshot.number}",
            decorate=_diploma_border,
            margins=(margin + 0.6 * cm, margin, margin, margin),
        )
    ]


KIND = PrintedKind(
    kind=DocumentKind.THANKS,
    title="Podziękowanie",
    subject=Subject.VOLUNTEER,
    content=thanks_segments,
    options=(
        PrintOption("year", "year", N_("Year:")),
        check("hours", N_("the year's hours")),
    ),
    batch=Batch(
        N_("Thank-you diplomas for the volunteers active in a year"),
        "podziekowania",
        monthly=False,
        position=1,
        options=lambda year: {"year": year},
    ),
)
