"""The agreement's RODO pieces: the information clause (annex, domain §2.3.2) and the
health-information consent (art. 9 ust. 2 lit. a RODO), printed after the OPS's copy of the
agreement as the OPS's own document: it is not an annex, so the volunteer's copy never carries
health information."""

from __future__ import annotations

from reportlab.platypus import Flowable

from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.core.issuing.snapshot import Signature, Snapshot
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para

OPS_COPY = "Egzemplarz dla Korzystającego"


def gdpr_annex_lines(filler: Filler) -> list[str]:
    """The clause annex: the organisation's own clause when it set one, else the default."""
    if filler.values.get("klauzula_rodo"):
        return filler.lines("annex_gdpr")
    default = "\n".join(filler.lines("gdpr_default"))
    return Filler(filler.snapshot, filler.template, {**filler.values, "klauzula_rodo": default}).lines(
        "annex_gdpr"
    )


def health_consent_story(snapshot: Snapshot, filler: Filler) -> list[Flowable]:
    """The consent form (prefilled from the consent on record) for the OPS's file only, to
    follow the OPS's copy; nothing when the volunteer is an adult with no consent on record."""
    if "zdrowie" not in snapshot.flags:
        return []
    styles = style_set()
    lines = filler.lines("health_consent")
    if not lines:
        return []
    if "maloletni" in snapshot.flags:
        signers = [Signature("data i podpis przedstawiciela ustawowego", snapshot.fields.get("opiekun", ""))]
    else:
        label = "data i podpis " + gendered(snapshot.sex, "Wolontariusza", "Wolontariuszki")
        signers = [Signature(label, snapshot.fields.get("imie_nazwisko", ""))]
    story: list[Flowable] = [
        para(
            f"Dokument Korzystającego do porozumienia nr {snapshot.number} – nie stanowi jego części "
            "i nie jest dołączany do egzemplarza drugiej strony",
            styles.small_right,
        ),
        blocks.spacer(0.2),
        para(lines[0], styles.annex_title),
        *blocks.statement_lines(lines[1:], styles),
    ]
    blocks.sign_here(story, signers)
    return story
