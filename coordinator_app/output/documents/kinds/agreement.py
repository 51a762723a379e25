"""The agreement (porozumienie, domain §8.1): two copies, its attachments and statements."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable, KeepTogether, PageBreak

from coordinator_app.core.issuing.catalog import DocumentKind
from coordinator_app.core.issuing.grammar import gendered
from coordinator_app.core.issuing.snapshot import Signature, Snapshot
from coordinator_app.i18n import N_
from coordinator_app.output.documents.fill import Filler
from coordinator_app.output.documents.gdpr_parts import OPS_COPY, gdpr_annex_lines, health_consent_story
from coordinator_app.output.documents.kinds import PrintedKind, Subject, check
from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import Segment

SECTIONS: tuple[tuple[str, str], ...] = (
    ("s_basis", "par_podstawa"),
    ("s_scope", "par_zakres"),
    ("s_manner", "par_sposob"),
    ("s_time", "par_czas"),
    ("s_ops_duties", "par_obowiazki_ops"),
    ("s_costs", "par_koszty"),
    ("s_insurance", "par_ubezpieczenie"),
    ("s_volunteer_duties", "par_obowiazki"),
    ("s_vetting", "par_kwalifikacje"),
    ("s_termination", "par_rozwiazanie"),
    ("s_minor", "par_maloletni"),
    ("s_data", "par_dane"),
    ("s_final", "par_koncowe"),
)


# (template block, placeholder, the flag that includes it; None = always), in print order
ANNEXES: tuple[tuple[str, str, str | None], ...] = (
    ("annex_health_safety", "zal_bhp", None),
    ("annex_confidentiality", "zal_poufnosc", None),
    ("annex_travel_waiver", "zal_koszty", "travel_waiver_form"),
    ("annex_guardian", "zal_opiekun", "maloletni"),
    ("annex_gdpr", "zal_rodo", None),
    ("annex_image", "zal_wizerunek", "wizerunek"),
    ("annex_child_protection", "zal_standardy", "praca_z_dziecmi"),
)


def _annexes(snapshot: Snapshot) -> list[tuple[str, str]]:
    flags = set(snapshot.flags)
    if snapshot.options.get("travel_waiver_form"):
        flags.add("travel_waiver_form")
    return [(block, name) for block, name, flag in ANNEXES if flag is None or flag in flags]


def _numbering(snapshot: Snapshot, template: Mapping[str, str]) -> dict[str, str]:
    """§ numbers of the sections printed and the annex numbers, as placeholder values."""
    values: dict[str, str] = {name: "" for _block, name, _flag in ANNEXES}
    for index, (_block, name) in enumerate(_annexes(snapshot), start=1):
        values[name] = f"załącznik nr {index}"
    probe = Filler(snapshot, template, values)
    number = 0
    for block, name in SECTIONS:
        if probe.section(block) is not None:
            number += 1
            values[name] = str(number)
    return values


def _volunteer_signatures(snapshot: Snapshot) -> list[Signature]:
    """Who signs a statement: the volunteer, the guardian too for a minor (only the guardian
    for a child under 13)."""
    flags = set(snapshot.flags)
    name = snapshot.fields.get("imie_nazwisko", "")
    label = "data i podpis " + gendered(snapshot.sex, "Wolontariusza", "Wolontariuszki")
    guardian = Signature("data i podpis przedstawiciela ustawowego", snapshot.fields.get("opiekun", ""))
    if "ponizej_13" in flags:
        return [guardian]
    if "maloletni" in flags:
        return [Signature(label, name), guardian]
    return [Signature(label, name)]


def _annex_pages(snapshot: Snapshot, filler: Filler) -> list[Flowable]:
    styles = style_set()
    story: list[Flowable] = []
    number = snapshot.number
    for index, (block, _name) in enumerate(_annexes(snapshot), start=1):
        lines = gdpr_annex_lines(filler) if block == "annex_gdpr" else filler.lines(block)
        heading, body = (lines[0], lines[1:]) if lines else ("", [])
        annex: list[Flowable] = [
            para(f"Załącznik nr {index} do porozumienia nr {number}", styles.small_right),
            blocks.spacer(0.2),
            para(heading, styles.annex_title),
            *blocks.statement_lines(body, styles),
        ]
        if block == "annex_guardian":
            signers = [
                Signature("data i podpis przedstawiciela ustawowego", snapshot.fields.get("opiekun", ""))
            ]
        elif block == "annex_gdpr":
            signers = _volunteer_signatures(snapshot)
        elif block == "annex_confidentiality" and "ponizej_13" not in snapshot.flags:
            # the OPS signs the art. 29 RODO authorisation a child under 13 never gets
            signers = [
                *_volunteer_signatures(snapshot)[:1],
                Signature("za administratora danych (podpis, pieczęć)", snapshot.signatures[0].name),
            ]
        else:
            signers = _volunteer_signatures(snapshot)
        # a statement longer than a page still ends with text above its signatures
        blocks.sign_here(annex, signers)
        story += [PageBreak() if index == 1 else blocks.spacer(0.9), KeepTogether(annex)]
    return story


def agreement_segments(snapshot: Snapshot, template: Mapping[str, str], logo: bytes | None) -> list[Segment]:
    """Laid out once; with two copies each page is printed twice, labelled for each party."""
    styles = style_set()
    filler = Filler(snapshot, template, _numbering(snapshot, template))
    story: list[Flowable] = blocks.letterhead(snapshot.letterhead, logo, styles)
    story += blocks.title(filler.text("title"), styles, f"nr {snapshot.number}")
    story.append(para(filler.text("intro"), styles.body))
    story.append(blocks.spacer(0.2))
    story.append(para(filler.text("party_ops"), styles.body))
    story.append(para("a", styles.body))
    story += [para(line, styles.body) for line in filler.lines("party_volunteer")]
    story.append(para(filler.text("parties_end"), styles.body))
    number = 0
    for block, _name in SECTIONS:
        found = filler.section(block)
        if found is None:
            continue
        number += 1
        story += blocks.numbered_section(number, found[0], found[1], styles)
    blocks.sign_here(story, snapshot.signatures)
    annexes = _annexes(snapshot)
    if annexes:
        titles = []
        for block, _name in annexes:
            lines = filler.lines(block)
            titles.append(lines[0] if lines else block)
        listing = [f"nr {i} – {t}" for i, t in enumerate(titles, start=1)]
        story.append(
            KeepTogether(
                [blocks.spacer(0.6), para("Załączniki:", styles.label), *blocks.items(listing, styles)]
            )
        )
    story += _annex_pages(snapshot, filler)
    return [
        Segment(
            story,
            number_label=f"Porozumienie nr {snapshot.number}",
            footer=blocks.footer(snapshot),
            copies=copy_labels(snapshot),
            first_copy_tail=health_consent_story(snapshot, filler),
        )
    ]


def copy_labels(snapshot: Snapshot) -> list[str]:
    """The OPS's copy first (the health consent follows it), then the other party's: the
    guardian's for a child under 13, who concludes the agreement in the child's name."""
    if int(snapshot.options.get("copies", 2)) <= 1:
        return []
    if "ponizej_13" in snapshot.flags:
        other = "Egzemplarz dla przedstawiciela ustawowego " + gendered(
            snapshot.sex, "Wolontariusza", "Wolontariuszki"
        )
    else:
        other = "Egzemplarz dla " + gendered(snapshot.sex, "Wolontariusza", "Wolontariuszki")
    return [OPS_COPY, other]


KIND = PrintedKind(
    kind=DocumentKind.AGREEMENT,
    title="Porozumienie",
    subject=Subject.AGREEMENT,
    content=agreement_segments,
    options=(
        check("copies", N_("two copies"), on_off=(2, 1)),
        check("image_consent", N_("image consent form")),
        check("travel_waiver_form", N_("travel-cost waiver form"), default=False),
    ),
)
