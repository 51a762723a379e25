"""Batch printing: many documents of one kind issued in one transaction (core.issuing.batch)
and written into one PDF, one at a time (memory stays steady), with progress and cancel.

A record that cannot have its document (no confirmed hours, a minor without a guardian …) is
skipped and named in the result; cancelling, or any error, writes nothing: the register is
rolled back and the partial PDF removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordinator_app.core.calendar import Month
from coordinator_app.core.issuing.batch import Progress, issuing_batch
from coordinator_app.core.issuing.snapshot import DocumentRefused
from coordinator_app.db.engine import Database
from coordinator_app.i18n import _
from coordinator_app.output.documents.kinds import Subject
from coordinator_app.output.documents.registry import printed
from coordinator_app.output.documents.render import write_documents


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
            pages = write_documents(run.documents(), partial, title=title or kind)
            if run.issued == 0:
                message = _("None of the documents could be issued: {reasons}")
                raise DocumentRefused(message.format(reasons="; ".join(run.skipped[:3])))
        except BaseException:
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    os.replace(partial, out)
    return BatchResult(out, run.issued, pages, run.skipped)
