"""What the one-page letters (certificate, opinion, training certificate, referral) share: a
list under its heading and the closing with the signatures kept together."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para


def closing(filler: Filler, snapshot: Snapshot, *keys: str) -> Flowable:
    styles = style_set()
    body: list[Flowable] = [blocks.spacer(0.3)]
    for key in keys:
        body += [para(line, styles.body) for line in filler.lines(key)]
    body += [blocks.spacer(0.6), blocks.signatures(snapshot.signatures, styles)]
    return KeepTogether(body)


def list_section(heading: str, values: list[str]) -> list[Flowable]:
    styles = style_set()
    if not heading or not values:
        return []
    return [blocks.spacer(0.25), para(heading, styles.label), *blocks.items(values, styles)]
