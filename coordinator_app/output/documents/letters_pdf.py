"""One-page letters: the certificate, the opinion, the training certificate, the referral and
the thank-you diploma."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, KeepTogether

from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import MARGIN, PAGE_SIZE, style_set
from coordinator_app.output.pdf.typography import date_header, para
from coordinator_app.output.pdf.writer import Segment


def _closing(filler: Filler, snapshot: Snapshot, *keys: str) -> Flowable:
    styles = style_set()
    body: list[Flowable] = [blocks.spacer(0.3)]
    for key in keys:
        body += [para(line, styles.body) for line in filler.lines(key)]
    body += [blocks.spacer(0.6), blocks.signatures(snapshot.signatures, styles)]
    return KeepTogether(body)


def _list_section(heading: str, values: list[str]) -> list[Flowable]:
    styles = style_set()
    if not heading or not values:
        return []
    return [blocks.spacer(0.25), para(heading, styles.label), *blocks.items(values, styles)]


def certificate_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += [para(line, styles.body) for line in filler.lines("body")]
    story += _list_section(filler.text("scope"), list(snapshot.lists.get("scope", [])))
    hours = filler.lines("hours")
    if hours:
        story += [blocks.spacer(0.25), *[para(line, styles.body) for line in hours]]
    story += _list_section(filler.text("trainings"), list(snapshot.lists.get("trainings", [])))
    agreement = filler.lines("agreement")
    if agreement:
        story += [blocks.spacer(0.25), *[para(line, styles.body) for line in agreement]]
    story.append(_closing(filler, snapshot, "closing"))
    if snapshot.fields.get("sporzadzil"):
        story += [blocks.spacer(0.8), para(f"Sporządził(a): {snapshot.fields['sporzadzil']}", styles.small)]
    return [
        Segment(story, number_label=f"Zaświadczenie nr {snapshot.number}", footer=blocks.footer(snapshot))
    ]


def opinion_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    lists = snapshot.lists
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += [para(line, styles.body) for line in filler.lines("intro")]
    story += _list_section(filler.text("scope"), list(lists.get("scope", [])))
    story += [para(line, styles.body) for line in filler.lines("hours")]
    story += [blocks.spacer(0.25), para(filler.text("assessment"), styles.label)]
    story += [para(line, styles.body) for line in filler.lines("criteria")]
    story += [para(str(text), styles.body) for text in lists.get("assessment", [])]
    competences = list(lists.get("competences", []))
    skills = [str(text) for text in lists.get("skills", [])]
    if competences or skills:
        story += [blocks.spacer(0.25), para(filler.text("skills"), styles.label)]
        story += blocks.items(competences, styles)
        story += [para(text, styles.body) for text in skills]
    story += _list_section(filler.text("trainings"), list(lists.get("trainings", [])))
    recommendation = [str(text) for text in lists.get("recommendation", [])]
    if recommendation:
        story += [blocks.spacer(0.25), para(filler.text("recommendation"), styles.label)]
        story += [para(text, styles.body) for text in recommendation]
    story.append(_closing(filler, snapshot, "closing"))
    return [Segment(story, number_label=f"Opinia nr {snapshot.number}", footer=blocks.footer(snapshot))]


def training_certificate_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    person = filler.lines("person")
    for index, line in enumerate(person):
        story.append(para(line, styles.big_name if index == 1 else styles.centred))
    story.append(blocks.spacer(0.4))
    story += [para(line, styles.centred) for line in filler.lines("body")]
    story += _list_section(filler.text("programme"), list(snapshot.lists.get("programme", [])))
    story += [blocks.spacer(0.3), para(filler.text("trainer"), styles.body)]
    story.append(_closing(filler, snapshot))
    return [
        Segment(story, number_label=f"Zaświadczenie nr {snapshot.number}", footer=blocks.footer(snapshot))
    ]


def referral_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    for line in filler.lines("body"):
        story += [para(line, styles.body), blocks.spacer(0.12)]
    story.append(_closing(filler, snapshot, "contact"))
    return [Segment(story, number_label=f"Skierowanie nr {snapshot.number}", footer=blocks.footer(snapshot))]


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
