"""Writing one or many documents into one PDF, page numbers per document, memory kept steady.
The only place that draws page numbers and footers.

Each document is laid out by its own Platypus `BaseDocTemplate` on one shared canvas, so a
batch of 500 certificates never holds more than one document's flowables. The canvas keeps the
pages of the document being laid out (a few) until it ends, then draws "strona X z Y" on them
when the document has more than one page, and hands them to the PDF. The PDF is written with
`invariant` set: the same documents give byte-identical files (a reprint is the same file).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFStream
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from coordinator_app.output.pdf.fonts import register_fonts
from coordinator_app.output.pdf.styles import (
    FOOTER_FONT_SIZE,
    FRAME_PADDING,
    MARGIN,
    PAGE_SIZE,
    SHEET_FOOTER_FONT_SIZE,
)

PageDecorator = Callable[[canvas.Canvas, int], None]

# The mark every exported file carries in its properties (domain §2.3.5).
PERSONAL_DATA_MARK = "zawiera dane osobowe"


@dataclass
class Segment:
    """A part of a document with its own page numbering ("strona X z Y")."""

    story: list[Flowable]
    number_label: str = ""  # e.g. "Porozumienie nr W/12/2025", beside the page numbers
    footer: str = ""  # the organisation's footer text
    decorate: PageDecorator | None = None
    margins: tuple[float, float, float, float] | None = None
    copies: list[str] = field(default_factory=list)  # labels; the pages are printed once per copy
    # pages only the first copy carries, numbered on from the story's (the OPS's own health
    # consent after its copy of the agreement)
    first_copy_tail: list[Flowable] = field(default_factory=list)


class DocumentCanvas(canvas.Canvas):
    """A canvas whose pages wait until their document ends, then get their page numbers."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pending: list[dict[str, Any]] = []
        self.footer_text = ""
        self.number_label = ""
        self.numbered_always = False
        self.footer_size = FOOTER_FONT_SIZE

    def showPage(self) -> None:  # ReportLab's name
        state = dict(self.__dict__)
        del state["_pending"]
        self._pending.append(state)
        self._startPage()

    def end_document(self, copies: Sequence[str] = ("",), shared: int | None = None) -> int:
        """Emit the pages of the document just laid out, once per copy (an agreement is laid
        out once and printed twice, each copy labelled at the top); with `shared`, the copies
        after the first get only the first `shared` pages. Returns the pages emitted."""
        pending, self._pending = self._pending, []
        current = dict(self.__dict__)
        emitted = 0
        for number, copy in enumerate(copies or ("",)):
            pages = pending if number == 0 or shared is None else pending[:shared]
            total = len(pages)
            emitted += total
            for index, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                self._code = list(state["_code"])  # each emission appends its own footer
                self._draw_footer(index, total)
                if copy:
                    self._draw_copy_label(copy)
                canvas.Canvas.showPage(self)
                _compress_last_page(self)
        # back to the fresh page the last showPage started, with the emptied buffer
        next_page: int = self._pageNumber  # type: ignore[has-type]
        self.__dict__.update(current)
        self._pending = []
        self._pageNumber = next_page
        return emitted

    def _draw_copy_label(self, label: str) -> None:
        self.saveState()
        self.setFont(register_fonts() + "-Oblique", FOOTER_FONT_SIZE + 0.5)
        self.setFillColor(colors.dimgrey)
        self.drawRightString(PAGE_SIZE[0] - MARGIN, PAGE_SIZE[1] - MARGIN / 2, label)
        self.restoreState()

    def _draw_footer(self, page: int, total: int) -> None:
        family = register_fonts()
        self.saveState()
        self.setFont(family, self.footer_size)
        self.setFillColor(colors.dimgrey)
        y = MARGIN / 2
        if total > 1 or self.numbered_always:
            text = f"strona {page} z {total}"
            if self.number_label:
                text = f"{self.number_label} – {text}"
            self.drawCentredString(PAGE_SIZE[0] / 2, y, text)
            y += self.footer_size + 3
        for line in reversed([line for line in self.footer_text.splitlines() if line.strip()][:3]):
            self.drawCentredString(PAGE_SIZE[0] / 2, y, line.strip())
            y += self.footer_size + 2
        self.restoreState()

    def save(self) -> None:
        if self._pending:
            self.end_document()
        super().save()


def _compress_last_page(canv: canvas.Canvas) -> None:
    """Deflate the page just added now rather than when the PDF is saved: ReportLab keeps every
    page until then, and a compressed page is about a fifth of the size (batches of hundreds)."""
    page = canv._doc.Pages.pages[-1]
    stream = getattr(page, "stream", None)
    if not stream or page.Contents:
        return
    contents = PDFStream(content=zlib.compress(stream.encode("utf8") if isinstance(stream, str) else stream))
    contents.dictionary["Filter"] = PDFArray([PDFName("FlateDecode")])
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


class DocumentWriter:
    """One PDF holding documents one after another: `add(story, …)` for each, then `close()`."""

    def __init__(
        self, out: Path | IO[bytes], *, title: str, author: str, subject: str = "", invariant: bool = True
    ) -> None:
        self.family = register_fonts()
        self.invariant = int(invariant)
        if isinstance(out, Path):
            out.parent.mkdir(parents=True, exist_ok=True)
        self._target: str | IO[bytes] = str(out) if isinstance(out, Path) else out
        self.title, self.author, self.subject = title, author, subject
        self.canvas = DocumentCanvas(
            self._target,
            pagesize=PAGE_SIZE,
            invariant=self.invariant,
            initialFontName=self.family,
            lang="pl-PL",
        )
        self.pages = 0
        self.documents = 0

    def add(
        self,
        story: Sequence[Flowable],
        *,
        footer: str = "",
        number_label: str = "",
        decorate: PageDecorator | None = None,
        margins: tuple[float, float, float, float] | None = None,
        copies: Sequence[str] = (),
        first_copy_tail: Sequence[Flowable] = (),
    ) -> int:
        """Lay out one document (its own page numbering), emitted once per copy label when
        `copies` are given; `first_copy_tail` starts on a new page and is printed only in the
        first copy, its pages numbered on from the story's. Returns the pages written."""
        box = margins or (MARGIN, MARGIN, MARGIN + _footer_room(footer), MARGIN)
        self.canvas.footer_text = footer
        self.canvas.number_label = number_label
        self._build(story, box, decorate)
        shared = None
        if first_copy_tail:
            shared = len(self.canvas._pending)
            self._build(first_copy_tail, box, decorate)
        pages = self.canvas.end_document(copies or ("",), shared)
        self.pages += pages
        self.documents += 1
        return pages

    def _build(
        self,
        story: Sequence[Flowable],
        margins: tuple[float, float, float, float],
        decorate: PageDecorator | None,
    ) -> None:
        """Lay the story out on pages of the shared canvas, which keeps them until
        `end_document`."""
        top, right, bottom, left = margins
        doc = BaseDocTemplate(
            self._target,
            pagesize=PAGE_SIZE,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=self.title,
            author=self.author,
            subject=self.subject,
            creator="Koordynator Wolontariatu",
            lang="pl-PL",
            initialFontName=self.family,
            invariant=self.invariant,
        )
        doc._doSave = 0  # the writer saves once, after the last document

        def on_page(canv: canvas.Canvas, document: BaseDocTemplate) -> None:
            if decorate is not None:
                decorate(canv, document.page)

        frame = Frame(
            left,
            bottom,
            PAGE_SIZE[0] - left - right,
            PAGE_SIZE[1] - top - bottom,
            leftPadding=FRAME_PADDING,
            rightPadding=FRAME_PADDING,
            topPadding=FRAME_PADDING,
            bottomPadding=FRAME_PADDING,
            id="body",
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        shared = self.canvas
        doc.build(list(story), canvasmaker=lambda *args, **kwargs: shared)

    def close(self) -> None:
        if self.documents == 0:  # an empty PDF is not valid: one blank page
            self.canvas.showPage()
        self.canvas.setTitle(self.title)
        self.canvas.setAuthor(self.author)
        self.canvas.setSubject(self.subject)
        self.canvas.setKeywords(PERSONAL_DATA_MARK)  # RODO: every file written is marked (issue 15)
        self.canvas.save()


def _footer_room(footer: str) -> float:
    lines = len([line for line in footer.splitlines() if line.strip()][:3])
    return lines * (FOOTER_FONT_SIZE + 2) + (FOOTER_FONT_SIZE + 3)


def write_pdf(out: Path, story: Sequence[Flowable], *, title: str, author: str, subject: str = "") -> Path:
    """A sheet or a summary: `story` on A4 pages with 2 cm margins, every page numbered
    "strona X z Y" in the sheet size, dated metadata (not byte-stable like documents)."""
    writer = DocumentWriter(out, title=title, author=author, subject=subject, invariant=False)
    writer.canvas.numbered_always = True
    writer.canvas.footer_size = SHEET_FOOTER_FONT_SIZE
    writer.add(story, margins=(MARGIN, MARGIN, MARGIN, MARGIN))
    writer.close()
    return out
