"""The certificate of volunteer services (zaświadczenie, art. 44 ust. 2)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import Batch, PrintedKind, PrintOption, Subject, check
from coordinator_app.output.documents.letter import closing, list_section
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment


def certificate_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.header(snapshot, logo, styles)
    story += blocks.title(filler.text("title"), styles, filler.text("subtitle"))
    story += [para(line, styles.body) for line in filler.lines("body")]
    story += list_section(filler.text("scope"), list(snapshot.lists.get("scope", [])))
    hours = filler.lines("hours")
    if hours:
        story += [blocks.spacer(0.25), *[para(line, styles.body) for line in hours]]
    story += list_section(filler.text("trainings"), list(snapshot.lists.get("trainings", [])))
    agreement = filler.lines("agreement")
    if agreement:
        story += [blocks.spacer(0.25), *[para(line, styles.body) for line in agreement]]
    blocks.sign_off(story, [closing(filler, snapshot, "closing")])
    if snapshot.fields.get("sporzadzil"):
        made = snapshot.fields.get("sporzadzil_forma") or "Sporządził(a)"
        story += [blocks.spacer(0.8), para(f"{made}: {snapshot.fields['sporzadzil']}", styles.small)]
    return [
        Segment(story, number_label=f"Zaświadczenie nr {snapshot.number}", footer=blocks.footer(snapshot))
    ]


def _year(year: int) -> dict[str, Any]:
    return {"period_from": f"{year}-01-01", "period_to": f"{year}-12-31"}


KIND = PrintedKind(
    kind=DocumentKind.CERTIFICATE,
    title="Zaświadczenie",
    subject=Subject.VOLUNTEER,
    content=certificate_segments,
    options=(
        check("hours", N_("total hours")),
        check("trainings", N_("trainings")),
        PrintOption(
            "purpose", "text", N_("For (purpose):"), placeholder=N_("e.g. the school"), max_length=150
        ),
    ),
    batch=Batch(
        N_("Certificates for the volunteers active in a year"),
        "zaswiadczenia",
        monthly=False,
        position=3,
        options=_year,
    ),
)
