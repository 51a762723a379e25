"""Writing an import and undoing it.

`run_import` writes every row the preview accepted in one transaction (all or nothing), adds
or maps the dictionary values the coordinator chose, closes the past months an hours history
filled (as the month close does), and links every record it wrote to the import's batch.
`undo_import` removes them again, and puts back what a merge replaced, as long as none of them
was changed by hand since (the audit log tells) and nothing else came to depend on them.

The audit log keeps one "import" entry per record (the file and the import's number), and an
"undo" entry; being the accountability record, it is never rewound.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from coordinator_app.core.audit import current_actor, record_changes, record_event
from coordinator_app.core.clients.data import CLIENT_FIELDS
from coordinator_app.core.clients.service import _next_client_code
from coordinator_app.core.dictionaries.data import ActivityTypeData, VillageData
from coordinator_app.core.dictionaries.validate import validate_activity_type, validate_village
from coordinator_app.core.hours.service import Writer
from coordinator_app.core.importing.headers import CLIENTS, HOURS, VOLUNTEERS
from coordinator_app.core.importing.hours import HoursRecord
from coordinator_app.core.importing.preview import (
    ADD,
    LEAVE,
    MAP,
    MERGE,
    Cancelled,
    ImportRow,
    Preview,
    Progress,
)
from coordinator_app.core.text import fold
from coordinator_app.core.volunteers.data import SCALAR_FIELDS
from coordinator_app.db.engine import Database
from coordinator_app.db.models import (
    ActivityType,
    AuditEntry,
    Client,
    ClientType,
    HoursEntry,
    ImportBatch,
    ImportRecord,
    MonthClose,
    Village,
    Volunteer,
    VolunteerStatusChange,
)
from coordinator_app.db.models.base import local_now
from coordinator_app.i18n import _

ENTITY = {VOLUNTEERS: "volunteer", CLIENTS: "client", HOURS: "hours_entry"}
MODELS: dict[str, Any] = {
    "volunteer": Volunteer,
    "client": Client,
    "hours_entry": HoursEntry,
    "village": Village,
    "activity_type": ActivityType,
}
CREATE, CLOSE = "create", "close"
FLUSH_EVERY = 500


@dataclass
class ImportResult:
    batch_id: int
    imported: int
    merged: int
    rejected: int
    closed_months: list[str] = field(default_factory=list)


def run_import(
    db: Database,
    preview: Preview,
    *,
    file_name: str,
    sheet: str | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the rows `preview.to_import()` gives, in one transaction. Raises `Cancelled`
    (nothing written) when `progress` returns False."""
    today = today or dt.date.today()
    rows = preview.to_import()
    with db.session(write=True) as session:
        batch = ImportBatch(
            kind=preview.kind, file_name=file_name[:260], sheet=(sheet or None), created_by=current_actor()
        )
        session.add(batch)
        session.flush()
        writer = _BatchWriter(session, batch, preview, today)
        for done, row in enumerate(rows, start=1):
            writer.write(row)
            if (
                progress is not None
                and (done % 200 == 0 or done == len(rows))
                and not progress(done, len(rows))
            ):
                raise Cancelled
        writer.flush_new()
        closed = writer.close_months() if preview.kind == HOURS else []
        if writer.links:
            session.execute(insert(ImportRecord), writer.links)
        batch.imported, batch.merged = writer.created, writer.merged
        batch.rejected = len(preview.rows) - writer.created - writer.merged
        session.flush()
        batch.audit_mark = session.scalar(select(func.max(AuditEntry.id))) or 0
        return ImportResult(batch.id, writer.created, writer.merged, batch.rejected, closed)


class _BatchWriter:
    def __init__(self, session: Session, batch: ImportBatch, preview: Preview, today: dt.date) -> None:
        self.session = session
        self.batch = batch
        self.preview = preview
        self.today = today
        self.links: list[dict[str, Any]] = []
        self.created = self.merged = 0
        self.reason = _("Import from the file {name} (import no. {n})").format(
            name=batch.file_name, n=batch.id
        )[:300]
        self.villages = self._resolve_villages() if preview.kind != HOURS else {}
        self.activities = self._resolve_activities() if preview.kind == HOURS else {}
        self.writers: dict[int, Writer] = {}
        self.pending: list[ImportRow] = []
        self.months: set[str] = set()
        self.next_code: tuple[int, int] | None = None

    def link(self, entity: str, record_id: int | None, action: str = CREATE, **extra: Any) -> None:
        self.links.append(
            {
                "batch_id": self.batch.id,
                "entity": entity,
                "record_id": record_id,
                "action": action,
                "record_key": extra.get("key"),
                "before": extra.get("before"),
            }
        )

    # --- dictionaries --------------------------------------------------------------------
    def _resolve_villages(self) -> dict[str, int | None]:
        known: dict[str, int | None] = {
            fold(name): vid for vid, name in self.session.execute(select(Village.id, Village.name))
        }
        for key, name in self.preview.unknown_villages.items():
            choice, target = self.preview.village_choices.get(key, (LEAVE, None))
            if choice == ADD:
                clean = validate_village(self.session, VillageData(name=name), None)
                village = Village(**asdict(clean))
                self.session.add(village)
                self.session.flush()
                record_event(self.session, "village", village.id, "import", self.reason)
                self.link("village", village.id)
                known[key] = village.id
            elif choice == MAP and target is not None:
                known[key] = target
        return known

    def _resolve_activities(self) -> dict[str, int]:
        known: dict[str, int] = {}
        for key, name in self.preview.unknown_activities.items():
            choice, target = self.preview.activity_choices.get(key, (LEAVE, None))
            if choice == ADD:
                clean = validate_activity_type(
                    self.session, ActivityTypeData(code=self._free_code(name), name=name), None
                )
                last = self.session.scalar(select(func.max(ActivityType.sort_order))) or 0
                activity = ActivityType(**asdict(clean), sort_order=last + 10)
                self.session.add(activity)
                self.session.flush()
                record_event(self.session, "activity_type", activity.id, "import", self.reason)
                self.link("activity_type", activity.id)
                known[key] = activity.id
            elif choice == MAP and target is not None:
                known[key] = target
        return known

    def _free_code(self, name: str) -> str:
        letters = "".join(ch for ch in fold(name).upper() if ch.isalnum())[:3] or "IMP"
        taken = {code.upper() for code in self.session.scalars(select(ActivityType.code))}
        code, n = letters.ljust(2, "X"), 1
        while code in taken:
            code, n = f"{letters}{n}"[:12], n + 1
        return code

    # --- rows ----------------------------------------------------------------------------
    def write(self, row: ImportRow) -> None:
        if self.preview.kind == HOURS:
            self._hours(row.data)
        elif row.choice == MERGE and row.merge_into is not None:
            self._merge(row)
        else:
            self.pending.append(row)
            if len(self.pending) >= FLUSH_EVERY:
                self.flush_new()

    def flush_new(self) -> None:
        """Insert the new volunteers or clients waiting, in one statement, then what hangs on
        them (status history or client types, the audit entry, the link to the batch)."""
        rows, self.pending = self.pending, []
        if not rows:
            return
        actor = current_actor()
        if self.preview.kind == VOLUNTEERS:
            records: list[Any] = [Volunteer(**{n: getattr(r.data, n) for n in SCALAR_FIELDS}) for r in rows]
        else:
            records = [Client(**{n: getattr(r.data, n) for n in CLIENT_FIELDS}) for r in rows]
        for record, row in zip(records, rows, strict=True):
            record.village_id = self.villages.get(fold(row.data.locality))
            record.created_by = record.updated_by = actor
            if self.preview.kind == CLIENTS:
                record.code = self._client_code()
                record.status_changed_on = self.today
        self.session.add_all(records)
        self.session.flush()
        entity = ENTITY[self.preview.kind]
        registered = _("Application registered")
        for record, row in zip(records, rows, strict=True):
            data = row.data
            if self.preview.kind == VOLUNTEERS:
                self.session.add(
                    VolunteerStatusChange(
                        volunteer_id=record.id,
                        old_status=None,
                        new_status=data.status,
                        changed_on=data.application_date or self.today,
                        reason=registered,
                    )
                )
            else:
                self.session.add_all(
                    ClientType(client_id=record.id, type_code=c) for c in sorted(data.type_codes)
                )
            record_event(self.session, entity, record.id, "import", self.reason)
            self.link(entity, record.id)
        self.created += len(records)
        self.session.flush()

    def _client_code(self) -> str:
        """The next free `P-` code, counted on from the database's highest once."""
        if self.next_code is None:
            first = _next_client_code(self.session)
            self.next_code = (int(first[2:]), len(first) - 2)
        number, width = self.next_code
        self.next_code = (number + 1, width)
        return f"P-{number:0{width}d}"

    def _merge(self, row: ImportRow) -> None:
        """Fill the existing record's empty fields with the row's values (nothing is overwritten)."""
        entity = ENTITY[self.preview.kind]
        record = self.session.get(MODELS[entity], row.merge_into)
        if record is None:
            return
        names = SCALAR_FIELDS if self.preview.kind == VOLUNTEERS else CLIENT_FIELDS
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        for name in names:
            value = getattr(row.data, name)
            if name == "village_id":
                value = self.villages.get(fold(row.data.locality))
            if getattr(record, name) in (None, "") and value not in (None, ""):
                before[name], after[name] = getattr(record, name), value
                setattr(record, name, value)
        if not after:
            return
        stamps = {"updated_at": record.updated_at.isoformat(), "updated_by": record.updated_by}
        record.updated_by = current_actor()
        record_changes(self.session, entity, record.id, before, after, reason=self.reason)
        self.link(entity, record.id, MERGE, before=json.dumps({**before, **stamps}, default=str))
        self.merged += 1

    def _hours(self, record: HoursRecord) -> None:
        writer = self.writers.get(record.volunteer_id)
        if writer is None:
            writer = self.writers[record.volunteer_id] = Writer(self.session, record.volunteer_id, self.today)
        activity_id = record.activity_type_id
        if activity_id < 0:
            activity_id = self.activities[fold(record.activity)]
        writer.activity_ids = writer.activity_ids | {activity_id}
        for entry in record.entries:
            entry.activity_type_id = activity_id
            stored = writer.add(entry, self.reason)
            self.link("hours_entry", stored.id)
        self.months.add(record.month.key)
        self.created += 1

    def close_months(self) -> list[str]:
        closed = set(self.session.scalars(select(MonthClose.month).where(MonthClose.month.in_(self.months))))
        newly = sorted(self.months - closed)
        for key in newly:
            year, month = int(key[:4]), int(key[5:])
            first = dt.date(year, month, 1)
            last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
            self.session.execute(
                update(HoursEntry).where(HoursEntry.work_date.between(first, last)).values(locked=True)
            )
            self.session.add(
                MonthClose(month=key, closed_at=local_now(), closed_by=current_actor(), notes=self.reason)
            )
            record_event(self.session, "month", year * 100 + month, "close", self.reason)
            self.link("month", None, CLOSE, key=key)
        return newly
