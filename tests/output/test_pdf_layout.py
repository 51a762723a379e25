"""The PDF engine's layout rules every document relies on: a statement's lead-in (`…, że:`, a part
heading) never ends a page without what it introduces, and pages printed in the first copy only
continue that copy's page numbering."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer

from coordinator_app.output.pdf import blocks
from coordinator_app.output.pdf.styles import style_set
from coordinator_app.output.pdf.typography import para
from coordinator_app.output.pdf.writer import DocumentWriter

LEAD_IN = "Ja, niżej podpisana Anna Nowak, oświadczam, że:"


def page_texts(story: list[Flowable], **options: object) -> list[str]:
    buffer = io.BytesIO()
    writer = DocumentWriter(buffer, title="t", author="a")
    writer.add(story, footer="Stopka", number_label="Dokument nr 1", **options)  # type: ignore[arg-type]
    writer.close()
    pdf = pdfium.PdfDocument(io.BytesIO(buffer.getvalue()))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(" ".join(textpage.get_text_range().replace("\u00a0", " ").split()))
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


def page_with(pages: list[str], phrase: str) -> int:
    [found] = [number for number, text in enumerate(pages) if phrase in text]
    return found


@pytest.mark.parametrize("filled_cm", [22.0, 22.4, 22.8, 23.2, 23.6])
def test_a_lead_in_at_a_page_bottom_moves_with_its_first_bullet(filled_cm: float) -> None:
    """Whatever room the page has left, `…, że:` and the heading above it share a page with
    the first bullet; the later bullets may follow on the next page."""
    lines = ["III. Oświadczenie", LEAD_IN, "- pierwszy punkt oświadczenia", "- drugi punkt", "- trzeci punkt"]
    story: list[Flowable] = [Spacer(1, filled_cm * cm), *blocks.statement_lines(lines, style_set())]
    pages = page_texts(story)
    lead = page_with(pages, LEAD_IN)
    assert page_with(pages, "pierwszy punkt") == lead
    assert page_with(pages, "III. Oświadczenie") == lead


@pytest.mark.parametrize("filled_cm", [23.6, 23.8, 24.0, 24.2])
def test_a_lead_in_before_boxes_to_tick_stays_with_the_first_box(filled_cm: float) -> None:
    lines = ["Zwalniam Korzystającego z obowiązku pokrywania kosztów:", "[ ] w całości", "[ ] w części"]
    pages = page_texts([Spacer(1, filled_cm * cm), *blocks.statement_lines(lines, style_set())])
    assert page_with(pages, "kosztów:") == page_with(pages, "w całości")


def test_sentences_are_not_lead_ins_but_headings_and_colons_are() -> None:
    assert blocks.leads_in(LEAD_IN)
    assert blocks.leads_in("II. Postępowanie w razie wypadku lub zagrożenia")
    assert blocks.leads_in("Rodzaj działań: zakupy, wykup leków, opłacanie rachunków")
    assert not blocks.leads_in("Rodzaj działań: zakupy – zagrożenia i zasady jak wyżej.")
    assert not blocks.leads_in("Zgoda jest dobrowolna; jej brak nie wpływa na zawarcie porozumienia. " * 2)


def test_pages_of_the_first_copy_only_continue_its_numbering() -> None:
    styles = style_set()
    story: list[Flowable] = [
        para("Strona pierwsza", styles.body),
        PageBreak(),
        para("Strona druga", styles.body),
    ]
    pages = page_texts(
        story, copies=["Egzemplarz A", "Egzemplarz B"], first_copy_tail=[para("Dodatek", styles.body)]
    )
    assert len(pages) == 5
    assert ["Egzemplarz A" in page for page in pages] == [True, True, True, False, False]
    assert "Dodatek" in pages[2] and "Dokument nr 1 – strona 3 z 3" in pages[2] and "Stopka" in pages[2]
    assert "Dokument nr 1 – strona 1 z 3" in pages[0]
    assert "Dokument nr 1 – strona 2 z 2" in pages[4] and "Egzemplarz B" in pages[4]
    assert not any("Dodatek" in page for page in pages[3:])


def test_without_a_tail_every_copy_is_the_same() -> None:
    styles = style_set()
    pages = page_texts([para("Jedyna strona", styles.body)], copies=["A", "B"])
    assert len(pages) == 2 and all("Jedyna strona" in page and "strona 1 z" not in page for page in pages)
