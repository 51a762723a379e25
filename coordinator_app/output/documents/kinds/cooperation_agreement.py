"""The cooperation agreement (porozumienie o współpracy) between the OPS and a local partner:
the parties, the numbered sections of its template, the signatures; one copy for each party."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.kinds import PrintedKind, Subject, check
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment

# the template's sections, in print order; one left empty (by its conditions) is not numbered
SECTIONS = ("s_purpose", "s_partner", "s_ops", "s_costs", "s_data", "s_contacts", "s_term", "s_final")
COPIES = ["Egzemplarz dla Ośrodka", "Egzemplarz dla Partnera"]


def cooperation_segments(
    snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None
) -> list[Segment]:
    styles = style_set()
    filler = Filler(snapshot, template)
    story: list[Flowable] = blocks.letterhead(snapshot.letterhead, logo, styles)
    story += blocks.title(filler.text("title"), styles, f"nr {snapshot.number}")
    story.append(para(filler.text("intro"), styles.body))
    story.append(blocks.spacer(0.2))
    story.append(para(filler.text("party_ops"), styles.body))
    story.append(para("a", styles.body))
    story.append(para(filler.text("party_partner"), styles.body))
    story.append(para(filler.text("parties_end"), styles.body))
    number = 0
    for block in SECTIONS:
        found = filler.section(block)
        if found is None:
            continue
        number += 1
        story += blocks.numbered_section(number, found[0], found[1], styles)
    blocks.sign_here(story, snapshot.signatures)
    copies = COPIES if int(snapshot.options.get("copies", 2)) > 1 else []
    return [
        Segment(
            story,
            number_label=f"Porozumienie o współpracy nr {snapshot.number}",
            footer=blocks.footer(snapshot),
            copies=list(copies),
        )
    ]


KIND = PrintedKind(
    kind=DocumentKind.COOPERATION_AGREEMENT,
    title="Porozumienie o współpracy",
    subject=Subject.PARTNER,
    content=cooperation_segments,
    options=(check("copies", N_("two copies"), on_off=(2, 1)),),
)
