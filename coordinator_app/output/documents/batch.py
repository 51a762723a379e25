"""Batch printing: many documents of one kind issued in one transaction (core.issuing.batch)
and written into one PDF with progress and cancel, at flat memory: every `CHUNK` documents are
laid out into a part file beside the target (a ReportLab canvas keeps every page until it saves,
about 7 KiB a certificate), and the parts are joined into the PDF streaming
(output.pdf.concat), so 500 certificates need no more memory than 50.

A record that cannot have its document (no confirmed hours, a minor without a guardian …) is
skipped and named in the result; cancelling, or any error, writes nothing: the register is
rolled back and the partial PDF and its parts removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Any

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.batch import Progress, issuing_batch
from coordinator_app.core.issuing.service import PrintableDocument
from coordinator_app.core.issuing.snapshot import DocumentRefused
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.output.documents.kinds import Subject
from coordinator_app.output.documents.registry import printed
from coordinator_app.output.documents.render import write_documents
from coordinator_app.output.pdf.concat import join_pdfs

# Documents laid out into one part file: the peak memory of a batch is that of this many.
CHUNK = 50


@dataclass
class BatchResult:
    out: Path
    documents: int
    pages: int
    skipped: list[str] = field(default_factory=list)  # "Anna Nowak: the reason"


def run_batch(
    db: Database,
    kind: str,
    ids: Sequence[int],
    out: Path,
    *,
    month: Month | None = None,
    options: dict[str, Any] | None = None,
    on: dt.date | None = None,
    progress: Progress | None = None,
    title: str = "",
) -> BatchResult:
    """Issue a document of `kind` for each id and write them all into `out` (PDF)."""
    on = on or dt.date.today()
    total = len(ids)
    partial = out.with_name(out.name + ".partial")
    out.parent.mkdir(parents=True, exist_ok=True)

    by_assignment = printed(kind).subject is Subject.ASSIGNMENT
    by_agreement = printed(kind).subject is Subject.AGREEMENT
    settings = {"on": on, "month": month, "options": dict(options or {}), "progress": progress}
    with issuing_batch(
        db, kind, ids, by_assignment=by_assignment, by_agreement=by_agreement, **settings
    ) as run:
        try:
            if total == 0:
                raise DocumentRefused(_("There is nothing to print for the chosen period."))
            pages = write_in_parts(run.documents(), partial, title=title or kind)
            if run.issued == 0:
                message = _("None of the documents could be issued: {reasons}")
                raise DocumentRefused(message.format(reasons="; ".join(run.skipped[:3])))
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    os.replace(partial, out)
    return BatchResult(out, run.issued, pages, run.skipped)


def write_in_parts(
    documents: Iterable[PrintableDocument], out: Path, *, title: str, chunk: int = CHUNK
) -> int:
    """The documents into one PDF at `out`, laid out `chunk` at a time into part files beside
    it and joined streaming; returns the page count. The parts are removed in every case."""
    parts: list[Path] = []
    pages = 0
    try:
        for group in _groups(documents, chunk):
            parts.append(out.with_name(f"{out.name}.{len(parts) + 1}"))
            pages += write_documents(group, parts[-1], title=title)
            gc.collect()  # the part's canvas and layout are cycles: free them before the next
        if len(parts) > 1:
            with out.open("wb") as target:
                return join_pdfs(parts, target)
        if parts:
            os.replace(parts.pop(), out)
            return pages
        return write_documents((), out, title=title)  # nothing issued: the caller refuses
    finally:
        for part in parts:
            with contextlib.suppress(OSError):
                part.unlink()


def _groups(documents: Iterable[PrintableDocument], size: int) -> Iterator[Iterator[PrintableDocument]]:
    """`documents` in runs of `size`, each taken from the source only as it is consumed."""
    source = iter(documents)
    while (first := next(source, None)) is not None:
        yield chain((first,), islice(source, size - 1))
