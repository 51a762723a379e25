"""Issued documents to PDF: one document, or a stream of them into one file (batches)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from coordinator_app.core.issuing.catalog import spec
from coordinator_app.core.issuing.service import PrintableDocument
from coordinator_app.core.issuing.snapshot import Snapshot
from coordinator_app.output.documents import agreement_pdf, forms_pdf, letters_pdf
from coordinator_app.output.pdf.writer import DocumentWriter, Segment

Builder = Callable[[Snapshot, dict[str, str], bytes | None], list[Segment]]

BUILDERS: dict[str, Builder] = {
    "agreement": agreement_pdf.agreement_segments,
    "annex": agreement_pdf.annex_segments,
    "termination": agreement_pdf.termination_segments,
    "certificate": letters_pdf.certificate_segments,
    "opinion": letters_pdf.opinion_segments,
    "training_certificate": letters_pdf.training_certificate_segments,
    "referral": letters_pdf.referral_segments,
    "thanks": letters_pdf.thanks_segments,
    "timesheet": forms_pdf.timesheet_segments,
    "intake_form": forms_pdf.intake_form_segments,
}


def segments(document: PrintableDocument) -> list[Segment]:
    return BUILDERS[document.kind](document.snapshot, document.template, document.logo)


def _title(document: PrintableDocument) -> str:
    label = spec(document.kind).label_msgid
    titles = {
        "agreement": "Porozumienie",
        "annex": "Aneks do porozumienia",
        "termination": "Rozwiązanie porozumienia",
        "certificate": "Zaświadczenie",
        "opinion": "Opinia",
        "training_certificate": "Zaświadczenie o ukończeniu szkolenia",
        "referral": "Skierowanie",
        "timesheet": "Karta czasu pracy",
        "thanks": "Podziękowanie",
        "intake_form": "Karta zgłoszenia wolontariusza",
    }
    title = titles.get(document.kind, label)
    return f"{title} nr {document.number}" if document.number else title


def add_document(writer: DocumentWriter, document: PrintableDocument) -> int:
    """Lay out one document (all its segments) on the writer; returns its pages."""
    pages = 0
    for segment in segments(document):
        pages += writer.add(
            segment.story,
            footer=segment.footer,
            number_label=segment.number_label,
            decorate=segment.decorate,
            margins=segment.margins,
            copies=segment.copies,
        )
    return pages


def write_document(document: PrintableDocument, out: Path | IO[bytes]) -> int:
    """The document as a PDF file (or into a binary stream); returns the page count."""
    writer = DocumentWriter(
        out,
        title=_title(document),
        author=str(document.snapshot.letterhead.get("name") or "Koordynator Wolontariatu"),
        subject=document.snapshot.recipient,
    )
    pages = add_document(writer, document)
    writer.close()
    return pages


def write_documents(
    documents: Iterable[PrintableDocument], out: Path | IO[bytes], *, title: str, author: str = ""
) -> int:
    """Many documents into one PDF, taken one at a time from `documents` (a generator keeps
    memory steady); returns the page count."""
    writer = DocumentWriter(out, title=title, author=author or "Koordynator Wolontariatu")
    for document in documents:
        add_document(writer, document)
    writer.close()
    return writer.pages
