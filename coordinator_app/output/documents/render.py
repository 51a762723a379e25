"""Issued documents to PDF: one document, or a stream of them into one file (batches)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from coordinator_app.core.issuing.service import PrintableDocument
from coordinator_app.output.documents.registry import printed
from coordinator_app.output.pdf.writer import DocumentWriter, Segment


def segments(document: PrintableDocument) -> list[Segment]:
    content = printed(document.kind).content
    if content is None:
        raise ValueError(f"{document.kind} is not printed from a snapshot")
    return content(document.snapshot, document.template, document.logo)


def _title(document: PrintableDocument) -> str:
    title = printed(document.kind).title
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
            first_copy_tail=segment.first_copy_tail,
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
