"""Batch printing: many documents of one kind issued in one transaction and written into one
PDF, one at a time (memory stays steady), with progress and cancel.

A record that cannot have its document (no confirmed hours, a minor without a guardian …) is
skipped and named in the result; cancelling, or any error, writes nothing: the register is
rolled back and the partial PDF removed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.issuing.service import DocumentRequest, PrintableDocument, issue_in_session
from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused
from coordinator_app.core.issuing.work_data import month_bounds
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Assignment, HoursEntry, Volunteer
from coordinator_app.i18n import _
from coordinator_app.output.documents.kinds import Subject
from coordinator_app.output.documents.registry import printed
from coordinator_app.output.documents.render import write_documents

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class BatchCancelled(Exception):
    """The coordinator cancelled; nothing was issued or written."""


@dataclass
class BatchResult:
    out: Path
    documents: int
    pages: int
    skipped: list[str] = field(default_factory=list)  # "Anna Nowak: the reason"


def _by_name(rows: Sequence[tuple[int, str, str]]) -> list[int]:
    return [row[0] for row in sorted(rows, key=lambda row: polish_sort_key(f"{row[1]} {row[2]}"))]


def volunteers_with_hours(db: Database, first: dt.date, last: dt.date) -> list[int]:
    """Volunteers (not archived) with confirmed hours between the dates, by surname."""
    with db.session() as session:
        has_hours = (
            select(HoursEntry.volunteer_id)
            .where(
                HoursEntry.status == HoursStatus.CONFIRMED.value,
                HoursEntry.work_date >= first,
                HoursEntry.work_date <= last,
            )
            .distinct()
        )
        rows = session.execute(
            select(Volunteer.id, Volunteer.last_name, Volunteer.first_name).where(
                Volunteer.archived.is_(False), Volunteer.id.in_(has_hours)
            )
        ).all()
    return _by_name([tuple(row) for row in rows])  # type: ignore[misc]


def thanks_targets(db: Database, year: int) -> list[int]:
    """The volunteers active in `year`: those with confirmed hours in it."""
    return volunteers_with_hours(db, dt.date(year, 1, 1), dt.date(year, 12, 31))


def timesheet_targets(db: Database, month: str) -> list[int]:
    """Assignments running in the month, by the volunteer's surname."""
    first, last = month_bounds(month)
    with db.session() as session:
        rows = session.execute(
            select(Assignment.id, Volunteer.last_name, Volunteer.first_name)
            .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
            .where(
                Assignment.date_from <= last,
                (Assignment.date_to.is_(None)) | (Assignment.date_to >= first),
                Assignment.status != "planned",
            )
        ).all()
    return _by_name([tuple(row) for row in rows])  # type: ignore[misc]


def run_batch(
    db: Database,
    kind: str,
    ids: Sequence[int],
    out: Path,
    *,
    month: str | None = None,
    options: dict[str, Any] | None = None,
    on: dt.date | None = None,
    progress: Progress | None = None,
    title: str = "",
) -> BatchResult:
    """Issue a document of `kind` for each id and write them all into `out` (PDF)."""
    on = on or dt.date.today()
    total = len(ids)
    skipped: list[str] = []
    issued = 0
    partial = out.with_name(out.name + ".partial")
    out.parent.mkdir(parents=True, exist_ok=True)

    with db.session() as session:

        def documents() -> Iterator[PrintableDocument]:
            nonlocal issued
            for done, record_id in enumerate(ids):
                if progress is not None and not progress(done, total):
                    raise BatchCancelled()
                request = DocumentRequest(kind, record_id, month=month, options=dict(options or {}))
                try:
                    with session.begin_nested():
                        document = issue_in_session(session, request, on)
                except (DocumentRefused, DocumentNotFound) as refusal:
                    skipped.append(f"{_record_name(session, kind, record_id)}: {refusal}")
                    continue
                issued += 1
                yield document
                session.expunge_all()  # keep the identity map (and memory) small
            if progress is not None:
                progress(total, total)

        try:
            if total == 0:
                raise DocumentRefused(_("There is nothing to print for the chosen period."))
            pages = write_documents(documents(), partial, title=title or kind)
            if issued == 0:
                message = _("None of the documents could be issued: {reasons}")
                raise DocumentRefused(message.format(reasons="; ".join(skipped[:3])))
        except BaseException:
            session.rollback()
            with contextlib.suppress(OSError):
                partial.unlink()
            raise
    os.replace(partial, out)
    return BatchResult(out, issued, pages, skipped)


def _record_name(session: Any, kind: str, record_id: int) -> str:
    if printed(kind).subject is Subject.ASSIGNMENT:
        row = session.get(Assignment, record_id)
        volunteer = session.get(Volunteer, row.volunteer_id) if row is not None else None
    else:
        volunteer = session.get(Volunteer, record_id)
    if volunteer is None:
        return f"#{record_id}"
    return f"{volunteer.first_name} {volunteer.last_name}"
