"""Issuing many documents of one kind in one transaction (batch printing): who gets one, and
the run itself, which hands out the documents one at a time so the caller can write each into
the PDF before the next is made (memory stays steady).

A record that cannot have its document (no confirmed hours, a minor without a guardian …) is
skipped and named; cancelling, or any error, rolls the whole batch back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.calendar import Month
from coordinator_app.core.enums import HoursStatus
from coordinator_app.core.issuing.service import DocumentRequest, PrintableDocument, issue_in_session
from coordinator_app.core.issuing.snapshot import DocumentNotFound, DocumentRefused
from coordinator_app.core.text import polish_sort_key
from coordinator_app.db.engine import Database
from coordinator_app.db.models import Agreement, Assignment, HoursEntry, Volunteer
from coordinator_app.i18n import _

Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel


class BatchCancelled(Exception):
    """The coordinator cancelled; nothing was issued or written."""


def _by_name(rows: Sequence[tuple[int, str, str]]) -> list[int]:
    return [row[0] for row in sorted(rows, key=lambda row: polish_sort_key(f"{row[1]} {row[2]}"))]


def volunteers_with_hours(db: Database, first: dt.date, last: dt.date) -> list[int]:
    """Volunteers (not archived, processing not restricted) with confirmed hours between the
    dates, by surname."""
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
                Volunteer.archived.is_(False),
                Volunteer.restricted_on.is_(None),
                Volunteer.id.in_(has_hours),
            )
        ).all()
    return _by_name([tuple(row) for row in rows])  # type: ignore[misc]


def thanks_targets(db: Database, year: int) -> list[int]:
    """The volunteers active in `year`: those with confirmed hours in it."""
    return volunteers_with_hours(db, dt.date(year, 1, 1), dt.date(year, 12, 31))


def timesheet_targets(db: Database, month: Month) -> list[int]:
    """Assignments running in the month, by the volunteer's surname."""
    first, last = month.first, month.last
    with db.session() as session:
        rows = session.execute(
            select(Assignment.id, Volunteer.last_name, Volunteer.first_name)
            .join(Volunteer, Volunteer.id == Assignment.volunteer_id)
            .where(
                Assignment.date_from <= last,
                (Assignment.date_to.is_(None)) | (Assignment.date_to >= first),
                Assignment.status != "planned",
                Volunteer.restricted_on.is_(None),
            )
        ).all()
    return _by_name([tuple(row) for row in rows])  # type: ignore[misc]


@dataclass
class BatchRun:
    """The documents of one batch, issued one at a time by `documents()`."""

    session: Session
    kind: str
    ids: Sequence[int]
    on: dt.date
    month: Month | None = None
    options: dict[str, Any] = field(default_factory=dict)
    progress: Progress | None = None
    by_assignment: bool = False  # the ids name assignments (else volunteers)
    by_agreement: bool = False  # the ids name agreements (the short agreements of an action)
    issued: int = 0
    skipped: list[str] = field(default_factory=list)  # "Anna Nowak: the reason"

    def documents(self) -> Iterator[PrintableDocument]:
        total = len(self.ids)
        for done, record_id in enumerate(self.ids):
            if self.progress is not None and not self.progress(done, total):
                raise BatchCancelled()
            if self._restricted(record_id):
                reason = _("processing of their data is restricted (art. 18 RODO)")
                self.skipped.append(f"{self._record_name(record_id)}: {reason}")
                continue
            request = DocumentRequest(self.kind, record_id, month=self.month, options=dict(self.options))
            try:
                with self.session.begin_nested():
                    document = issue_in_session(self.session, request, self.on)
            except (DocumentRefused, DocumentNotFound) as refusal:
                self.skipped.append(f"{self._record_name(record_id)}: {refusal}")
                continue
            self.issued += 1
            yield document
            self.session.expunge_all()  # keep the identity map (and memory) small
        if self.progress is not None:
            self.progress(total, total)

    def _volunteer(self, record_id: int) -> Volunteer | None:
        """The volunteer the record belongs to."""
        row: Assignment | Agreement | None = None
        if self.by_assignment:
            row = self.session.get(Assignment, record_id)
        elif self.by_agreement:
            row = self.session.get(Agreement, record_id)
        else:
            return self.session.get(Volunteer, record_id)
        return self.session.get(Volunteer, row.volunteer_id) if row is not None else None

    def _restricted(self, record_id: int) -> bool:
        volunteer = self._volunteer(record_id)
        return volunteer is not None and volunteer.restricted_on is not None

    def _record_name(self, record_id: int) -> str:
        volunteer = self._volunteer(record_id)
        if volunteer is None:
            return f"#{record_id}"
        return f"{volunteer.first_name} {volunteer.last_name}"


@contextmanager
def issuing_batch(db: Database, kind: str, ids: Sequence[int], **settings: Any) -> Iterator[BatchRun]:
    """One transaction for the whole batch: committed when the block ends, rolled back (nothing
    issued) when it raises. `settings` are BatchRun's: on, month, options, progress,
    by_assignment."""
    with db.session() as session:
        try:
            yield BatchRun(session, kind, ids, **settings)
        except BaseException:
            session.rollback()
            raise
