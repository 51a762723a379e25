"""Batch printing at flat memory: documents laid out a chunk at a time into part files, joined
streaming into one correct PDF; the parts never outlive the batch."""

from __future__ import annotations

import gc
import io
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from coordinator_app.core.issuing.batch import BatchCancelled
from coordinator_app.core.issuing.service import DocumentRequest, PrintableDocument, preview
from coordinator_app.db.engine import Database
from coordinator_app.output.documents import batch
from coordinator_app.output.documents.batch import run_batch, write_in_parts
from coordinator_app.output.documents.render import write_documents
from coordinator_app.output.pdf.concat import PdfJoinError, join_pdfs
from tests.documents_helpers import TODAY, build_world, flat, pdf_text


def certificates(db: Database, count: int) -> Iterator[PrintableDocument]:
    """`count` certificates of one volunteer, each with its own number (as a batch issues them)."""
    world = build_world(db)
    document = preview(db, DocumentRequest("certificate", world.adult), on=TODAY)
    for index in range(1, count + 1):
        snapshot = replace(document.snapshot, number=f"Z/{index}/2025")
        snapshot.fields = {**snapshot.fields, "numer": snapshot.number}
        yield replace(document, snapshot=snapshot)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The target folder, apart from the test database (which lives in tmp_path)."""
    path = tmp_path / "out"
    path.mkdir()
    return path


def page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(io.BytesIO(path.read_bytes()))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            texts.append(flat(textpage.get_text_range()))
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def test_parts_join_into_one_pdf_with_every_page_in_order(db: Database, folder: Path) -> None:
    documents = list(certificates(db, 23))
    out = folder / "zaswiadczenia.pdf"
    pages = write_in_parts(iter(documents), out, title="certificate", chunk=5)
    whole = folder / "whole.pdf"
    assert pages == 23 == write_documents(documents, whole, title="certificate")
    texts = page_texts(out)
    assert len(texts) == 23
    assert [text.split("Nr ")[1].split()[0] for text in texts] == [f"Z/{n}/2025" for n in range(1, 24)]
    assert texts == page_texts(whole)  # the same pages as one canvas would have written
    assert sorted(p.name for p in folder.iterdir()) == ["whole.pdf", "zaswiadczenia.pdf"]
    raw = out.read_bytes()
    assert raw.startswith(b"%PDF-1.4") and raw.rstrip().endswith(b"%%EOF")
    assert b"zawiera dane osobowe" in raw  # the personal-data mark of the first part's properties
    # the same documents give the same file (a reprint is byte-identical)
    again = folder / "again.pdf"
    write_in_parts(iter(documents), again, title="certificate", chunk=5)
    assert again.read_bytes() == raw


def test_one_chunk_is_written_without_joining(db: Database, folder: Path) -> None:
    out = folder / "z.pdf"
    assert write_in_parts(certificates(db, 3), out, title="certificate", chunk=5) == 3
    assert len(page_texts(out)) == 3 and [p.name for p in folder.iterdir()] == ["z.pdf"]


def test_memory_does_not_grow_with_the_number_of_documents(db: Database, folder: Path) -> None:
    documents = list(certificates(db, 60))
    write_in_parts(iter(documents[:2]), folder / "warm.pdf", title="certificate", chunk=10)

    def peak(count: int, chunk: int) -> int:
        gc.collect()
        tracemalloc.start()
        try:
            write_in_parts(iter(documents[:count]), folder / f"{count}.pdf", title="c", chunk=chunk)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    # one canvas for all (the chunk as large as the batch) holds every page until it saves:
    # several KiB a document; in chunks of 10 the 40 more documents cost next to nothing
    one_canvas = peak(60, 60) - peak(20, 60)
    chunked = peak(60, 10) - peak(20, 10)
    assert one_canvas > 40 * 2048
    assert chunked < min(40 * 1024, one_canvas // 4)
    assert peak(60, 10) < peak(60, 60)


def test_a_failure_midway_leaves_neither_parts_nor_pdf(db: Database, folder: Path) -> None:
    def failing() -> Iterator[PrintableDocument]:
        for index, document in enumerate(certificates(db, 30)):
            if index == 17:
                raise RuntimeError("cancelled")
            yield document

    out = folder / "z.pdf"
    with pytest.raises(RuntimeError):
        write_in_parts(failing(), out, title="certificate", chunk=5)
    assert list(folder.iterdir()) == []


def test_a_cancelled_batch_across_parts_leaves_nothing(
    db: Database, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = build_world(db)
    monkeypatch.setattr(batch, "CHUNK", 1)
    out = folder / "dyplomy.pdf"
    with pytest.raises(BatchCancelled):
        run_batch(
            db,
            "thanks",
            [world.man, world.adult],
            out,
            options={"year": 2025},
            on=TODAY,
            progress=lambda done, total: done < 1,
        )
    assert list(folder.iterdir()) == []
    result = run_batch(db, "thanks", [world.man, world.adult], out, options={"year": 2025}, on=TODAY)
    assert (result.documents, result.pages) == (2, 2)
    text = flat(pdf_text(out))
    assert text.index("Mirosław Łukasiewicz") < text.index("Żaneta Żółć")
    assert [p.name for p in folder.iterdir()] == ["dyplomy.pdf"]


def test_a_file_not_written_by_the_app_is_refused(folder: Path) -> None:
    alien = folder / "alien.pdf"
    alien.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /ObjStm >>\nendobj\n%%EOF\n")
    with pytest.raises(PdfJoinError):
        join_pdfs([alien], io.BytesIO())
