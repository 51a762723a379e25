"""Read-only vetting questions asked by other features: the assignment gate (one volunteer,
inside the caller's transaction), the dashboard and lists (thousands of volunteers at once).

"The current record" of a volunteer is the vetting entered last (`created_at`, then `id`):
a periodic review starts a new record and the older ones stay as history. Only the current
record counts.

These functions return verdicts, not the record's content, and write no audit entry. The
sentences about an entry found in a register are themselves criminal-record data (art. 10 RODO):
a screen that shows them should call `record_vetting_view` in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.core.audit import record_event
from coordinator_app.core.enums import VolunteerStatus
from coordinator_app.core.settings import RESIDENCE_STATEMENT_FROM_EVERYONE
from coordinator_app.core.text import polish_sort_key
from coordinator_app.core.vetting.data import (
    VETTING_FIELDS,
    ExpiringVetting,
    VettingCheck,
    VettingData,
    VettingStatus,
    VettingSummary,
)
from coordinator_app.core.vetting.rules import evaluate, gap_items, status_of
from coordinator_app.core.volunteers.data import VolunteerNotFound
from coordinator_app.db.engine import Database
from coordinator_app.db.models import IssuedDocument, Setting, Vetting, Volunteer

VIEW_ENTITY = "volunteer"  # a view is recorded against the person whose data was shown
VIEW_REASON = "vetting"
_IN_LIMIT = 900  # below SQLite's oldest bound on query parameters (999)
_COLUMNS = [getattr(Vetting, name) for name in VETTING_FIELDS]
NEWEST_FIRST = (Vetting.created_at.desc(), Vetting.id.desc())


def current_vetting(session: Session, volunteer_id: int) -> Vetting | None:
    """The volunteer's current vetting row (the one entered last), or None."""
    return session.scalars(
        select(Vetting).where(Vetting.volunteer_id == volunteer_id).order_by(*NEWEST_FIRST).limit(1)
    ).first()


def data_of(row: Vetting) -> VettingData:
    return VettingData(**{name: getattr(row, name) for name in VETTING_FIELDS})


def _citizenship(session: Session, volunteer_id: int) -> str | None:
    found = session.execute(select(Volunteer.citizenship).where(Volunteer.id == volunteer_id)).first()
    if found is None:
        raise VolunteerNotFound(volunteer_id)
    return found[0]


def vetting_check(session: Session, volunteer_id: int, on: dt.date) -> VettingCheck:
    """The full verdict for work with minors on the day `on` (two small queries)."""
    citizenship = _citizenship(session, volunteer_id)
    row = current_vetting(session, volunteer_id)
    everyone = statement_from_everyone(session)
    return evaluate(None if row is None else data_of(row), citizenship, on, everyone)


def statement_from_everyone(session: Session) -> bool:
    """Whether every volunteer working with minors signs the statement on countries of residence."""
    setting = RESIDENCE_STATEMENT_FROM_EVERYONE
    return bool(setting.value_from(session.scalar(select(Setting.value).where(Setting.key == setting.key))))


def vetting_gaps(session: Session, volunteer_id: int, on: dt.date) -> tuple[str, ...]:
    """Empty when the volunteer has a complete, valid vetting for work with minors on `on`;
    otherwise one Polish sentence per missing or failing item, e.g. "Brak weryfikacji w RSPTS
    (Rejestr z dostępem ograniczonym)." The caller adds the volunteer's name.

    Missing items may be overridden by the coordinator with a reason; an entry found in a
    register may not (see `vetting_blocks_absolutely` and `VettingCheck.blocking`).
    Raises `VolunteerNotFound` for an unknown volunteer.
    """
    return vetting_check(session, volunteer_id, on).gaps


def vetting_blocks_absolutely(session: Session, volunteer_id: int) -> bool:
    """True when the current record shows an entry found in RSPTS, in the State Commission
    register or in the KRK information: no override may admit this person to work with minors."""
    return vetting_check(session, volunteer_id, dt.date.today()).blocks_absolutely


def record_vetting_view(session: Session, volunteer_id: int, context: str | None = None) -> None:
    """Write the audit entry for showing vetting content (art. 10 RODO: every view is logged)."""
    reason = VIEW_REASON if not context else f"{VIEW_REASON}: {context}"
    record_event(session, VIEW_ENTITY, volunteer_id, "view", reason[:300])


def _rows_for(session: Session, query: Any, column: Any, ids: Sequence[int]) -> list[Any]:
    """Rows of `query` for `ids`: an IN list when short, else every row (filtered by the caller)."""
    connection = session.connection()  # plain tuples: no ORM bookkeeping for thousands of rows
    if len(ids) > _IN_LIMIT:
        return list(connection.execute(query))
    return list(connection.execute(query.where(column.in_(ids))))


def vetting_status_for(
    session: Session, volunteer_ids: Iterable[int], on: dt.date
) -> dict[int, VettingStatus]:
    """The vetting status of each volunteer on the day `on`, in two queries whatever the count
    (10,000 volunteers are judged in well under a second). Values are `VettingStatus` members,
    which are also plain strings: "complete", "incomplete", "expired", "missing", and "blocked"
    (an entry was found; the list should not say which register). Unknown ids are "missing"."""
    ids = sorted(set(volunteer_ids))
    if not ids:
        return {}
    wanted = set(ids)
    citizenship = {
        vid: text
        for vid, text in _rows_for(session, select(Volunteer.id, Volunteer.citizenship), Volunteer.id, ids)
        if vid in wanted
    }
    current: dict[int, VettingData] = {}
    query = select(Vetting.volunteer_id, *_COLUMNS).order_by(
        Vetting.volunteer_id, Vetting.created_at, Vetting.id
    )
    for vid, *values in _rows_for(session, query, Vetting.volunteer_id, ids):
        if vid in wanted:
            current[vid] = VettingData(*values)  # the last row of a volunteer is the newest
    result: dict[int, VettingStatus] = {}
    empty = VettingData()
    everyone = statement_from_everyone(session)
    for vid in ids:
        record = current.get(vid)
        items = gap_items(record or empty, citizenship.get(vid), on, everyone)
        result[vid] = status_of(record is not None, items)
    return result


def vettings_expiring(session: Session, within_days: int, today: dt.date) -> list[ExpiringVetting]:
    """Current vettings whose validity ends from `today` to `within_days` ahead (inclusive), of
    volunteers still on the register (not archived, not ended), soonest first. One query."""
    last_day = today + dt.timedelta(days=within_days)
    rows = session.execute(
        select(Vetting.volunteer_id, Vetting.valid_until, Volunteer.last_name, Volunteer.first_name)
        .join(Volunteer, Volunteer.id == Vetting.volunteer_id)
        .where(Volunteer.archived.is_(False), Volunteer.status != VolunteerStatus.ENDED.value)
        .order_by(Vetting.volunteer_id, Vetting.created_at, Vetting.id)
    ).all()
    newest: dict[int, tuple[dt.date | None, str, str]] = {}
    for vid, valid_until, last, first in rows:
        newest[vid] = (valid_until, last, first)
    result = [
        ExpiringVetting(vid, f"{last} {first}", valid_until, (valid_until - today).days)
        for vid, (valid_until, last, first) in newest.items()
        if valid_until is not None and today <= valid_until <= last_day
    ]
    result.sort(key=lambda e: (e.valid_until, polish_sort_key(e.full_name)))
    return result


def vetting_summary(db: Database, volunteer_id: int, *, today: dt.date | None = None) -> VettingSummary:
    """The short state for the volunteer view and lists. It reveals no criminal-record
    content (which register, what entry), so it writes no audit entry: a found entry shows only
    as "negative", the verdict the assignment gate enforces anyway."""
    today = today or dt.date.today()
    with db.session() as session:
        check = vetting_check(session, volunteer_id, today)
        row = current_vetting(session, volunteer_id)
        valid_until = None if row is None else row.valid_until
        first, last = session.execute(
            select(Volunteer.first_name, Volunteer.last_name).where(Volunteer.id == volunteer_id)
        ).one()
    missing = 0 if check.status == VettingStatus.BLOCKED else len(check.gaps)
    return VettingSummary(f"{first} {last}", check.status, missing, valid_until)


def vetting_status_text(db: Database, volunteer_id: int, *, today: dt.date | None = None) -> str:
    """One line for the volunteer view, e.g. "Weryfikacja do pracy z małoletnimi: kompletna,
    ważna do 3.02.2026." (no audit entry: see `vetting_summary`)."""
    return vetting_summary(db, volunteer_id, today=today).text


STATEMENT_KINDS = ("residence_statement", "no_record_statement")  # art. 21 ust. 5 and 6


@dataclass(frozen=True)
class IssuedStatement:
    """A child-protection statement issued for the volunteer (the register's entry)."""

    kind: str
    register_id: int
    number: str
    issued_on: dt.date
    linked: bool  # the current vetting record points at it


def issued_statements(db: Database, volunteer_id: int) -> list[IssuedStatement]:
    """The newest statement of each kind issued for the volunteer, and whether the current
    vetting record links to it (it does once issued while the record existed)."""
    with db.session() as session:
        row = current_vetting(session, volunteer_id)
        links = {row.residence_document_id, row.no_record_document_id} if row is not None else set()
        found: list[IssuedStatement] = []
        for kind in STATEMENT_KINDS:
            entry = session.execute(
                select(IssuedDocument.id, IssuedDocument.number, IssuedDocument.issued_on)
                .where(IssuedDocument.kind == kind, IssuedDocument.volunteer_id == volunteer_id)
                .order_by(IssuedDocument.issued_on.desc(), IssuedDocument.id.desc())
                .limit(1)
            ).first()
            if entry is not None:
                found.append(IssuedStatement(kind, entry[0], entry[1] or "", entry[2], entry[0] in links))
        return found
